"""Pose data: a body position as joint angles and a root placement, and loading ``poses.toml``.

Poses are stored in ``assets/poses.toml`` as joint angles plus a root placement
(see :class:`Pose`). :mod:`psoas_timer.core.kinematics` turns a pose into joint
positions and :mod:`psoas_timer.core.pose_render` into a
:class:`~psoas_timer.core.drawing.Drawing`.

Pure Python; never imports Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any, Final

from .assets import assets
from .geometry import Point
from .problems import Problem
from .record import Record
from .tomlio import parse_asset, parse_toml

#: The side shown working when a drawing is not mirrored.
UNMIRRORED_SIDE: Final = "right"

#: Props a pose may name.
PROPS: Final = ("none", "mat", "ball-wall", "table")



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


ANGLE_FIELDS: Final = (
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
PROP_NUMBERS: Final = ("ball_radius", "table_top", "table_edge")


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
        for name in (*ANGLE_FIELDS, *PROP_NUMBERS, "arrow_offset")
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
