"""Forward kinematics: where a pose puts each joint, and a pose blended between two keyframes.

Conventions: world coordinates are in "body units" (the figure is 100 units
tall standing), ``x`` grows to the right, ``y`` grows *up*, the floor is
``y = 0``; angles are degrees, counter-clockwise from ``+x``. Unmirrored, the
figure faces ``+x`` and shows its right side; the *near* limbs are the working
side.

Pure Python; never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final, NamedTuple

from .geometry import Point, direction, local_point, offset
from .pose import ANGLE_FIELDS, PROP_NUMBERS, Pose

# --- body proportions, body units (standing height 100) ---------------------
THIGH: Final = 24.5
SHIN: Final = 24.6
ANKLE_HEIGHT: Final = 3.9
UPPER_ARM: Final = 19.3
FOREARM: Final = 15.5
HAND: Final = 8.0
TRUNK: Final = 28.8  # hip joint to shoulder joint
MAT_THICKNESS: Final = 1.5


_NECK_BASE: Final[Point] = (30.5, 0.5)
_NECK_LENGTH: Final = 9.8
_SHOULDER: Final[Point] = (TRUNK, -2.0)
_LUMBAR: Final[Point] = (17.0, -3.0)
_BACK_LUMBAR: Final[Point] = (13.0, -5.9)
_CHEST: Final[Point] = (21.0, 8.2)
_BELLY: Final[Point] = (7.0, 7.4)


class Frames(NamedTuple):
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


def frames(p: Pose) -> Frames:
    return frames_of(
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


def frames_of(*angles: float) -> Frames:
    """:func:`frames` of a pose whose angles (in :data:`ANGLE_FIELDS` order) are ``angles``."""
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
    return Frames(trunk, trunk - neck, tn, sn, fn, tf, sf, ff, an, fan, hn, af, faf, hf)



def _joints_at_origin(p: Pose, f: Frames) -> dict[str, Point]:
    hip: Point = (0.0, 0.0)
    j: dict[str, Point] = {"hip": hip}
    j["shoulder"] = local_point(hip, f.trunk, *_SHOULDER)
    j["neck"] = local_point(hip, f.trunk, *_NECK_BASE)
    j["head"] = offset(j["neck"], (_NECK_LENGTH, direction(f.neck)))
    j["lumbar"] = local_point(hip, f.trunk, *_LUMBAR)
    j["back_lumbar"] = local_point(hip, f.trunk, *_BACK_LUMBAR)
    j["chest"] = local_point(hip, f.trunk, *_CHEST)
    j["belly"] = local_point(hip, f.trunk, *_BELLY)
    for side in ("near", "far"):
        thigh, shin, foot = (getattr(f, f"{n}_{side}") for n in ("thigh", "shin", "foot"))
        knee = offset(hip, (THIGH, direction(thigh)))
        ankle = offset(knee, (SHIN, direction(shin)))
        j[f"knee_{side}"] = knee
        j[f"ankle_{side}"] = ankle
        j[f"heel_{side}"] = local_point(ankle, foot, -4.0, 3.9)
        j[f"toe_{side}"] = local_point(ankle, foot, 11.5, 3.6)
        arm, fore, hand = (getattr(f, f"{n}_{side}") for n in ("arm", "forearm", "hand"))
        elbow = offset(j["shoulder"], (UPPER_ARM, direction(arm)))
        wrist = offset(elbow, (FOREARM, direction(fore)))
        j[f"elbow_{side}"] = elbow
        j[f"wrist_{side}"] = wrist
        j[f"hand_{side}"] = offset(wrist, (HAND, direction(hand)))
    j["psoas_origin"] = j["lumbar"]
    j["psoas_insertion"] = local_point(hip, f.thigh_near, 6.5, 1.2)
    return j


_TRUNK_POINTS: Final[Mapping[str, Point]] = {
    "shoulder": _SHOULDER,
    "neck": _NECK_BASE,
    "lumbar": _LUMBAR,
    "back_lumbar": _BACK_LUMBAR,
    "chest": _CHEST,
    "belly": _BELLY,
}


def _joint_at_origin(f: Frames, name: str, memo: dict[str, Point]) -> Point:
    """One entry of :func:`_joints_at_origin`, by the same arithmetic, working out
    only the joints it hangs from (memoised in ``memo``)."""
    found = memo.get(name)
    if found is not None:
        return found
    hip: Point = (0.0, 0.0)
    if name == "hip":
        point = hip
    elif name in _TRUNK_POINTS:
        point = local_point(hip, f.trunk, *_TRUNK_POINTS[name])
    elif name == "head":
        point = offset(_joint_at_origin(f, "neck", memo), (_NECK_LENGTH, direction(f.neck)))
    elif name == "psoas_origin":
        point = _joint_at_origin(f, "lumbar", memo)
    elif name == "psoas_insertion":
        point = local_point(hip, f.thigh_near, 6.5, 1.2)
    else:
        part, side = name.rsplit("_", 1)
        if part == "knee":
            point = offset(hip, (THIGH, direction(getattr(f, f"thigh_{side}"))))
        elif part == "ankle":
            knee = _joint_at_origin(f, f"knee_{side}", memo)
            point = offset(knee, (SHIN, direction(getattr(f, f"shin_{side}"))))
        elif part in ("heel", "toe"):
            ankle = _joint_at_origin(f, f"ankle_{side}", memo)
            u, v = (-4.0, 3.9) if part == "heel" else (11.5, 3.6)
            point = local_point(ankle, getattr(f, f"foot_{side}"), u, v)
        elif part == "elbow":
            shoulder = _joint_at_origin(f, "shoulder", memo)
            point = offset(shoulder, (UPPER_ARM, direction(getattr(f, f"arm_{side}"))))
        elif part == "wrist":
            elbow = _joint_at_origin(f, f"elbow_{side}", memo)
            point = offset(elbow, (FOREARM, direction(getattr(f, f"forearm_{side}"))))
        elif part == "hand":
            wrist = _joint_at_origin(f, f"wrist_{side}", memo)
            point = offset(wrist, (HAND, direction(getattr(f, f"hand_{side}"))))
        else:
            raise KeyError(name)
    memo[name] = point
    return point


def joint(pose: Pose, name: str) -> Point:
    """``joints(pose)[name]``, the same numbers, without working out the other joints."""
    return _placed_joint(frames(pose), name, pose.anchor, pose.root)


def _placed_joint(f: Frames, name: str, anchor: str, root: Point) -> Point:
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
    angles = [(getattr(a, n), getattr(b, n)) for n in ANGLE_FIELDS]
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
        f = frames_of(*(p + (q - p) * s for p, q in angles))
        root = (x0 + (x1 - x0) * s, y0 + (y1 - y0) * s)
        path.append(_placed_joint(f, name, a.anchor, root))
    return path


def joints(pose: Pose) -> dict[str, Point]:
    """World positions (y up) of the named joints and landmarks of a pose.

    Besides the skeleton joints this includes ``back_lumbar`` (the skin of the
    lower back, where a ball rests), ``chest`` and ``belly`` (front surface),
    ``heel_*``/``toe_*`` (the sole's ends) and the psoas attachments.
    """
    local = _joints_at_origin(pose, frames(pose))
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
        name: mix(getattr(a, name), getattr(b, name)) for name in (*ANGLE_FIELDS, *PROP_NUMBERS)
    }
    return a.replace(root=(mix(a.root[0], b_root[0]), mix(a.root[1], b_root[1])), **values)
