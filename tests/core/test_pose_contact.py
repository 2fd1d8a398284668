"""The figure touches what it rests on and never passes through it.

Every check reads the poses through the loader and the shapes the renderer
draws (:func:`psoas_timer.core.pose_render.render`), so it judges what the user sees:
the skin of each limb, not only its joints. Heights here are world units (the
figure is 100 tall, y up).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence

import pytest

from psoas_timer.core.drawing import (
    ARROW_HALO,
    Arrow,
    Capsule,
    Drawing,
    Polygon,
    arrow_outline,
    capsule_outline,
)
from psoas_timer.core.geometry import Point
from psoas_timer.core.kinematics import MAT_THICKNESS, interpolate, joints
from psoas_timer.core.movement import MOVE_POSITIONS
from psoas_timer.core.pose import Pose, load_poses
from psoas_timer.core.pose_render import motion_arrow, prop_geometry, render

LIBRARY = load_poses()
KEYFRAMES = [pytest.param(ex, kf, id=f"{ex}-{kf}") for ex, kf in LIBRARY]
EXERCISES = LIBRARY.exercises()
#: How far skin may sink into what it rests on, or float above it: about the
#: width of the outline the figure is drawn with (0.7), a hair at any size.
TOL = 0.6
_BODY_FILLS = ("body", "body_far", "psoas")


def _outline(item: Capsule | Polygon) -> tuple[Point, ...]:
    """A body part's outline in world coordinates (y up)."""
    pts = capsule_outline(item, segments=16) if isinstance(item, Capsule) else item.points
    return tuple((x, -y) for x, y in pts)


def _body_parts(drawing: Drawing) -> list[Capsule | Polygon]:
    """The figure's limbs, trunk, head and highlight: capsules and polygons."""
    parts: list[Capsule | Polygon] = []
    for item in drawing.items:
        if isinstance(item, Capsule | Polygon) and item.style.fill in _BODY_FILLS:
            parts.append(item)
        elif not isinstance(item, Arrow):
            assert item.style.fill not in _BODY_FILLS, f"a body part drawn as a {item.kind}"
    return parts


def _skin(drawing: Drawing) -> Iterator[Point]:
    for item in _body_parts(drawing):
        yield from _outline(item)


def _ground(pose: Pose) -> float:
    """Height of what a body part on the floor rests on: the mat's top, or the floor."""
    return MAT_THICKNESS if pose.prop == "mat" else 0.0


def _passes_through(pose: Pose) -> list[str]:
    """What of ``pose``'s drawn figure is below the floor or inside its prop."""
    found: list[str] = []
    ground = _ground(pose)
    geo = prop_geometry(pose)
    for x, y in _skin(render(pose)):
        if y < ground - TOL:
            found.append(f"({x:.1f}, {y:.1f}) is {ground - y:.1f} below the floor")
        if pose.prop == "table" and x < geo["table_edge"] - TOL and y < geo["table_top"] - TOL:
            found.append(f"({x:.1f}, {y:.1f}) is inside or under the table")
        if pose.prop == "ball-wall":
            inside = geo["ball_r"] - math.dist((x, y), (geo["ball_x"], geo["ball_y"]))
            if inside > TOL:
                found.append(f"({x:.1f}, {y:.1f}) is {inside:.1f} inside the ball")
            if x < geo["wall_x"] - TOL:
                found.append(f"({x:.1f}, {y:.1f}) is inside the wall")
    return found


@pytest.mark.parametrize(("exercise", "keyframe"), KEYFRAMES)
def test_no_body_part_is_below_the_floor_or_inside_a_prop(exercise: str, keyframe: str) -> None:
    problems = _passes_through(LIBRARY.get(exercise, keyframe))
    assert not problems, f"{exercise} {keyframe}: {problems[:3]}"


@pytest.mark.parametrize("exercise", EXERCISES)
def test_every_drawn_position_of_a_movement_stays_out_of_floor_and_props(exercise: str) -> None:
    """The positions the pose view draws between the keyframes (both ways share them)."""
    keyframes = LIBRARY.keyframes(exercise)
    for first, second in itertools.pairwise(keyframes):
        a, b = LIBRARY.get(exercise, first), LIBRARY.get(exercise, second)
        for index in range(1, MOVE_POSITIONS):
            problems = _passes_through(interpolate(a, b, index / MOVE_POSITIONS))
            assert not problems, f"{exercise} {first}->{second} at {index}: {problems[:3]}"


@pytest.mark.parametrize(("exercise", "keyframe"), KEYFRAMES)
def test_the_figure_rests_on_its_support_without_floating(exercise: str, keyframe: str) -> None:
    pose = LIBRARY.get(exercise, keyframe)
    skin = list(_skin(render(pose)))
    geo = prop_geometry(pose)
    if pose.prop == "table":
        on_top = [y for x, y in skin if x < geo["table_edge"]]
        assert min(on_top) == pytest.approx(geo["table_top"], abs=TOL), "lying on the table"
    else:
        assert min(y for _, y in skin) == pytest.approx(_ground(pose), abs=TOL), "on the floor"
    if pose.prop == "ball-wall":
        centre = (geo["ball_x"], geo["ball_y"])
        gap = min(math.dist(p, centre) for p in skin) - geo["ball_r"]
        assert gap == pytest.approx(0.0, abs=TOL), "the back leans on the ball"


def _arm_parts(drawing: Drawing, side: str) -> list[Capsule]:
    """The arm capsules of one side: three, shoulder to hand, in painting order.

    The far arm is painted first of the body; the near arm last (over the psoas).
    """
    capsules = [i for i in _body_parts(drawing) if isinstance(i, Capsule)]
    fill = "body_far" if side == "far" else "body"
    arm = capsules[:3] if side == "far" else capsules[-3:]
    assert all(c.style.fill == fill for c in arm)
    return arm


@pytest.mark.parametrize(
    ("exercise", "keyframe"),
    [
        pytest.param(ex, kf, id=f"{ex}-{kf}")
        for ex in ("supine-march", "supported-bridge")
        for kf in LIBRARY.keyframes(ex)
    ],
)
def test_arms_lying_at_the_sides_rest_on_the_mat(exercise: str, keyframe: str) -> None:
    """Elbows and hands lie on the mat: neither sunk through it nor held up."""
    drawing = render(LIBRARY.get(exercise, keyframe))
    for side in ("near", "far"):
        _upper, forearm, hand = _arm_parts(drawing, side)
        for part, name in ((forearm, "forearm"), (hand, "hand")):
            lowest = min(y for _, y in _outline(part))
            assert lowest == pytest.approx(MAT_THICKNESS, abs=TOL), f"{side} {name}"


# --- what covers the psoas highlight ----------------------------------------------------


def _inside(p: Point, polygon: Sequence[Point]) -> bool:
    x, y = p
    inside = False
    n = len(polygon)
    for i in range(n):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    k = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - k * dx, py - ay - k * dy)


def _psoas_samples(drawing: Drawing, step: float = 0.25) -> list[Point]:
    """Points filling the highlight, its outline included (drawing coordinates)."""
    band = next(
        i for i in drawing.items if isinstance(i, Polygon) and i.style.fill == "psoas"
    ).points
    xs, ys = [p[0] for p in band], [p[1] for p in band]
    inside = [
        (min(xs) + i * step, min(ys) + k * step)
        for i in range(int((max(xs) - min(xs)) / step) + 1)
        for k in range(int((max(ys) - min(ys)) / step) + 1)
    ]
    return [p for p in inside if _inside(p, band)] + list(band)


def _covered_by_arrow(p: Point, arrow: Arrow) -> bool:
    """Whether ``p`` is under the arrow as painted: its haloed shaft and its head."""
    _shaft, head = arrow_outline(arrow)
    reach = (arrow.width + ARROW_HALO) / 2.0
    points = arrow.points
    if any(_segment_distance(p, a, b) <= reach for a, b in itertools.pairwise(points)):
        return True
    edges = zip(head, (*head[1:], head[0]), strict=True)
    return _inside(p, head) or any(_segment_distance(p, a, b) <= ARROW_HALO / 2 for a, b in edges)


def _pairs() -> Iterator[tuple[str, str, str]]:
    for exercise in EXERCISES:
        keyframes = LIBRARY.keyframes(exercise)
        for k, keyframe in enumerate(keyframes):
            yield exercise, keyframe, keyframes[(k + 1) % len(keyframes)]


@pytest.mark.parametrize(
    ("exercise", "keyframe", "other"),
    [pytest.param(*t, id=f"{t[0]}-{t[1]}") for t in _pairs()],
)
def test_the_motion_arrow_never_covers_the_psoas(exercise: str, keyframe: str, other: str) -> None:
    pose, target = LIBRARY.get(exercise, keyframe), LIBRARY.get(exercise, other)
    arrows = [a for a in motion_arrow(pose, target) if isinstance(a, Arrow)]
    assert arrows, "each keyframe shows where the movement goes"
    samples = _psoas_samples(render(pose))
    covered = [p for p in samples if _covered_by_arrow(p, arrows[0])]
    assert not covered, f"{len(covered)} of {len(samples)} points of the highlight under the arrow"


@pytest.mark.parametrize(("exercise", "keyframe"), KEYFRAMES)
def test_the_near_arm_leaves_the_psoas_in_view(exercise: str, keyframe: str) -> None:
    """The working side's arm is painted over the highlight. Lying on the mat at
    the side it crosses the muscle's ends, as it would seen from the side; it
    never hides most of it."""
    hidden = _hidden_by_near_arm(render(LIBRARY.get(exercise, keyframe)))
    assert hidden <= 0.3, f"{hidden:.0%} of the highlight under the arm"


@pytest.mark.parametrize("keyframe", LIBRARY.keyframes("ball-hip-flexion"))
def test_standing_against_the_ball_the_arms_leave_the_psoas_clear(keyframe: str) -> None:
    """Standing, the arms are free: folded over the chest, clear of the hip."""
    hidden = _hidden_by_near_arm(render(LIBRARY.get("ball-hip-flexion", keyframe)))
    assert hidden <= 0.05, f"{hidden:.0%} of the highlight under the arm"


def _hidden_by_near_arm(drawing: Drawing) -> float:
    """The share of the psoas highlight the near arm is painted over."""
    outlines = [tuple((x, -y) for x, y in _outline(part)) for part in _arm_parts(drawing, "near")]
    samples = _psoas_samples(drawing)
    hidden = [p for p in samples if any(_inside(p, o) for o in outlines)]
    return len(hidden) / len(samples)


# --- the edge-of-table dangle --------------------------------------------------------------


def _knee_bend(j: dict[str, Point], side: str) -> float:
    """Knee flexion in degrees (0 = straight), from the drawn joints."""
    hip, knee, ankle = j["hip"], j[f"knee_{side}"], j[f"ankle_{side}"]
    a = math.atan2(hip[1] - knee[1], hip[0] - knee[0])
    b = math.atan2(ankle[1] - knee[1], ankle[0] - knee[0])
    inner = abs(math.degrees(a - b)) % 360.0
    return 180.0 - min(inner, 360.0 - inner)


DANGLE = "table-leg-dangle"


def test_the_dangle_starts_with_both_knees_hugged_to_the_chest() -> None:
    setup = LIBRARY.get(DANGLE, "setup")
    j = joints(setup)
    for side in ("near", "far"):
        assert _knee_bend(j, side) >= 90.0, f"{side} knee bent, no straight leg in the air"
        assert math.dist(j[f"knee_{side}"], j["chest"]) < 18.0, f"{side} knee drawn in"
        assert j[f"knee_{side}"][1] > j["hip"][1] + 10.0, f"{side} knee above the hip"
        assert j[f"ankle_{side}"][0] < setup.table_edge + 20.0, f"{side} foot tucked in"


def _shin_point(j: dict[str, Point], side: str, along: float) -> Point:
    (kx, ky), (ax, ay) = j[f"knee_{side}"], j[f"ankle_{side}"]
    return (kx + (ax - kx) * along, ky + (ay - ky) * along)


@pytest.mark.parametrize("keyframe", LIBRARY.keyframes(DANGLE))
def test_the_dangle_hands_wrap_the_held_knee(keyframe: str) -> None:
    """Both hands hold the other leg's shin below the knee, fingers curled over
    it, not raised above it."""
    pose = LIBRARY.get(DANGLE, keyframe)
    j = joints(pose)
    drawing = render(pose)
    knee = j["knee_far"]
    for side in ("near", "far"):
        hand = j[f"hand_{side}"]
        on_shin = min(math.dist(hand, _shin_point(j, "far", k / 10)) for k in range(1, 8))
        assert on_shin < 6.0, f"{side} fingers on the shin below the knee"
        highest = max(y for _, y in _outline(_arm_parts(drawing, side)[2]))
        assert highest < knee[1] + 6.0, f"{side} hand does not stick up above the knee"
        assert j[f"wrist_{side}"][1] > j[f"hand_{side}"][1], f"{side} fingers curl down over"


def test_the_dangle_stretch_lets_the_bent_leg_hang_past_the_edge() -> None:
    pose = LIBRARY.get(DANGLE, "stretch")
    j = joints(pose)
    assert j["knee_near"][1] < pose.table_top, "thigh hangs below the table line"
    assert j["knee_near"][0] > pose.table_edge + 10.0, "past the edge"
    assert 50.0 <= _knee_bend(j, "near") <= 110.0, "knee bent and relaxed"
    assert j["ankle_near"][1] < j["knee_near"][1] - 15.0, "lower leg hangs"
    assert _knee_bend(j, "far") >= 90.0 and math.dist(j["knee_far"], j["chest"]) < 18.0


@pytest.mark.parametrize(("first", "second"), [("setup", "stretch"), ("stretch", "setup")])
def test_the_dangle_moves_the_leg_with_the_knee_bent_all_the_way(first: str, second: str) -> None:
    """Letting the leg down and bringing it back up are never a straight-leg lift."""
    a, b = LIBRARY.get(DANGLE, first), LIBRARY.get(DANGLE, second)
    for index in range(MOVE_POSITIONS + 1):
        j = joints(interpolate(a, b, index / MOVE_POSITIONS))
        assert _knee_bend(j, "near") >= 50.0, f"knee straightens at {index}"
        assert _knee_bend(j, "far") >= 90.0 and math.dist(j["knee_far"], j["chest"]) < 18.0
