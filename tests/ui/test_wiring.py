"""The pieces wired into the real window: audio, history, self-check, editors, sharing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.app import AppLogic, build_window
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.cues import Mode
from psoas_timer.core.model import Phase
from psoas_timer.core.progress import Feeling, Status
from psoas_timer.core.session import State
from psoas_timer.store import paths
from psoas_timer.store.library import load_library
from psoas_timer.store.settings import load_settings
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.common.clock_text import format_clock
from psoas_timer.ui.editors.dosage_editor import DosageEditor
from psoas_timer.ui.editors.routine_editor import RoutineEditor
from psoas_timer.ui.history.history_feature import HistoryFeature
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.preferences import PreferencesDialog
from tests.ui.helpers import shown_window
from tests.ui.window_driving import advance, walk_routine


def logic_of(win: MainWindow) -> AppLogic:
    assert isinstance(win.logic, AppLogic)
    return win.logic


def history_of(win: MainWindow) -> HistoryFeature:
    history = logic_of(win).history
    assert history is not None
    return history


@pytest.fixture
def window(qtbot: QtBot, clock: ManualClock) -> Iterator[MainWindow]:
    win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    # Audio and history start from the event loop, after the first paint.
    qtbot.waitUntil(lambda: logic_of(win).history is not None and history_of(win).started)
    yield win
    for dialog in win.findChildren(QWidget):
        if dialog.isWindow() and dialog is not win:
            dialog.close()
    dialogs.set_confirm_answer(True)
    dialogs.clear_shown()


def run_to_end(win: MainWindow, clock: ManualClock) -> None:
    for _ in range(10000):
        if win.controller.state is not State.RUNNING:
            return
        advance(win, clock, 1.0)
    raise AssertionError("the routine never finished")


def _digits_height(label: QLabel) -> float:
    return QFontMetricsF(label.font()).tightBoundingRect("0123456789").height()


def saved_preferences() -> dict[str, object]:
    data = tomllib.loads(paths.settings_file().read_text(encoding="utf-8"))
    prefs = data["preferences"]
    assert isinstance(prefs, dict)
    return prefs


# ------------------------------------------------------------------- audio


def test_start_up_work_waits_for_the_first_paint(qtbot: QtBot, clock: ManualClock) -> None:
    win = build_window([], clock=clock)
    qtbot.addWidget(win)
    logic = logic_of(win)
    assert logic.audio is None and logic.history is None
    win.show()
    qtbot.waitUntil(lambda: logic.audio is not None)
    qtbot.waitUntil(lambda: logic.history is not None and logic.history.started)


def test_m_toggles_mute_shows_it_and_saves_it(window: MainWindow, qtbot: QtBot) -> None:
    sound = window.findChild(QLabel, "soundStatus")
    assert sound is not None and not sound.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_M)
    audio = logic_of(window).audio
    assert audio is not None and audio.muted
    assert sound.isVisible() and sound.text() == "Sound off"
    assert window.actions_by_name["mute"].isChecked()
    assert saved_preferences()["muted"] is True
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not audio.muted and not sound.isVisible()
    assert saved_preferences()["muted"] is False


def test_mute_is_remembered_at_the_next_start(qtbot: QtBot, clock: ManualClock) -> None:
    settings = load_settings(load_library().catalogue)
    settings.set_preference("muted", True)
    settings.save()
    win = build_window([], clock=clock)
    qtbot.addWidget(win)
    sound = win.findChild(QLabel, "soundStatus")
    assert sound is not None and not sound.isHidden()
    assert logic_of(win).ensure_audio().muted


def test_the_shortcut_list_has_m_and_preferences(window: MainWindow) -> None:
    window.show_shortcuts()
    text = dialogs.shown_messages()[-1].text
    assert "<b>M</b>" in text and "Mute" in text
    assert "Ctrl+," in text


def test_preferences_change_volume_mode_and_ticks_and_they_persist(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = logic_of(window).show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.isVisible()
    dialog.volume.setValue(35)
    dialog.mode_buttons[Mode.VOICE].click()
    dialog.ticks.setChecked(False)
    audio = logic_of(window).audio
    assert audio is not None
    assert audio.volume == pytest.approx(0.35)
    assert audio.mode is Mode.VOICE
    assert audio.options().ticks is False
    prefs = saved_preferences()
    assert prefs["volume"] == pytest.approx(0.35)
    assert prefs["cues"] == "voice"
    assert prefs["countdown_ticks"] is False
    # And what is saved is what the next start reads.
    again = load_settings(window.library.catalogue)
    assert again.preferences["volume"] == pytest.approx(0.35)
    assert again.preferences["cues"] == "voice"
    assert not again.problems


def test_ctrl_comma_opens_one_preferences_dialog(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    found = window.findChildren(PreferencesDialog)
    assert len(found) == 1 and found[0].isVisible()
    assert logic_of(window).show_preferences() is found[0]


def test_preferences_say_in_one_line_that_audio_is_unavailable(window: MainWindow) -> None:
    dialog = logic_of(window).show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    audio = logic_of(window).audio
    assert audio is not None
    notice = dialog.notice
    assert notice.isVisible()
    assert notice.text() == audio.status_text()
    assert "\n" not in notice.text() and "visual only" in notice.text()


def test_the_mute_checkbox_follows_the_m_key(window: MainWindow, qtbot: QtBot) -> None:
    dialog = logic_of(window).show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    assert not dialog.mute.isChecked()
    logic_of(window).toggle_mute()
    assert dialog.mute.isChecked()
    dialog.mute.setChecked(False)
    audio = logic_of(window).audio
    assert audio is not None and not audio.muted


# ----------------------------------------------------------------- history


def test_a_routine_run_through_the_window_is_recorded(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    window.controller.load(window.library.timeline(walk_routine()))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    run_to_end(window, clock)
    assert window.controller.state is State.FINISHED
    store = history_of(window).store
    assert store is not None
    sessions = store.sessions()
    assert [(s.routine_id, s.status) for s in sessions] == [("walk", Status.FINISHED)]
    results = store.results()
    assert [r.exercise_id for r in results] == ["seated-leg-lift", "half-kneeling-stretch"]
    assert sessions[0].steps_skipped == 0

    # Space starts it again; Esc (confirmed) stops it: a second row, stopped.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, clock, 5.0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    statuses = [s.status for s in store.sessions()]
    assert statuses == [Status.FINISHED, Status.STOPPED]


def test_self_check_appears_after_an_exercise_and_is_stored(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    prompt = history_of(window).prompt
    assert prompt is not None and prompt.isHidden()
    assert window.session_view.isAncestorOf(prompt)
    window.controller.load(window.library.timeline(walk_routine()))
    window.controller.start()
    for _ in range(1000):
        step = window.controller.step
        assert step is not None
        if step.block_no == 2:
            break
        advance(window, clock, 0.5)
    assert prompt.isVisible()
    # The big type makes room: the countdown's digits are not clipped.
    countdown = window.session_view.countdown_label
    qtbot.waitUntil(lambda: countdown.height() >= _digits_height(countdown))
    result = prompt.result
    assert result is not None and result.exercise_id == "seated-leg-lift"
    # Esc with the keyboard in the prompt closes it and leaves the session running.
    prompt.skip_button.setFocus()
    qtbot.keyClick(prompt.skip_button, Qt.Key.Key_Escape)
    assert prompt.isHidden()
    assert window.controller.state is State.RUNNING
    prompt.ask(result)
    prompt.answer(Feeling.HIP_CREASE)
    assert prompt.showing_tip
    store = history_of(window).store
    assert store is not None
    checks = store.self_checks()
    assert [(c.exercise_id, c.feeling) for c in checks] == [("seated-leg-lift", Feeling.HIP_CREASE)]


def test_suggestions_sit_under_the_picker_and_accepting_one_replans(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = history_of(window).suggestions
    assert panel is not None
    assert window.left_column.isAncestorOf(panel)
    assert panel.isHidden()  # nothing earned yet
    before = window.controller.timeline
    assert before is not None
    window.library.settings.set_dosage("supine-march", "reps", 10)
    panel.accepted.emit(object())
    qtbot.waitUntil(lambda: window.controller.timeline is not before)
    after = window.controller.timeline
    assert after is not None and after.total_seconds > before.total_seconds


def test_history_page_is_built_when_first_shown_and_reloaded_after(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.history_page() is None
    window.show_history()
    page = window.history_page()
    assert page is not None and page.objectName() == "historyPage"
    calls: list[int] = []
    monkeypatch.setattr(page, "reload", lambda: calls.append(1))
    window.tabs.setCurrentIndex(0)
    window.show_history()
    assert calls == [1]
    assert window.history_page() is page


def test_a_broken_history_database_is_one_dialog_and_the_app_runs_on(
    qtbot: QtBot, clock: ManualClock
) -> None:
    paths.history_file().mkdir(parents=True)  # a folder where the database should be
    dialogs.clear_shown()
    win = build_window(["--routine", "strength-starter"], clock=clock)
    qtbot.addWidget(win)
    logic_of(win).after_first_paint()
    history = history_of(win)
    assert history.store is None and history.problem
    shown = [m for m in dialogs.shown_messages() if m.title == "History is off"]
    assert len(shown) == 1
    win.controller.start()
    advance(win, clock, 3.0)
    assert win.controller.state is State.RUNNING
    win.show_history()
    note = win.findChild(QLabel, "historyUnavailable")
    assert note is not None and history.problem in note.text()


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )


def test_pyqtgraph_is_imported_only_when_the_history_page_opens() -> None:
    code = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from psoas_timer.app import build_window\n"
        "window = build_window([])\n"
        "window.show()\n"
        "app = QApplication.instance()\n"
        "end = time.monotonic() + 0.3\n"
        "while time.monotonic() < end: app.processEvents()\n"
        "assert window.logic.history is not None and window.logic.history.started\n"
        "assert 'pyqtgraph' not in sys.modules, 'imported before the page was opened'\n"
        "window.show_history()\n"
        "assert 'pyqtgraph' in sys.modules\n"
        "assert window.history_page().objectName() == 'historyPage'\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr


def preload_script(argv: list[str]) -> str:
    """The start of a script that shows the window for ``argv`` with the history
    page's preload due after 50 ms, and can ``spin(seconds)`` its event loop."""
    return (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from psoas_timer.ui.history import history_feature\n"
        "history_feature.PRELOAD_DELAY_MS = 50\n"
        "from psoas_timer.app import build_window\n"
        f"window = build_window({argv!r})\n"
        "window.show()\n"
        "app = QApplication.instance()\n"
        "def spin(seconds):\n"
        "    end = time.monotonic() + seconds\n"
        "    while time.monotonic() < end: app.processEvents()\n"
    )


def test_the_history_page_module_is_preloaded_when_idle_but_not_mid_session() -> None:
    code = preload_script(["--start"]) + (
        "spin(0.6)\n"
        "assert window.logic.history.started\n"
        "assert 'pyqtgraph' not in sys.modules, 'imported while a session ran'\n"
        "window.controller.stop()\n"
        "spin(1.5)\n"
        "assert 'psoas_timer.ui.history.history_page' in sys.modules\n"
        "assert window.history_page() is None\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ editors


def test_routines_menu_has_the_editing_actions(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "routinesMenu")
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Edit routines…", "Edit dosage…", "Import routine…", "Export routine…"]


def test_edit_routines_opens_the_routine_editor_on_the_loaded_routine(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.actions_by_name["edit_routines"].trigger()
    editors = window.findChildren(RoutineEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    assert editors[0].selected_id() == "strength-starter"


def test_edit_dosage_opens_the_editor_for_the_exercise_on_screen(window: MainWindow) -> None:
    window.actions_by_name["edit_dosage"].trigger()
    editors = window.findChildren(DosageEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    assert editors[0].exercise.id == "supine-march"


def test_library_page_has_an_edit_dosage_button(window: MainWindow, qtbot: QtBot) -> None:
    window.show_library()
    page = window.library_page()
    assert page is not None
    page.select("seated-leg-lift")
    qtbot.mouseClick(page.dosage_button, Qt.MouseButton.LeftButton)
    editors = window.findChildren(DosageEditor)
    assert [e.exercise.id for e in editors] == ["seated-leg-lift"]


def test_picker_context_menu_offers_dosage_and_routine_editing(window: MainWindow) -> None:
    picker = window.picker
    exercise_menu = picker.context_menu_for(picker.item_for("exercise:supine-march"))
    assert exercise_menu is not None
    assert [a.text() for a in exercise_menu.actions()] == ["Edit dosage…"]
    routine_menu = picker.context_menu_for(picker.item_for("strength-starter"))
    assert routine_menu is not None
    sub = routine_menu.findChild(QMenu, "editDosageMenu")
    assert sub is not None
    assert [a.data() for a in sub.actions()] == ["supine-march", "seated-leg-lift"]
    sub.actions()[1].trigger()
    assert [e.exercise.id for e in window.findChildren(DosageEditor)] == ["seated-leg-lift"]


def test_import_and_export_through_the_menu(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "physio.toml"
    source.write_text(
        'schema = 1\nname = "From the physio"\n\n[[blocks]]\nexercise = "supine-march"\nreps = 4\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.actions_by_name["import_routine"].trigger()
    assert "physio" in window.library.routines
    qtbot.waitUntil(lambda: window.picker.item_for("physio") is not None)
    assert window.picker.item_for("physio").text(1)  # type: ignore[union-attr]

    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_routine"].trigger()
    written = target.with_name("mine.toml")
    assert written.is_file()
    assert 'name = "Strength starter"' in written.read_text(encoding="utf-8")


def _plan_total(routine: str) -> float:
    result = subprocess.run(
        [sys.executable, "-m", "psoas_timer", "plan", routine, "--json"],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    total = json.loads(result.stdout)["total_seconds"]
    assert isinstance(total, int | float)
    return float(total)


def test_a_dosage_edit_reaches_the_picker_the_loaded_plan_and_psoas_timer_plan(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = window.controller.timeline
    assert before is not None and before.routine_id == "strength-starter"
    before_text = window.picker.item_for("strength-starter").text(1)  # type: ignore[union-attr]
    assert before_text == format_clock(before.total_seconds)

    menu = window.picker.context_menu_for(window.picker.item_for("exercise:supine-march"))
    assert menu is not None
    menu.actions()[0].trigger()
    (editor,) = window.findChildren(DosageEditor)
    editor.spin("reps").setValue(12)
    editor.spin("hold_seconds").setValue(6)
    assert editor.save()
    qtbot.waitUntil(lambda: window.controller.timeline is not before)

    after = window.controller.timeline
    assert after is not None and after.routine_id == "strength-starter"
    assert after.total_seconds > before.total_seconds
    holds = [s for s in after if s.phase is Phase.HOLD and s.exercise_id == "supine-march"]
    assert holds and all(s.duration == 6 for s in holds)
    assert max(s.rep_no for s in holds) == 12
    item = window.picker.item_for("strength-starter")
    assert item is not None and item.text(1) == format_clock(after.total_seconds)
    assert item.text(1) != before_text
    assert window.controller.state is State.IDLE
    assert _plan_total("strength-starter") == pytest.approx(after.total_seconds)


def test_an_edit_mid_session_leaves_the_running_plan_and_applies_after(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, clock, 2.0)
    running = window.controller.timeline
    assert running is not None
    window.library.settings.set_dosage("supine-march", "reps", 12)
    logic_of(window).apply_library_change()
    assert window.controller.timeline is running
    assert window.controller.state is State.RUNNING
    assert "applies when it ends" in window.statusBar().currentMessage()
    # The picker already shows the new total.
    planned = window.library.timeline(window.library.resolve("strength-starter"))
    item = window.picker.item_for("strength-starter")
    assert item is not None and item.text(1) == format_clock(planned.total_seconds)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # stop (confirmed): ready with the new plan
    after = window.controller.timeline
    assert after is not running and after is not None
    assert after.total_seconds == planned.total_seconds
    assert window.controller.state is State.IDLE


def test_radio_buttons_for_every_cue_mode(window: MainWindow) -> None:
    dialog = logic_of(window).show_preferences()
    names = sorted(b.objectName() for b in dialog.findChildren(QRadioButton))
    assert names == ["cueMode_beeps", "cueMode_both", "cueMode_voice"]


def test_a_damaged_history_file_is_kept_aside_and_recording_goes_on(qtbot: QtBot) -> None:
    from psoas_timer.store import paths
    from psoas_timer.ui.common import dialogs

    path = paths.history_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 500)
    window = build_window(["--routine", "supine-march"], clock=ManualClock())
    qtbot.addWidget(window)
    dialogs.clear_shown()
    logic = logic_of(window)
    logic.after_first_paint()
    backups = [
        p for p in path.parent.glob("history.sqlite3.bak-*") if not p.name.endswith(("wal", "shm"))
    ]
    assert len(backups) == 1 and backups[0].read_bytes() == b"garbage" * 500
    assert any(str(backups[0]) in m.text for m in dialogs.shown_messages())
    assert logic.history is not None and logic.history.store is not None


def test_the_library_shows_every_key_pose_from_the_resources(
    qtbot: QtBot, clock: ManualClock
) -> None:
    win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    win.show_library()
    page = win.library_page()
    assert page is not None
    page.select("half-kneeling-stretch")
    names = {w.objectName() for w in page.key_poses.findChildren(QLabel)}
    assert {"keyPose-setup", "keyPose-stretch"} <= names
    setup = page.key_poses.findChild(QLabel, "keyPose-setup")
    assert setup is not None and not setup.pixmap().isNull()


def test_the_window_gets_the_app_icon_after_the_first_paint(
    qtbot: QtBot, clock: ManualClock
) -> None:
    win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    logic_of(win).after_first_paint()
    assert not win.windowIcon().isNull()


def test_the_app_keeps_start_up_objects_out_of_the_collector_after_the_first_paint(
    qtbot: QtBot, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from psoas_timer.startup import long_lived

    monkeypatch.setattr(long_lived, "_begun", False)
    long_lived.begin()  # as the command line does before it opens the window
    try:
        win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
        logic_of(win).after_first_paint()  # (if the first paint has not run it yet)
        # The window's wrappers and the catalogue are no longer walked by every
        # full collection during a session, and the session's garbage is collected.
        assert id(win.library.catalogue) not in {id(o) for o in gc.get_objects()}
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
