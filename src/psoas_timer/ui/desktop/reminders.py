"""Sitting reminders on the desktop: the Qt side of :mod:`psoas_timer.core.sitting`.

:class:`ReminderScheduler` feeds the tracker from the desktop (idle, lock,
sleep: any QObject with the signals of :class:`DesktopSignals`) and from the
session controller (a running routine is not sitting; a finished one resets
the count), keeps one single-shot PreciseTimer aimed at the tracker's next
deadline, and never wakes otherwise: an hour of sitting costs one wake-up.

When a reminder is due it is offered, in order of preference, as a
notification with buttons, as the tray's balloon (clicking it starts), or as
a small always-on-top window. Nothing is shown while a routine runs (the
tracker counts that as away) or while the notification server is inhibited
(asked again a minute later).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)

from ...core.clock import Clock, monotonic
from ...core.session import State
from ...core.sitting import Away, SittingTracker, boottime, schedule_from_preferences
from ..common.vocabulary import QT_TRANSLATE_NOOP
from ..session.controller import SessionController
from .notifications import NotificationBus
from .reminder_window import ReminderWindow

log = logging.getLogger(__name__)

SUMMARY = QT_TRANSLATE_NOOP("Reminders", "Time to get off the chair")
ACTIONS = (
    ("start", QT_TRANSLATE_NOOP("Reminders", "Start")),
    ("snooze", QT_TRANSLATE_NOOP("Reminders", "In 10 minutes")),
    ("skip", QT_TRANSLATE_NOOP("Reminders", "Skip")),
)
#: How soon to ask again when the desktop says "do not disturb".
INHIBITED_RETRY_SECONDS = 60.0
#: The longest single wait; QTimer takes 32-bit milliseconds.
MAX_WAIT_SECONDS = 24 * 3600.0
LIVE = (State.RUNNING, State.PAUSED)


def _summary() -> str:
    return QCoreApplication.translate("Reminders", SUMMARY)


def _actions() -> tuple[tuple[str, str], ...]:
    return tuple((key, QCoreApplication.translate("Reminders", text)) for key, text in ACTIONS)


class DesktopSignals(Protocol):
    """What the reminders read from the desktop session (``ui/desktop_session.py``)."""

    sleeping: SignalInstance
    locked: SignalInstance
    idle: SignalInstance

    def idle_seconds(self) -> float | None: ...


class TrayMessages(Protocol):
    """The part of the tray the reminders use."""

    def can_show_messages(self) -> bool: ...

    def show_message(self, title: str, body: str) -> None: ...


class ReminderScheduler(QObject):
    """Decides when to remind, and shows the reminder.

    Args:
        prefs: the preferences (``reminder_minutes``, ``reminder_days``, quiet hours).
        controller: the session controller (running routines pause the count).
        state: saved tracker state, from :func:`~psoas_timer.store.reminder_state.load_state`.
        save: called with the tracker state whenever it changes course.
        desktop_session: idle, lock and sleep signals, if the desktop gives them.
        notifications: the notification server, if any.
        tray: the tray's balloon messages, if any.
        mono, boot, wall: the clocks (see :mod:`psoas_timer.core.sitting`).

    Signals:
        startRequested(): the user chose Start.
        presented(str): a reminder was shown: ``notification``, ``tray`` or ``window``.
    """

    startRequested = Signal()
    presented = Signal(str)

    def __init__(
        self,
        prefs: Mapping[str, Any],
        controller: SessionController,
        *,
        state: Mapping[str, Any] | None = None,
        save: Callable[[dict[str, Any]], object] | None = None,
        desktop_session: QObject | None = None,
        notifications: NotificationBus | None = None,
        tray: TrayMessages | None = None,
        mono: Clock = monotonic,
        boot: Clock = boottime,
        wall: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = SittingTracker(
            schedule_from_preferences(prefs), mono=mono, boot=boot, wall=wall, state=state
        )
        self._controller = controller
        self._save = save
        self._desktop = desktop_session
        self._notifications = notifications
        self._tray = tray
        self.window: ReminderWindow | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)
        controller.stateChanged.connect(self._on_state)
        controller.finished.connect(self._on_finished)
        if desktop_session is not None:
            for name, reason in (
                ("sleeping", Away.SLEEPING),
                ("locked", Away.LOCKED),
                ("idle", Away.IDLE),
            ):
                signal = getattr(desktop_session, name, None)
                if signal is not None:
                    signal.connect(lambda on, r=reason: self._on_away(r, bool(on)))
        if notifications is not None:
            notifications.actionInvoked.connect(self.choose)
            notifications.failed.connect(self._fallback)
        if controller.state in LIVE:
            self.tracker.set_away(Away.SESSION, True)
        self._changed()  # saved at once: a restart within 5 minutes keeps the count

    # ------------------------------------------------------------ input

    def set_preferences(self, prefs: Mapping[str, Any]) -> None:
        self.tracker.set_schedule(schedule_from_preferences(prefs))
        self._changed()

    def check(self) -> None:
        """The timer fired (or a test says so): remind if due, then aim at the next deadline."""
        if self.tracker.is_due():
            self._present()
        self._changed()

    def choose(self, key: str) -> None:
        """A reminder's button: ``start``, ``snooze`` or ``skip``."""
        if self.window is not None:
            self.window.close()
        if key == "start":
            self.tracker.snooze()  # counted again from here if the routine is not finished
            self.startRequested.emit()
        elif key == "snooze":
            self.tracker.snooze()
        elif key == "skip":
            self.tracker.skip()
        self._changed()

    def stop(self) -> dict[str, Any]:
        """Stop timing (reminders switched off, or quitting); return the state to keep."""
        self.timer.stop()
        if self.window is not None:
            self.window.close()
        state = self.tracker.to_state()
        if self._save is not None:
            self._save(state)
        return state

    # ------------------------------------------------------------ internals

    def _on_away(self, reason: Away, away: bool) -> None:
        already = 0.0
        if reason is Away.IDLE and away and self._desktop is not None:
            idle_seconds = getattr(self._desktop, "idle_seconds", None)
            seconds = idle_seconds() if callable(idle_seconds) else None
            already = float(seconds) if isinstance(seconds, int | float) else 0.0
        self.tracker.set_away(reason, away, already=already)
        self._changed()

    def _on_state(self, state: object) -> None:
        self.tracker.set_away(Away.SESSION, state in LIVE)
        if state in LIVE and self.window is not None:
            self.window.close()
        self._changed()

    def _on_finished(self) -> None:
        self.tracker.routine_finished()
        self._changed()

    def _changed(self) -> None:
        if self._save is not None:
            self._save(self.tracker.to_state())
        self._arm()

    def _arm(self) -> None:
        wait = self.tracker.seconds_to_next_check()
        if wait is None:
            self.timer.stop()  # nothing changes until a desktop signal says the user is back
            return
        # +1 s: land just past the deadline, never a hair before it.
        self.timer.start(round(min(wait + 1.0, MAX_WAIT_SECONDS) * 1000))

    def _body(self) -> str:
        minutes = round(self.tracker.sitting_seconds / 60)
        return f"You have been sitting for {minutes} minutes. A five-minute release routine?"

    def _present(self) -> None:
        notifications = self._notifications
        if notifications is not None and notifications.available():
            if notifications.inhibited():
                log.debug("notifications inhibited: asking again in a minute")
                self.tracker.snooze(INHIBITED_RETRY_SECONDS)
                return
            if notifications.notify(_summary(), self._body(), _actions()):
                self.tracker.reminded()
                self.presented.emit("notification")
                return
        self.tracker.reminded()
        self._fallback()

    def _fallback(self) -> None:
        tray = self._tray
        if tray is not None and tray.can_show_messages():
            tray.show_message(
                _summary(),
                QCoreApplication.translate("Reminders", "{body} Click to start.").format(
                    body=self._body()
                ),
            )
            self.presented.emit("tray")
            return
        if self.window is None:
            window = ReminderWindow(_summary(), self._body(), _actions())
            window.chosen.connect(self.choose)
            window.destroyed.connect(self._window_gone)
            self.window = window
        self.window.show()
        self.presented.emit("window")

    def _window_gone(self) -> None:
        self.window = None
