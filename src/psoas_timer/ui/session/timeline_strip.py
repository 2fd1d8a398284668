"""The timeline strip: every step of the routine as a coloured band, with a marker for now."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.model import Phase
from ...core.timeline import Step, Timeline
from ..common import theme
from .controller import SessionController


class TimelineStrip(QWidget):
    """Every step of the routine as a coloured band, with a marker for now."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Progress through the routine"))
        self.setToolTip(self.tr("Every step of the routine, coloured by phase; the line marks now"))
        self._controller = controller
        self._timeline: Timeline | None = None
        self._total = 0.0
        self._position = 0.0
        #: The coloured bands, drawn once per timeline, size and palette.
        self._bands: QPixmap | None = None
        self._bands_key: tuple[int, int, int, int] | None = None
        self.setMinimumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        controller.timelineLoaded.connect(self._on_timeline)
        controller.stepStarted.connect(self._on_step)
        controller.secondChanged.connect(self.sync)
        controller.extended.connect(self.sync)

    def sizeHint(self) -> QSize:
        return QSize(400, 30)

    @property
    def position(self) -> float:
        """Where the marker is, in seconds from the routine's start."""
        return self._position

    def marker_x(self) -> float:
        total = self._total
        if total <= 0:
            return 0.0
        return self.width() * min(1.0, self._position / total)

    def _marker_rect(self, x: float) -> QRect:
        """The pixels the marker at ``x`` covers: its triangle, 12 wide, and its
        line, 3 wide, with a pixel either side for antialiasing."""
        return QRect(math.floor(x) - 8, 0, 18, self.height())

    def _on_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._total = timeline.total_seconds
        self._position = 0.0
        self._bands = None
        self.update()

    def _on_step(self, step: Step) -> None:
        if self._timeline:
            self.setAccessibleDescription(
                self.tr("Step {number} of {count}").format(
                    number=step.index + 1, count=len(self._timeline)
                )
            )
        self.sync()

    def sync(self, *_: object) -> None:
        session = self._controller.session
        position = session.position() if session else 0.0
        if position != self._position:
            before = self.marker_x()
            self._position = position
            after = self.marker_x()
            # A second is often less than a pixel of a long routine: repaint only on
            # a move, and only where the marker was and is (the bands stay put).
            if round(after) != round(before):
                self.update(self._marker_rect(before).united(self._marker_rect(after)))

    def paintEvent(self, event: QPaintEvent) -> None:
        timeline = self._timeline
        if timeline is None or self._total <= 0:
            return
        palette = self.palette()
        top = 8.0
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._band_pixmap(timeline, top))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self.marker_x()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(text, 3))
        painter.drawLine(QPointF(x, top - 2), QPointF(x, self.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        painter.drawPolygon(QPolygonF([QPointF(x - 6, 0), QPointF(x + 6, 0), QPointF(x, top)]))
        painter.end()

    def _band_pixmap(self, timeline: Timeline, top: float) -> QPixmap:
        palette = self.palette()
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), palette.cacheKey(), round(ratio * 100))
        if self._bands is not None and self._bands_key == key:
            return self._bands
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(palette.color(self.backgroundRole()))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = self.height() - 12.0
        scale = self.width() / timeline.total_seconds
        colours = {
            phase: theme.phase_colour(phase, palette, theme.GRAPHIC_CONTRAST) for phase in Phase
        }
        painter.setPen(Qt.PenStyle.NoPen)
        for step in timeline.steps:
            if step.duration <= 0:
                continue
            painter.setBrush(colours[step.phase])
            painter.drawRect(QRectF(step.start * scale, top, max(1.0, step.duration * scale), band))
        painter.end()
        self._bands, self._bands_key = pixmap, key
        return pixmap
