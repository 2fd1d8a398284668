"""The padlock shown next to built-in routines, which can be duplicated but not edited."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def lock_icon(size: int = 32, colour: QColor | None = None) -> QIcon:
    """A small padlock, drawn so it looks the same on every platform and theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = colour or QColor("#6b6f76")
    pen = QPen(ink, size * 0.1)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    left, right = size * 0.32, size * 0.68
    shackle.moveTo(QPointF(left, size * 0.48))
    shackle.lineTo(QPointF(left, size * 0.32))
    shackle.arcTo(QRectF(left, size * 0.14, right - left, size * 0.36), 180, -180)
    shackle.lineTo(QPointF(right, size * 0.48))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(QRectF(size * 0.2, size * 0.46, size * 0.6, size * 0.42), 3, 3)
    painter.end()
    return QIcon(pixmap)


__all__ = ["lock_icon"]
