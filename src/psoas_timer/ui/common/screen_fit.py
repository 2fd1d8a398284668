"""Sizing a window for the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or to its screen's free area where
    that is smaller (a 1024×600 laptop), but never below what its layout needs.

    Window managers seldom shrink a window that opens larger than the screen: its
    bottom row of buttons (Save, Close) would open out of reach.
    """
    wanted = QSize(width, height)
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        # The frame (title bar) is not known before the first show: a shown
        # parent window's tells what the window manager adds.
        parent = widget.parentWidget()
        if parent is not None and parent.window().isVisible():
            top = parent.window()
            room -= top.frameGeometry().size() - top.size()
        wanted = wanted.boundedTo(room)
    widget.resize(wanted.expandedTo(widget.minimumSizeHint()))
