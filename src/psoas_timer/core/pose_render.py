"""A pose rendered as a :class:`~psoas_timer.core.drawing.Drawing`: body outlines,
props, the highlighted psoas and the motion arrow.

A :class:`~psoas_timer.core.drawing.Drawing` uses SVG-style coordinates (``y``
grows *down*), so world ``(x, y)`` is drawn at ``(x, -y)``. Unmirrored, the
drawing shows the right side working; mirroring reflects it in ``x``.

Pure Python; never imports Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from .drawing import Arrow, Capsule, Circle, Drawing, Polygon, Polyline, Primitive, Style
from .geometry import Point, direction, local_point, offset
from .kinematics import MAT_THICKNESS, Frames, frames, joint_path, joints
from .pose import Pose

#: The view box of a pose without its own ``view``: (x, y, width, height), y down.
VIEW_BOX: Final[tuple[float, float, float, float]] = (-80.0, -112.0, 160.0, 120.0)


# Torso outline in the trunk frame: u along hip->shoulder, v toward the front.
_TORSO: Final[tuple[Point, ...]] = (
    (-3.0, 5.5),
    (4.0, 7.0),
    (12.0, 7.0),
    (19.0, 8.0),
    (24.5, 8.5),
    (28.5, 6.5),
    (31.0, 3.5),
    (31.5, -2.5),
    (29.0, -6.0),
    (22.0, -6.8),
    (14.0, -5.8),
    (7.0, -6.9),
    (1.0, -7.8),
    (-5.0, -6.2),
    (-6.8, -1.5),
)
_PELVIS: Final[tuple[Point, ...]] = (
    (-6.8, -1.5),
    (-5.0, -6.2),
    (1.0, -7.8),
    (7.0, -6.9),
    (9.5, -1.0),
    (8.5, 6.8),
    (4.0, 7.0),
    (-3.0, 5.5),
)
# Head outline around the head centre: u along the neck, v toward the face.
_HEAD: Final[tuple[Point, ...]] = (
    (6.7, -0.5),
    (5.2, -4.6),
    (1.0, -6.1),
    (-3.5, -4.8),
    (-6.0, -1.5),
    (-6.9, 2.3),
    (-5.6, 4.4),
    (-2.6, 4.9),
    (-0.2, 6.3),
    (1.8, 5.0),
    (4.2, 4.4),
    (6.0, 2.4),
)
# Foot outline in the foot frame: a from heel to toe, n up from the sole.
_FOOT: Final[tuple[Point, ...]] = (
    (-2.8, 2.6),
    (-4.9, -0.8),
    (-4.0, -3.9),
    (4.0, -3.9),
    (11.5, -3.6),
    (12.8, -2.4),
    (11.5, -1.2),
    (5.0, 0.7),
    (2.2, 2.8),
)


# --- spline helpers -------------------------------------------------------------------


_SPLINES: dict[tuple[tuple[Point, ...], bool, int], tuple[Point, ...]] = {}


def _outline(points: tuple[Point, ...], steps: int = 5) -> tuple[Point, ...]:
    """:func:`_catmull_rom` of a fixed closed outline, worked out once (per process)."""
    key = (points, True, steps)
    found = _SPLINES.get(key)
    if found is None:
        found = _SPLINES[key] = _catmull_rom(points, True, steps)
    return found


def _catmull_rom(points: Sequence[Point], closed: bool, steps: int = 5) -> tuple[Point, ...]:
    n = len(points)
    out: list[Point] = []
    last = n if closed else n - 1
    for i in range(last):
        p0 = points[(i - 1) % n] if closed or i > 0 else points[0]
        p1 = points[i]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if closed or i + 2 < n else points[-1]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    if not closed:
        out.append(points[-1])
    return tuple(out)


def _band(center: Sequence[Point], widths: Sequence[float]) -> tuple[Point, ...]:
    """A filled band of varying width around a centre line."""
    left: list[Point] = []
    right: list[Point] = []
    n = len(center)
    for i, (p, w) in enumerate(zip(center, widths, strict=True)):
        a = center[max(0, i - 1)]
        b = center[min(n - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / d * w / 2.0, dx / d * w / 2.0
        left.append((p[0] + nx, p[1] + ny))
        right.append((p[0] - nx, p[1] - ny))
    return (*left, *reversed(right))


# --- rendering -------------------------------------------------------------------------


def _to_view(p: Point) -> Point:
    return (p[0], -p[1])


def _view_all(points: Iterable[Point]) -> tuple[Point, ...]:
    return tuple(_to_view(p) for p in points)


def _view_locals(origin: Point, axis_deg: float, points: Iterable[Point]) -> tuple[Point, ...]:
    """``_view_all(local_point(origin, axis_deg, u, v) for u, v in points)``, by the same
    arithmetic, with the axis's directions worked out once."""
    ox, oy = origin
    ux, uy = direction(axis_deg)
    vx, vy = direction(axis_deg - 90.0)
    return tuple((ox + u * ux + v * vx, -(oy + u * uy + v * vy)) for u, v in points)


def prop_geometry(pose: Pose) -> dict[str, float]:
    """Where the prop sits, in world units (y up).

    ``ball-wall``: ``ball_x``, ``ball_y``, ``ball_r`` and ``wall_x`` (the wall's
    face). The ball rests against the lower back, the wall against the ball.
    ``table``: ``table_top`` and ``table_edge`` (x of the edge under the hips).
    """
    if pose.prop == "ball-wall":
        j = joints(pose)
        f = frames(pose)
        bx, by = offset(j["back_lumbar"], (pose.ball_radius, direction(f.trunk + 90.0)))
        return {
            "ball_x": bx,
            "ball_y": by,
            "ball_r": pose.ball_radius,
            "wall_x": bx - pose.ball_radius,
        }
    if pose.prop == "table":
        return {"table_top": pose.table_top, "table_edge": pose.table_edge}
    return {}


def view_box(pose: Pose) -> tuple[float, float, float, float]:
    """The drawing's view box (x, y, width, height; y down) for a pose."""
    if pose.view is None:
        return VIEW_BOX
    x, y, w, h = pose.view
    return (x, -(y + h), w, h)


def _prop_items(pose: Pose) -> list[Primitive]:
    x0, _, w, _ = view_box(pose)
    prop_style = Style(fill="prop", stroke="prop_edge", width=0.7)
    items: list[Primitive] = []
    geo = prop_geometry(pose)
    if pose.prop == "mat":
        mx0, mx1 = x0 + 4.0, x0 + w - 4.0
        mat = ((mx0, 0.0), (mx1, 0.0), (mx1, MAT_THICKNESS), (mx0, MAT_THICKNESS))
        items.append(Polygon(_view_all(mat), prop_style))
    elif pose.prop == "ball-wall":
        wall = geo["wall_x"]
        items.append(
            Polygon(
                _view_all(((wall - 8.0, -0.5), (wall, -0.5), (wall, 120.0), (wall - 8.0, 120.0))),
                prop_style,
            )
        )
        ball_c = (geo["ball_x"], geo["ball_y"])
        r = geo["ball_r"]
        items.append(Circle(_to_view(ball_c), r, Style(fill="prop", stroke="prop_edge", width=1.0)))
        # Two seam arcs make it read as a ball, not a disc.
        for start, sweep, k in ((200.0, 110.0, 0.72), (20.0, 110.0, 0.72)):
            arc = tuple(
                offset(ball_c, (r * k, direction(start + sweep * i / 12))) for i in range(13)
            )
            items.append(Polyline(_view_all(arc), Style(stroke="prop_edge", width=0.6)))
    elif pose.prop == "table":
        top, edge = geo["table_top"], geo["table_edge"]
        far_end = min(x0 + 4.0, edge - 60.0)
        slab = ((far_end, top - 3.5), (edge, top - 3.5), (edge, top), (far_end, top))
        for lx in (edge - 7.0, far_end + 4.0):
            leg = ((lx, 0.0), (lx + 3.0, 0.0), (lx + 3.0, top - 3.5), (lx, top - 3.5))
            items.append(Polygon(_view_all(leg), prop_style))
        items.append(Polygon(_view_all(slab), prop_style))
    items.insert(
        0, Polyline(_view_all(((x0, 0.0), (x0 + w, 0.0))), Style(stroke="floor", width=1.2))
    )
    return items


def _limb_items(
    pose: Pose, f: Frames, j: Mapping[str, Point], side: str, role: str
) -> tuple[list[Primitive], list[Primitive]]:
    """(leg, arm) primitives of one side."""
    st = Style(fill=role, stroke="outline", width=0.7)
    v = _to_view
    leg: list[Primitive] = [
        Polygon(
            _view_locals(j[f"ankle_{side}"], getattr(f, f"foot_{side}"), _outline(_FOOT, steps=4)),
            st,
        ),
        Capsule(v(j[f"knee_{side}"]), v(j[f"ankle_{side}"]), 3.9, 2.2, st),
        Capsule(v(j["hip"]), v(j[f"knee_{side}"]), 6.2, 4.0, st),
    ]
    arm: list[Primitive] = [
        Capsule(v(j["shoulder"]), v(j[f"elbow_{side}"]), 3.4, 2.6, st),
        Capsule(v(j[f"elbow_{side}"]), v(j[f"wrist_{side}"]), 2.6, 1.8, st),
        Capsule(v(j[f"wrist_{side}"]), v(j[f"hand_{side}"]), 2.2, 1.7, st),
    ]
    return leg, arm


def _torso_items(f: Frames, j: Mapping[str, Point]) -> list[Primitive]:
    st = Style(fill="body", stroke="outline", width=0.7)
    hip, head = j["hip"], j["head"]
    torso = _outline(_TORSO)
    pelvis = _outline(_PELVIS)
    head_pts = _outline(_HEAD)
    neck_top = local_point(head, f.neck, -3.5, -1.0)
    return [
        Capsule(_to_view(j["neck"]), _to_view(neck_top), 3.6, 3.1, st),
        Polygon(_view_locals(hip, f.trunk, torso), st),
        Polygon(_view_locals(hip, f.trunk, pelvis), st),
        Polygon(_view_locals(head, f.neck, head_pts), st),
    ]


def _psoas_items(f: Frames, j: Mapping[str, Point]) -> list[Primitive]:
    hip = j["hip"]
    ctrl = (
        local_point(hip, f.trunk, 19.0, -3.0),
        local_point(hip, f.trunk, 10.0, -1.2),
        local_point(hip, f.trunk, 2.5, 3.4),
        j["psoas_insertion"],
    )
    center = _catmull_rom(ctrl, closed=False, steps=6)
    n = len(center)
    widths = [2.2 + 1.6 * math.sin(math.pi * min(1.0, i / (n - 1) * 1.1)) for i in range(n)]
    band = _view_all(_band(center, widths))
    return [
        Polygon(band, Style(fill="psoas", stroke="outline", width=0.9)),
        Polygon(band, Style(stroke="psoas_edge", width=0.6, dash=(1.6, 1.2))),
    ]


_ARROW_CANDIDATES: Final = ("knee_near", "hip", "ankle_near", "knee_far", "ankle_far")
#: Where the motion arrow samples its joint's path: 16 steps even in the eased
#: fraction, as fractions of the movement (the inverse of the smoothstep easing).
_ARROW_SAMPLES: Final = tuple(
    0.5 - math.sin(math.asin(1.0 - 2.0 * (i / 16)) / 3.0) for i in range(1, 17)
)


def _arrow_items(pose: Pose, target: Pose, j: Mapping[str, Point]) -> list[Primitive]:
    jt = joints(target)
    name = pose.arrow
    if name is None:
        name = max(_ARROW_CANDIDATES, key=lambda k: math.dist(j[k], jt[k]))
    if math.dist(j[name], jt[name]) < 3.0:
        return []
    # Sample the joint's actual path, evenly in time (see _ARROW_SAMPLES).
    path = [j[name], *joint_path(pose, target, name, _ARROW_SAMPLES)]
    # Offset the path sideways, away from the body's centre, so it does not sit
    # on the limb it describes.
    (sx, sy), (ex, ey) = path[0], path[-1]
    cx = sum(p[0] for p in j.values()) / len(j)
    cy = sum(p[1] for p in j.values()) / len(j)
    dx, dy = ex - sx, ey - sy
    d = math.hypot(dx, dy)
    nx, ny = -dy / d, dx / d
    mx, my = (sx + ex) / 2.0, (sy + ey) / 2.0
    # Bulge of the path tells which side the curve already leans to; prefer it.
    bulge = sum((p[0] - mx) * nx + (p[1] - my) * ny for p in path)
    if abs(bulge) < 1.0:
        bulge = (mx - cx) * nx + (my - cy) * ny
    if pose.arrow_offset is not None:
        off = pose.arrow_offset
    else:
        off = 8.0 if bulge >= 0 else -8.0
    shifted = [(x + nx * off, y + ny * off) for x, y in path]
    return [
        Arrow(
            _view_all(shifted),
            width=1.8,
            head_length=5.0,
            head_width=5.5,
            role="arrow",
            halo="background",
        )
    ]


def motion_arrow(pose: Pose, target: Pose) -> tuple[Primitive, ...]:
    """The arrow :func:`render` ends with for ``motion_to=target``: none when
    the joint it traces has almost arrived."""
    return tuple(_arrow_items(pose, target, joints(pose)))


def render(pose: Pose, *, mirrored: bool = False, motion_to: Pose | None = None) -> Drawing:
    """Draw a pose as plain-data primitives in its view box (:func:`view_box`).

    Painting order: floor and prop, far limbs (lighter, behind), torso, pelvis
    and head, near leg and arm, the near-side psoas (dashed edge), then an
    arrow tracing the pose's ``arrow`` joint (or the joint that moves most)
    toward ``motion_to``. ``mirrored`` reflects everything in x.
    """
    f = frames(pose)
    j = joints(pose)
    far_leg, far_arm = _limb_items(pose, f, j, "far", "body_far")
    near_leg, near_arm = _limb_items(pose, f, j, "near", "body")
    items: list[Primitive] = _prop_items(pose)
    items += far_arm + far_leg
    items += _torso_items(f, j)
    items += near_leg
    items += _psoas_items(f, j)
    items += near_arm
    if motion_to is not None:
        items += _arrow_items(pose, motion_to, j)
    drawing = Drawing(view_box(pose), tuple(items))
    return drawing.reflected() if mirrored else drawing
