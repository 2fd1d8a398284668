"""A D-Bus connection that lives in the test: signals are emitted by hand."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBus, QDBusMessage, QDBusPendingCall


class FakeBus:
    """The subset of ``QDBusConnection`` that :class:`DesktopSession` uses.

    ``replies`` answers method calls by ``(interface, member)``; anything else
    gets an error reply, as from a service that is not there.
    """

    def __init__(self, replies: dict[tuple[str, str], list[Any]] | None = None) -> None:
        self.replies = dict(replies or {})
        self.connections: list[tuple[str, str, str, str, QObject, str]] = []
        self.calls: list[tuple[str, str]] = []

    def isConnected(self) -> bool:
        return True

    def connect(
        self, service: str, path: str, interface: str, name: str, receiver: QObject, slot: str
    ) -> bool:
        self.connections.append((service, path, interface, name, receiver, slot))
        return True

    def call(
        self, message: QDBusMessage, mode: QDBus.CallMode = QDBus.CallMode.Block, timeout: int = -1
    ) -> QDBusMessage:
        key = (message.interface(), message.member())
        self.calls.append(key)
        if key in self.replies:
            reply = message.createReply()
            reply.setArguments(list(self.replies[key]))
            return reply
        return message.createErrorReply("org.freedesktop.DBus.Error.ServiceUnknown", "not here")

    def asyncCall(self, message: QDBusMessage, timeout: int = -1) -> QDBusPendingCall:
        return QDBusPendingCall.fromCompletedCall(self.call(message, QDBus.CallMode.Block, timeout))

    def emit_screen_saver(
        self, active: bool, interface: str = "org.freedesktop.ScreenSaver"
    ) -> None:
        path = "/" + interface.replace(".", "/")
        self.emit(path, interface, "ActiveChanged", active)

    def emit(self, path: str, interface: str, name: str, *args: Any) -> None:
        """Deliver a signal to every receiver whose match rule fits, as the bus would."""
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(args))
        for _service, want_path, want_interface, want_name, receiver, slot in self.connections:
            if (want_interface, want_name) != (interface, name) or want_path not in ("", path):
                continue
            found = re.fullmatch(r"\d?(\w+)\((.*)\)", slot)
            assert found is not None, slot
            method = getattr(receiver, found.group(1))
            if found.group(2) == "QDBusMessage":
                method(message)
            else:
                method(*args, message)
