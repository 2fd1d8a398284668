"""A notification server for one test: answers Notify with id 7, then "presses"
the notification's second button (``ActionInvoked(7, key)``). Quits after 8 s.
Run on a private bus by ``test_companion_dbus.py``.
"""

from __future__ import annotations

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

app = QCoreApplication([])
bus = QDBusConnection.sessionBus()

@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Server(QDBusAbstractAdaptor):
    ActionInvoked = Signal("uint", str)
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setAutoRelaySignals(True)
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self, app_name: str, rid: int, icon: str, summary: str, body: str,
        actions: list[str], hints: dict[str, object], timeout: int,
    ) -> int:  # fmt: skip
        print("server got", app_name, rid, summary, actions, timeout, flush=True)
        QTimer.singleShot(50, lambda: self.ActionInvoked.emit(7, actions[2]))
        return 7

holder = QObject()
server = Server(holder)
bus.registerObject("/org/freedesktop/Notifications", holder)
bus.registerService("org.freedesktop.Notifications")
print("ready", flush=True)
QTimer.singleShot(8000, app.quit)
app.exec()
