"""Starting the app: build_window, bad input, the first paint, and what start-up imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from psoas_timer.app import build_window
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.session import State
from psoas_timer.store import paths
from psoas_timer.ui.common import dialogs

BAD_ROUTINE = """\
schema = 1
name = "Broken"

[[blocks]]
exercise = "nope"

[[blocks]]
exercise = "supine-march"
reps = 0
hold_seconds = "x"
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(autouse=True)
def _fresh_dialogs() -> None:
    dialogs.clear_shown()
    dialogs.set_confirm_answer(True)


def test_bad_routine_file_shows_every_problem_in_one_dialog_and_the_app_runs(
    qtbot: QtBot, clock: ManualClock, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text(BAD_ROUTINE, encoding="utf-8")
    window = build_window(["--routine", str(bad), "--start"], clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs.shown_messages()))
    messages = dialogs.shown_messages()
    assert len(messages) == 1
    lines = "\n".join(messages[0].lines)
    assert "blocks[0].exercise" in lines
    assert "blocks[1].reps" in lines
    assert "blocks[1].hold_seconds" in lines
    # The app keeps running, with the default routine ready.
    assert window.controller.timeline is not None
    assert window.controller.state is State.IDLE
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING


def test_routine_and_start_options_select_and_start(qtbot: QtBot, clock: ManualClock) -> None:
    window = build_window(["--routine", "release", "--start"], clock=clock)
    qtbot.addWidget(window)
    assert window.controller.timeline.routine_id == "release"  # type: ignore[union-attr]
    assert window.controller.state is State.RUNNING
    exercise = window.findChild(QLabel, "exerciseLabel")
    assert exercise is not None and exercise.text() == "Half-kneeling psoas stretch"


def test_problems_in_the_users_files_are_shown_once_after_start(
    qtbot: QtBot, clock: ManualClock
) -> None:
    folder = paths.routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(BAD_ROUTINE, encoding="utf-8")
    (folder / "also-bad.toml").write_text("schema = 1\nname = 3\n", encoding="utf-8")
    window = build_window([], clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs.shown_messages()))
    qtbot.wait(20)
    messages = dialogs.shown_messages()
    assert len(messages) == 1
    text = "\n".join(messages[0].lines)
    assert "mine.toml" in text and "also-bad.toml" in text
    assert window.controller.timeline.routine_id == "strength-starter"  # type: ignore[union-attr]


def test_exit_after_startup_exits_zero_after_the_first_paint() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "psoas_timer", "--exit-after-startup"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_start_up_spends_no_time_collecting_cycles_before_the_first_frame() -> None:
    # Nothing start-up makes is garbage; the app holds the cycle collector
    # until its first frame is painted (long_lived), then lets it run again.
    code = (
        "import gc, os\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info))\n"
        "exit_now = os._exit\n"
        "def report(code):\n"  # the smoke run ends with os._exit once painted
        "    print('collections', len(runs), 'enabled', gc.isenabled(), flush=True)\n"
        "    exit_now(code)\n"
        "os._exit = report\n"
        "from psoas_timer.startup import long_lived\n"
        "hold = long_lived.begin\n"
        "long_lived.begin = lambda: (runs.clear(), hold())\n"  # count from there on
        "import sys\n"
        "sys.argv[1:] = ['--exit-after-startup']\n"
        "from psoas_timer.startup.launch import main\n"  # what the psoas-timer command runs
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "collections 0 enabled False" in result.stdout, result.stdout


def test_start_up_imports_neither_pyqtgraph_nor_numpy() -> None:
    code = (
        "import sys\n"
        "from psoas_timer.app import build_window\n"
        "window = build_window([])\n"
        "window.show()\n"
        "bad = [m for m in ('pyqtgraph', 'numpy') if m in sys.modules]\n"
        "assert not bad, bad\n"
        "assert window.library_page() is None, 'library page built at start-up'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def _qt_variable_after_start(name: str, preset: str | None) -> str:
    """``name`` in the environment once the app made its QApplication, from ``preset``
    (``None``: unset); "unset" if it is not set then."""
    code = (
        "import os\n"
        "from psoas_timer.app import _application\n"
        "_application()\n"
        f"print(os.environ.get({name!r}, 'unset'))\n"
    )
    env = _env()
    env.pop(name, None)
    if preset is not None:
        env[name] = preset
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_app_turns_off_qt_s_paint_thread_pool_unless_the_user_chose() -> None:
    # The pool woke a running session ~490 times a second (bench/running_cost.py);
    # a user who sets the variable keeps their choice.
    for preset, expected in ((None, "1"), ("0", "0")):
        assert _qt_variable_after_start("QT_NO_GUI_THREADPOOL", preset) == expected


def test_on_x11_the_app_sends_frames_through_the_socket_unless_the_user_chose() -> None:
    # Shared memory cost a round trip to the X server and several thread wake-ups
    # per frame (bench/running_cost.py: ~35 wake-ups a second running, ~15
    # without). Qt only asks whether the variable is set, so "0" must unset it.
    for preset, expected in ((None, "1"), ("0", "unset"), ("1", "1"), ("yes", "yes")):
        assert _qt_variable_after_start("QT_XCB_NO_MITSHM", preset) == expected, preset


BROKEN_FILES = {
    "empty": b"",
    "truncated": b'schema = 1\n[preferences]\nvolume = 0.5\ncues = "bo',
    "zeroed": b"\x00" * 512,
    "garbage": bytes(range(256)) * 3,
    "wrong-types": b'schema = 1\n[preferences]\nvolume = "loud"\nmuted = 3\n'
    b'[dosage.supine-march]\nreps = "ten"\n',
}
BROKEN_ROUTINES = {
    **BROKEN_FILES,
    "truncated": b'schema = 1\nname = "Mine"\n[[blocks]]\nexercise = "supine-ma',
    "wrong-types": b'schema = 1\nname = 3\n[[blocks]]\nexercise = "supine-march"\nreps = "x"\n',
}


def _start_and_exit(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = _env()
    env["PSOAS_TIMER_NO_DIALOGS"] = "1"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    return subprocess.run(
        [sys.executable, "-m", "psoas_timer", "--exit-after-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _check_moved_aside(result: subprocess.CompletedProcess[str], path: Path, data: bytes) -> None:
    assert result.returncode == 0, result.stderr
    backups = list(path.parent.glob(f"{path.name}.bak-*"))
    assert len(backups) == 1, (backups, result.stderr)
    assert backups[0].read_bytes() == data
    # One notice, naming the file and where its bytes went.
    assert str(path) in result.stderr and str(backups[0]) in result.stderr, result.stderr


@pytest.mark.parametrize("kind", list(BROKEN_FILES))
def test_a_broken_settings_file_is_backed_up_and_named_and_the_app_starts(
    kind: str, tmp_path: Path
) -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True)
    settings.write_bytes(BROKEN_FILES[kind])
    result = _start_and_exit(tmp_path)
    _check_moved_aside(result, settings, BROKEN_FILES[kind])


@pytest.mark.parametrize("kind", list(BROKEN_ROUTINES))
def test_a_broken_routine_file_is_backed_up_and_named_and_the_app_starts(
    kind: str, tmp_path: Path
) -> None:
    routine = paths.routines_dir() / "mine.toml"
    routine.parent.mkdir(parents=True)
    routine.write_bytes(BROKEN_ROUTINES[kind])
    result = _start_and_exit(tmp_path)
    _check_moved_aside(result, routine, BROKEN_ROUTINES[kind])


def test_a_smoke_run_exits_before_opening_the_history_or_writing_anything(
    tmp_path: Path,
) -> None:
    # --exit-after-startup quits on the first frame, before the work queued
    # behind it (history, audio, the picker's totals): it leaves no files.
    result = _start_and_exit(tmp_path)
    assert result.returncode == 0, result.stderr
    home = tmp_path / "home"
    written = [p for p in home.rglob("*") if p.is_file()] if home.exists() else []
    assert written == []
