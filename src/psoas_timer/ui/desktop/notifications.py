"""Desktop notifications with buttons, through ``org.freedesktop.Notifications``.

:class:`NotificationBus` is what the reminders need; :class:`DBusNotifications`
is the real one, and tests pass a fake.

Sending: the spec's ``Notify`` takes ``replaces_id`` as a D-Bus ``uint32``, and
PySide6 can only marshal a Python ``int`` as ``int32``, which notification
servers (GNOME's, KDE's, dunst) refuse as a wrong signature. So the call goes
through ``gdbus call`` (GLib's command-line client, present wherever GLib is),
which reads the server's introspection and sends the right types. Everything
else (is a server there, is it inhibited, which button was pressed) is read
with QtDBus in-process.

Do not disturb: the spec's optional ``Inhibited`` property (KDE Plasma, and
servers that implement the draft) is honoured. What else a desktop could tell
us, not read yet: GNOME's ``org.gnome.desktop.notifications show-banners``
setting, and an idle inhibitor held by a video player in full screen
(``org.gnome.SessionManager.IsInhibited(8)``, ``org.freedesktop.ScreenSaver``'s
inhibitors); the server itself usually hides banners in those cases.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import SLOT, QObject, QProcess, Signal, SignalInstance, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
APP_NAME = "Psoas Timer"


class NotificationBus(Protocol):
    """Notifications with actions.

    Signals:
        actionInvoked(str): a button of our notification was pressed (its key).
        failed(): the last :meth:`notify` did not reach a server.
    """

    actionInvoked: SignalInstance
    failed: SignalInstance

    def available(self) -> bool: ...

    def inhibited(self) -> bool: ...

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]]) -> bool: ...

    def withdraw(self) -> None: ...


def gvariant_string(text: str) -> str:
    """``text`` as a GVariant text-format string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class DBusNotifications(QObject):
    """The session bus's notification server (see the module's notes).

    Args:
        bus: the connection to use (the session bus by default).
        icon: the icon name sent with each notification.
        desktop_entry: the desktop id, so the server shows our name and icon.
    """

    actionInvoked = Signal(str)
    failed = Signal()

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        *,
        icon: str = "",
        desktop_entry: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._icon, self._entry = icon, desktop_entry
        self._id: int | None = None
        self._process: QProcess | None = None
        if self._bus.isConnected():
            for name, slot in (
                ("ActionInvoked", "_on_action(uint,QString)"),
                ("NotificationClosed", "_on_closed(uint,uint)"),
            ):
                # PySide6 takes the SLOT() string at run time; its stubs say bytes.
                self._bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))  # type: ignore[call-overload]

    def available(self) -> bool:
        if not self._bus.isConnected() or shutil.which("gdbus") is None:
            return False
        interface = self._bus.interface()
        registered = interface.isServiceRegistered(SERVICE)
        return bool(registered.value() if hasattr(registered, "value") else registered)

    def inhibited(self) -> bool:
        """The server's ``Inhibited`` property (do not disturb), where it has one."""
        message = QDBusMessage.createMethodCall(
            SERVICE, PATH, "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([INTERFACE, "Inhibited"])
        reply = self._bus.call(message, timeout=500)
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return False
        value = reply.arguments()[0]
        if isinstance(value, QDBusVariant):
            value = value.variant()
        return bool(value)

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]]) -> bool:
        """Show (or replace) our notification; ``False`` if it could not be sent at all."""
        gdbus = shutil.which("gdbus")
        if gdbus is None:
            return False
        flat = ", ".join(gvariant_string(part) for pair in actions for part in pair)
        hints = "{'urgency': <byte 1>"
        if self._entry:
            hints += f", 'desktop-entry': <{gvariant_string(self._entry)}>"
        hints += "}"
        args = [
            "call", "--session", "--dest", SERVICE, "--object-path", PATH,
            "--method", f"{INTERFACE}.Notify",
            gvariant_string(APP_NAME), str(self._id or 0), gvariant_string(self._icon),
            gvariant_string(summary), gvariant_string(body), f"[{flat}]", hints, "0",
        ]  # fmt: skip
        process = QProcess(self)
        process.finished.connect(lambda code, _status: self._sent(process, code))
        process.errorOccurred.connect(lambda _error: self._sent(process, -1))
        self._process = process
        process.start(gdbus, args)
        return True

    def withdraw(self) -> None:
        if self._id is None:
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "CloseNotification")
        # CloseNotification takes a uint32 too; servers that refuse the int32 leave it shown.
        message.setArguments([self._id])
        self._bus.call(message, timeout=500)
        self._id = None

    def _sent(self, process: QProcess, code: int) -> None:
        if process is not self._process:
            return
        self._process = None
        output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        match = re.search(r"uint32 (\d+)", output)
        if code != 0 or match is None:
            error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            log.info("notification not sent (%s): %s", code, error.strip())
            self.failed.emit()
        else:
            self._id = int(match.group(1))
        process.deleteLater()

    @Slot("uint", str)
    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id == self._id:
            self.actionInvoked.emit(key)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id == self._id:
            self._id = None
