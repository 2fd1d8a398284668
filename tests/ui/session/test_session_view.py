"""The session screen's layout: the countdown is never cut, in any language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from psoas_timer.core.model import Phase
from tests.ui.conftest import WindowIn


def _inside(widget: QWidget) -> None:
    """``widget`` lies wholly inside its parent."""
    parent = widget.parentWidget()
    assert parent is not None
    assert parent.rect().contains(widget.geometry()), widget.objectName()


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_the_countdown_digits_are_whole_at_every_step_in_every_language(
    window_in: WindowIn, code: str, size: tuple[int, int]
) -> None:
    """German wraps the breath prompt to two lines in a hold; the digits shrink to
    make room rather than lose their tops and bottoms."""
    win = window_in(code, size)
    view = win.session_view
    countdown = view.countdown_label
    controller = win.controller
    controller.start()
    seen: set[tuple[str, Phase]] = set()
    while controller.step is not None and controller.step.phase is not Phase.FINISHED:
        step = controller.step
        if (step.exercise_id, step.phase) not in seen:
            seen.add((step.exercise_id, step.phase))
            QApplication.processEvents()
            ink = countdown._ink(countdown.text())
            where = f"{code} {size} {step.exercise_id} {step.phase.name}"
            assert countdown.rect().contains(ink), where
            assert countdown.height() >= countdown.digit_height(), where
            for label in (view.breath_prompt, view.phase_label, view.next_label, view.rep_label):
                assert label.height() >= label.heightForWidth(label.width()), (where, label)
            _inside(countdown)
            # Still the biggest thing on the screen, by far.
            assert countdown.digit_height() >= 1.4 * view.phase_label.fontMetrics().height()
            if code == "en" and size == (1280, 800):
                assert countdown.digit_height() >= win.height() / 5, where
        controller.skip()
    assert len(seen) > 10
