"""The desktop's sleep, lock and idle signals, through a fake bus and a real one."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.session import State
from psoas_timer.ui.desktop.desktop_session import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SESSION,
    PROPERTIES,
    DesktopSession,
)
from tests.ui.fake_dbus import FakeBus
from tests.ui.helpers import shown_window

OURS = "/org/freedesktop/login1/session/_31"
THEIRS = "/org/freedesktop/login1/session/c2"


def logind() -> FakeBus:
    return FakeBus({(LOGIN1_MANAGER, "GetSession"): [QDBusObjectPath(OURS)]})


@dataclass
class Desk:
    """A DesktopSession on fake buses, and what each of its signals said."""

    watched: DesktopSession
    system: FakeBus
    session: FakeBus
    heard: dict[str, list[bool]] = field(default_factory=dict)

    def login_session(self, path: str, member: str, *args: object) -> None:
        self.system.emit(path, LOGIN1_SESSION if member != "PropertiesChanged" else PROPERTIES,
                         member, *args)

    def hints(self, path: str, **changed: bool) -> None:
        self.login_session(path, "PropertiesChanged", LOGIN1_SESSION, changed, [])


@pytest.fixture
def desk(qtbot: QtBot) -> Iterator[Desk]:
    system, session = logind(), FakeBus()
    watched = DesktopSession(system_bus=system, session_bus=session)
    qtbot.waitUntil(lambda: watched.session_path == OURS)
    found = Desk(watched, system, session)
    for name in ("sleeping", "locked", "idle"):
        found.heard[name] = []
        getattr(watched, name).connect(found.heard[name].append)
    yield found
    watched.deleteLater()


def test_prepare_for_sleep_says_sleeping_then_awake(desk: Desk) -> None:
    desk.system.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    desk.system.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    assert desk.heard["sleeping"] == [True, False]


def test_the_screen_saver_and_logind_lock_are_heard_once_each_change(desk: Desk) -> None:
    desk.session.emit_screen_saver(True)
    desk.login_session(OURS, "Lock")  # the same lock, seen twice more
    desk.hints(OURS, LockedHint=True)
    assert desk.heard["locked"] == [True] and desk.watched.is_locked
    desk.login_session(OURS, "Unlock")
    desk.session.emit_screen_saver(True, "org.gnome.ScreenSaver")
    assert desk.heard["locked"] == [True, False, True]


def test_another_login_session_locking_is_not_ours(desk: Desk) -> None:
    desk.login_session(THEIRS, "Lock")
    desk.hints(THEIRS, IdleHint=True)
    assert desk.heard == {"sleeping": [], "locked": [], "idle": []}


def test_logind_idle_hint_says_idle_and_back(desk: Desk) -> None:
    for hint in (True, True, False):
        desk.hints(OURS, IdleHint=hint)
    desk.login_session(OURS, "PropertiesChanged", "org.other", {"IdleHint": True}, [])
    assert desk.heard["idle"] == [True, False] and not desk.watched.is_idle


def test_idle_seconds_from_gnome_or_the_screen_saver_or_none() -> None:
    gnome = FakeBus({("org.gnome.Mutter.IdleMonitor", "GetIdletime"): [90_500]})
    kde = FakeBus({("org.freedesktop.ScreenSaver", "GetSessionIdleTime"): [42]})
    assert DesktopSession(system_bus=None, session_bus=gnome).idle_seconds() == pytest.approx(90.5)
    assert DesktopSession(system_bus=None, session_bus=kde).idle_seconds() == 42.0
    assert DesktopSession(system_bus=None, session_bus=FakeBus()).idle_seconds() is None
    assert DesktopSession(system_bus=None, session_bus=None).idle_seconds() is None


def test_without_any_bus_it_connects_nothing_and_says_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/psoas-timer-bus")
    watched = DesktopSession()  # the defaults: no bus here (qt_log_level_fail catches warnings)
    assert not watched.connected
    assert watched.idle_seconds() is None
    with qtbot.assert_not_emitted(watched.locked), qtbot.assert_not_emitted(watched.sleeping):
        qtbot.wait(10)


# ---------------------------------------------------------------- the running session


def test_sleeping_or_locking_pauses_a_running_session_and_waking_leaves_it_paused(
    qtbot: QtBot, clock: ManualClock
) -> None:
    win = shown_window(qtbot, clock, ["--routine", "strength-starter", "--start"])
    logic = win.logic
    system, session = logind(), FakeBus()
    watched = DesktopSession(system_bus=system, session_bus=session, parent=win)
    logic.attach_desktop(watched)  # type: ignore[union-attr]
    assert win.controller.state is State.RUNNING
    system.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    assert win.controller.state is State.PAUSED
    assert "paused" in win.windowTitle().lower()
    system.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    assert win.controller.state is State.PAUSED  # the person resumes from the mat
    win.controller.resume()
    session.emit_screen_saver(True)
    assert win.controller.state is State.PAUSED


def test_a_suspend_seen_on_the_boot_clock_pauses_the_window_at_its_step(
    qtbot: QtBot, clock: ManualClock
) -> None:
    from psoas_timer.app import build_window

    boot = ManualClock(50_000.0)
    win = build_window(["--routine", "strength-starter", "--start"], clock=clock, sleep_clock=boot)
    qtbot.addWidget(win)
    win.show()
    for _ in range(8):
        clock.advance(0.5)
        boot.advance(0.5)
        win.controller.poll()
    step, left = win.controller.step, win.controller.remaining()
    boot.advance(3 * 3600)  # suspended: CLOCK_MONOTONIC stood still
    clock.advance(0.2)
    boot.advance(0.2)
    win.controller.poll()  # the first timer after waking
    assert win.controller.state is State.PAUSED and win.controller.step is step
    assert win.controller.remaining() == pytest.approx(left)
    assert "paused" in win.windowTitle().lower()


# ---------------------------------------------------------------- a real bus


@pytest.fixture
def private_session_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        proc.terminate()
        proc.wait(5)


@pytest.mark.realtime
def test_a_real_session_bus_screen_saver_signal_is_heard(
    qtbot: QtBot, private_session_bus: str
) -> None:
    bus = QDBusConnection.connectToBus(private_session_bus, "psoas-timer-test")
    try:
        assert bus.isConnected()
        watched = DesktopSession(system_bus=None, session_bus=bus)
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_session_bus}
        with qtbot.wait_signal(watched.locked, timeout=3000) as blocker:
            # Another process on the bus, as the screen locker is.
            subprocess.run(
                ["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                env=env, check=True, timeout=5,
            )
        assert blocker.args == [True]
        watched.deleteLater()
    finally:
        QDBusConnection.disconnectFromBus("psoas-timer-test")
