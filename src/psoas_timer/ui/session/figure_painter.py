"""The figure painted with QPainter: shapes, outlined capsules and polygons, arrows, and
the display list that records a drawing's paint commands once and replays them.

What to draw comes from :mod:`psoas_timer.core.pose_render` as a
:class:`~psoas_timer.core.drawing.Drawing`; this module only turns it into paint calls.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF, QTransform

from psoas_timer.core.drawing import (
    ARROW_HALO,
    Arrow,
    Capsule,
    Circle,
    Drawing,
    Polygon,
    Polyline,
    Style,
    arrow_outline,
    capsule_outline,
)
from psoas_timer.core.geometry import Point
from psoas_timer.core.palettes import PALETTES


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
    painter: QPainter,
    drawing: Drawing,
    target: QRectF,
    palette: str = "light",
    *,
    mirrored: bool = False,
) -> None:
    """Paint ``drawing`` into ``target``, scaled to fit and centred (aspect kept),
    reflected with ``mirrored`` (see :func:`fit_drawing`).

    Fills ``target`` with the palette's background first. Shared by the widget
    and the contact-sheet script so both show exactly the same figure.
    """
    colours = COLOURS[palette]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill(painter, target, colours["background"])
    fit_drawing(painter, drawing, target, mirrored=mirrored)
    paint_items(painter, drawing, colours)
    painter.restore()


def _colours(palette: str) -> dict[str, QColor]:
    return {role: QColor(value) for role, value in PALETTES[palette].items()}


#: Each palette's colours, made once (QColor parses its hex text).
COLOURS = {palette: _colours(palette) for palette in PALETTES}


def fit_transform(
    view: tuple[float, float, float, float], target: QRectF, *, mirrored: bool = False
) -> QTransform:
    """What :func:`fit_drawing` sets (on an untransformed painter) for a drawing
    with view box ``view``."""
    transform = QTransform()
    vx, vy, vw, vh = view
    scale = min(target.width() / vw, target.height() / vh)
    transform.translate(
        target.x() + (target.width() - vw * scale) / 2.0,
        target.y() + (target.height() - vh * scale) / 2.0,
    )
    transform.scale(scale, scale)
    transform.translate(-vx, -vy)
    if mirrored:
        transform.translate(2.0 * vx + vw, 0.0)
        transform.scale(-1.0, 1.0)
    return transform


def fit_drawing(
    painter: QPainter, drawing: Drawing, target: QRectF, *, mirrored: bool = False
) -> None:
    """Map ``drawing``'s view box onto ``target``: scaled to fit, centred, clipped.

    ``mirrored`` reflects it about the view box's vertical centre line on the
    way, as :meth:`Drawing.reflected` would, without making a new drawing.
    """
    vx, vy, vw, vh = drawing.view_box
    painter.setWorldTransform(fit_transform(drawing.view_box, target), True)
    painter.setClipRect(QRectF(vx, vy, vw, vh))
    if mirrored:
        painter.translate(2.0 * vx + vw, 0.0)
        painter.scale(-1.0, 1.0)


def paint_items(painter: QPainter, drawing: Drawing, colours: Mapping[str, QColor]) -> None:
    """Paint ``drawing``'s shapes in its own coordinates (see :func:`fit_drawing`)."""
    base = painter.worldTransform()
    moved = False  # whether an outlined shape left the world transform off ``base``
    for item in drawing.items:
        if isinstance(item, Capsule):
            style = item.style
            half = style.width / 2
            if style.fill and style.stroke and 0 < half < min(item.r1, item.r2) and not style.dash:
                _paint_outlined_capsule(painter, item, colours, base)
                moved = True
                continue
        elif isinstance(item, Polygon):
            style = item.style
            if (
                style.fill
                and style.stroke
                and style.width > 0
                and not style.dash
                and len(item.points) > 2
            ):
                _paint_outlined_polygon(painter, item, colours, base)
                moved = True
                continue
        if moved:
            painter.setWorldTransform(base)
            moved = False
        if isinstance(item, Capsule):
            _apply(painter, item.style, colours)
            painter.drawPolygon(_polygon(capsule_outline(item)))
        elif isinstance(item, Circle):
            style = item.style
            half = style.width / 2
            centre = QPointF(*item.center)
            if style.fill and style.stroke and 0 < half < item.r and not style.dash:
                # As a capsule: the circle grown by half the pen, then shrunk by it.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours[style.stroke])
                painter.drawEllipse(centre, item.r + half, item.r + half)
                painter.setBrush(colours[style.fill])
                painter.drawEllipse(centre, item.r - half, item.r - half)
            else:
                _apply(painter, style, colours)
                painter.drawEllipse(centre, item.r, item.r)
        elif isinstance(item, Polygon):
            _apply(painter, item.style, colours)
            painter.drawPolygon(_polygon(item.points))
        elif isinstance(item, Polyline):
            _apply(painter, item.style, colours)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(_polygon(item.points))
        elif isinstance(item, Arrow):
            _paint_arrow(painter, item, colours)
    if moved:
        painter.setWorldTransform(base)


#: A shape's outline grown and shrunk by half its pen (see :func:`_fill_rims`).
Rims = tuple[QPolygonF, QPolygonF]


def _paint_outlined_capsule(
    painter: QPainter, capsule: Capsule, colours: Mapping[str, QColor], base: QTransform
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

    A limb keeps its length as it moves, so both outlines are worked out once
    per limb, lying along the x axis from the origin (see :func:`_capsule_rims`),
    and each position only turns and moves them there: the painter's world
    transform becomes that placement on top of ``base``, the transform it had
    before :func:`paint_items`, which puts it back.
    """
    style = capsule.style
    (x1, y1), (x2, y2) = capsule.p1, capsule.p2
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    grown, shrunk = _capsule_rims(length, capsule.r1, capsule.r2, style.width / 2)
    c, s = (dx / length, dy / length) if length > 0 else (1.0, 0.0)
    _fill_rims(painter, (grown, shrunk), QTransform(c, s, -s, c, x1, y1) * base, style, colours)


def _fill_rims(
    painter: QPainter, rims: Rims, place: QTransform, style: Style, colours: Mapping[str, QColor]
) -> None:
    """An outlined shape from its rims, set in place by ``place``: the grown rim
    in the pen's colour, then the shrunk one in the fill's on top."""
    assert style.fill and style.stroke
    painter.setWorldTransform(place)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours[style.stroke])
    painter.drawPolygon(rims[0])
    painter.setBrush(colours[style.fill])
    painter.drawPolygon(rims[1])


#: The grown and shrunk outlines of the shapes drawn lately, by shape: per
#: exercise a limb per length and radii, a few fixed shapes (mirrored or
#: not), and a psoas that bends from position to position.
_RIMS: OrderedDict[tuple[object, ...], Rims] = OrderedDict()
_RIMS_KEPT = 128


def _kept_rims(key: tuple[object, ...], work_out: Callable[[], Rims]) -> Rims:
    """The rims kept for ``key``, worked out the first time (the least recently
    used are dropped beyond :data:`_RIMS_KEPT`)."""
    rims = _RIMS.get(key)
    if rims is None:
        rims = _RIMS[key] = work_out()
        if len(_RIMS) > _RIMS_KEPT:
            _RIMS.popitem(last=False)
    else:
        _RIMS.move_to_end(key)
    return rims


def _capsule_rims(length: float, r1: float, r2: float, half: float) -> Rims:
    """The outlines of a capsule ``length`` long along the x axis from the origin,
    its radii grown and shrunk by ``half``: worked out once per limb and pen."""
    # A limb's length is the same at every position but for rounding in its last digits.
    along = round(length, 9)

    def work_out() -> Rims:
        capsule = Capsule((0.0, 0.0), (along, 0.0), r1, r2, Style())
        return (
            _polygon(capsule_outline(capsule._replace(r1=r1 + half, r2=r2 + half))),
            _polygon(capsule_outline(capsule._replace(r1=r1 - half, r2=r2 - half))),
        )

    return _kept_rims(("capsule", along, r1, r2, half), work_out)


def _paint_outlined_polygon(
    painter: QPainter, polygon: Polygon, colours: Mapping[str, QColor], base: QTransform
) -> None:
    """A filled and outlined polygon (the torso, pelvis, head, a foot, the psoas, a
    prop), painted as two fills like :func:`_paint_outlined_capsule`: its outline
    grown by half the pen in the pen's colour, then shrunk by it in the fill's
    (see :func:`outline_rims`).

    Most of these are one fixed shape turned and moved from position to
    position, so the rims are kept per shape, as the shape lies once its first
    point is moved to the origin and its first edge turned onto the x axis
    (coordinates to a millionth of a unit, which tells shapes apart and hides
    rounding); each position then only turns and moves them into place.
    """
    style = polygon.style
    points = polygon.points
    x0, y0 = points[0]
    x1, y1 = points[1]
    length = math.hypot(x1 - x0, y1 - y0)
    c, s = ((x1 - x0) / length, (y1 - y0) / length) if length > 0 else (1.0, 0.0)
    # In millionths of a unit along and across the first edge, from the first point.
    cm, sm = c * 1e6, s * 1e6
    key = (
        "polygon",
        style.width,
        *(
            (int((x - x0) * cm + (y - y0) * sm), int((y - y0) * cm - (x - x0) * sm))
            for x, y in points
        ),
    )

    def work_out() -> Rims:
        placed = tuple(
            ((x - x0) * c + (y - y0) * s, (y - y0) * c - (x - x0) * s) for x, y in points
        )
        grown, shrunk = outline_rims(placed, style.width / 2)
        return _polygon(grown), _polygon(shrunk)

    rims = _kept_rims(key, work_out)
    _fill_rims(painter, rims, QTransform(c, s, -s, c, x0, y0) * base, style, colours)


#: A rim turning by more than this (about 20 degrees) at a corner gets a round
#: corner, as a round-joined pen draws; a gentler turn gets one mitred point,
#: which lies outside the round join by under 1.6 % of the distance.
_ROUND_CORNER_COS = math.cos(math.radians(20.0))
#: Points of a round corner: one every 20 degrees of turn, at most.
_ARC_STEP = math.radians(20.0)


def outline_rims(
    points: Sequence[Point], distance: float
) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """The closed outline ``points`` moved ``distance`` out and in: ``(grown, shrunk)``.

    A pen of width ``2 * distance`` with round joins, stroked along the
    outline, covers what lies between the two: the outline grown by the pen's
    half (rounded where it turns outward, mitred where inward, as a disc
    rolled along the outside would leave it) less the outline shrunk by it
    (mitred where it turns outward, rounded where inward). So filling the
    grown outline in the pen's colour and then the shrunk one in the fill's
    paints a filled, stroked polygon at a fraction of the cost of the stroke,
    as :func:`_paint_outlined_capsule` does for limbs. Meant for outlines that
    are everywhere wider than ``2 * distance`` and whose edges are longer than
    the pen where they turn sharply (the figure's torso, pelvis, head, feet,
    psoas and props); consecutive repeated points are ignored.
    """
    pts: list[Point] = []
    for p in points:
        if not pts or p != pts[-1]:
            pts.append(p)
    while len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    n = len(pts)
    if n < 3:
        return tuple(pts), tuple(pts)
    area2 = 0.0
    px, py = pts[-1]
    for x, y in pts:
        area2 += px * y - x * py
        px, py = x, y
    # Unit direction (ux, uy) and outward normal (nx, ny) of each edge pts[i] -> pts[i + 1].
    sign = 1.0 if area2 > 0 else -1.0
    hypot = math.hypot
    ux: list[float] = []
    uy: list[float] = []
    for i in range(n):
        x0, y0 = pts[i]
        x1, y1 = pts[i + 1] if i + 1 < n else pts[0]
        length = hypot(x1 - x0, y1 - y0)
        ux.append((x1 - x0) / length)
        uy.append((y1 - y0) / length)
    grown: list[Point] = []
    shrunk: list[Point] = []
    cos, sin, atan2, ceil = math.cos, math.sin, math.atan2, math.ceil
    h = distance
    for i in range(n):
        bx, by = pts[i]
        ax, ay, cx, cy = ux[i - 1], uy[i - 1], ux[i], uy[i]
        # Outward normals of the edges into and out of this corner.
        n1x, n1y, n2x, n2y = sign * ay, -sign * ax, sign * cy, -sign * cx
        dot = n1x * n2x + n1y * n2y
        # Mitre: where the two edges, moved by h along their normals, meet.
        f = h / (1.0 + dot) if dot > -0.999 else 0.0
        mx, my = f * (n1x + n2x), f * (n1y + n2y)
        if dot >= _ROUND_CORNER_COS:
            grown.append((bx + mx, by + my))
            shrunk.append((bx - mx, by - my))
            continue
        # Which side the corner turns to: grown outward (convex) it is rounded.
        convex = (n2x - n1x) * ax + (n2y - n1y) * ay > 0
        start = atan2(n1y, n1x) if convex else atan2(-n1y, -n1x)
        sweep = atan2(n1x * n2y - n1y * n2x, dot)
        steps = max(1, ceil(abs(sweep) / _ARC_STEP))
        arc = [
            (bx + h * cos(start + sweep * k / steps), by + h * sin(start + sweep * k / steps))
            for k in range(steps + 1)
        ]
        if convex:
            grown += arc
            shrunk.append((bx - mx, by - my))
        else:
            grown.append((bx + mx, by + my))
            shrunk += arc
    return tuple(grown), tuple(shrunk)


def _paint_arrow(painter: QPainter, arrow: Arrow, colours: Mapping[str, QColor]) -> None:
    shaft, head = arrow_outline(arrow)
    if arrow.halo:
        halo = colours[arrow.halo]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(halo, arrow.width + ARROW_HALO))
        painter.drawPolyline(_polygon(arrow.points))
        painter.setBrush(halo)
        painter.setPen(_pen(halo, ARROW_HALO))
        painter.drawPolygon(_polygon(head))
    colour = colours[arrow.role]
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(colour, arrow.width))
    painter.drawPolyline(_polygon(shaft))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(_polygon(head))


def _draw_ellipse(painter: QPainter, args: tuple[QPointF, float, float]) -> None:
    painter.drawEllipse(*args)


def _transformed(
    painter: QPainter, args: tuple[QTransform, Callable[[QPainter, Any], object], Any]
) -> None:
    """Draw with the painter's transform set, and back to none after."""
    transform, op, argument = args
    painter.setWorldTransform(transform)
    op(painter, argument)
    painter.resetTransform()


class DisplayList:
    """A drawing's paint commands at one size, kept to be played again.

    :meth:`of` runs :func:`paint_items` with this object standing in for the
    painter, and keeps the pen, brush and shape calls. A filled polygon (most
    of the figure: every outlined shape is two of them) is kept already
    moved to where it lands on the widget, so playing it back needs no
    transform at all; a stroked line, a stroked polygon or an ellipse keeps
    its transform, set just around it, since a pen's width and an ellipse's
    shape would not survive moving the points. Against a ``QPicture`` of the
    same commands (what it replaced) it records in about 60 % of the time and
    plays in about 60 %; against issuing the commands again, half. Moving the
    points first rounds a little differently from moving them while painting:
    antialiased edge pixels may differ by a level or two (see the replay test).
    A new size (see :meth:`fits`) needs a new list.
    """

    def __init__(self, device: QTransform) -> None:
        self._ops: list[tuple[Callable[[QPainter, Any], object], Any]] = []
        #: From the drawing's coordinates to the widget's (see :func:`fit_drawing`).
        self._device = QTransform(device)
        self._transform = QTransform()  # what paint_items set, on the drawing's coordinates
        self._placed = False  # whether _transform moves anything
        self._stroking = False  # whether the pen set last draws

    @classmethod
    def of(
        cls, drawing: Drawing, colours: Mapping[str, QColor], device: QTransform
    ) -> DisplayList:
        recorder = cls(device)
        paint_items(cast(QPainter, recorder), drawing, colours)
        return recorder

    def fits(self, device: QTransform) -> bool:
        """Whether it was recorded for this placement of the drawing on the widget."""
        return device == self._device

    def play(self, painter: QPainter) -> None:
        painter.resetTransform()  # the polygons are in the widget's coordinates already
        for op, argument in self._ops:
            op(painter, argument)

    def _whole(self) -> QTransform:
        return self._transform * self._device if self._placed else self._device

    # --- the part of QPainter that paint_items uses ----------------------------------

    def worldTransform(self) -> QTransform:
        return QTransform(self._transform)

    def setWorldTransform(self, transform: QTransform) -> None:
        self._transform = QTransform(transform)
        self._placed = not transform.isIdentity()

    def setPen(self, pen: object) -> None:
        self._stroking = pen is not Qt.PenStyle.NoPen
        self._ops.append((QPainter.setPen, pen))

    def setBrush(self, brush: object) -> None:
        self._ops.append((QPainter.setBrush, brush))

    def drawPolygon(self, polygon: QPolygonF) -> None:
        if self._stroking:
            self._ops.append((_transformed, (self._whole(), QPainter.drawPolygon, polygon)))
        else:
            self._ops.append((QPainter.drawPolygon, self._whole().map(polygon)))

    def drawPolyline(self, polygon: QPolygonF) -> None:
        self._ops.append((_transformed, (self._whole(), QPainter.drawPolyline, polygon)))

    def drawEllipse(self, centre: QPointF, rx: float, ry: float) -> None:
        self._ops.append((_transformed, (self._whole(), _draw_ellipse, (centre, rx, ry))))
