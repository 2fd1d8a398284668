"""What the desktop says about the person at the machine: asleep, locked, idle.

Listens on D-Bus, where there is one, to:
    * logind (system bus, ``org.freedesktop.login1``): the manager's
      ``PrepareForSleep(bool)``; this login session's ``Lock``/``Unlock`` and
      its ``LockedHint`` and ``IdleHint`` properties;
    * the screen saver (session bus): ``ActiveChanged(bool)`` of
      ``org.freedesktop.ScreenSaver`` (KDE, Xfce, Cinnamon, ...) and
      ``org.gnome.ScreenSaver`` (GNOME).

Nothing here polls: every signal is pushed by the bus, so the app gains no
wake-ups. Without a bus (a container, a test machine) nothing is connected,
nothing is emitted and nothing is logged above debug.

QtDBus is imported by this module only; the app builds it after the first
paint, so start-up does not pay for it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")

#: How long :meth:`DesktopSession.idle_seconds` waits for an answer, in ms.
IDLE_CALL_TIMEOUT_MS = 250

_ON_MESSAGE = SLOT("_on_message(QDBusMessage)")
# Typed, so that QtDBus unpacks the a{sv} itself (PySide cannot read a QDBusArgument map).
_ON_PROPERTIES = SLOT(
    "_on_properties_changed(QString,QVariantMap,QStringList,QDBusMessage)"
)


class Bus(Protocol):
    """The part of :class:`QDBusConnection` used here (tests pass a fake)."""

    def isConnected(self) -> bool: ...

    def connect(
        self, service: str, path: str, interface: str, name: str, receiver: QObject,
        slot: str, /,
    ) -> bool: ...

    def call(
        self, message: QDBusMessage, /, mode: QDBus.CallMode = ..., timeout: int = ...
    ) -> QDBusMessage: ...

    def asyncCall(self, message: QDBusMessage, /, timeout: int = ...) -> QDBusPendingCall: ...


def _as_bus(bus: QDBusConnection) -> Bus | None:
    # PySide's stubs type connect()'s slot as bytes, but it takes the str SLOT() makes.
    return cast(Bus, bus) if bus.isConnected() else None


def default_system_bus() -> Bus | None:
    return _as_bus(QDBusConnection.systemBus())


def default_session_bus() -> Bus | None:
    # Without an address libdbus may autolaunch a bus daemon for an X display:
    # a stray process for nothing. Only a bus that already runs is used.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    has_bus = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or (
        bool(runtime) and os.path.exists(os.path.join(runtime, "bus"))
    )
    if not has_bus:
        return None
    return _as_bus(QDBusConnection.sessionBus())


_DEFAULT: Any = object()


class DesktopSession(QObject):
    """Tells when the machine sleeps, the screen locks and the person is idle.

    Args:
        system_bus: where logind lives; default the system bus, if connected.
            ``None``: no logind.
        session_bus: where the screen saver lives; default the session bus,
            if one runs. ``None``: no screen saver.

    Signals:
        sleeping(bool): True just before the machine suspends (logind's
            ``PrepareForSleep(true)``), False once it has woken.
        locked(bool): the screen locked (True) or unlocked (False): the screen
            saver's ``ActiveChanged``, logind's ``Lock``/``Unlock`` for this
            session, or its ``LockedHint``. Emitted only on a change.
        idle(bool): logind's ``IdleHint`` for this session changed: the
            person stopped (True) or started again (False) using the machine.
    """

    sleeping = Signal(bool)
    locked = Signal(bool)
    idle = Signal(bool)

    def __init__(
        self,
        system_bus: Bus | None = _DEFAULT,
        session_bus: Bus | None = _DEFAULT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = default_system_bus() if system_bus is _DEFAULT else system_bus
        self._session = default_session_bus() if session_bus is _DEFAULT else session_bus
        #: logind's object path for this login session, once known.
        self.session_path = ""
        self._locked: bool | None = None
        self._idle: bool | None = None
        self._watcher: QDBusPendingCallWatcher | None = None
        self._handlers: dict[tuple[str, str], Callable[[QDBusMessage], None]] = {
            (LOGIN1_MANAGER, "PrepareForSleep"): self._on_prepare_for_sleep,
            (LOGIN1_SESSION, "Lock"): lambda m: self._set_locked(m, True),
            (LOGIN1_SESSION, "Unlock"): lambda m: self._set_locked(m, False),
        }
        for interface in SCREENSAVERS:
            self._handlers[(interface, "ActiveChanged")] = self._on_screensaver
        self._listen()

    # ------------------------------------------------------------------ queries

    @property
    def connected(self) -> bool:
        """Whether any bus is listened to."""
        return self._system is not None or self._session is not None

    @property
    def is_locked(self) -> bool:
        return bool(self._locked)

    @property
    def is_idle(self) -> bool:
        return bool(self._idle)

    def idle_seconds(self) -> float | None:
        """Seconds since the person last touched keyboard or mouse, if the desktop tells.

        Asks GNOME's idle monitor, then the screen saver (KDE and others), on
        the session bus; ``None`` when neither answers. A blocking call of at
        most :data:`IDLE_CALL_TIMEOUT_MS`: for an occasional question (a
        reminder about to show), not for a timer.
        """
        if self._session is None:
            return None
        asks = (
            ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
             "org.gnome.Mutter.IdleMonitor", "GetIdletime", 0.001),
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver", "GetSessionIdleTime", 1.0),
        )
        for service, path, interface, method, unit in asks:
            message = QDBusMessage.createMethodCall(service, path, interface, method)
            reply = self._session.call(message, QDBus.CallMode.Block, IDLE_CALL_TIMEOUT_MS)
            if reply.type() is QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                try:
                    return float(reply.arguments()[0]) * unit
                except (TypeError, ValueError):
                    continue
        return None

    # ------------------------------------------------------------------ wiring

    def _listen(self) -> None:
        if self._system is not None:
            self._connect(self._system, LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep")
            # The session's own path is known only once logind answers; until
            # then (and for other sessions) messages are filtered by path.
            for name in ("Lock", "Unlock"):
                self._connect(self._system, LOGIN1, "", LOGIN1_SESSION, name)
            self._connect(
                self._system, LOGIN1, "", PROPERTIES, "PropertiesChanged", _ON_PROPERTIES
            )
            self._find_session_path(self._system)
        if self._session is not None:
            for interface in SCREENSAVERS:
                self._connect(self._session, "", "", interface, "ActiveChanged")

    def _connect(
        self, bus: Bus, service: str, path: str, interface: str, name: str,
        slot: str = _ON_MESSAGE,
    ) -> None:
        if not bus.connect(service, path, interface, name, self, slot):
            log.debug("cannot listen to %s.%s", interface, name)

    def _find_session_path(self, bus: Bus) -> None:
        message = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        message.setArguments(["auto"])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, 5000), self)
        watcher.finished.connect(self._on_session_path)
        self._watcher = watcher

    def _on_session_path(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        self._watcher = None
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.debug("logind knows no session for this process: %s", reply.errorMessage())
            return
        self.session_path = _path_text(reply.arguments()[0])
        log.debug("logind session: %s", self.session_path)

    # ------------------------------------------------------------------ messages

    @Slot(QDBusMessage)
    def _on_message(self, message: QDBusMessage) -> None:
        handler = self._handlers.get((message.interface(), message.member()))
        if handler is not None:
            handler(message)

    def _on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if args:
            self.sleeping.emit(bool(args[0]))

    def _on_screensaver(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if args:
            self._change("_locked", self.locked, bool(args[0]))

    def _set_locked(self, message: QDBusMessage, value: bool) -> None:
        if self._is_ours(message):
            self._change("_locked", self.locked, value)

    @Slot(str, "QVariantMap", "QStringList", QDBusMessage)
    def _on_properties_changed(
        self, interface: str, changed: dict[str, Any], _invalidated: list[str],
        message: QDBusMessage,
    ) -> None:
        if interface != LOGIN1_SESSION or not self._is_ours(message):
            return
        if "LockedHint" in changed:
            self._change("_locked", self.locked, bool(changed["LockedHint"]))
        if "IdleHint" in changed:
            self._change("_idle", self.idle, bool(changed["IdleHint"]))

    def _is_ours(self, message: QDBusMessage) -> bool:
        return bool(self.session_path) and message.path() == self.session_path

    def _change(self, attribute: str, signal: Any, value: bool) -> None:
        # Lock arrives from several sources at once (Lock, LockedHint, the
        # screen saver): listeners hear each change once.
        if getattr(self, attribute) is value:
            return
        setattr(self, attribute, value)
        signal.emit(value)


def _path_text(value: object) -> str:
    """An object path from a reply: QDBusObjectPath, or already a str."""
    path = getattr(value, "path", None)
    if callable(path):
        return str(path())
    return str(value)
