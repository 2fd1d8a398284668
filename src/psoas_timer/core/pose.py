"""Pose data, forward kinematics and a plain-data figure renderer.

Poses are stored in ``assets/poses.toml`` as joint angles plus a root placement
(see :class:`Pose`). :func:`joints` turns a pose into world coordinates and
:func:`render` turns it into a :class:`Drawing`: a list of plain-data primitives
(capsules, circles, polygons, polylines, an arrow), each painted with a colour
*role* rather than a literal colour. Two back ends paint a drawing: SVG
(:mod:`psoas_timer.core.pose_svg`) and QPainter (``psoas_timer.ui.pose_view``).

Conventions:

* World coordinates are in "body units": the figure is 100 units tall standing
  (about 7.5 heads). ``x`` grows to the right, ``y`` grows *up*, the floor is
  ``y = 0``. Angles are degrees, counter-clockwise from ``+x``.
* Unmirrored, the figure faces ``+x`` and shows its right side; the *near*
  limbs are the working side (the side whose psoas is highlighted). Mirroring
  reflects the drawing in ``x`` and shows the left side working.
* A :class:`Drawing` uses SVG-style coordinates (``y`` grows *down*), so world
  ``(x, y)`` is drawn at ``(x, -y)``.

This module is pure Python and must never import Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal, NamedTuple, TypeAlias

from .assets import assets
from .problems import Problem
from .record import Record
from .tomlio import parse_asset, parse_toml

__all__ = [
    "ARROW_HALO",
    "JOINT_NAMES",
    "PALETTES",
    "PROPS",
    "ROLES",
    "UNMIRRORED_SIDE",
    "VIEW_BOX",
    "Arrow",
    "Capsule",
    "Circle",
    "Drawing",
    "Point",
    "Polygon",
    "Polyline",
    "Pose",
    "PoseDataError",
    "PoseLibrary",
    "Primitive",
    "Style",
    "arrow_outline",
    "capsule_outline",
    "contrast_ratio",
    "interpolate",
    "joints",
    "load_poses",
    "motion_arrow",
    "move_grid",
    "parse_poses",
    "prop_geometry",
    "render",
    "view_box",
]

Point: TypeAlias = tuple[float, float]

#: The side shown working when a drawing is not mirrored.
UNMIRRORED_SIDE: Final = "right"

#: Props a pose may name.
PROPS: Final = ("none", "mat", "ball-wall", "table")

#: The colour roles primitives refer to. Every palette defines all of them.
ROLES: Final = (
    "background",
    "body",
    "body_far",
    "outline",
    "psoas",
    "psoas_edge",
    "prop",
    "prop_edge",
    "floor",
    "arrow",
)

#: Colours per role. The figure ("body", "outline") has at least 4.5:1 contrast
#: against the background; the psoas highlight and the arrow at least 3:1
#: against both the background and the body (tests check this).
PALETTES: Final[Mapping[str, Mapping[str, str]]] = {
    "light": {
        "background": "#ffffff",
        "body": "#2b3a4a",
        "body_far": "#76838f",
        "outline": "#0f161d",
        "psoas": "#e4572e",
        "psoas_edge": "#ffffff",
        "prop": "#dde5ec",
        "prop_edge": "#5b6b7a",
        "floor": "#45515c",
        "arrow": "#0b6e8a",
    },
    "dark": {
        "background": "#1b1f24",
        "body": "#dfe5ec",
        "body_far": "#8e9aa7",
        "outline": "#0b0e11",
        "psoas": "#d9480f",
        "psoas_edge": "#ffffff",
        "prop": "#3a434e",
        "prop_edge": "#a3afbb",
        "floor": "#aab4bf",
        "arrow": "#4fd1e8",
    },
}

#: The view box of a pose without its own ``view``: (x, y, width, height), y down.
VIEW_BOX: Final[tuple[float, float, float, float]] = (-80.0, -112.0, 160.0, 120.0)

# --- body proportions, body units (standing height 100) ---------------------
THIGH: Final = 24.5
SHIN: Final = 24.6
ANKLE_HEIGHT: Final = 3.9
UPPER_ARM: Final = 19.3
FOREARM: Final = 15.5
HAND: Final = 8.0
TRUNK: Final = 28.8  # hip joint to shoulder joint
MAT_THICKNESS: Final = 1.5

#: Joint names returned by :func:`joints` (and accepted as ``anchor``/``arrow``).
JOINT_NAMES: Final = (
    "hip",
    "shoulder",
    "neck",
    "head",
    "lumbar",
    "back_lumbar",
    "chest",
    "belly",
    "knee_near",
    "ankle_near",
    "heel_near",
    "toe_near",
    "knee_far",
    "ankle_far",
    "heel_far",
    "toe_far",
    "elbow_near",
    "wrist_near",
    "hand_near",
    "elbow_far",
    "wrist_far",
    "hand_far",
    "psoas_origin",
    "psoas_insertion",
)

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
_NECK_BASE: Final[Point] = (30.5, 0.5)
_NECK_LENGTH: Final = 9.8
_SHOULDER: Final[Point] = (TRUNK, -2.0)
_LUMBAR: Final[Point] = (17.0, -3.0)
_BACK_LUMBAR: Final[Point] = (13.0, -5.9)
_CHEST: Final[Point] = (21.0, 8.2)
_BELLY: Final[Point] = (7.0, 7.4)

_ANGLE_FIELDS: Final = (
    "trunk",
    "neck",
    "hip_near",
    "knee_near",
    "ankle_near",
    "hip_far",
    "knee_far",
    "ankle_far",
    "shoulder_near",
    "elbow_near",
    "wrist_near",
    "shoulder_far",
    "elbow_far",
    "wrist_far",
)
_PROP_NUMBERS: Final = ("ball_radius", "table_top", "table_edge")


class PoseDataError(ValueError):
    """Raised when ``poses.toml`` is malformed; the message names the key path."""


class Pose(Record):
    """One body position as joint angles (degrees) plus a root placement.

    Angle conventions (all relative to the parent segment, 0 = neutral standing):

    * ``trunk``: absolute direction of the hip->shoulder line (90 upright,
      180 lying on the back with the head to the left).
    * ``neck``: head flexion, + = chin toward chest.
    * ``hip_*`` / ``shoulder_*``: flexion, + = limb swings to the front.
    * ``knee_*``: flexion, + = heel toward buttock.
    * ``ankle_*``: plantar flexion, + = toes pointed (0 = foot at 90° to shin).
    * ``elbow_*``: flexion; ``wrist_*``: + = hand bends toward the palm side.

    ``root`` is the world position of the joint named ``anchor``; keeping the
    anchor fixed between keyframes keeps e.g. a standing foot planted.
    ``arrow`` names the joint whose path the motion arrow traces and
    ``arrow_offset`` how far the arrow sits beside that path (+ = to the left
    of the direction of travel; ``None`` = automatic). ``view`` is the world
    rectangle ``[x, y, width, height]`` (y up, ``y`` = bottom edge) shown for
    this pose; keyframes of one exercise share it so the camera never moves.
    """

    root: Point
    trunk: float
    anchor: str = "hip"
    prop: str = "mat"
    arrow: str | None = None
    neck: float = 0.0
    hip_near: float = 0.0
    knee_near: float = 0.0
    ankle_near: float = 0.0
    hip_far: float = 0.0
    knee_far: float = 0.0
    ankle_far: float = 0.0
    shoulder_near: float = 0.0
    elbow_near: float = 0.0
    wrist_near: float = 0.0
    shoulder_far: float = 0.0
    elbow_far: float = 0.0
    wrist_far: float = 0.0
    arrow_offset: float | None = None
    ball_radius: float = 17.0
    table_top: float = 46.0
    table_edge: float = 12.0
    view: tuple[float, float, float, float] | None = None


#: Positions a movement is drawn at, from 0 (the first keyframe) to this (the
#: second). The figure is redrawn only when its position changes.
MOVE_POSITIONS = 50
#: Positions a second, at most: a leg rising over seconds looks smooth at
#: this rate, and each position is a full redraw of the figure.
MOVE_FPS = 10


def move_positions(duration: float, travel_px: float | None = None) -> int:
    """How many positions a movement lasting ``duration`` seconds is drawn at.

    ``travel_px``, how many pixels the farthest-moving joint travels on screen
    (see :func:`joint_travel`), caps it further: a position that moves nothing
    by a whole pixel is not worth drawing.
    """
    return max(1, min(move_grid(travel_px), round(duration * MOVE_FPS)))


def move_grid(travel_px: float | None) -> int:
    """The positions a movement's figure is drawn from, whatever its duration:
    one per pixel the farthest-moving joint travels, up to :data:`MOVE_POSITIONS`.

    A movement drawn at fewer positions (:func:`move_positions`) takes them from
    this grid, so a lift and the lower back along the same path, whatever
    their durations, share their drawings.
    """
    if travel_px is None:
        return MOVE_POSITIONS
    return max(1, min(MOVE_POSITIONS, round(travel_px)))


def joint_travel(a: Pose, b: Pose, samples: int = 16) -> float:
    """How far the farthest-moving joint goes from ``a`` to ``b``, along its path (units)."""
    path = [joints(interpolate(a, b, i / samples)) for i in range(samples + 1)]
    return max(
        sum(math.dist(path[i][name], path[i + 1][name]) for i in range(samples))
        for name in path[0]
    )


class PoseLibrary:
    """All poses, keyed by ``(exercise_id, keyframe)``, in file order."""

    def __init__(self, poses: Mapping[tuple[str, str], Pose]) -> None:
        self._poses: dict[tuple[str, str], Pose] = dict(poses)

    def get(self, exercise_id: str, keyframe: str) -> Pose:
        """Return a pose; raise ``KeyError`` naming the missing pair."""
        try:
            return self._poses[(exercise_id, keyframe)]
        except KeyError:
            raise KeyError(f"no pose for {exercise_id!r} / {keyframe!r}") from None

    def keys(self) -> tuple[tuple[str, str], ...]:
        return tuple(self._poses)

    def exercises(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ex for ex, _ in self._poses))

    def keyframes(self, exercise_id: str) -> tuple[str, ...]:
        return tuple(kf for ex, kf in self._poses if ex == exercise_id)

    def __contains__(self, key: object) -> bool:
        return key in self._poses

    def __len__(self) -> int:
        return len(self._poses)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._poses)


# --- loading -------------------------------------------------------------------


def load_poses() -> PoseLibrary:
    """Read the packaged ``assets/poses.toml`` (pre-parsed when it has not changed)."""
    data = (assets() / "poses.toml").read_bytes()
    return _poses_from_table(*parse_asset("poses.toml", data, "poses.toml"))


def parse_poses(text: str) -> PoseLibrary:
    """Parse the text of a poses file; raise :class:`PoseDataError` on problems."""
    return _poses_from_table(*parse_toml(text.encode("utf-8"), "poses.toml"))


def _poses_from_table(data: Mapping[str, Any] | None, problems: list[Problem]) -> PoseLibrary:
    if data is None:
        raise PoseDataError("; ".join(str(problem) for problem in problems))
    if data.get("schema") != 1:
        raise PoseDataError("poses.toml: schema: expected 1")
    table = data.get("poses")
    if not isinstance(table, dict):
        raise PoseDataError("poses.toml: poses: expected a table")
    out: dict[tuple[str, str], Pose] = {}
    for ex_id, frames in table.items():
        if not isinstance(frames, dict):
            raise PoseDataError(f"poses.toml: poses.{ex_id}: expected a table")
        for kf, raw in frames.items():
            if not isinstance(raw, dict):
                raise PoseDataError(f"poses.toml: poses.{ex_id}.{kf}: expected a table")
            out[(ex_id, kf)] = _pose_from_table(raw, f"poses.{ex_id}.{kf}")
    return PoseLibrary(out)


def _number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PoseDataError(f"poses.toml: {path}: expected a number")
    if not math.isfinite(value):
        raise PoseDataError(f"poses.toml: {path}: expected a finite number")
    return float(value)


def _pose_from_table(raw: Mapping[str, object], path: str) -> Pose:
    known = set(Pose.__record_fields__)
    for key in raw:
        if key not in known:
            raise PoseDataError(f"poses.toml: {path}.{key}: unknown key")
    root = raw.get("root")
    if not isinstance(root, list) or len(root) != 2:
        raise PoseDataError(f"poses.toml: {path}.root: expected [x, y]")
    view_raw = raw.get("view")
    view: tuple[float, float, float, float] | None = None
    if view_raw is not None:
        if not isinstance(view_raw, list) or len(view_raw) != 4:
            raise PoseDataError(f"poses.toml: {path}.view: expected [x, y, width, height]")
        vx, vy, vw, vh = (_number(v, f"{path}.view[{i}]") for i, v in enumerate(view_raw))
        if vw <= 0 or vh <= 0:
            raise PoseDataError(f"poses.toml: {path}.view: width and height must be > 0")
        view = (vx, vy, vw, vh)
    if "trunk" not in raw:
        raise PoseDataError(f"poses.toml: {path}.trunk: missing")
    numbers = {
        name: _number(raw[name], f"{path}.{name}")
        for name in (*_ANGLE_FIELDS, *_PROP_NUMBERS, "arrow_offset")
        if name in raw
    }
    anchor = raw.get("anchor", "hip")
    if anchor not in JOINT_NAMES:
        raise PoseDataError(f"poses.toml: {path}.anchor: unknown joint {anchor!r}")
    prop = raw.get("prop", "mat")
    if prop not in PROPS:
        raise PoseDataError(f"poses.toml: {path}.prop: expected one of {', '.join(PROPS)}")
    arrow = raw.get("arrow")
    if arrow is not None and arrow not in JOINT_NAMES:
        raise PoseDataError(f"poses.toml: {path}.arrow: unknown joint {arrow!r}")
    assert isinstance(anchor, str) and isinstance(prop, str)
    assert arrow is None or isinstance(arrow, str)
    return Pose(
        root=(_number(root[0], f"{path}.root[0]"), _number(root[1], f"{path}.root[1]")),
        anchor=anchor,
        prop=prop,
        arrow=arrow,
        view=view,
        **numbers,
    )


# --- kinematics -------------------------------------------------------------------


def _dir(deg: float) -> Point:
    rad = math.radians(deg)
    return (math.cos(rad), math.sin(rad))


def _add(p: Point, *terms: tuple[float, Point]) -> Point:
    x, y = p
    for k, (dx, dy) in terms:
        x += k * dx
        y += k * dy
    return (x, y)


class _Frames(NamedTuple):
    """Segment directions (degrees) of a pose, shared by kinematics and drawing."""

    trunk: float
    neck: float
    thigh_near: float
    shin_near: float
    foot_near: float
    thigh_far: float
    shin_far: float
    foot_far: float
    arm_near: float
    forearm_near: float
    hand_near: float
    arm_far: float
    forearm_far: float
    hand_far: float


def _frames(p: Pose) -> _Frames:
    return _frames_of(
        p.trunk,
        p.neck,
        p.hip_near,
        p.knee_near,
        p.ankle_near,
        p.hip_far,
        p.knee_far,
        p.ankle_far,
        p.shoulder_near,
        p.elbow_near,
        p.wrist_near,
        p.shoulder_far,
        p.elbow_far,
        p.wrist_far,
    )


def _frames_of(*angles: float) -> _Frames:
    """:func:`_frames` of a pose whose angles (in :data:`_ANGLE_FIELDS` order) are ``angles``."""
    trunk, neck, hip_n, knee_n, ankle_n, hip_f, knee_f, ankle_f = angles[:8]
    shoulder_n, elbow_n, wrist_n, shoulder_f, elbow_f, wrist_f = angles[8:]

    def leg(hip: float, knee: float, ankle: float) -> tuple[float, float, float]:
        thigh = trunk + 180.0 + hip
        shin = thigh - knee
        return thigh, shin, shin + 90.0 - ankle

    def arm(shoulder: float, elbow: float, wrist: float) -> tuple[float, float, float]:
        upper = trunk + 180.0 + shoulder
        fore = upper + elbow
        return upper, fore, fore + wrist

    tn, sn, fn = leg(hip_n, knee_n, ankle_n)
    tf, sf, ff = leg(hip_f, knee_f, ankle_f)
    an, fan, hn = arm(shoulder_n, elbow_n, wrist_n)
    af, faf, hf = arm(shoulder_f, elbow_f, wrist_f)
    return _Frames(trunk, trunk - neck, tn, sn, fn, tf, sf, ff, an, fan, hn, af, faf, hf)


def _local(origin: Point, axis_deg: float, u: float, v: float) -> Point:
    """Point at (u along axis, v toward axis - 90°) from origin."""
    return _add(origin, (u, _dir(axis_deg)), (v, _dir(axis_deg - 90.0)))


def _joints_at_origin(p: Pose, f: _Frames) -> dict[str, Point]:
    hip: Point = (0.0, 0.0)
    j: dict[str, Point] = {"hip": hip}
    j["shoulder"] = _local(hip, f.trunk, *_SHOULDER)
    j["neck"] = _local(hip, f.trunk, *_NECK_BASE)
    j["head"] = _add(j["neck"], (_NECK_LENGTH, _dir(f.neck)))
    j["lumbar"] = _local(hip, f.trunk, *_LUMBAR)
    j["back_lumbar"] = _local(hip, f.trunk, *_BACK_LUMBAR)
    j["chest"] = _local(hip, f.trunk, *_CHEST)
    j["belly"] = _local(hip, f.trunk, *_BELLY)
    for side in ("near", "far"):
        thigh, shin, foot = (getattr(f, f"{n}_{side}") for n in ("thigh", "shin", "foot"))
        knee = _add(hip, (THIGH, _dir(thigh)))
        ankle = _add(knee, (SHIN, _dir(shin)))
        j[f"knee_{side}"] = knee
        j[f"ankle_{side}"] = ankle
        j[f"heel_{side}"] = _local(ankle, foot, -4.0, 3.9)
        j[f"toe_{side}"] = _local(ankle, foot, 11.5, 3.6)
        arm, fore, hand = (getattr(f, f"{n}_{side}") for n in ("arm", "forearm", "hand"))
        elbow = _add(j["shoulder"], (UPPER_ARM, _dir(arm)))
        wrist = _add(elbow, (FOREARM, _dir(fore)))
        j[f"elbow_{side}"] = elbow
        j[f"wrist_{side}"] = wrist
        j[f"hand_{side}"] = _add(wrist, (HAND, _dir(hand)))
    j["psoas_origin"] = j["lumbar"]
    j["psoas_insertion"] = _local(hip, f.thigh_near, 6.5, 1.2)
    return j


_TRUNK_POINTS: Final[Mapping[str, Point]] = {
    "shoulder": _SHOULDER,
    "neck": _NECK_BASE,
    "lumbar": _LUMBAR,
    "back_lumbar": _BACK_LUMBAR,
    "chest": _CHEST,
    "belly": _BELLY,
}


def _joint_at_origin(f: _Frames, name: str, memo: dict[str, Point]) -> Point:
    """One entry of :func:`_joints_at_origin`, by the same arithmetic, working out
    only the joints it hangs from (memoised in ``memo``)."""
    found = memo.get(name)
    if found is not None:
        return found
    hip: Point = (0.0, 0.0)
    if name == "hip":
        point = hip
    elif name in _TRUNK_POINTS:
        point = _local(hip, f.trunk, *_TRUNK_POINTS[name])
    elif name == "head":
        point = _add(_joint_at_origin(f, "neck", memo), (_NECK_LENGTH, _dir(f.neck)))
    elif name == "psoas_origin":
        point = _joint_at_origin(f, "lumbar", memo)
    elif name == "psoas_insertion":
        point = _local(hip, f.thigh_near, 6.5, 1.2)
    else:
        part, side = name.rsplit("_", 1)
        if part == "knee":
            point = _add(hip, (THIGH, _dir(getattr(f, f"thigh_{side}"))))
        elif part == "ankle":
            knee = _joint_at_origin(f, f"knee_{side}", memo)
            point = _add(knee, (SHIN, _dir(getattr(f, f"shin_{side}"))))
        elif part in ("heel", "toe"):
            ankle = _joint_at_origin(f, f"ankle_{side}", memo)
            u, v = (-4.0, 3.9) if part == "heel" else (11.5, 3.6)
            point = _local(ankle, getattr(f, f"foot_{side}"), u, v)
        elif part == "elbow":
            shoulder = _joint_at_origin(f, "shoulder", memo)
            point = _add(shoulder, (UPPER_ARM, _dir(getattr(f, f"arm_{side}"))))
        elif part == "wrist":
            elbow = _joint_at_origin(f, f"elbow_{side}", memo)
            point = _add(elbow, (FOREARM, _dir(getattr(f, f"forearm_{side}"))))
        elif part == "hand":
            wrist = _joint_at_origin(f, f"wrist_{side}", memo)
            point = _add(wrist, (HAND, _dir(getattr(f, f"hand_{side}"))))
        else:
            raise KeyError(name)
    memo[name] = point
    return point


def joint(pose: Pose, name: str) -> Point:
    """``joints(pose)[name]``, the same numbers, without working out the other joints."""
    return _placed_joint(_frames(pose), name, pose.anchor, pose.root)


def _placed_joint(f: _Frames, name: str, anchor: str, root: Point) -> Point:
    """Joint ``name`` of a pose whose segments point along ``f``, with its joint
    ``anchor`` at ``root`` (the arithmetic of :func:`joints`, for one joint)."""
    memo: dict[str, Point] = {}
    x, y = _joint_at_origin(f, name, memo)
    ax, ay = _joint_at_origin(f, anchor, memo)
    dx, dy = root[0] - ax, root[1] - ay
    return (x + dx, y + dy)


def joint_path(a: Pose, b: Pose, name: str, ts: Iterable[float]) -> list[Point]:
    """``[joint(interpolate(a, b, t), name) for t in ts]``: the same numbers, by
    the same arithmetic, without making a pose for each ``t`` (the motion arrow
    samples its joint's path 16 times for every position of a movement)."""
    angles = [(getattr(a, n), getattr(b, n)) for n in _ANGLE_FIELDS]
    same_anchor = a.anchor == b.anchor
    b_root = b.root if same_anchor else joints(b)[a.anchor]
    (x0, y0), (x1, y1) = a.root, b_root
    path: list[Point] = []
    for t in ts:
        t = min(1.0, max(0.0, t))
        if t == 0.0 or (t == 1.0 and same_anchor):
            path.append(joint(a if t == 0.0 else b, name))
            continue
        s = _smoothstep(t)
        f = _frames_of(*(p + (q - p) * s for p, q in angles))
        root = (x0 + (x1 - x0) * s, y0 + (y1 - y0) * s)
        path.append(_placed_joint(f, name, a.anchor, root))
    return path


def joints(pose: Pose) -> dict[str, Point]:
    """World positions (y up) of the named joints and landmarks of a pose.

    Besides the skeleton joints this includes ``back_lumbar`` (the skin of the
    lower back, where a ball rests), ``chest`` and ``belly`` (front surface),
    ``heel_*``/``toe_*`` (the sole's ends) and the psoas attachments.
    """
    local = _joints_at_origin(pose, _frames(pose))
    ax, ay = local[pose.anchor]
    dx, dy = pose.root[0] - ax, pose.root[1] - ay
    return {name: (x + dx, y + dy) for name, (x, y) in local.items()}


# --- interpolation ---------------------------------------------------------------


def _smoothstep(t: float) -> float:
    return t * t * (3.0 - 2.0 * t)


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """Blend two poses angle by angle.

    ``t`` is clamped to 0..1 and eased with smoothstep (``3t² - 2t³``), so a
    linearly driven fraction starts and ends the movement gently. Angles and
    the root blend linearly after easing (no wrap-around: stored angles are
    chosen so that the short way round is the numeric one). The result keeps
    ``a``'s anchor, prop and arrow joint; if ``b`` uses another anchor its root
    is first re-expressed at ``a``'s anchor.
    """
    t = min(1.0, max(0.0, t))
    if t == 0.0:
        return a
    if t == 1.0 and a.anchor == b.anchor:
        return b
    s = _smoothstep(t)
    b_root = b.root if b.anchor == a.anchor else joints(b)[a.anchor]

    def mix(x: float, y: float) -> float:
        return x + (y - x) * s

    # Any: the keys are float fields only, which mypy cannot see through **.
    values: dict[str, Any] = {
        name: mix(getattr(a, name), getattr(b, name)) for name in (*_ANGLE_FIELDS, *_PROP_NUMBERS)
    }
    return a.replace(root=(mix(a.root[0], b_root[0]), mix(a.root[1], b_root[1])), **values)


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
        return tuple(_add(big, (r, _dir(360.0 * i / (4 * segments)))) for i in range(4 * segments))
    theta = math.degrees(math.atan2(y2 - y1, x2 - x1))
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, (r1 - r2) / d))))
    # _add(p, (r, _dir(a))), written out: the same arithmetic, a painted frame's
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
    """``_view_all(_local(origin, axis_deg, u, v) for u, v in points)``, by the same
    arithmetic, with the axis's directions worked out once."""
    ox, oy = origin
    ux, uy = _dir(axis_deg)
    vx, vy = _dir(axis_deg - 90.0)
    return tuple((ox + u * ux + v * vx, -(oy + u * uy + v * vy)) for u, v in points)


def prop_geometry(pose: Pose) -> dict[str, float]:
    """Where the prop sits, in world units (y up).

    ``ball-wall``: ``ball_x``, ``ball_y``, ``ball_r`` and ``wall_x`` (the wall's
    face). The ball rests against the lower back, the wall against the ball.
    ``table``: ``table_top`` and ``table_edge`` (x of the edge under the hips).
    """
    if pose.prop == "ball-wall":
        j = joints(pose)
        f = _frames(pose)
        bx, by = _add(j["back_lumbar"], (pose.ball_radius, _dir(f.trunk + 90.0)))
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
            arc = tuple(_add(ball_c, (r * k, _dir(start + sweep * i / 12))) for i in range(13))
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
    pose: Pose, f: _Frames, j: Mapping[str, Point], side: str, role: str
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


def _torso_items(f: _Frames, j: Mapping[str, Point]) -> list[Primitive]:
    st = Style(fill="body", stroke="outline", width=0.7)
    hip, head = j["hip"], j["head"]
    torso = _outline(_TORSO)
    pelvis = _outline(_PELVIS)
    head_pts = _outline(_HEAD)
    neck_top = _local(head, f.neck, -3.5, -1.0)
    return [
        Capsule(_to_view(j["neck"]), _to_view(neck_top), 3.6, 3.1, st),
        Polygon(_view_locals(hip, f.trunk, torso), st),
        Polygon(_view_locals(hip, f.trunk, pelvis), st),
        Polygon(_view_locals(head, f.neck, head_pts), st),
    ]


def _psoas_items(f: _Frames, j: Mapping[str, Point]) -> list[Primitive]:
    hip = j["hip"]
    ctrl = (
        _local(hip, f.trunk, 19.0, -3.0),
        _local(hip, f.trunk, 10.0, -1.2),
        _local(hip, f.trunk, 2.5, 3.4),
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
    f = _frames(pose)
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


# --- colour helpers -------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1..21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
