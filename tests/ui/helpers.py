"""Helpers shared by the widget tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.ui.main_window import MainWindow


def shown_window(qtbot: QtBot, clock: ManualClock, argv: list[str]) -> MainWindow:
    """The real window, built from ``argv`` on ``clock``, shown at 1280×800 and active."""
    from psoas_timer.app import build_window

    win = build_window(argv, clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@contextmanager
def watching_every_event(watcher: QObject) -> Iterator[None]:
    """``watcher``'s event filter sees every event in the application while this lasts."""
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        yield
    finally:
        app.removeEventFilter(watcher)
