"""Sends one notification through :class:`DBusNotifications` on the current session
bus and prints what came back: ``available``, the action key pressed. For
``test_companion_dbus.py``, which runs it inside ``dbus-run-session``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from psoas_timer.ui.desktop.notifications import DBusNotifications

app = QApplication([])
SERVER = Path(__file__).with_name("fake_notification_server.py")
server = subprocess.Popen([sys.executable, str(SERVER)])
notifications = DBusNotifications(icon="io.github.psoas_timer.PsoasTimer")
for _ in range(100):
    if notifications.available():
        break
    time.sleep(0.05)
print("available", notifications.available(), "inhibited", notifications.inhibited(), flush=True)
notifications.actionInvoked.connect(lambda key: (print("action", key, flush=True), app.quit()))
notifications.failed.connect(lambda: (print("failed", flush=True), app.quit()))
notifications.notify("Time to get off the chair", "Body", [("start", "Start"), ("snooze", "Later")])
QTimer.singleShot(6000, app.quit)
app.exec()
server.kill()
