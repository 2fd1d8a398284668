"""The session screen in the real window: every phase kind walked through, and read from the mat."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Phase
from psoas_timer.core.session import State
from psoas_timer.core.timeline import Step, Timeline
from psoas_timer.ui.common import theme
from psoas_timer.ui.common.clock_text import format_countdown
from psoas_timer.ui.main_window import MainWindow
from tests.ui.helpers import shown_window
from tests.ui.window_driving import (
    SESSION_LABELS,
    advance,
    form_checks,
    key,
    label,
    load_walk,
    texts,
    to_phase,
)

# ----------------------------------------------------------------- walk-through


def test_walk_through_every_phase_kind(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    timeline = load_walk(window)
    kinds = {step.phase for step in timeline}
    assert kinds == set(Phase)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING
    assert "running" in window.windowTitle()

    seen: dict[Phase, dict[str, str]] = {}
    pose_seen: dict[Phase, tuple[str | None, bool | None]] = {}
    last_index = -1
    for _ in range(400):
        step = window.controller.step
        assert step is not None
        if step.index != last_index:
            last_index = step.index
            check_step_shown(window, step, timeline)
            seen.setdefault(step.phase, texts(window))
            pose_seen.setdefault(step.phase, (pose_keyframe(window), None))
        if window.controller.state is State.FINISHED:
            break
        advance(window, clock, 0.5)
    assert set(seen) == set(Phase)
    assert seen[Phase.PREPARE]["repLabel"] == "Exercise 1 of 2 · 2 sets of 2 reps each side"
    assert seen[Phase.LIFT]["repLabel"] == "Set 1 · Rep 1 of 2 · Left side"
    assert seen[Phase.LIFT]["breathPrompt"] == "Exhale as you lift"
    assert seen[Phase.HOLD]["phaseLabel"] == "Hold"
    assert seen[Phase.LOWER]["breathPrompt"] == "Inhale as you lower"
    assert seen[Phase.REST]["repLabel"] == "Set 1 · Rep 1 of 2 done"
    assert seen[Phase.SWITCH_SIDES]["phaseLabel"] == "Switch sides"
    assert seen[Phase.SWITCH_SIDES]["repLabel"] == "Set 1 · Right side next"
    assert seen[Phase.TRANSITION]["exerciseLabel"] == "Half-kneeling psoas stretch"
    assert seen[Phase.TRANSITION]["repLabel"] == "Exercise 2 of 2 next"
    assert seen[Phase.FINISHED]["phaseLabel"] == "Finished"
    assert seen[Phase.FINISHED]["countdownLabel"] == "✓"
    assert seen[Phase.FINISHED]["nextUpLabel"] == ""
    assert "finished" in window.windowTitle()
    assert window.findChild(QAbstractButton, "startPauseButton").text() == "Start again"  # type: ignore[union-attr]
    assert pose_seen[Phase.LIFT][0] == "start"  # the figure starts a lift at rest
    assert pose_seen[Phase.HOLD][0] == "peak"
    # Once finished, the last exercise (the half-kneeling stretch) is shown at rest.
    assert pose_seen[Phase.FINISHED][0] == "setup"


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_the_circle_and_the_figure_stay_put_from_step_to_step(
    window: MainWindow, clock: ManualClock, qtbot: QtBot, size: tuple[int, int]
) -> None:
    """Each step brings texts of other lengths (a short prompt or a long one, a
    watch-out note or none); the breath circle and the figure stay where the
    eye left them, and the prompt beside the circle still shows all its words.
    (Between exercises the self-check panel shows, and the big type makes room.)"""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    QApplication.processEvents()  # the new size's fonts and layout
    load_walk(window)
    key(qtbot, window, Qt.Key.Key_Space)
    view, prompt = window.session_view, label(window, "breathPrompt")
    pacer = view.pacer
    places: dict[str, set[tuple[int, int, int, int]]] = {"circle": set(), "figure": set()}
    prompts, notes = set(), set()
    last_index = -1
    while window.controller.state is not State.FINISHED:
        step = window.controller.step
        assert step is not None
        if step.index != last_index:
            last_index = step.index
            QApplication.processEvents()  # the new step's layout
            if any(panel.isVisible() for panel in view._panels):
                advance(window, clock, 0.5)
                continue
            for name, widget in (("circle", pacer), ("figure", window.pose_view)):
                corner = widget.mapTo(window, widget.rect().topLeft())
                places[name].add((corner.x(), corner.y(), widget.width(), widget.height()))
            metrics = prompt.fontMetrics()
            lines = math.ceil(metrics.horizontalAdvance(prompt.text()) / prompt.width())
            assert prompt.height() >= lines * metrics.lineSpacing(), step.breath_prompt
            prompts.add(step.breath_prompt)
            notes.add(step.watch_out is not None)
        advance(window, clock, 0.5)
    assert len({prompt.fontMetrics().horizontalAdvance(text) for text in prompts}) > 3
    assert notes == {True, False}  # steps with a watch-out note and without
    assert len(places["circle"]) == 1, places["circle"]
    assert len(places["figure"]) == 1, places["figure"]


def test_on_the_smallest_window_the_watch_out_note_scrolls_rather_than_shrinking(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The figure keeps its share of the side panel; the checks and the note
    # below it scroll when they need more room, and the note is never cut.
    step = to_phase(window, qtbot, Phase.HOLD)
    assert step.watch_out is not None
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.size() == window.minimumSize())
    QApplication.processEvents()
    panel = window.side_panel
    note = panel.watch_out
    assert note.isVisible()
    assert note.height() >= note.heightForWidth(note.width())  # every line of it
    assert panel.details.verticalScrollBar().maximum() > 0  # reached by scrolling
    assert window.pose_view.height() >= 0.35 * panel.height()


def pose_keyframe(win: MainWindow) -> str | None:
    view = win.findChild(QWidget, "poseView")
    return view.current_keyframe()  # type: ignore[union-attr]


def check_step_shown(win: MainWindow, step: Step, timeline: Timeline) -> None:
    shown = texts(win)
    assert shown["phaseLabel"] == step.phase_word
    assert shown["breathPrompt"] == step.breath_prompt
    if step.phase is not Phase.FINISHED:
        assert shown["exerciseLabel"] == step.exercise_name
        assert shown["countdownLabel"] == format_countdown(win.controller.display_seconds())
    checks = form_checks(win)
    for check in step.checks:
        assert f"• {check}" in checks
    if step.index + 1 < len(timeline) and step.phase is not Phase.FINISHED:
        following = timeline[step.index + 1]
        if following.phase is not Phase.FINISHED and following.block_no != step.block_no:
            assert shown["nextUpLabel"] == f"Next: {following.exercise_name}"
    watch = win.side_panel.watch_out
    if step.watch_out:
        mistake = win.library.catalogue.mistakes[step.watch_out]
        assert mistake.name in watch.text()
        # The exercise's own fix (the back is not on the floor in every exercise).
        assert step.watch_out_fix and step.watch_out_fix in watch.text()
        assert mistake.name in watch.accessibleDescription()  # what a screen reader hears
        assert watch.isVisible()
    else:
        assert not watch.isVisible()


def test_pose_moves_through_a_lift_and_is_mirrored_for_the_left_side(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    to_phase(window, qtbot, Phase.LIFT)
    view = window.findChild(QWidget, "poseView")
    assert view is not None
    assert view.current_keyframe() == "start"  # type: ignore[attr-defined]
    advance(window, clock, 1.5)  # 75 % of a 2 s lift
    window.ticker.refresh()
    assert view.current_keyframe() == "peak"  # type: ignore[attr-defined]
    fraction = getattr(view, "current_fraction", None)
    if fraction is not None:
        assert fraction() == pytest.approx(0.75, abs=0.02)
    assert "left" in view.accessibleName().lower() or "left" in view.accessibleDescription().lower()


def test_timed_cue_lights_up_when_due(window: MainWindow, clock: ManualClock, qtbot: QtBot) -> None:
    load_walk(window)
    key(qtbot, window, Qt.Key.Key_Space)
    while not (
        window.controller.step.phase is Phase.HOLD  # type: ignore[union-attr]
        and window.controller.step.exercise_id == "half-kneeling-stretch"  # type: ignore[union-attr]
    ):
        key(qtbot, window, Qt.Key.Key_N)
    step = window.controller.step
    assert step is not None and step.cues
    cue = step.cues[0]
    assert window.side_panel.highlighted_cues() == []
    assert any(cue.text in line for line in form_checks(window))
    advance(window, clock, cue.at - 0.5)
    assert window.side_panel.highlighted_cues() == []
    advance(window, clock, 0.5)
    assert window.side_panel.highlighted_cues() == [f"▶ {cue.text}"]


# ----------------------------------------------------------------- readability


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_countdown_digits_are_a_fifth_of_the_window_height(
    window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.height() == size[1])
    QApplication.processEvents()
    countdown = label(window, "countdownLabel")
    digits = QFontMetricsF(countdown.font()).tightBoundingRect("0123456789").height()
    assert digits >= window.height() / 5
    assert countdown.font().pixelSize() >= window.height() / 5
    assert countdown.height() >= digits  # not clipped
    for name in ("phaseLabel", "breathPrompt"):
        assert label(window, name).font().pixelSize() >= window.height() * 0.04


def test_labels_contrast_in_light_and_dark(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        for palette in (original, theme.dark_palette()):
            app.setPalette(palette)
            QApplication.processEvents()
            background = window.palette().color(window.backgroundRole())
            for name in (*SESSION_LABELS, "stepTitleLabel", "elapsedLabel"):
                widget = label(window, name)
                colour = widget.palette().color(widget.foregroundRole())
                assert theme.contrast_ratio(colour, background) >= 4.5, (name, palette)
            for phase in Phase:
                assert theme.contrast_ratio(theme.phase_colour(phase, palette), background) >= 4.5
    finally:
        app.setPalette(original)


def test_phase_change_is_announced_but_seconds_are_not(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    phase = label(window, "phaseLabel")
    assert phase.accessibleDescription().startswith("Get ready")
    first = window.session_view.last_announcement
    advance(window, clock, 3)
    assert window.session_view.last_announcement == first  # seconds went by silently
    countdown = label(window, "countdownLabel")
    assert countdown.accessibleName() == "Time left in this step"  # fixed: no per-second reading
    key(qtbot, window, Qt.Key.Key_N)
    assert window.session_view.last_announcement.startswith("Lift: Left knee up")
    assert phase.accessibleDescription().startswith("Lift")


def test_times_over_an_hour_fit_their_labels(window: MainWindow) -> None:
    texts = {"elapsedLabel": "Elapsed 1:05:00", "remainingLabel": "Remaining 2:45:00"}
    for name, text in texts.items():
        widget = label(window, name)
        widget.setText(text)
        assert widget.width() >= widget.fontMetrics().horizontalAdvance(text)



def test_the_finished_screen_sums_up_the_routine(qtbot: QtBot, clock: ManualClock) -> None:
    """At the end the side panel shows what was done, not an empty list."""
    win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    controller = win.controller
    controller.start()
    controller.skip_exercise()
    controller.skip_exercise()
    assert controller.state is State.FINISHED
    heading = win.findChild(QLabel, "formChecksHeading")
    checks = win.findChild(QListWidget, "formChecks")
    assert heading is not None and heading.text() == "What you did"
    assert checks is not None
    lines = [checks.item(i).text() for i in range(checks.count())]
    assert lines == [
        "✓ Supine hip flexion march: 2 × 8 each side",
        "✓ Seated leg lift: 2 × 6 each side",
    ]
    pose = win.findChild(QWidget, "poseView")
    assert pose is not None and pose.current_keyframe() == "start"
