"""Reliability: frozen processes, wall-clock jumps and a long soak of void Qt calls."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from psoas_timer.core import clock as clock_module
from psoas_timer.core.session import State

DRIVER = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from types import MappingProxyType
    from PySide6.QtCore import QCoreApplication, QTimer
    from psoas_timer.core.catalogue import load_catalogue
    from psoas_timer.core.model import Block, Phase, Routine
    from psoas_timer.core.timeline import compile_timeline
    from psoas_timer.ui.session.controller import SessionController

    app = QCoreApplication([])
    routine = Routine("t", "T", "", (Block("half-kneeling-stretch", MappingProxyType(
        {"prepare_seconds": 1, "lift_seconds": 1, "hold_seconds": 120})),))
    controller = SessionController()
    controller.load(compile_timeline(routine, load_catalogue()))
    controller.start()

    def report():
        s = controller.session
        print(f"{s.state.value} {s.step.phase.value} {s.step.index} {s.remaining():.2f}",
              flush=True)

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(200)
    QTimer.singleShot(int(sys.argv[1]) * 1000, app.quit)
    app.exec()
    """
)


def _last_line(proc: subprocess.Popen[str], wait: float) -> str:
    deadline = time.monotonic() + wait
    line = ""
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    while time.monotonic() < deadline:
        chunk = proc.stdout.readline()
        if chunk:
            line = chunk.strip()
        else:
            time.sleep(0.05)
    return line


@pytest.mark.slow
@pytest.mark.realtime
def test_a_process_frozen_for_30_s_mid_hold_comes_back_paused_at_that_step() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "60"], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        before = _last_line(proc, 4.0)
        state, phase, index, remaining = before.split()
        assert (state, phase) == ("running", "hold"), before
        os.kill(proc.pid, signal.SIGSTOP)
        time.sleep(30)
        os.kill(proc.pid, signal.SIGCONT)
        after = _last_line(proc, 2.0)
        state2, phase2, index2, remaining2 = after.split()
        assert (state2, phase2, index2) == ("paused", "hold", index), after
        # It kept what was left of the hold (less at most the moment before freezing).
        assert float(remaining2) >= float(remaining) - 1.0
    finally:
        proc.kill()
        proc.wait(10)


@pytest.mark.realtime
def test_a_wall_clock_jump_does_not_touch_a_running_session(qtbot: QtBot) -> None:
    from types import MappingProxyType

    from psoas_timer.core.catalogue import load_catalogue
    from psoas_timer.core.model import Block, Routine
    from psoas_timer.core.timeline import compile_timeline
    from psoas_timer.ui.session.controller import SessionController

    routine = Routine("t", "T", "", (Block("supine-march", MappingProxyType(
        {"prepare_seconds": 3})),))
    controller = SessionController()  # the app's own clock
    controller.load(compile_timeline(routine, load_catalogue()))
    before = time.monotonic()
    controller.start()
    # The step's end is an instant on the monotonic clock: a session on the
    # wall clock (even one bound to it before anything here was patched) has
    # its deadline some 1.8e9 s away from it.
    session = controller.session
    assert session is not None and session.deadline is not None
    assert before + 3.0 <= session.deadline <= time.monotonic() + 3.0
    real_time = time.time
    with pytest.MonkeyPatch.context() as patch:
        for jump in (3600.0, -3600.0):
            patch.setattr(time, "time", lambda j=jump: real_time() + j)
            qtbot.wait(300)
            # Asked while the wall clock is off by an hour.
            assert controller.state is State.RUNNING
            assert 1.5 < controller.remaining() < 2.9
    assert controller.step is not None and controller.step.phase.value == "prepare"
    assert 1.5 < controller.remaining() < 2.6
    assert clock_module.monotonic is not real_time


def test_a_session_through_the_whole_window_never_reads_the_wall_clock(qtbot: QtBot) -> None:
    """The app's real clock, made to stand still but for the test: a session
    that follows it (and not the wall clock, which is only watched) runs on."""
    import datetime

    from PySide6.QtWidgets import QApplication

    from psoas_timer.app import build_window
    from psoas_timer.core.clock import ManualClock

    window = build_window(["--routine", "strength-starter"])  # the default clock
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    logic = window.logic
    # Everything after the first paint (audio, history) is up and has logged
    # (logging stamps its records with the wall clock).
    qtbot.waitUntil(lambda: logic.history is not None and logic.history.started)  # type: ignore[union-attr]
    fake = ManualClock(time.monotonic())
    wall_reads: list[str] = []

    def watched(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def read(*args: Any, **kwargs: Any) -> Any:
            wall_reads.append(name)
            return real(*args, **kwargs)

        return read

    class WatchedDateTime(datetime.datetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> WatchedDateTime:
            wall_reads.append("datetime.now")
            return super().now(tz)

    controller = window.controller
    session = controller.session
    assert session is not None
    total = session.total_remaining()
    # Its own MonkeyPatch: undoing it must not undo the fixtures' XDG folders.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "monotonic", fake)
        for name in ("time", "time_ns", "localtime", "gmtime"):
            patch.setattr(time, name, watched(name, getattr(time, name)))
        patch.setattr(datetime, "datetime", WatchedDateTime)
        controller.start()
        for _ in range(120):  # a minute of the routine, in the timer's steps
            fake.advance(0.5)
            controller.poll()
            QApplication.processEvents()  # let the window paint what changed
        # One minute in, by the fake monotonic clock alone.
        assert session.total_remaining() == pytest.approx(total - 60.0, abs=0.01)
    assert wall_reads == []
    assert controller.state is State.RUNNING


@pytest.mark.slow
def test_a_million_void_qt_calls_do_not_crash(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1_000_000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50
    assert obj.objectName() == "x"
