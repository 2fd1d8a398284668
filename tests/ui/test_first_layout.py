"""The first frame is laid out once, in the type it is shown in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock


def test_the_session_labels_have_their_type_before_the_window_is_first_shown(
    qtbot: QtBot, clock: ManualClock
) -> None:
    # The first layout comes before the show event: labels still in the default
    # font there would have every text of the routine measured twice at start-up.
    from psoas_timer.app import build_window

    window = build_window([], clock=clock)
    qtbot.addWidget(window)
    view = window.session_view
    labels = [
        view.phase_label,
        view.exercise_label,
        view.title_label,
        view.breath_prompt,
        view.rep_label,
        view.next_label,
    ]
    before = [label.font().key() for label in labels]
    window.show()
    qtbot.waitExposed(window)
    assert [label.font().key() for label in labels] == before
    assert view.phase_label.font().pixelSize() > 0  # sized from the window, not the default
