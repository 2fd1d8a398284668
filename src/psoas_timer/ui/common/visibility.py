"""A widget that says when it is shown or hidden."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QShowEvent


class ReportsVisibility(QWidget):
    """Emits :attr:`visibilityChanged` from its show and hide events.

    Qt sends those when the widget or an ancestor is shown or hidden, and to
    every shown child when its window is minimised or restored, so whatever
    animates the widget can stop and start without filtering its events (see
    :meth:`FrameTicker.watch <psoas_timer.ui.session.frame_ticker.FrameTicker.watch>`).

    Signals:
        visibilityChanged(): shown or hidden.
    """

    visibilityChanged = Signal()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibilityChanged.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibilityChanged.emit()
