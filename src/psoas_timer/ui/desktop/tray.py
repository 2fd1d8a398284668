"""The tray icon and its menu: start a routine (the favourite first), pause or resume, open, quit.

Built only after the first paint, and only when the user turned the tray on
(or started with ``--tray``). Where the desktop has no tray
(:meth:`QSystemTrayIcon.isSystemTrayAvailable` is false, as offscreen) it is
never built, and :func:`unavailable_reason` says why for Preferences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ...core.session import State

#: Offered first when the user has no favourite yet.
FALLBACK_FAVOURITE = "release"
LIVE = (State.RUNNING, State.PAUSED)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def unavailable_reason() -> str:
    """Why the tray option is greyed out, or ``""`` when a tray exists."""
    if tray_available():
        return ""
    return QCoreApplication.translate(
        "Tray",
        "This desktop has no system tray (no status notifier host), "
        "so the app cannot stay in it.",
    )


def routines_in_menu_order(routines: Mapping[str, str], favourite: str | None) -> list[str]:
    """Routine ids with the favourite first: the one asked for, else the last used, else
    ``release``; the others in the library's order.
    """
    first = next(
        (r for r in (favourite, FALLBACK_FAVOURITE) if r is not None and r in routines), None
    )
    rest = [r for r in routines if r != first]
    return [first, *rest] if first is not None else rest


class Tray(QObject):
    """The tray icon.

    Args:
        icon: the app's icon.
        routines: called when the menu opens: routine ids to names, in library order.
        favourite: called when the menu opens: the routine to offer first, if any.
        state: called when the menu opens: the session's state.

    Signals:
        startRequested(str): start this routine.
        toggleRequested(): pause or resume the running session.
        openRequested(): show the window.
        quitRequested(): quit the app.
        messageClicked(): the balloon message was clicked.
    """

    startRequested = Signal(str)
    toggleRequested = Signal()
    openRequested = Signal()
    quitRequested = Signal()
    messageClicked = Signal()

    def __init__(
        self,
        icon: QIcon,
        routines: Callable[[], Mapping[str, str]],
        favourite: Callable[[], str | None],
        state: Callable[[], State],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._routines, self._favourite, self._state = routines, favourite, state
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Psoas Timer"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.messageClicked)
        self.rebuild()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def dispose(self) -> None:
        """Hide the icon and free the menu (a QMenu has no QObject parent here)."""
        self.icon.hide()
        self.menu.deleteLater()
        self.deleteLater()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def can_show_messages(self) -> bool:
        return self.icon.isVisible() and QSystemTrayIcon.supportsMessages()

    def show_message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 60_000)

    def rebuild(self) -> None:
        """Fill the menu for the library and session as they are now."""
        menu = self.menu
        menu.clear()
        routines = self._routines()
        order = routines_in_menu_order(routines, self._favourite())
        if order:
            first = self._action(menu, f"Start {routines[order[0]]}", "trayStartFavourite")
            first.triggered.connect(lambda _=False, r=order[0]: self.startRequested.emit(r))
            font = first.font()
            font.setBold(True)
            first.setFont(font)
        if len(order) > 1:
            others = menu.addMenu(self.tr("Start another routine"))
            others.setObjectName("trayOthers")
            for routine_id in order[1:]:
                action = others.addAction(routines[routine_id])
                action.triggered.connect(lambda _=False, r=routine_id: self.startRequested.emit(r))
        menu.addSeparator()
        state = self._state()
        toggle = self._action(
            menu,
            self.tr("Resume") if state is State.PAUSED else self.tr("Pause"),
            "trayToggle",
        )
        toggle.setEnabled(state in LIVE)
        toggle.triggered.connect(self.toggleRequested)
        opener = self._action(menu, self.tr("Open Psoas Timer"), "trayOpen")
        opener.triggered.connect(self.openRequested)
        menu.addSeparator()
        self._action(menu, self.tr("Quit"), "trayQuit").triggered.connect(self.quitRequested)

    @staticmethod
    def _action(menu: QMenu, text: str, name: str) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.openRequested.emit()
