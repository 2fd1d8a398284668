"""Small widgets of the session screen: countdown, breath pacer, timeline strip, pose stand-in.

None of them keeps time. They draw what the :class:`SessionController` says;
the only timer here is :class:`FrameTicker`, an animation tick of at most
30 fps that runs while a session runs and an animated widget is on screen.
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..core.debug_switches import Mechanism, enabled
from ..core.model import Breath, Phase, Side
from ..core.session import Session, State
from ..core.timeline import Step, Timeline
from . import theme
from .controller import SessionController
from .visibility import ReportsVisibility

if TYPE_CHECKING:
    from .pose_view import PoseView

log = logging.getLogger(__name__)

#: The shortest gap between two animation frames: 30 fps at most.
MIN_FRAME_MS = 34
#: The longest: a frame at least once a second while anything is watched.
MAX_FRAME_MS = 1000
#: How long a picture's change may wait for others due soon after it, so that
#: they are drawn in one wake-up (each costs far more than the drawing).
GATHER_S = 0.040


def announce(widget: QWidget, text: str) -> None:
    """Send ``text`` to screen readers as a polite announcement.

    Uses ``QAccessibleAnnouncementEvent`` (Qt 6.8+); older Qt gets the text
    as the widget's accessible description plus a NameChanged event.
    """
    from PySide6.QtGui import QAccessible, QAccessibleEvent  # not needed until a phase starts

    widget.setAccessibleDescription(text)
    announcement_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if announcement_type is None:  # pragma: no cover - Qt before 6.8
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        return
    QAccessible.updateAccessibility(announcement_type(widget, text))


class FrameTicker(QObject):
    """Animation frames, timed for when a picture next changes.

    Each animated widget registers a frame function (:meth:`animate`): it
    brings its picture up to date and says in how many seconds that picture
    next changes. After each frame the ticker arms one PreciseTimer
    single-shot for the earliest of those, never sooner than
    :data:`MIN_FRAME_MS` (30 fps) and never later than :data:`MAX_FRAME_MS`. A
    breath pacer near the top of a breath, where the circle barely moves,
    therefore wakes the app less often than one in mid-breath, and no frame is
    drawn that would look like the last. It runs only while the session runs
    and a watched widget shows. The frame functions read the controller;
    nothing counts frames.

    Changes that fall close together share a frame: one due less than
    :data:`GATHER_S` before another (or before the controller's next second,
    which wakes the app anyway) is drawn with the later one. So the circle,
    the figure and the countdown change in one wake-up where they can, and
    a picture is never more than :data:`GATHER_S` behind.

    A frame function draws through :meth:`paint`: at once, which spares a
    lone circle's frame a trip round the event loop, or, when some paint is
    posted for this wake-up already (the figure's new position, the
    countdown's second: see :meth:`posted`), with it, so the window is
    painted and sent to the screen once.
    """

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._watched: list[ReportsVisibility] = []
        #: Whether a watched widget is on screen, worked out when one is shown or hidden.
        self._on_screen = False
        self._frames: list[Callable[[], float | None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        #: Whether the next frame is drawn when the controller's second changes.
        self._with_second = False
        #: In a frame: the widgets :meth:`paint` was asked to draw, and whether a
        #: paint is posted for this wake-up already (then they join it).
        self._to_paint: list[QWidget] = []
        self._joined = False
        #: Off (``PSOAS_TIMER_NO_FRAME_TIMING=1``): a plain 30 fps tick while
        #: running, each picture painted on its own, to tell the timing from the drawing.
        self._timed = enabled(Mechanism.FRAME_TIMING)
        controller.stateChanged.connect(self.refresh)
        controller.stepStarted.connect(self.refresh)
        controller.secondChanged.connect(self._on_second)

    def watch(self, widget: ReportsVisibility) -> None:
        """Run while ``widget`` is visible (and its window not minimised).

        The widget says when it is shown or hidden, minimising and restoring
        included. The ticker listens to that rather than filtering the
        widget's events: a filter would see every paint event of the widget
        and every update request of its window, each a call into Python,
        several times per frame.
        """
        self._watched.append(widget)
        widget.visibilityChanged.connect(self.visibility_changed)

    def visibility_changed(self) -> None:
        """A watched widget was shown or hidden: start or stop, once the change is done."""
        QTimer.singleShot(0, self._on_visibility)

    def _on_visibility(self) -> None:
        self._on_screen = any(w.isVisible() and not w.window().isMinimized() for w in self._watched)
        self.refresh()

    def animate(self, frame: Callable[[], float | None]) -> None:
        """Call ``frame()`` on every frame. It brings its picture up to date and
        returns the seconds until that picture next changes (``None``: not soon)."""
        self._frames.append(frame)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        """Milliseconds until the next frame, as armed."""
        return self._timer.interval()

    def should_run(self) -> bool:
        return self._on_screen and self._controller.state is State.RUNNING

    def refresh(self, *_: object) -> None:
        """A frame now, and the next one armed. The timer calls it; so do state
        and step changes, so a paused or hidden widget shows where things stand."""
        self._to_paint = []
        delays = [d for d in (frame() for frame in self._frames) if d is not None]
        for widget in self._to_paint:
            if self._joined:
                widget.update()
            else:
                widget.repaint()
        self._to_paint = []
        self._joined = self._with_second = False
        if not self.should_run():
            self._timer.stop()
            return
        if not self._timed:
            self._timer.start(MIN_FRAME_MS)
            return
        delay_ms = math.ceil(self._gathered(delays) * 1000) if delays else MAX_FRAME_MS
        self._timer.start(min(MAX_FRAME_MS, max(MIN_FRAME_MS, delay_ms)))

    def _gathered(self, delays: list[float]) -> float:
        """Seconds until the next frame: the last change due within :data:`GATHER_S`
        of the first. If the controller's next second falls in that span, the
        frame is drawn when it comes (the delay returned is then a fallback)."""
        first = min(delays)
        until = first + GATHER_S
        second = self._controller.until_next_second()
        if second is not None and first <= second <= until:
            self._with_second = True
            return second + GATHER_S
        return max(d for d in delays if d <= until)

    def paint(self, widget: QWidget) -> None:
        """Draw ``widget``'s new picture in this frame (for a frame function)."""
        self._to_paint.append(widget)

    def posted(self) -> None:
        """A frame function posted a paint (``update()``) for this wake-up: what
        :meth:`paint` draws in this frame goes with it."""
        self._joined = self._timed

    def _on_second(self, *_: object) -> None:
        if self._with_second:
            # The countdown's new second is posted: the frame's paints join it.
            self._joined = True
            self.refresh()


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
    so a huge font does not waste a line of descender space.

    The text lives here, not in QLabel: ``QLabel.setText`` asks every layout up to
    the window to recompute, each second, although the digits' new width rarely
    changes what the layout would do. :meth:`setText` asks for a new layout only
    when the size hint changes, and repaints only the digits' ink.

    Qt fills glyphs this big as outlines on every paint (it keeps images of
    glyphs up to 64 pixels only), so each character is drawn once into an
    image per font, colour and pixel ratio, and a second's digits are those
    images, each placed where the whole text would put it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownLabel")
        # Changes every second: filling its own background spares the parents a repaint.
        self.setAutoFillBackground(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Time left in this step")
        self._text = ""
        #: The font's metrics, its digits' ink box, and each text's advance, ink
        #: box and characters' starts: measured once per font (a second's new
        #: digits only look them up).
        self._metrics: QFontMetricsF | None = None
        self._digits = QRectF()
        self._measured: dict[str, tuple[float, QRectF, tuple[float, ...]]] = {}
        #: Each character drawn once (see :meth:`_glyph`), for ``_glyphs_key``.
        self._glyphs: dict[str, tuple[QPointF, QImage]] = {}
        self._glyphs_key: tuple[object, ...] | None = None
        self._glyph_cache = enabled(Mechanism.GLYPH_CACHE)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        hint = self.sizeHint()
        before = self._ink(self._text)
        self._text = text
        if self.sizeHint() != hint:
            self.updateGeometry()
            self.update()
        else:
            self.update(before.united(self._ink(text)))

    def clear(self) -> None:
        self.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
        super().changeEvent(event)

    def _font_metrics(self) -> QFontMetricsF:
        """The current font's metrics (measured, with its digits' ink box, once per font)."""
        metrics = self._metrics
        if metrics is None:
            metrics = self._metrics = QFontMetricsF(self.font())
            self._digits = metrics.tightBoundingRect("0123456789")
            self._measured.clear()
        return metrics

    def _measure(self, text: str) -> tuple[float, QRectF, tuple[float, ...]]:
        """``text``'s advance, ink box and where each of its characters starts
        (kerning included) in the current font."""
        metrics = self._font_metrics()
        found = self._measured.get(text)
        if found is None:
            if len(self._measured) > 256:
                self._measured.clear()
            found = self._measured[text] = (
                metrics.horizontalAdvance(text),
                metrics.tightBoundingRect(text),
                tuple(metrics.horizontalAdvance(text[:i]) for i in range(len(text))),
            )
        return found

    def digit_height(self) -> float:
        self._font_metrics()
        return self._digits.height()

    def sizeHint(self) -> QSize:
        advance, _, _ = self._measure(self._text or "0:00")
        return QSize(int(advance) + 8, int(self._digits.height() * 1.3) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self.sizeHint().height())

    def _origin(self, text: str) -> QPointF:
        """Where ``text`` starts on its baseline: centred across, and its digits'
        ink box centred down (baseline = centre + half the ink height)."""
        advance, _, _ = self._measure(text)
        digits = self._digits
        x = (self.width() - advance) / 2
        return QPointF(x, self.height() / 2 - (digits.top() + digits.bottom()) / 2)

    def _ink(self, text: str) -> QRect:
        """The pixels ``text`` covers when painted (with a margin for antialiasing)."""
        if not text:
            return QRect()
        _, ink, _ = self._measure(text)
        return ink.translated(self._origin(text)).toAlignedRect().adjusted(-2, -2, 2, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self._text
        origin = self._origin(text)
        colour = self.palette().color(self.foregroundRole())
        painter = QPainter(self)
        if not self._glyph_cache:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            painter.setPen(colour)
            painter.drawText(origin, text)
            painter.end()
            return
        ratio = self.devicePixelRatioF()
        key = (self.font().key(), colour.rgba(), ratio)
        if key != self._glyphs_key:
            self._glyphs_key = key
            self._glyphs.clear()
        for char, start in zip(text, self._measure(text)[2], strict=True):
            offset, image = self._glyph(char, colour, ratio)
            # Whole pixels: an image placed between pixels would be resampled.
            x = round((origin.x() + start + offset.x()) * ratio) / ratio
            y = round((origin.y() + offset.y()) * ratio) / ratio
            painter.drawImage(QPointF(x, y), image)
        painter.end()

    def _glyph(self, char: str, colour: QColor, ratio: float) -> tuple[QPointF, QImage]:
        """``char`` drawn in ``colour`` on a clear image, and where the image's top
        left lies from the character's origin on the baseline."""
        found = self._glyphs.get(char)
        if found is None:
            box = self._font_metrics().boundingRect(char).adjusted(-2, -2, 2, 2).toAlignedRect()
            image = QImage(
                max(1, math.ceil(box.width() * ratio)),
                max(1, math.ceil(box.height() * ratio)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            painter.setPen(colour)
            painter.drawText(QPointF(-box.x(), -box.y()), char)
            painter.end()
            found = self._glyphs[char] = (QPointF(box.topLeft()), image)
        return found


class ClockLabel(QLabel):
    """A label whose text changes every second without asking for a new layout.

    ``QLabel.setText`` always asks the parent's layout to recompute, and that
    request climbs to the window. Qt skips it for a widget of fixed size, so
    this label is fixed to fit the longest text it can show (``template``, any
    digit standing for the widest one) and refitted when its font changes.
    """

    def __init__(self, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        # Filling its own background spares the parents a repaint every second.
        self.setAutoFillBackground(True)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        longest = "".join(widest if c.isdigit() else c for c in self._template)
        margins = self.contentsMargins()
        extra = 2 * self.margin() + margins.left() + margins.right() + 2
        self.setFixedSize(
            metrics.horizontalAdvance(longest) + extra,
            metrics.height() + 2 * self.margin() + margins.top() + margins.bottom(),
        )


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
        self.setAccessibleName("Breath pacer")
        self.setToolTip("Breathe in as the circle grows, out as it shrinks")
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
            self.setAccessibleDescription(f"Step {step.index + 1} of {len(self._timeline)}")
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
