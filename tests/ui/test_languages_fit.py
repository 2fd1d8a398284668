"""German, French and Spanish at 1280×800 and on a 1024×600 screen: no label,
button, check box or radio button narrower than its text, on any page or dialog
(the pseudo-locale's walk, with the real translations)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.app import AppLogic
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Phase
from tests.ui.helpers import shown_window_in
from tests.ui.test_pseudo_locale import clipped_buttons, clipped_labels


def _clipped(top: QWidget) -> list[str]:
    QApplication.processEvents()
    return clipped_labels(top) + clipped_buttons(top)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_nothing_is_clipped_in_a_longer_language(
    qtbot: QtBot,
    clock: ManualClock,
    restore_translators: None,
    language: str,
    size: tuple[int, int],
) -> None:
    win = shown_window_in(language, qtbot, clock, ["--routine", "full-session"])
    win.resize(*size)
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    logic = win.logic
    assert isinstance(logic, AppLogic)
    found: dict[str, list[str]] = {"session, idle": _clipped(win)}
    qtbot.keyClick(win, Qt.Key.Key_Space)
    while win.controller.step is not None and win.controller.step.phase is not Phase.HOLD:
        qtbot.keyClick(win, Qt.Key.Key_N)
    found["session in a hold"] = _clipped(win)
    qtbot.keyClick(win, Qt.Key.Key_Space)
    found["session paused"] = _clipped(win)
    for index, page in ((1, "library"), (2, "history")):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        found[page] = _clipped(win)
    win.tabs.setCurrentIndex(0)
    for name, open_dialog in (
        ("preferences", logic.show_preferences),
        ("dosage editor", logic.edit_dosage),
        ("routine editor", logic.edit_routines),
    ):
        dialog = open_dialog()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        found[name] = _clipped(dialog)
        dialog.close()
    report = [f"{page}: {p}" for page, listed in found.items() for p in listed]
    assert report == [], "\n".join(report)
