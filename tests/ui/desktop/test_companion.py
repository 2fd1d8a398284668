"""Tray, sitting reminders and their Preferences, on fake clocks, a fake bus and a fake desktop."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer import desktop_entry
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.session import State
from psoas_timer.store import paths
from psoas_timer.store.reminder_state import load_state
from psoas_timer.store.settings import load_settings
from psoas_timer.ui.desktop import tray as tray_module
from psoas_timer.ui.desktop.companion_prefs import CompanionPreferences
from psoas_timer.ui.desktop.reminder_window import ReminderWindow
from psoas_timer.ui.desktop.reminders import ACTIONS, INHIBITED_RETRY_SECONDS, ReminderScheduler
from psoas_timer.ui.desktop.tray import Tray, routines_in_menu_order
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.preferences import PreferencesDialog
from tests.ui.helpers import shown_window
from tests.ui.test_wiring import logic_of

MINUTE = 60.0
WED_10 = datetime(2026, 12, 2, 10, 0, tzinfo=UTC).timestamp()


class FakeBus(QObject):
    """A notification server that records what it was asked to show."""

    actionInvoked = Signal(str)
    failed = Signal()

    def __init__(self, *, here: bool = True, inhibited: bool = False) -> None:
        super().__init__()
        self.here, self.is_inhibited = here, inhibited
        self.shown: list[tuple[str, str, list[tuple[str, str]]]] = []

    def available(self) -> bool:
        return self.here

    def inhibited(self) -> bool:
        return self.is_inhibited

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]]) -> bool:
        self.shown.append((summary, body, list(actions)))
        return True

    def withdraw(self) -> None:
        pass


class FakeDesktop(QObject):
    """The desktop session's signals (ui/desktop_session.py, built elsewhere)."""

    sleeping = Signal(bool)
    locked = Signal(bool)
    idle = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.idle_for: float | None = None

    def idle_seconds(self) -> float | None:
        return self.idle_for


class FakeController(QObject):
    stateChanged = Signal(object)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.state = State.IDLE

    def set_state(self, state: State) -> None:
        self.state = state
        self.stateChanged.emit(state)


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def can_show_messages(self) -> bool:
        return True

    def show_message(self, title: str, body: str) -> None:
        self.messages.append(title)


class Clocks:
    def __init__(self) -> None:
        self.mono, self.boot, self.wall = ManualClock(10.0), ManualClock(20.0), ManualClock(WED_10)

    def sit(self, seconds: float) -> None:
        for c in (self.mono, self.boot, self.wall):
            c.advance(seconds)


@pytest.fixture
def clocks(qapp: QApplication) -> Clocks:
    return Clocks()


def scheduler(
    clocks: Clocks,
    *,
    bus: FakeBus | None = None,
    desktop: FakeDesktop | None = None,
    tray: FakeTray | None = None,
    controller: FakeController | None = None,
    saved: list[dict[str, object]] | None = None,
    state: dict[str, object] | None = None,
) -> ReminderScheduler:
    return ReminderScheduler(
        {"reminder_minutes": 50.0, "reminder_days": "mon,tue,wed,thu,fri,sat,sun"},
        controller or FakeController(),  # type: ignore[arg-type]
        state=state,
        save=saved.append if saved is not None else None,
        desktop_session=desktop,
        notifications=bus,
        tray=tray,
        mono=clocks.mono,
        boot=clocks.boot,
        wall=clocks.wall,
    )


def test_one_timer_aimed_at_the_deadline_then_a_notification_with_three_buttons(
    clocks: Clocks,
) -> None:
    bus = FakeBus()
    s = scheduler(clocks, bus=bus)
    # One single-shot, 50 minutes (+1 s) away: no polling.
    assert s.timer.isActive() and s.timer.isSingleShot()
    assert s.timer.interval() == 50 * 60 * 1000 + 1000
    clocks.sit(50 * MINUTE)
    s.check()
    ((summary, body, actions),) = bus.shown
    assert summary == "Time to get off the chair"
    assert "50 minutes" in body
    assert [label for _key, label in actions] == ["Start", "In 10 minutes", "Skip"]
    # Unanswered, it comes back after ten more minutes of sitting.
    assert s.timer.interval() == 10 * 60 * 1000 + 1000


def test_the_buttons_start_snooze_and_skip(clocks: Clocks, qtbot: QtBot) -> None:
    bus = FakeBus()
    s = scheduler(clocks, bus=bus)
    clocks.sit(50 * MINUTE)
    s.check()
    with qtbot.waitSignal(s.startRequested, timeout=1000):
        bus.actionInvoked.emit("start")
    bus.actionInvoked.emit("snooze")
    clocks.sit(9 * MINUTE)
    s.check()
    assert len(bus.shown) == 1
    clocks.sit(MINUTE)
    s.check()
    assert len(bus.shown) == 2
    bus.actionInvoked.emit("skip")
    assert s.tracker.sitting_seconds == 0
    assert s.timer.interval() == 50 * 60 * 1000 + 1000


def test_do_not_disturb_shows_nothing_and_asks_again_a_minute_later(clocks: Clocks) -> None:
    bus = FakeBus(inhibited=True)
    s = scheduler(clocks, bus=bus)
    clocks.sit(50 * MINUTE)
    s.check()
    assert bus.shown == []
    assert s.timer.interval() == (INHIBITED_RETRY_SECONDS + 1) * 1000
    bus.is_inhibited = False
    clocks.sit(INHIBITED_RETRY_SECONDS)
    s.check()
    assert len(bus.shown) == 1


def test_nothing_is_shown_while_a_routine_runs_and_a_finished_one_resets(clocks: Clocks) -> None:
    bus = FakeBus()
    controller = FakeController()
    s = scheduler(clocks, bus=bus, controller=controller)
    clocks.sit(49 * MINUTE)
    controller.set_state(State.RUNNING)
    assert not s.timer.isActive()  # nothing to wake for until the routine ends
    clocks.sit(5 * MINUTE)
    s.check()
    assert bus.shown == []
    controller.finished.emit()
    controller.set_state(State.FINISHED)
    assert s.tracker.sitting_seconds == 0


def test_lock_idle_and_sleep_from_the_desktop(clocks: Clocks) -> None:
    desktop = FakeDesktop()
    s = scheduler(clocks, bus=FakeBus(), desktop=desktop)
    clocks.sit(40 * MINUTE)
    desktop.locked.emit(True)
    assert not s.timer.isActive()  # no wake-ups while the user is away
    clocks.sit(2 * MINUTE)
    desktop.locked.emit(False)
    assert s.tracker.sitting_seconds == pytest.approx(40 * MINUTE)  # a pause
    desktop.idle_for = 4 * MINUTE  # idle is reported once the threshold has passed
    desktop.idle.emit(True)
    assert s.tracker.sitting_seconds == pytest.approx(36 * MINUTE)
    clocks.sit(MINUTE)
    desktop.idle.emit(False)  # 5 minutes away: a break
    assert s.tracker.sitting_seconds == 0
    desktop.sleeping.emit(True)
    clocks.boot.advance(3600)
    desktop.sleeping.emit(False)
    assert s.tracker.sitting_seconds == 0


# An always-on-top window is raised when shown, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_without_a_notification_server_the_tray_then_a_window(
    clocks: Clocks, qtbot: QtBot
) -> None:
    tray = FakeTray()
    s = scheduler(clocks, bus=FakeBus(here=False), tray=tray)
    clocks.sit(50 * MINUTE)
    s.check()
    assert tray.messages == ["Time to get off the chair"]

    alone = scheduler(Clocks(), bus=None)
    alone.tracker.snooze(0)
    with qtbot.waitSignal(alone.presented, timeout=1000) as shown:
        alone.check()
    assert shown.args == ["window"]
    window = alone.window
    assert isinstance(window, ReminderWindow)
    assert window.isVisible()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert [b.text() for b in window.buttons.values()] == [label for _k, label in ACTIONS]
    window.buttons["skip"].click()
    qtbot.waitUntil(lambda: alone.window is None)
    assert alone.tracker.sitting_seconds == 0


def test_the_count_survives_a_restart(clocks: Clocks) -> None:
    saved: list[dict[str, object]] = []
    s = scheduler(clocks, bus=FakeBus(), saved=saved)
    clocks.sit(30 * MINUTE)
    state = s.stop()
    assert saved[-1] == state
    clocks.sit(MINUTE)  # a quick restart
    again = scheduler(clocks, bus=FakeBus(), state=state)
    assert again.tracker.sitting_seconds == pytest.approx(30 * MINUTE)
    assert again.timer.interval() == 20 * 60 * 1000 + 1000


# ------------------------------------------------------------------- tray


def test_the_favourite_comes_first_else_release() -> None:
    routines = {"strength-starter": "Strength", "release": "Release", "advanced": "Advanced"}
    assert routines_in_menu_order(routines, None) == ["release", "strength-starter", "advanced"]
    assert routines_in_menu_order(routines, "advanced")[0] == "advanced"
    assert routines_in_menu_order(routines, "deleted")[0] == "release"


def test_the_tray_menu(qtbot: QtBot) -> None:
    from psoas_timer.ui.common.art import app_icon

    state = [State.IDLE]
    tray = Tray(
        app_icon(),
        routines=lambda: {"strength-starter": "Strength starter", "release": "Release"},
        favourite=lambda: None,
        state=lambda: state[0],
    )
    names = [a.text() for a in tray.menu.actions()]
    assert names[0] == "Start Release"
    assert tray.menu.actions()[0].font().bold()
    assert "Open Psoas Timer" in names and names[-1] == "Quit"
    toggle = next(a for a in tray.menu.actions() if a.objectName() == "trayToggle")
    assert toggle.text() == "Pause" and not toggle.isEnabled()
    state[0] = State.PAUSED
    tray.rebuild()
    toggle = next(a for a in tray.menu.actions() if a.objectName() == "trayToggle")
    assert toggle.text() == "Resume" and toggle.isEnabled()
    with qtbot.waitSignal(tray.startRequested) as started:
        tray.menu.actions()[0].trigger()
    assert started.args == ["release"]
    tray.dispose()


# ------------------------------------------------------------------- in the app


@pytest.fixture
def window(qtbot: QtBot, clock: ManualClock) -> Iterator[MainWindow]:
    win = shown_window(qtbot, clock, [])
    qtbot.waitUntil(lambda: logic_of(win).companion is not None)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget is not win and isinstance(widget, QWidget):
            widget.close()


def test_off_by_default_no_tray_no_reminders(window: MainWindow) -> None:
    companion = logic_of(window).companion
    assert companion is not None
    assert companion.tray is None
    assert companion.reminders is None
    assert not companion.keeps_running_in_tray()


def test_preferences_grey_the_tray_where_there_is_none_and_switch_reminders_on(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = logic_of(window).show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    section = dialog.findChild(CompanionPreferences)
    assert section is not None
    assert not tray_module.tray_available()  # offscreen has no tray
    assert not section.tray.isEnabled()
    assert section.tray_reason.isVisible()
    assert "no system tray" in section.tray_reason.text()
    assert not section.minutes.isEnabled()

    companion = logic_of(window).companion
    assert companion is not None
    companion._notifications = FakeBus()  # no session bus in the tests
    section.reminders.setChecked(True)
    section.minutes.setValue(30)
    section.days[6].setChecked(False)
    section.quiet.setChecked(True)
    assert companion.reminders is not None
    assert companion.reminders.tracker.schedule.minutes == 30
    prefs = load_settings(window.library.catalogue).preferences
    assert prefs["reminders"] is True
    assert prefs["reminder_minutes"] == 30
    assert prefs["reminder_days"] == "mon,tue,wed,thu,fri,sat"
    assert (prefs["quiet_start"], prefs["quiet_end"]) == ("22:00", "08:00")

    section.autostart.setChecked(True)
    assert "--tray" in desktop_entry.autostart_file().read_text()
    section.autostart.setChecked(False)
    assert not desktop_entry.autostart_file().exists()

    section.reminders.setChecked(False)
    assert companion.reminders is None
    state = load_state()
    assert state is not None and "tracker" in state  # kept for the next time


def test_closing_an_idle_window_keeps_the_app_in_the_tray_only_when_asked(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.keep_in_tray = lambda: True
    assert not window.close()
    assert not window.isVisible()
    window.show()
    qtbot.waitExposed(window)
    # During a session it asks, as before, and then quits.
    window.controller.start()
    assert window.close()
    assert window.controller.state is State.STOPPED


def test_a_favourite_is_the_last_routine_started(window: MainWindow) -> None:
    companion = logic_of(window).companion
    assert companion is not None
    logic_of(window).open("advanced", start=True)
    assert companion.favourite() == "advanced"
    assert load_state() == {"last_routine": "advanced"}
    assert paths.data_dir().joinpath("reminders.json").is_file()


def test_tray_start_stays_hidden_only_where_a_tray_exists(
    qtbot: QtBot, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psoas_timer.app import _start_in_tray, build_window

    win = build_window(["--tray"], clock=clock)
    qtbot.addWidget(win)
    assert not _start_in_tray(win)  # offscreen: no tray, so the window is shown instead
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    assert _start_in_tray(win)
    assert logic_of(win).force_tray
    assert not win.isVisible()
    # What waited for the first paint starts anyway (audio, history, the companion).
    qtbot.waitUntil(lambda: logic_of(win).companion is not None)
