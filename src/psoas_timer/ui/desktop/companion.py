"""The desktop companion: the tray and the sitting reminders, wired to the app.

Made by :class:`~psoas_timer.app.AppLogic` after the first paint (never on
the start-up path), and set up again whenever Preferences change one of its
switches. Both parts are off by default; with both off it holds no timer,
no icon and no D-Bus connection.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ...core.session import State
from ...store.reminder_state import load_state, save_state
from .reminders import ReminderScheduler
from .tray import Tray, tray_available

if TYPE_CHECKING:
    from ...app import AppLogic
    from .notifications import NotificationBus

log = logging.getLogger(__name__)

#: What a reminder's Start opens: the short one, else the full release routine.
BREAK_ROUTINES = ("desk-break", "release")


class Companion(QObject):
    """Tray and reminders for one window.

    Args:
        logic: the app's logic (library, controller, window).
        desktop_session: idle/lock/sleep signals (see :class:`~.reminders.DesktopSignals`);
            ``None`` where the desktop gives none.
        notifications: the notification server; by default the session bus's, made
            when reminders are first switched on.
        force_tray: show the tray whatever the preference (``--tray``).
    """

    def __init__(
        self,
        logic: AppLogic,
        *,
        desktop_session: QObject | None = None,
        notifications: NotificationBus | None = None,
        force_tray: bool = False,
    ) -> None:
        super().__init__(logic)
        self.logic = logic
        self.tray: Tray | None = None
        self.reminders: ReminderScheduler | None = None
        self._desktop = desktop_session
        self._notifications = notifications
        self.force_tray = force_tray
        self.quitting = False
        self._state: dict[str, Any] = load_state() or {}
        logic.controller.stateChanged.connect(self._remember_routine)
        logic.window.keep_in_tray = self.keeps_running_in_tray
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.shutdown)

    @property
    def prefs(self) -> dict[str, Any]:
        return self.logic.library.settings.preferences

    def apply(self) -> None:
        """Make or drop the tray and the reminders to match the preferences."""
        want_tray = (self.force_tray or bool(self.prefs.get("tray"))) and tray_available()
        if want_tray and self.tray is None:
            self.tray = self._make_tray()
            self.tray.show()
        elif not want_tray and self.tray is not None:
            self.tray.dispose()
            self.tray = None
        if not want_tray:
            QApplication.setQuitOnLastWindowClosed(True)
        if self.prefs.get("reminders") and self.reminders is None:
            self.reminders = self._make_reminders()
        elif self.prefs.get("reminders") and self.reminders is not None:
            self.reminders.set_preferences(self.prefs)
        elif not self.prefs.get("reminders") and self.reminders is not None:
            self._save(self.reminders.stop())
            self.reminders.deleteLater()
            self.reminders = None

    def keeps_running_in_tray(self) -> bool:
        """Whether closing the idle window should hide it into the tray instead of quitting."""
        return self.tray is not None and not self.quitting

    def favourite(self) -> str | None:
        value = self._state.get("last_routine")
        return value if isinstance(value, str) else None

    def show_window(self) -> None:
        window = self.logic.window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.logic.after_first_paint()  # a window first shown from the tray: audio, history

    def start(self, routine_id: str) -> None:
        self.show_window()
        self.logic.choose(routine_id, True)

    def start_break(self) -> None:
        routines = self.logic.library.routines
        choice = next((r for r in BREAK_ROUTINES if r in routines), None)
        if choice is not None:
            self.start(choice)
        else:
            self.show_window()

    def quit(self) -> None:
        self.quitting = True
        if self.logic.window.close():
            app = QApplication.instance()
            if app is not None:
                app.quit()
        else:
            self.quitting = False

    def shutdown(self) -> None:
        if self.reminders is not None:
            self._save(self.reminders.stop())
        if self.tray is not None:
            self.tray.hide()

    # ------------------------------------------------------------ internals

    def _make_tray(self) -> Tray:
        from ..common.art import app_icon

        controller = self.logic.controller
        tray = Tray(
            app_icon(),
            routines=lambda: {r.id: r.name for r in self.logic.library.routines.values()},
            favourite=self.favourite,
            state=lambda: controller.state,
            parent=self,
        )
        tray.startRequested.connect(self.start)
        tray.toggleRequested.connect(self.logic.toggle)
        tray.openRequested.connect(self.show_window)
        tray.quitRequested.connect(self.quit)
        tray.messageClicked.connect(self.start_break)
        QApplication.setQuitOnLastWindowClosed(False)
        return tray

    def _make_reminders(self) -> ReminderScheduler:
        if self._notifications is None:
            from ...desktop_entry import APP_ID
            from .notifications import DBusNotifications

            self._notifications = DBusNotifications(icon=APP_ID, desktop_entry=APP_ID, parent=self)
        scheduler = ReminderScheduler(
            self.prefs,
            self.logic.controller,
            state=self._state.get("tracker"),
            save=self._save_tracker,
            desktop_session=self._desktop,
            notifications=self._notifications,
            tray=self.tray,
            parent=self,
        )
        scheduler.startRequested.connect(self.start_break)
        return scheduler

    def _remember_routine(self, state: object) -> None:
        timeline = self.logic.controller.timeline
        if state is State.RUNNING and timeline is not None:
            routine_id = timeline.routine_id
            # The desk break is the reminder's, not a favourite.
            known = routine_id in self.logic.library.routines and routine_id != BREAK_ROUTINES[0]
            if known and self._state.get("last_routine") != routine_id:
                self._state["last_routine"] = routine_id
                save_state(self._state)

    def _save_tracker(self, tracker_state: dict[str, Any]) -> None:
        self._save(tracker_state)

    def _save(self, tracker_state: dict[str, Any]) -> None:
        self._state["tracker"] = tracker_state
        save_state(self._state)
