"""Logout, ``kill`` and Ctrl+C end a session as stopped, and the app exits 0."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from psoas_timer.store import paths


def _statuses(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as conn:
            return [row[0] for row in conn.execute("SELECT status FROM sessions ORDER BY id")]
    except sqlite3.Error:
        return []  # not created yet


@pytest.mark.realtime
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_quit_signal_mid_session_records_it_stopped_and_exits_0(
    signum: signal.Signals,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PSOAS_TIMER_AUDIO": "off"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "psoas_timer", "--routine", "strength-starter", "--start"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    db = paths.history_file()
    try:
        deadline = time.monotonic() + 15
        while _statuses(db) != ["running"]:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the session never started"
            time.sleep(0.05)
        sent = time.monotonic()
        proc.send_signal(signum)
        code = proc.wait(5)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)
    assert code == 0
    assert took < 2.0
    assert _statuses(db) == ["stopped"]


def test_a_signal_reaches_the_event_loop_without_a_polling_timer(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject, QTimer

    from psoas_timer.ui.desktop.quit_signals import QuitSignals

    owner = QObject()
    watcher = QuitSignals(parent=owner)
    try:
        assert owner.findChildren(QTimer) == []
        with qtbot.wait_signal(watcher.received, timeout=2000) as blocker:
            os.kill(os.getpid(), signal.SIGINT)
        assert blocker.args == [signal.SIGINT]
    finally:
        watcher.uninstall()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
