"""The breath pacer: a circle that grows as you breathe in and shrinks as you breathe out."""

from __future__ import annotations

import math
from bisect import bisect_right

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.model import Breath, Phase
from ...core.session import Session
from ..common import theme
from ..common.visibility import ReportsVisibility
from .controller import SessionController
from .frame_ticker import FrameTicker


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return (1 - math.cos(math.pi * x)) / 2


def breath_level(
    breath: Breath, breath_in: float, breath_out: float, elapsed: float, duration: float
) -> float:
    """How full the lungs are, 0..1, ``elapsed`` seconds into a step.

    Inhale and exhale steps breathe once over the whole step; steady and paced
    steps cycle at the step's pace, starting with a breath in.
    """
    if breath is Breath.INHALE:
        return _ease(elapsed / duration) if duration > 0 else 1.0
    if breath is Breath.EXHALE:
        return 1 - _ease(elapsed / duration) if duration > 0 else 0.0
    cycle = breath_in + breath_out
    if cycle <= 0:
        return 0.5
    t = elapsed % cycle
    if t < breath_in:
        return _ease(t / breath_in)
    return 1 - _ease((t - breath_in) / breath_out)


def pixel_changes(
    breath: Breath, breath_in: float, breath_out: float, duration: float, travel: float
) -> list[float]:
    """Every moment, in seconds into a step, at which ``round(level * travel)``
    (the pacer's edge, in whole pixels) changes: ascending, up to ``duration``.

    Worked out from :func:`breath_level` rather than by sampling it: within a
    breath in (or out) the level is a half cosine, so the moment it crosses a
    pixel boundary ``(k + 0.5) / travel`` is an arccosine.
    """
    if duration <= 0:
        return []
    segments: list[tuple[float, float, bool]] = []  # (start, length, rising)
    if breath is Breath.INHALE:
        segments.append((0.0, duration, True))
    elif breath is Breath.EXHALE:
        segments.append((0.0, duration, False))
    elif breath_in + breath_out > 0:
        start = 0.0
        while start < duration:
            if breath_in > 0:
                segments.append((start, breath_in, True))
            if breath_out > 0:
                segments.append((start + breath_in, breath_out, False))
            start += breath_in + breath_out
    # Boundaries inside 0..1 only: one at the very top is touched for an instant.
    bounds = [(k + 0.5) / travel for k in range(math.ceil(travel - 0.5))]
    times: list[float] = []
    for start, length, rising in segments:
        for b in bounds if rising else reversed(bounds):
            # ease(x) = (1 - cos(pi x)) / 2 reaches b (or 1 - b, breathing out) at:
            x = math.acos(1 - 2 * b if rising else 2 * b - 1) / math.pi
            # A microsecond on, so the edge has surely moved when the frame comes.
            t = start + x * length + 1e-6
            if t < duration:
                times.append(t)
    return times


class BreathPacer(ReportsVisibility):
    """A circle that grows as you breathe in and shrinks as you breathe out.

    Its size is a pure function of the session's elapsed time in the step, so it
    can never drift from the countdown.
    """

    MIN_RADIUS = 0.3

    def __init__(
        self, controller: SessionController, ticker: FrameTicker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathPacer")
        self.setAccessibleName(self.tr("Breath pacer"))
        self.setToolTip(self.tr("Breathe in as the circle grows, out as it shrinks"))
        self._controller = controller
        self._ticker = ticker
        self._level = 0.5
        self._diameter = 96
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # It paints its own background, so a frame repaints this square and nothing beneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._pixel = -1
        self._travel = self._travel_for(self._diameter)
        #: When the edge moves in this step (see :func:`pixel_changes`), the pixel
        #: it is at from each of those moments on, where it starts, and for what.
        self._changes: list[float] = []
        self._pixels: list[int] = []
        self._start = 0
        self._changes_key: tuple[object, ...] | None = None
        self._frames: dict[int, QPixmap] = {}
        self._frames_key: tuple[int, int, float, int] | None = None
        ticker.watch(self)
        # The ticker calls _frame on every step change too, paused or not.
        ticker.animate(self._frame)

    @property
    def level(self) -> float:
        """How full the circle is drawn, 0..1 (to the pixel its edge is at)."""
        return self._level

    def set_diameter(self, diameter: int) -> None:
        self._diameter = max(24, diameter)
        self._travel = self._travel_for(self._diameter)
        self.setFixedSize(self._diameter, self._diameter)

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    @classmethod
    def _travel_for(cls, diameter: int) -> float:
        """How many pixels the circle's edge moves from empty lungs to full."""
        return max(1.0, (diameter / 2 - 2) * (1 - cls.MIN_RADIUS))

    def _track(self, session: Session) -> list[float]:
        """The moments in this step at which the edge moves a pixel, worked out
        once per step (and size) with the pixel it moves to, so a frame only
        looks them up: :attr:`_pixels` and :attr:`_start` (before the first)."""
        step = session.step
        duration = session.duration
        travel = self._travel
        key = (step, duration, travel)
        if key != self._changes_key:
            self._changes_key = key
            if step.phase is Phase.FINISHED:
                self._changes, self._pixels, self._start = [], [], round(0.5 * travel)
            else:
                breath, breath_in, breath_out = step.breath, step.breath_in, step.breath_out
                changes = pixel_changes(breath, breath_in, breath_out, duration, travel)
                self._changes = changes
                self._pixels = [
                    round(breath_level(breath, breath_in, breath_out, t, duration) * travel)
                    for t in changes
                ]
                level = breath_level(breath, breath_in, breath_out, 0.0, duration)
                self._start = round(level * travel)
        return self._changes

    def _frame(self) -> float | None:
        # The ticker paints it in the wake-up it already paid for: at once, or
        # with the figure or the countdown when they change too.
        at = self._now()
        if at is None:
            return None
        if self._move_to(at[0]):
            self._ticker.paint(self)
        return at[1]

    def next_change(self) -> float | None:
        """Seconds until the circle's edge next moves a pixel."""
        at = self._now()
        return None if at is None else at[1]

    def _now(self) -> tuple[int, float | None] | None:
        """The pixel the circle's edge is at now, and the seconds until it next
        moves (``None``: not in this step); ``None`` without a session."""
        session = self._controller.session
        if session is None:
            return None
        changes = self._track(session)
        elapsed = session.elapsed()
        i = bisect_right(changes, elapsed)
        pixel = self._pixels[i - 1] if i else self._start
        return pixel, (changes[i] - elapsed if i < len(changes) else None)

    def _move_to(self, pixel: int) -> bool:
        """Put the edge at ``pixel``; whether that moved it (a slow breath changes
        less than a whole pixel between many frames)."""
        if pixel == self._pixel:
            return False
        self._pixel = pixel
        self._level = pixel / self._travel
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        # Each pixel of the breath is drawn once and kept: a frame is then one
        # blit, which costs a fraction of drawing two antialiased circles.
        ratio = self.devicePixelRatioF()
        palette = self.palette()
        key = (self.width(), self.height(), ratio, palette.cacheKey())
        if key != self._frames_key:
            self._frames_key = key
            self._frames.clear()
        pixel = max(0, self._pixel)
        frame = self._frames.get(pixel)
        if frame is None:
            frame = self._frames[pixel] = self._render(pixel / self._travel, ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, frame)
        painter.end()

    def _render(self, level: float, ratio: float) -> QPixmap:
        frame = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        frame.setDevicePixelRatio(ratio)
        palette = self.palette()
        frame.fill(palette.color(self.backgroundRole()))
        painter = QPainter(frame)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = theme.accent(palette)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        outer = side / 2 - 2
        ring = QColor(colour)
        ring.setAlphaF(0.45)
        painter.setPen(QPen(ring, max(1.5, side / 60)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, outer, outer)
        radius = outer * (self.MIN_RADIUS + (1 - self.MIN_RADIUS) * level)
        fill = QColor(colour)
        fill.setAlphaF(0.55)
        painter.setPen(QPen(colour, max(1.5, side / 40)))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
        return frame
