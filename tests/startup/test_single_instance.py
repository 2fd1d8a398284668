"""One running window per user and config folder; later launches hand over."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from psoas_timer.startup import single_instance
from psoas_timer.startup.single_instance import (
    HandOverError,
    Primary,
    Request,
    claim,
    hand_over,
    lock_and_socket,
    request_from,
)
from psoas_timer.store import paths


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # Not under tmp_path: a socket's path must fit in 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="pt-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def primary(runtime: Path) -> Iterator[Primary]:
    claimed = claim(paths.config_dir())
    assert claimed is not None
    yield claimed
    claimed.close()


def answer_once(primary: Primary, got: list[Request]) -> threading.Thread:
    """The running copy's side, as the event loop would do it, on a thread."""

    listener = primary.listen()

    def serve() -> None:
        listener.setblocking(True)
        conn, _ = listener.accept()
        with conn:
            got.append(Request.decode(conn.makefile("rb").readline()))
            conn.sendall(b"ok\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


def test_a_second_claim_on_the_same_config_loses_and_another_config_wins(
    primary: Primary, tmp_path: Path
) -> None:
    assert claim(paths.config_dir()) is None
    other = claim(tmp_path / "elsewhere")
    assert other is not None and other.socket_path != primary.socket_path
    other.close()


def test_a_copy_that_quits_leaves_nothing_behind_and_the_next_one_runs(runtime: Path) -> None:
    first = claim(paths.config_dir())
    assert first is not None
    first.listen()
    first.close()
    assert list(runtime.iterdir()) == []
    again = claim(paths.config_dir())
    assert again is not None
    again.close()


def test_a_request_reaches_the_running_copy(primary: Primary, tmp_path: Path) -> None:
    got: list[Request] = []
    thread = answer_once(primary, got)
    hand_over(paths.config_dir(), request_from("mine.toml", True, cwd=str(tmp_path)), timeout=2)
    thread.join(2)
    # A relative file is made absolute against the launching process's folder.
    assert got == [Request(routine=str(tmp_path / "mine.toml"), start=True)]
    assert request_from("strength-starter", False) == Request("strength-starter", False)


def test_a_crashed_copy_leaves_a_stale_socket_and_the_next_start_takes_over(
    runtime: Path,
) -> None:
    _, sock_path = lock_and_socket(paths.config_dir())
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(os.fspath(sock_path))  # bound, never unlinked: as after a SIGKILL
    dead.close()
    assert sock_path.exists()
    taken = claim(paths.config_dir())
    assert taken is not None
    got: list[Request] = []
    thread = answer_once(taken, got)
    hand_over(paths.config_dir(), Request(), timeout=2)
    thread.join(2)
    assert got == [Request()]
    taken.close()


@pytest.mark.realtime
def test_a_copy_that_holds_the_lock_but_never_listens_is_reported(runtime: Path) -> None:
    lock_path, _ = lock_and_socket(paths.config_dir())
    import fcntl

    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        started = time.monotonic()
        with pytest.raises(HandOverError):
            hand_over(paths.config_dir(), Request(), timeout=0.3)
        assert time.monotonic() - started < 2
    finally:
        os.close(fd)


def test_the_fallback_runtime_folder_is_private(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    folder = single_instance.runtime_dir()
    assert folder.stat().st_mode & 0o777 == 0o700 and folder.stat().st_uid == os.getuid()


# ------------------------------------------------------------ real processes


def _launch(*args: str, cwd: Path | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PSOAS_TIMER_AUDIO": "off"}
    return subprocess.Popen(
        [sys.executable, "-m", "psoas_timer", *args], env=env, cwd=cwd,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _sessions() -> list[tuple[str, str]]:
    db = paths.history_file()
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return list(conn.execute("SELECT routine_id, status FROM sessions ORDER BY id"))
    except sqlite3.Error:
        return []


def _wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _listening(runtime: Path) -> bool:
    return any(p.suffix == ".sock" for p in runtime.iterdir())


@pytest.mark.realtime
def test_a_second_launch_hands_its_routine_to_the_running_window_and_exits_0(
    runtime: Path, tmp_path: Path
) -> None:
    first = _launch()
    try:
        _wait_for(lambda: _listening(runtime) and paths.history_file().exists(), 15,
                  "the first copy never came up")
        routine = tmp_path / "work" / "mine.toml"
        routine.parent.mkdir()
        routine.write_text(
            'schema = 1\nname = "Mine"\n\n[[blocks]]\nexercise = "supine-march"\n',
            encoding="utf-8",
        )
        started = time.monotonic()
        second = _launch("--routine", "mine.toml", "--start", cwd=routine.parent)
        out, err = second.communicate(timeout=10)
        took = time.monotonic() - started
        assert second.returncode == 0, err
        assert took < 3.0
        _wait_for(lambda: _sessions() == [("mine", "running")], 5,
                  "the running window did not start the routine")
        # Commands are not handed over: they run here, beside the window.
        listing = _launch("list")
        out, err = listing.communicate(timeout=20)
        assert listing.returncode == 0 and "strength-starter" in out
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(10)
    assert first.returncode == 0
    assert [status for _, status in _sessions()] == ["stopped"]


@pytest.mark.realtime
def test_two_copies_started_at_once_make_one_window(runtime: Path) -> None:
    copies = [_launch(), _launch()]
    try:
        _wait_for(lambda: any(c.poll() is not None for c in copies), 15,
                  "neither copy handed over")
        time.sleep(0.5)
        alive = [c for c in copies if c.poll() is None]
        gone = [c for c in copies if c.poll() is not None]
        assert len(alive) == 1 and len(gone) == 1
        assert gone[0].returncode == 0
    finally:
        for copy in copies:
            if copy.poll() is None:
                copy.send_signal(signal.SIGTERM)
                copy.wait(10)
    assert all(c.returncode == 0 for c in copies)


@pytest.mark.realtime
def test_new_instance_and_smoke_runs_open_a_window_beside_the_running_one(
    primary: Primary,
) -> None:
    # ``primary`` holds the lock and never answers: a hand-over would fail.
    smoke = _launch("--exit-after-startup")
    _, err = smoke.communicate(timeout=20)
    assert smoke.returncode == 0, err
    beside = _launch("--new-instance")
    try:
        _wait_for(paths.history_file().exists, 15, "--new-instance opened no window")
        assert beside.poll() is None
    finally:
        beside.send_signal(signal.SIGTERM)
        beside.wait(10)
    assert beside.returncode == 0


def test_a_request_brings_the_window_back_and_starts_what_it_names(qtbot: QtBot) -> None:
    from psoas_timer.app import AppLogic
    from psoas_timer.core.clock import ManualClock
    from psoas_timer.core.session import State
    from tests.ui.helpers import shown_window

    window = shown_window(qtbot, ManualClock(), ["--routine", "strength-starter"])
    logic = window.logic
    assert isinstance(logic, AppLogic)
    window.showMinimized()
    logic.take_request(Request(routine="seated-leg-lift", start=True))
    assert not window.isMinimized() and window.isVisible()
    timeline = window.controller.timeline
    assert timeline is not None and timeline.routine_id == "exercise:seated-leg-lift"
    assert window.controller.state is State.RUNNING
    # A bare second launch only brings the window back: the session runs on.
    logic.take_request(Request())
    assert window.controller.state is State.RUNNING
