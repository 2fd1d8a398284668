"""A widget that paints the pose figure for the current step.

The widget holds no timers: the session controller calls :meth:`PoseView.show_pose`
with the fraction of the movement done, and the widget blends the two keyframes
and paints the resulting :class:`~psoas_timer.core.pose.Drawing` with QPainter.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPicture,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoas_timer.core.pose import (
    MOVE_POSITIONS,
    PALETTES,
    UNMIRRORED_SIDE,
    Arrow,
    Capsule,
    Circle,
    Drawing,
    Point,
    Polygon,
    Polyline,
    PoseLibrary,
    Style,
    arrow_outline,
    capsule_outline,
    interpolate,
    joint_travel,
    render,
    view_box,
)

__all__ = ["PoseView", "paint_drawing"]

_log = logging.getLogger(__name__)

_CACHE_SIZE = 256
PLACEHOLDER_TEXT = "No exercise selected"


def _polygon(points: Sequence[Point]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _pen(colour: QColor, width: float, dash: tuple[float, ...] = ()) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash and width > 0:
        # QPen dash patterns are in units of the pen width.
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([d / width for d in dash])
    return pen


def _apply(painter: QPainter, style: Style, colours: Mapping[str, QColor]) -> None:
    if style.fill:
        painter.setBrush(colours[style.fill])
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    if style.stroke and style.width > 0:
        painter.setPen(_pen(colours[style.stroke], style.width, style.dash))
    else:
        painter.setPen(Qt.PenStyle.NoPen)


def fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Fill ``rect`` with a solid ``colour``, as ``QPainter.fillRect`` would.

    ``fillRect(rect, QColor)`` and ``QBrush(QColor)`` make PySide build the
    QGradient and QImage classes and their eight enums on first use (about
    2.5 ms of start-up) while it picks an overload; ``setBrush(QColor)`` does not.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def paint_drawing(
    painter: QPainter, drawing: Drawing, target: QRectF, palette: str = "light"
) -> None:
    """Paint ``drawing`` into ``target``, scaled to fit and centred (aspect kept).

    Fills ``target`` with the palette's background first. Shared by the widget
    and the contact-sheet script so both show exactly the same figure.
    """
    colours = _colours(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill(painter, target, colours["background"])
    fit_drawing(painter, drawing, target)
    paint_items(painter, drawing, colours)
    painter.restore()


def _colours(palette: str) -> dict[str, QColor]:
    return {role: QColor(value) for role, value in PALETTES[palette].items()}


def fit_drawing(painter: QPainter, drawing: Drawing, target: QRectF) -> None:
    """Map ``drawing``'s view box onto ``target``: scaled to fit, centred, clipped."""
    vx, vy, vw, vh = drawing.view_box
    scale = min(target.width() / vw, target.height() / vh)
    painter.translate(
        target.x() + (target.width() - vw * scale) / 2.0,
        target.y() + (target.height() - vh * scale) / 2.0,
    )
    painter.scale(scale, scale)
    painter.translate(-vx, -vy)
    painter.setClipRect(QRectF(vx, vy, vw, vh))


def paint_items(painter: QPainter, drawing: Drawing, colours: Mapping[str, QColor]) -> None:
    """Paint ``drawing``'s shapes in its own coordinates (see :func:`fit_drawing`)."""
    for item in drawing.items:
        if isinstance(item, Capsule):
            style = item.style
            half = style.width / 2
            if style.fill and style.stroke and 0 < half < min(item.r1, item.r2) and not style.dash:
                _paint_outlined_capsule(painter, item, colours)
            else:
                _apply(painter, style, colours)
                painter.drawPolygon(_polygon(capsule_outline(item)))
        elif isinstance(item, Circle):
            _apply(painter, item.style, colours)
            painter.drawEllipse(QPointF(*item.center), item.r, item.r)
        elif isinstance(item, Polygon):
            _apply(painter, item.style, colours)
            painter.drawPolygon(_polygon(item.points))
        elif isinstance(item, Polyline):
            _apply(painter, item.style, colours)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(_polygon(item.points))
        elif isinstance(item, Arrow):
            _paint_arrow(painter, item, colours)


def _paint_outlined_capsule(
    painter: QPainter, capsule: Capsule, colours: Mapping[str, QColor]
) -> None:
    """A filled and outlined capsule, painted as two fills rather than a fill and a stroke.

    The outline is a pen of ``width`` centred on the capsule's edge, so it
    covers from ``width / 2`` inside the edge to ``width / 2`` outside it: the
    capsule with both radii grown by ``width / 2``, less the capsule with both
    shrunk by it (a capsule's outline moved out or in is again a capsule). So
    the bigger one is filled in the outline's colour and the smaller one in
    the fill's, on top: the same shape, for about a third of the cost of
    stroking the outline with round joins (the figure's limbs are most of
    what a moving frame draws). Our palettes are opaque, so the order of
    the fills does not change any colour. (Capsules thinner than the pen are
    stroked as before.)
    """
    style = capsule.style
    assert style.fill and style.stroke
    half = style.width / 2
    outer = capsule._replace(r1=capsule.r1 + half, r2=capsule.r2 + half)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours[style.stroke])
    painter.drawPolygon(_polygon(capsule_outline(outer)))
    inner = capsule._replace(r1=capsule.r1 - half, r2=capsule.r2 - half)
    painter.setBrush(colours[style.fill])
    painter.drawPolygon(_polygon(capsule_outline(inner)))


def _paint_arrow(painter: QPainter, arrow: Arrow, colours: Mapping[str, QColor]) -> None:
    shaft, head = arrow_outline(arrow)
    if arrow.halo:
        halo = colours[arrow.halo]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(halo, arrow.width + 2.4))
        painter.drawPolyline(_polygon(arrow.points))
        painter.setBrush(halo)
        painter.setPen(_pen(halo, 2.4))
        painter.drawPolygon(_polygon(head))
    colour = colours[arrow.role]
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colour, arrow.width))
    painter.drawPolyline(_polygon(shaft))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(_polygon(head))


def _humanize(identifier: str) -> str:
    text = identifier.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


class PoseView(QWidget):
    """Paints the figure for one exercise, blended between two keyframes.

    The controller drives it: ``show_pose(exercise, from, to, mirrored=..., fraction=...)``.
    Drawings are cached per (pose pair, mirrored, position: 1/MOVE_POSITIONS of the move).
    """

    def __init__(self, library: PoseLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every paint fills the whole widget, so Qt need not repaint what lies beneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setObjectName("poseView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 100)
        self._library = library
        self._exercise: str | None = None
        self._from: str | None = None
        self._to: str | None = None
        self._mirrored = False
        self._fraction = 0.0
        self._side: str | None = None
        self._drawing: Drawing | None = None
        self._cache: OrderedDict[tuple[str, str, str, bool, int], Drawing] = OrderedDict()
        # Each drawing's paint commands are recorded (per palette, in the drawing's
        # own coordinates) the first time it is painted, and replayed from then on
        # at any size: a movement repeats every rep, and replaying skips the
        # Python that issues the shapes. Recording costs about what painting does.
        self._pictures: dict[tuple[int, str], tuple[Drawing, QPicture]] = {}
        self._travel: dict[tuple[str, str, str], float] = {}
        self.clear()

    # --- public API ---------------------------------------------------------------

    def show_pose(
        self,
        exercise_id: str | None,
        pose_from: str | None,
        pose_to: str | None,
        *,
        mirrored: bool,
        fraction: float,
        side: str | None = None,
    ) -> None:
        """Show ``exercise_id`` blended from ``pose_from`` (fraction 0) to ``pose_to`` (1).

        ``pose_to`` may be ``None`` or equal to ``pose_from`` to hold still. An
        unknown exercise or keyframe shows the placeholder (and logs a warning).
        ``side`` ("left"/"right") only feeds the accessible name; by default it
        follows ``mirrored``.
        """
        if exercise_id is None or pose_from is None:
            self.clear()
            return
        pose_to = pose_to or pose_from
        fraction = min(1.0, max(0.0, float(fraction)))
        key = (exercise_id, pose_from, pose_to, bool(mirrored), round(fraction * MOVE_POSITIONS))
        drawing = self._cache.get(key)
        if drawing is None:
            try:
                a = self._library.get(exercise_id, pose_from)
                b = self._library.get(exercise_id, pose_to)
            except KeyError as exc:
                _log.warning("cannot show pose: %s", exc)
                self.clear()
                return
            current = interpolate(a, b, key[4] / MOVE_POSITIONS)
            drawing = render(current, mirrored=bool(mirrored), motion_to=b if b != a else None)
            self._cache[key] = drawing
            if len(self._cache) > _CACHE_SIZE:
                _key, dropped = self._cache.popitem(last=False)
                for palette in PALETTES:
                    self._pictures.pop((id(dropped), palette), None)
        else:
            self._cache.move_to_end(key)
        unchanged = drawing is self._drawing and side == self._side
        self._exercise, self._from, self._to = exercise_id, pose_from, pose_to
        self._mirrored = bool(mirrored)
        self._fraction = fraction
        self._side = side
        if unchanged:
            return  # the same picture: no repaint (a slow movement spans several ticks)
        self._drawing = drawing
        self.setAccessibleName(self._describe())
        self.update()

    def clear(self) -> None:
        """Show the placeholder text instead of a figure."""
        self._exercise = self._from = self._to = None
        self._drawing = None
        self._fraction = 0.0
        self.setAccessibleName(f"Pose: {PLACEHOLDER_TEXT.lower()}")
        self.update()

    def travel_pixels(self, exercise_id: str, pose_from: str, pose_to: str) -> float | None:
        """How many pixels, at the current size, the farthest-moving joint travels
        between two keyframes (``None`` for an unknown pose)."""
        key = (exercise_id, pose_from, pose_to)
        units = self._travel.get(key)
        try:
            a = self._library.get(exercise_id, pose_from)
            if units is None:
                units = self._travel[key] = joint_travel(a, self._library.get(exercise_id, pose_to))
        except KeyError:
            return None
        _, _, width, height = view_box(a)
        return units * min(self.width() / width, self.height() / height)

    def current_keyframe(self) -> str | None:
        """The keyframe nearest to what is drawn (``None`` when cleared)."""
        if self._drawing is None:
            return None
        return self._from if self._fraction < 0.5 else self._to

    def current_fraction(self) -> float:
        return self._fraction

    def current_drawing(self) -> Drawing | None:
        return self._drawing

    def is_placeholder(self) -> bool:
        return self._drawing is None

    def palette_name(self) -> str:
        """ "dark" when the window colour is dark, else "light"."""
        return (
            "dark" if self.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"
        )

    # --- QWidget ---------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self._drawing is None:
                fill(painter, rect, self.palette().color(self.backgroundRole()))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                font = painter.font()
                font.setPointSizeF(max(font.pointSizeF(), 11.0))
                painter.setFont(font)
                painter.drawText(
                    rect,
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    PLACEHOLDER_TEXT,
                )
                return
            palette = self.palette_name()
            drawing = self._drawing
            fill(painter, rect, QColor(PALETTES[palette]["background"]))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            fit_drawing(painter, drawing, rect)
            key = (id(drawing), palette)
            entry = self._pictures.get(key)
            if entry is None or entry[0] is not drawing:
                picture = QPicture()
                recorder = QPainter(picture)
                recorder.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                paint_items(recorder, drawing, _colours(palette))
                recorder.end()
                entry = self._pictures[key] = (drawing, picture)
            entry[1].play(painter)
        finally:
            painter.end()

    # --- helpers -------------------------------------------------------------------------

    def _describe(self) -> str:
        keyframe = self.current_keyframe()
        side = self._side or (
            UNMIRRORED_SIDE if not self._mirrored else _other_side(UNMIRRORED_SIDE)
        )
        parts = [_humanize(self._exercise or ""), keyframe or "", f"{side} side"]
        return ", ".join(p for p in parts if p)


def _other_side(side: str) -> str:
    return "left" if side == "right" else "right"
