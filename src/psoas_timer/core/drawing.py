"""The figure's drawing primitives: a :class:`Drawing` of capsules, circles, polygons,
polylines and an arrow, each painted with a colour *role* rather than a colour.

Plain data with SVG-style coordinates (``y`` grows *down*). Two back ends paint
a drawing: SVG (:mod:`psoas_timer.core.pose_svg`) and QPainter
(``psoas_timer.ui.session.figure_painter``). Pure Python; never imports Qt.
"""

from __future__ import annotations

import math
from typing import Final, Literal, NamedTuple, TypeAlias

from .geometry import Point, direction, offset

# --- drawing primitives ------------------------------------------------------------
# Named tuples rather than frozen dataclasses: a moving figure builds a few
# hundred of them a second, and a named tuple is made several times faster
# (and its class at import, too). Each carries a ``kind``, so two primitives of
# different kinds never compare equal.


class Style(NamedTuple):
    """Fill and stroke roles (``None`` = no fill / no stroke), width in units."""

    fill: str | None = None
    stroke: str | None = None
    width: float = 0.0
    dash: tuple[float, ...] = ()


class Capsule(NamedTuple):
    """A rounded limb: two circles joined by their outer tangents."""

    p1: Point
    p2: Point
    r1: float
    r2: float
    style: Style
    kind: Literal["capsule"] = "capsule"


class Circle(NamedTuple):
    """A circle: centre and radius."""

    center: Point
    r: float
    style: Style
    kind: Literal["circle"] = "circle"


class Polygon(NamedTuple):
    """A closed shape."""

    points: tuple[Point, ...]
    style: Style
    kind: Literal["polygon"] = "polygon"


class Polyline(NamedTuple):
    """An open stroked line with round caps and joins."""

    points: tuple[Point, ...]
    style: Style
    kind: Literal["polyline"] = "polyline"


class Arrow(NamedTuple):
    """A stroked shaft along ``points`` ending in a filled head.

    ``halo`` (a role) is stroked wider underneath so the arrow stays visible
    where it crosses the body.
    """

    points: tuple[Point, ...]
    width: float
    head_length: float
    head_width: float
    role: str
    halo: str | None = None
    kind: Literal["arrow"] = "arrow"


Primitive: TypeAlias = Capsule | Circle | Polygon | Polyline | Arrow

#: How much wider than an arrow's shaft its halo is stroked (units); the head's
#: halo is an outline this wide. Both back ends paint it so.
ARROW_HALO: Final = 2.4


class Drawing(NamedTuple):
    """Primitives in painting order inside a fixed view box (y grows down)."""

    view_box: tuple[float, float, float, float]
    items: tuple[Primitive, ...]
    title: str = ""
    mirrored: bool = False

    def reflected(self) -> Drawing:
        """The drawing reflected in x about the view box's vertical centre line."""
        x0, _, w, _ = self.view_box
        axis = 2.0 * x0 + w

        def fx(p: Point) -> Point:
            return (axis - p[0], p[1])

        def one(item: Primitive) -> Primitive:
            if isinstance(item, Capsule):
                return item._replace(p1=fx(item.p1), p2=fx(item.p2))
            if isinstance(item, Circle):
                return item._replace(center=fx(item.center))
            return item._replace(points=tuple(fx(p) for p in item.points))

        return self._replace(items=tuple(one(i) for i in self.items), mirrored=not self.mirrored)


def capsule_outline(c: Capsule, segments: int = 10) -> tuple[Point, ...]:
    """The closed outline of a (tapered) capsule, shared by both back ends."""
    (x1, y1), (x2, y2) = c.p1, c.p2
    d = math.hypot(x2 - x1, y2 - y1)
    r1, r2 = c.r1, c.r2
    if d <= abs(r1 - r2) + 1e-6:
        # One circle contains the other: draw the bigger one.
        big, r = (c.p1, r1) if r1 >= r2 else (c.p2, r2)
        return tuple(
            offset(big, (r, direction(360.0 * i / (4 * segments)))) for i in range(4 * segments)
        )
    theta = math.degrees(math.atan2(y2 - y1, x2 - x1))
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, (r1 - r2) / d))))
    # offset(p, (r, direction(a))), written out: the same arithmetic, a painted frame's
    # worth of function calls fewer.
    cos, sin, radians = math.cos, math.sin, math.radians
    pts: list[Point] = []
    for i in range(segments + 1):  # far end: theta - alpha .. theta + alpha
        rad = radians(theta - alpha + 2.0 * alpha * i / segments)
        pts.append((x2 + r2 * cos(rad), y2 + r2 * sin(rad)))
    for i in range(segments + 1):  # near end: theta + alpha .. theta + 360 - alpha
        rad = radians(theta + alpha + (360.0 - 2.0 * alpha) * i / segments)
        pts.append((x1 + r1 * cos(rad), y1 + r1 * sin(rad)))
    return tuple(pts)


def arrow_outline(a: Arrow) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """Return ``(shaft, head)``: the shaft polyline (ending at the head's base)
    and the head triangle, shared by both back ends."""
    pts = list(a.points)
    tip = pts[-1]
    # Walk back from the tip until head_length is used up.
    remaining = a.head_length
    base = pts[0]
    shaft = list(pts)
    for i in range(len(pts) - 1, 0, -1):
        p, q = pts[i - 1], pts[i]
        seg = math.hypot(q[0] - p[0], q[1] - p[1])
        if seg >= remaining:
            k = (seg - remaining) / seg if seg else 0.0
            base = (p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k)
            shaft = [*pts[:i], base]
            break
        remaining -= seg
    else:
        shaft = [pts[0], pts[0]]
    dx, dy = tip[0] - base[0], tip[1] - base[1]
    n = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / n * a.head_width / 2.0, dx / n * a.head_width / 2.0
    head = (tip, (base[0] + nx, base[1] + ny), (base[0] - nx, base[1] - ny))
    return tuple(shaft), head
