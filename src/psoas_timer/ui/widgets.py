"""Small widgets of the session screen: countdown, breath pacer, timeline strip, pose stand-in.

None of them keeps time. They draw what the :class:`SessionController` says;
the only timer here is :class:`FrameTicker`, an animation tick of at most
30 fps that runs while a session runs and an animated widget is on screen.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..core.model import Breath, Phase, Side
from ..core.session import State
from ..core.timeline import Step, Timeline
from . import theme
from .controller import SessionController

if TYPE_CHECKING:
    from .pose_view import PoseView

log = logging.getLogger(__name__)

#: The animation tick. 66 ms is 15 fps: smooth enough for a slow breath or a
#: leg rising over seconds, well under the 30 fps cap, and half the paint cost of 30.
FRAME_MS = 66


def announce(widget: QWidget, text: str) -> None:
    """Send ``text`` to screen readers as a polite announcement.

    Uses ``QAccessibleAnnouncementEvent`` (Qt 6.8+); older Qt gets the text
    as the widget's accessible description plus a NameChanged event.
    """
    widget.setAccessibleDescription(text)
    announcement_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if announcement_type is None:  # pragma: no cover - Qt before 6.8
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        return
    QAccessible.updateAccessibility(announcement_type(widget, text))


class FrameTicker(QObject):
    """An animation tick that runs only while the session runs and a watched widget shows.

    Listeners read the controller on each :attr:`frame`; nothing counts frames.

    Signals:
        frame(): time to redraw moving things.
    """

    frame = Signal()

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._watched: list[QWidget] = []
        self._windows: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._tick)
        controller.stateChanged.connect(self.refresh)
        controller.stepStarted.connect(self.refresh)

    def watch(self, widget: QWidget) -> None:
        """Run while ``widget`` is visible (and its window not minimised)."""
        self._watched.append(widget)
        widget.installEventFilter(self)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        return self._timer.interval()

    def should_run(self) -> bool:
        if self._controller.state is not State.RUNNING:
            return False
        return any(w.isVisible() and not w.window().isMinimized() for w in self._watched)

    def refresh(self, *_: object) -> None:
        if self.should_run():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        # One frame now, so a paused or hidden widget shows where things stand.
        self.frame.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange):
            if kind is QEvent.Type.Show and isinstance(watched, QWidget):
                window = watched.window()
                if id(window) not in self._windows:
                    self._windows.add(id(window))
                    window.installEventFilter(self)
            QTimer.singleShot(0, self.refresh)
        return False

    def _tick(self) -> None:
        if not self.should_run():
            self._timer.stop()
        self.frame.emit()


# ------------------------------------------------------------------- countdown


def format_countdown(seconds: int) -> str:
    """``45`` under a minute, ``1:30`` from a minute on: fewest digits, biggest font."""
    seconds = max(0, seconds)
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_clock(seconds: float) -> str:
    total = max(0, round(seconds))
    if total >= 3600:
        return f"{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}"
    return f"{total // 60}:{total % 60:02d}"


class CountdownLabel(QLabel):
    """The big digits. Drawn centred on the digits' own height, not the font's line box,
    so a huge font does not waste a line of descender space."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownLabel")
        # Changes every second: filling its own background spares the parents a repaint.
        self.setAutoFillBackground(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Time left in this step")

    def digit_height(self) -> float:
        return QFontMetricsF(self.font()).tightBoundingRect("0123456789").height()

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        width = int(fm.horizontalAdvance(self.text() or "0:00")) + 8
        return QSize(width, int(self.digit_height() * 1.3) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        fm = QFontMetricsF(self.font())
        text = self.text()
        width = fm.horizontalAdvance(text)
        digits = fm.tightBoundingRect("0123456789")
        x = (self.width() - width) / 2
        # Centre the digits' ink box vertically: baseline = centre + half ink height.
        y = self.height() / 2 - (digits.top() + digits.bottom()) / 2
        painter.drawText(QPointF(x, y), text)
        painter.end()


# ---------------------------------------------------------------- breath pacer


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


class BreathPacer(QWidget):
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
        self.setAccessibleName("Breath pacer")
        self.setToolTip("Breathe in as the circle grows, out as it shrinks")
        self._controller = controller
        self._level = 0.5
        self._diameter = 96
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # It paints its own background, so a frame repaints this square and nothing beneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        ticker.watch(self)
        ticker.frame.connect(self.sync)
        controller.stepStarted.connect(self.sync)

    @property
    def level(self) -> float:
        return self._level

    def set_diameter(self, diameter: int) -> None:
        self._diameter = max(24, diameter)
        self.setFixedSize(self._diameter, self._diameter)

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    def sync(self, *_: object) -> None:
        session = self._controller.session
        if session is None:
            return
        step = session.step
        if step.phase is Phase.FINISHED:
            level = 0.5
        else:
            level = breath_level(
                step.breath, step.breath_in, step.breath_out, session.elapsed(), session.duration
            )
        # Repaint only when the circle's edge moves by at least half a pixel: a
        # slow breath changes less than that between some frames.
        travel = max(1.0, (self._diameter / 2 - 2) * (1 - self.MIN_RADIUS))
        if abs(level - self._level) * travel >= 0.5:
            self._level = level
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(self.backgroundRole()))
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
        radius = outer * (self.MIN_RADIUS + (1 - self.MIN_RADIUS) * self._level)
        fill = QColor(colour)
        fill.setAlphaF(0.55)
        painter.setPen(QPen(colour, max(1.5, side / 40)))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.end()


# -------------------------------------------------------------- timeline strip


class TimelineStrip(QWidget):
    """Every step of the routine as a coloured band, with a marker for now."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self.setAutoFillBackground(True)
        self.setAccessibleName("Progress through the routine")
        self.setToolTip("Every step of the routine, coloured by phase; the line marks now")
        self._controller = controller
        self._timeline: Timeline | None = None
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
        total = self._timeline.total_seconds if self._timeline else 0.0
        if total <= 0:
            return 0.0
        return self.width() * min(1.0, self._position / total)

    def _on_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._position = 0.0
        self._bands = None
        self.update()

    def _on_step(self, step: Step) -> None:
        if self._timeline:
            self.setAccessibleDescription(f"Step {step.index + 1} of {len(self._timeline)}")
        self.sync()

    def sync(self, *_: object) -> None:
        session = self._controller.session
        position = session.position() if session else 0.0
        if position != self._position:
            before = round(self.marker_x())
            self._position = position
            # A second is often less than a pixel of a long routine: repaint only on a move.
            if round(self.marker_x()) != before:
                self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        timeline = self._timeline
        if timeline is None or timeline.total_seconds <= 0:
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


# ----------------------------------------------------------------- pose view


def mirrored_for(side: Side | None) -> bool:
    """Whether to mirror the figure so the working side is the one shown.

    Unmirrored, the drawing shows ``UNMIRRORED_SIDE`` (the right) working.
    """
    from ..core.pose import UNMIRRORED_SIDE

    return side in (Side.LEFT, Side.RIGHT) and side is not None and side.value != UNMIRRORED_SIDE


def make_pose_view(parent: QWidget | None = None) -> PoseView:
    """The pose view, with the packaged poses."""
    from ..core.pose import load_poses
    from .pose_view import PoseView

    view = PoseView(load_poses(), parent)
    view.setObjectName("poseView")
    return view


def show_step_pose(view: QWidget, step: Step, fraction: float) -> None:
    """Show a step's pose on a pose view (real or placeholder)."""
    show = getattr(view, "show_pose", None)
    clear = getattr(view, "clear", None)
    if step.exercise_id is None or step.pose_from is None or step.pose_to is None:
        if clear is not None:
            clear()
        return
    if show is not None:
        show(
            step.exercise_id,
            step.pose_from,
            step.pose_to,
            mirrored=mirrored_for(step.side),
            fraction=fraction,
        )
