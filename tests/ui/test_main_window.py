"""The main window, driven through its real keys on a fake clock."""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import pairwise
from types import MappingProxyType

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Block, Phase, Routine
from psoas_timer.core.session import State
from psoas_timer.core.timeline import Step, Timeline
from psoas_timer.ui.common import dialogs, theme
from psoas_timer.ui.common.clock_text import format_countdown
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.session import frame_ticker
from psoas_timer.ui.session.breath_pacer import breath_level
from psoas_timer.ui.session.frame_ticker import GATHER_S
from psoas_timer.ui.session.session_view import MOVING
from tests.ui.helpers import play_timers, shown_window, watching_every_event

#: Every objectName the issue lists.
NAMES = (
    "routinePicker",
    "startPauseButton",
    "backButton",
    "skipButton",
    "skipExerciseButton",
    "extendButton",
    "stopButton",
    "exerciseLabel",
    "phaseLabel",
    "countdownLabel",
    "repLabel",
    "breathPrompt",
    "breathPacer",
    "nextUpLabel",
    "timelineStrip",
    "poseView",
    "formChecks",
)


def walk_routine() -> Routine:
    """Every phase kind in under a minute: sequential sides, two sets, rests, a transition."""
    return Routine(
        id="walk",
        name="Walk-through",
        description="",
        blocks=(
            Block(
                "seated-leg-lift",
                MappingProxyType(
                    {
                        "reps": 2,
                        "sets": 2,
                        "prepare_seconds": 3,
                        "lift_seconds": 2,
                        "hold_seconds": 3,
                        "lower_seconds": 2,
                        "rest_seconds": 2,
                        "rest_between_sides_seconds": 4,
                        "rest_between_sets_seconds": 5,
                    }
                ),
            ),
            Block(
                "half-kneeling-stretch",
                MappingProxyType(
                    {
                        "reps": 1,
                        "hold_seconds": 12,
                        "prepare_seconds": 2,
                        "rest_between_exercises_seconds": 4,
                    }
                ),
            ),
        ),
    )


@pytest.fixture
def window(qtbot: QtBot, clock: ManualClock) -> Iterator[MainWindow]:
    win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    yield win
    dialogs.set_confirm_answer(True)
    dialogs.clear_shown()


def load_walk(win: MainWindow) -> Timeline:
    timeline = win.library.timeline(walk_routine())
    win.controller.load(timeline)
    return timeline


def advance(win: MainWindow, clock: ManualClock, seconds: float, step: float = 0.5) -> None:
    """Move the fake clock in small steps (a big jump looks like a suspend and pauses)."""
    while seconds > 1e-9:
        dt = min(step, seconds)
        clock.advance(dt)
        win.controller.poll()
        seconds -= dt


def label(win: MainWindow, name: str) -> QLabel:
    found = win.findChild(QLabel, name)
    assert found is not None, name
    return found


#: The session view's labels a person reads from the mat.
SESSION_LABELS = (
    "exerciseLabel",
    "phaseLabel",
    "countdownLabel",
    "repLabel",
    "breathPrompt",
    "nextUpLabel",
)


def texts(win: MainWindow) -> dict[str, str]:
    return {name: label(win, name).text() for name in SESSION_LABELS}


def form_checks(win: MainWindow) -> list[str]:
    widget = win.findChild(QListWidget, "formChecks")
    assert widget is not None
    return [widget.item(row).text() for row in range(widget.count())]


def key(
    qtbot: QtBot,
    win: MainWindow,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(win, k, mod)


# ----------------------------------------------------------------- structure


def test_every_named_widget_exists_with_an_accessible_name(window: MainWindow) -> None:
    for name in NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_every_button_has_an_accessible_name_and_a_tooltip_naming_its_key(
    window: MainWindow,
) -> None:
    expected = {
        "startPauseButton": "Space",
        "backButton": "←",
        "skipButton": "→",
        "extendButton": "+",
        "stopButton": "Esc",
    }
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        assert button.accessibleName() or button.text(), button.objectName()
        assert button.toolTip(), button.objectName()
    for name, shortcut in expected.items():
        button = window.findChild(QAbstractButton, name)
        assert button is not None
        assert shortcut in button.toolTip()
        # Never focusable: Space must reach the window, not click a focused button.
        assert button.focusPolicy() is Qt.FocusPolicy.NoFocus


def test_idle_window_shows_the_first_step_and_the_routine_in_its_title(
    window: MainWindow,
) -> None:
    shown = texts(window)
    assert shown["exerciseLabel"] == "Supine hip flexion march"
    assert shown["phaseLabel"] == "Get ready"
    assert shown["countdownLabel"] == "10"
    assert shown["nextUpLabel"].startswith("Next: Left knee up")
    assert "Strength starter" in window.windowTitle()
    assert "ready" in window.windowTitle()
    assert window.findChild(QAbstractButton, "startPauseButton").text() == "Start"  # type: ignore[union-attr]


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
    step = _to_phase(window, qtbot, Phase.HOLD)
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
    _to_phase(window, qtbot, Phase.LIFT)
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


# ----------------------------------------------------------------- keys


def test_space_pauses_and_resumes_and_pausing_stops_the_timer(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.timer_active()
    advance(window, clock, 2.5)
    assert label(window, "countdownLabel").text() == "8"
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is State.PAUSED
    assert not window.controller.timer_active()
    assert not window.ticker.is_active()
    assert "paused" in window.windowTitle()
    assert window.findChild(QAbstractButton, "startPauseButton").text() == "Resume"  # type: ignore[union-attr]
    clock.advance(30)  # time passes while paused
    window.controller.poll()
    assert label(window, "countdownLabel").text() == "8"
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING
    advance(window, clock, 1.0)
    assert label(window, "countdownLabel").text() == "7"


def test_space_works_while_the_picker_has_focus(window: MainWindow, qtbot: QtBot) -> None:
    window.picker.setFocus()
    qtbot.keyClick(window.picker, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING
    assert window.controller.timeline.routine_id == "strength-starter"  # type: ignore[union-attr]


def test_skip_back_and_extend_keys(window: MainWindow, clock: ManualClock, qtbot: QtBot) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Right)
    assert label(window, "phaseLabel").text() == "Lift"
    key(qtbot, window, Qt.Key.Key_N)
    assert label(window, "phaseLabel").text() == "Hold"
    key(qtbot, window, Qt.Key.Key_Left)  # within 2 s of the start: the step before
    assert label(window, "phaseLabel").text() == "Lift"
    key(qtbot, window, Qt.Key.Key_B)
    assert label(window, "phaseLabel").text() == "Get ready"
    advance(window, clock, 4)
    key(qtbot, window, Qt.Key.Key_B)  # well into the step: restart it
    assert label(window, "phaseLabel").text() == "Get ready"
    assert label(window, "countdownLabel").text() == "10"
    key(qtbot, window, Qt.Key.Key_Plus)
    assert label(window, "countdownLabel").text() == "20"
    remaining = label(window, "remainingLabel").text()
    assert remaining.startswith("Remaining")


def test_extend_is_off_in_a_lift(window: MainWindow, qtbot: QtBot) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_N)
    assert label(window, "phaseLabel").text() == "Lift"
    assert not window.findChild(QAbstractButton, "extendButton").isEnabled()  # type: ignore[union-attr]
    key(qtbot, window, Qt.Key.Key_Plus)
    assert label(window, "countdownLabel").text() == "2"


def test_escape_asks_before_stopping(window: MainWindow, qtbot: QtBot) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    dialogs.set_confirm_answer(False)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert [m.kind for m in dialogs.shown_messages()] == ["confirm"]
    assert window.controller.state is State.RUNNING
    dialogs.set_confirm_answer(True)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.controller.state is State.IDLE  # stopped, and ready to start again
    assert label(window, "countdownLabel").text() == "10"


def test_close_during_a_session_asks_first(window: MainWindow, qtbot: QtBot) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    dialogs.set_confirm_answer(False)
    assert not window.close()
    assert window.isVisible()
    assert dialogs.shown_messages()[-1].kind == "confirm"
    dialogs.set_confirm_answer(True)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_question_mark_lists_every_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Question)
    message = dialogs.shown_messages()[-1]
    assert message.title == "Keyboard shortcuts"
    for keys in ("Space", "→ or N", "← or B", "+", "Esc", "F or F11", "Ctrl+Q", "?"):
        assert keys in message.text


def test_focus_mode_shows_only_what_matters_and_esc_leaves_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    figure = window.pose_view.height()
    key(qtbot, window, Qt.Key.Key_F)
    assert window.focus_mode
    assert window.isFullScreen()
    QApplication.processEvents()
    assert window.pose_view.height() > 1.5 * figure  # the figure takes the whole side panel
    visible = {
        name
        for name in NAMES
        if (w := window.findChild(QWidget, name)) is not None and w.isVisible()
    }
    assert visible == {"phaseLabel", "countdownLabel", "breathPrompt", "breathPacer", "poseView"}
    key(qtbot, window, Qt.Key.Key_Escape)  # leaves focus mode, does not stop
    assert not window.focus_mode
    assert not window.isFullScreen()
    assert window.controller.state is State.RUNNING
    assert not [m for m in dialogs.shown_messages() if m.kind == "confirm"]
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.focus_mode
    key(qtbot, window, Qt.Key.Key_F11)
    assert not window.focus_mode
    assert window.findChild(QWidget, "nextUpLabel").isVisible()  # type: ignore[union-attr]


# ----------------------------------------------------------------- picker & library


def test_choosing_an_exercise_loads_a_one_exercise_session(window: MainWindow) -> None:
    window.picker.chosen.emit("exercise:supported-bridge", False)
    timeline = window.controller.timeline
    assert timeline is not None
    assert timeline.routine_id == "exercise:supported-bridge"
    assert {s.exercise_id for s in timeline if s.exercise_id} == {"supported-bridge"}
    assert label(window, "exerciseLabel").text() == "Supported bridge"
    assert window.controller.state is State.IDLE
    # The same plan the CLI prints.
    planned = window.library.timeline(window.library.resolve("supported-bridge"))
    assert planned == timeline


def test_picker_lists_routines_and_exercises_by_category(window: MainWindow, qtbot: QtBot) -> None:
    ids = window.picker.ids()
    assert {"strength-starter", "full-session", "release", "advanced"} <= set(ids)
    assert "exercise:supine-march" in ids
    headings = [
        window.picker.topLevelItem(i).text(0) for i in range(window.picker.topLevelItemCount())
    ]  # type: ignore[union-attr]
    assert headings == ["Routines", "Strengthen", "Release"]
    march = window.picker.item_for("exercise:supine-march")
    assert march is not None and "Level 1" in march.text(0) and "mat" in march.text(0)
    starter = window.picker.item_for("strength-starter")
    assert starter is not None
    qtbot.waitUntil(lambda: starter.text(1) == "9:21")  # filled in after the first paint


def test_switching_routine_mid_session_asks_first(window: MainWindow, qtbot: QtBot) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    dialogs.set_confirm_answer(False)
    window.picker.chosen.emit("release", False)
    assert window.controller.timeline.routine_id == "strength-starter"  # type: ignore[union-attr]
    assert window.controller.state is State.RUNNING
    dialogs.set_confirm_answer(True)
    window.picker.chosen.emit("release", True)
    assert window.controller.timeline.routine_id == "release"  # type: ignore[union-attr]
    assert window.controller.state is State.RUNNING


def test_library_page_is_built_on_first_show_and_starts_an_exercise(
    window: MainWindow,
) -> None:
    assert window.findChild(QWidget, "libraryView") is None
    window.show_library()
    page = window.findChild(QWidget, "libraryView")
    assert page is not None and page.isVisible()
    safety = page.findChild(QLabel, "safetyNote")
    assert safety is not None
    assert "not medical advice" in safety.text()
    page.select("table-leg-dangle")  # type: ignore[attr-defined]
    details = page.details.toPlainText()  # type: ignore[attr-defined]
    for part in ("Set up", "Movement", "Form checks", "Common mistakes", "Default dosage", "table"):
        assert part in details
    page.start_button.click()  # type: ignore[attr-defined]
    assert window.tabs.currentIndex() == 0
    assert window.controller.timeline.routine_id == "exercise:table-leg-dangle"  # type: ignore[union-attr]
    assert window.controller.state is State.RUNNING


def test_about_box_shows_the_safety_note(window: MainWindow) -> None:
    window.show_about()
    assert "not medical advice" in dialogs.shown_messages()[-1].text


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


# ----------------------------------------------------------------- timer


def test_timer_aims_at_the_next_displayed_second(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    for dt in (0.0, 0.3, 0.45, 0.9, 0.25):
        advance(window, clock, dt) if dt else None
        remaining = window.controller.remaining()
        to_next_second = remaining - (window.controller.display_seconds() - 1)
        assert window.controller.timer_active()
        assert window.controller.timer_interval() <= to_next_second * 1000 + 1


def test_animation_tick_is_at_most_30_fps_and_only_while_running_and_visible(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not window.ticker.is_active()  # idle: nothing moves
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.ticker.is_active()
    assert window.ticker.interval() >= 1000 / 30
    window.hide()
    qtbot.waitUntil(lambda: not window.ticker.is_active())
    window.show()
    qtbot.waitUntil(window.ticker.is_active)
    key(qtbot, window, Qt.Key.Key_Space)
    assert not window.ticker.is_active()


def test_animation_stops_while_minimised_or_on_another_page_and_resumes_after(
    window: MainWindow, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.ticker.is_active()
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.ticker.is_active())
    window.showNormal()
    qtbot.waitUntil(window.ticker.is_active)
    window.show_library()  # neither the pacer nor the figure shows there
    qtbot.waitUntil(lambda: not window.ticker.is_active())
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.ticker.is_active)
    assert window.controller.state is State.RUNNING  # the session itself ran on throughout


def _to_phase(
    window: MainWindow, qtbot: QtBot, phase: Phase, routine: Routine | None = None
) -> Step:
    """The walk-through (or ``routine``) started and skipped to its first step of ``phase``."""
    if routine is None:
        load_walk(window)
    else:
        window.controller.load(window.library.timeline(routine))
    key(qtbot, window, Qt.Key.Key_Space)
    while window.controller.step.phase is not phase:  # type: ignore[union-attr]
        key(qtbot, window, Qt.Key.Key_N)
    step = window.controller.step
    assert step is not None
    return step


def _to_hold(window: MainWindow, qtbot: QtBot) -> Step:
    return _to_phase(window, qtbot, Phase.HOLD)


def test_the_pacer_wakes_the_app_only_when_the_circle_moves(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    step = _to_hold(window, qtbot)
    pacer = window.session_view.pacer
    # At the bottom of a breath the circle hardly moves, and the ticker sleeps ...
    bottom = pacer.next_change()
    assert bottom is not None
    window.ticker.refresh()
    assert window.ticker.interval() >= round(bottom * 1000) - 1
    # ... mid-breath the circle's edge moves a pixel every few frames.
    advance(window, clock, min(step.breath_in / 2, step.duration / 2), step=0.25)
    mid = pacer.next_change()
    assert mid is not None and mid <= 0.15
    assert bottom > 2 * mid


def test_each_pacer_frame_draws_the_circle_where_the_breath_is(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # The pixel the edge is at is looked up, not worked out again, on a frame:
    # it is still the breath's level, to the nearest pixel, all through a breath.
    step = _to_hold(window, qtbot)
    pacer = window.session_view.pacer
    session = window.controller.session
    assert session is not None
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    drawn = set()
    span = min(step.breath_in + step.breath_out, step.duration - 0.5)
    for _ in range(round(span / 0.05)):
        advance(window, clock, 0.05)
        window.ticker.refresh()
        level = breath_level(
            step.breath, step.breath_in, step.breath_out, session.elapsed(), session.duration
        )
        assert abs(pacer.level - level) * travel <= 0.5 + 1e-6
        drawn.add(round(pacer.level * travel))
    assert len(drawn) > travel / 2  # the circle grew (and shrank) pixel by pixel


def test_the_figure_moves_on_exactly_when_its_next_position_is_nearer(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # The ticker is told when the figure next moves: not a frame early (a
    # wasted wake-up) and not a frame late (a stutter).
    _to_phase(window, qtbot, Phase.LIFT)
    panel, view = window.side_panel, window.pose_view
    moves = 0
    while (delay := panel.next_change()) is not None:
        window.ticker.refresh()
        before = view.current_fraction()
        clock.advance(delay - 0.001)
        window.ticker.refresh()
        assert view.current_fraction() == before  # a millisecond early: still
        clock.advance(0.001)
        window.ticker.refresh()
        assert view.current_fraction() > before  # on time: the next position
        moves += 1
    assert view.current_fraction() == 1.0
    assert moves >= 10


def test_a_figure_made_smaller_mid_lift_is_drawn_at_once_at_its_new_positions(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # A smaller figure is drawn at fewer positions (no more than its farthest
    # joint travels in pixels). Shrinking the window in a lift must not leave
    # the figure where the bigger one's positions had it until the next move.
    # A slow lift, so its positions are as many as the joint's pixels, not 10 a second.
    slow = Block("seated-leg-lift", MappingProxyType({"lift_seconds": 5}))
    step = _to_phase(window, qtbot, Phase.LIFT, Routine("slow", "Slow lift", "", (slow,)))
    panel, view = window.side_panel, window.pose_view
    session = window.controller.session
    assert session is not None
    clock.advance(session.duration * 0.37)
    window.ticker.refresh()
    big = panel._positions(step, session.duration)
    assert view.current_fraction() == math.floor(0.37 * big + 0.5) / big
    window.resize(640, 420)
    qtbot.waitUntil(lambda: panel._positions(step, session.duration) < big)
    small = panel._positions(step, session.duration)
    window.ticker.refresh()
    assert view.current_fraction() == math.floor(0.37 * small + 0.5) / small
    assert math.floor(0.37 * small + 0.5) / small != math.floor(0.37 * big + 0.5) / big


class _Counter(QObject):
    """Counts the events of some types each watched object receives."""

    def __init__(self, types: tuple[QEvent.Type, ...]) -> None:
        super().__init__()
        self.types = types
        self.seen: list[tuple[QObject, QEvent.Type]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.types:
            self.seen.append((watched, event.type()))
        return False


def test_the_circle_is_painted_with_the_figure_or_the_second_when_they_change_too(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # Each paint of the window is a trip to the display server. When the
    # figure moves or the countdown's second changes in the wake-up where the
    # circle grows, the circle is painted in the same pass as they are; a
    # circle changing alone is painted at once, without a trip round the
    # event loop.
    pacer, view = window.session_view.pacer, window.pose_view
    countdown = window.session_view.countdown_label
    counter = _Counter((QEvent.Type.UpdateRequest, QEvent.Type.Paint))
    for watched in (window, pacer, view, countdown):
        watched.installEventFilter(counter)
    load_walk(window)
    key(qtbot, window, Qt.Key.Key_Space)
    start = clock.now
    before: dict[str, object] = {}
    together = {"figure": 0, "second": 0, "alone": 0}

    def passes() -> list[set[QObject]]:
        """The widgets painted in each of the window's paint passes so far."""
        found: list[set[QObject]] = []
        for watched, kind in counter.seen:
            if kind is QEvent.Type.UpdateRequest:
                found.append(set())
            elif found:
                found[-1].add(watched)
        return [painted for painted in found if painted]

    def look(at: float) -> None:
        # What the last wake-up left posted, the event loop handles before it sleeps.
        QApplication.processEvents()
        counter.seen.clear()
        before.update(level=pacer.level, figure=view.current_fraction(), second=countdown.text())
        before["step"] = window.controller.step

    def check(at: float) -> None:
        if at < start + 1 or window.controller.step is not before["step"]:
            return  # the session page settling in, or a new step (much else changes)
        painted_at_once = passes()
        QApplication.processEvents()
        if pacer.level == before["level"]:
            return
        with_pacer = [painted for painted in passes() if pacer in painted]
        assert len(with_pacer) == 1, f"the circle not drawn once {at - start:.3f} s in"
        if view.current_fraction() != before["figure"]:
            assert view in with_pacer[0], f"the circle and the figure apart {at - start:.3f} s in"
            together["figure"] += 1
        elif countdown.text() != before["second"]:
            assert countdown in with_pacer[0], f"circle and second apart {at - start:.3f} s in"
            together["second"] += 1
        else:
            assert painted_at_once == with_pacer, f"the circle drawn late {at - start:.3f} s in"
            together["alone"] += 1

    play_timers(window, clock, 20.0, before=look, after=check)
    assert together["figure"] >= 5 and together["second"] >= 5 and together["alone"] >= 20


def test_changes_close_together_are_drawn_in_one_wake_up_and_never_late_by_much(
    window: MainWindow, clock: ManualClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each wake-up costs a laptop's battery more than the drawing does. A change
    # of the circle or the figure due just before another (or just before the
    # countdown's next second) waits for it and is drawn with it: never early,
    # and never more than GATHER_S behind the breath or the movement.
    pacer, panel, view = window.session_view.pacer, window.side_panel, window.session_view
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    late = GATHER_S + 0.002  # the timers round up to the millisecond

    def drawn() -> tuple[object, ...]:
        return (pacer.level, window.pose_view.current_fraction(), view.countdown_label.text())

    def check(at: float) -> None:
        """What is on screen is how the breath and the movement look at some
        millisecond of the last GATHER_S."""
        session, step = window.controller.session, window.controller.step
        assert session is not None and step is not None
        start, duration = at - session.elapsed(), session.duration
        moments = [max(start, at - i / 1000) for i in range(round(late * 1000) + 1)]
        breath = (step.breath, step.breath_in, step.breath_out)
        levels = {round(breath_level(*breath, t - start, duration) * travel) for t in moments}
        assert round(pacer.level * travel) in levels, f"circle wrong {at - 1000:.3f} s in"
        if step.phase in MOVING:
            n = panel._positions(step, duration)
            # The nearest position; exactly halfway, either.
            fractions = {
                math.floor(min(1.0, (t - start) / duration) * n + 0.5 + e) / n
                for t in moments
                for e in (-1e-6, 1e-6)
            }
            figure = window.pose_view.current_fraction()
            assert figure in fractions, f"figure wrong {at - 1000:.3f} s in"

    def wake_ups(checked: bool) -> tuple[int, int]:
        """Wake-ups over the walk-through's first 20 s, and how many of them
        changed more than one of the circle, the figure and the countdown."""
        load_walk(window)
        key(qtbot, window, Qt.Key.Key_Space)
        shown = [drawn()]

        def after(at: float) -> None:
            if checked:
                check(at)
            shown.append(drawn())

        wakes = play_timers(
            window, clock, 20.0, before=check if checked else lambda at: None, after=after
        )
        step = window.controller.step
        assert step is not None and step.phase is not Phase.FINISHED
        changed = [sum(a != b for a, b in zip(*pair, strict=True)) for pair in pairwise(shown)]
        shared = sum(count > 1 for count in changed)
        return len(wakes), shared

    gathered, shared = wake_ups(checked=True)
    monkeypatch.setattr(frame_ticker, "GATHER_S", 0.0)
    apart, shared_apart = wake_ups(checked=False)
    assert gathered <= 0.9 * apart
    assert shared > shared_apart


def test_a_step_skipped_to_while_paused_shows_its_starting_breath(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # Paused, no animation frames run; the step change alone must put the
    # circle where the new step's breath starts.
    step = _to_hold(window, qtbot)
    pacer = window.session_view.pacer
    advance(window, clock, min(step.breath_in / 2, step.duration / 2), step=0.25)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is State.PAUSED
    key(qtbot, window, Qt.Key.Key_N)
    new = window.controller.step
    assert new is not None and new is not step
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    start = breath_level(new.breath, new.breath_in, new.breath_out, 0.0, new.duration)
    assert abs(pacer.level - start) * travel <= 0.5 + 1e-6
    assert not window.ticker.is_active()


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Paint and watched.objectName():
            self.painted.add(watched.objectName())
        return False


def test_a_countdown_second_repaints_only_the_numbers_that_change(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    _to_hold(window, qtbot)
    qtbot.wait(50)
    counter = _PaintCounter()
    with watching_every_event(counter):
        before = label(window, "countdownLabel").text()
        advance(window, clock, 1.0)
        qtbot.wait(50)
    assert label(window, "countdownLabel").text() != before
    assert {"countdownLabel", "elapsedLabel", "remainingLabel"} <= counter.painted
    # Nothing else on screen changed, so nothing else is drawn again.
    assert not {"routinePicker", "sidePanel", "exerciseLabel", "pages"} & counter.painted


def test_times_over_an_hour_fit_their_labels(window: MainWindow) -> None:
    texts = {"elapsedLabel": "Elapsed 1:05:00", "remainingLabel": "Remaining 2:45:00"}
    for name, text in texts.items():
        widget = label(window, name)
        widget.setText(text)
        assert widget.width() >= widget.fontMetrics().horizontalAdvance(text)


def test_ctrl_tab_moves_between_the_pages(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.tabs.tabBar()
    assert [bar.tabText(i) for i in range(bar.count())] == ["Session", "Library", "History"]
    key(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    assert window.library_page() is not None  # the library was built on the way
    key(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2  # wraps round


def test_geometry_is_saved_in_the_test_config_dir(
    window: MainWindow, tmp_path: pytest.TempPathFactory
) -> None:
    window.close()
    from psoas_timer.store import paths

    assert (paths.config_dir() / "window.ini").is_file()
    assert str(paths.config_dir()).startswith(str(tmp_path))


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
