"""The main window, driven through its real keys on a fake clock: its parts, keys and pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.session import State
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.main_window import MainWindow
from tests.ui.window_driving import (
    advance,
    key,
    label,
    texts,
)

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
