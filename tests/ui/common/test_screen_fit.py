"""Windows open no larger than the screen they open on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.app import build_window
from psoas_timer.core.clock import ManualClock


def test_the_window_opens_within_a_small_screen(qtbot: QtBot, clock: ManualClock) -> None:
    """Its size of choice is 1280×800; the test screen is narrower (800 px, like
    a netbook's): the window takes the screen's free area, not more."""
    win = build_window(["--routine", "full-session"], clock=clock)
    qtbot.addWidget(win)
    screen = win.screen()
    assert screen is not None
    room = screen.availableGeometry().size()
    assert room.width() < 1280, "the test needs a narrower screen"
    assert win.width() <= max(room.width(), win.minimumWidth())
    assert win.height() <= max(room.height(), win.minimumHeight())
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()
    assert win.width() <= max(room.width(), win.minimumWidth())
