"""Pose data, kinematics, rendering and palettes (no Qt)."""

from __future__ import annotations

import math

import pytest

from psoas_timer.core.drawing import Arrow, Capsule, Circle, Drawing, Polygon, Polyline, Primitive
from psoas_timer.core.geometry import Point
from psoas_timer.core.kinematics import interpolate, joint, joint_path, joints
from psoas_timer.core.palettes import PALETTES, ROLES
from psoas_timer.core.pose import Pose, PoseDataError, PoseLibrary, load_poses, parse_poses
from psoas_timer.core.pose_render import prop_geometry, render
from psoas_timer.core.pose_svg import to_svg

EXPECTED = {
    ("supine-march", "start"),
    ("supine-march", "peak"),
    ("seated-leg-lift", "start"),
    ("seated-leg-lift", "peak"),
    ("ball-hip-flexion", "start"),
    ("ball-hip-flexion", "peak"),
    ("half-kneeling-stretch", "setup"),
    ("half-kneeling-stretch", "stretch"),
    ("supported-bridge", "start"),
    ("supported-bridge", "peak"),
    ("table-leg-dangle", "setup"),
    ("table-leg-dangle", "stretch"),
}
FLOOR = 1.5  # top of the mat


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return load_poses()


def j(library: PoseLibrary, exercise: str, keyframe: str) -> dict[str, Point]:
    return joints(library.get(exercise, keyframe))


def angle_at(a: Point, vertex: Point, b: Point) -> float:
    """Interior angle a-vertex-b in degrees (0..180)."""
    v1 = (a[0] - vertex[0], a[1] - vertex[1])
    v2 = (b[0] - vertex[0], b[1] - vertex[1])
    cos = (v1[0] * v2[0] + v1[1] * v2[1]) / (math.hypot(*v1) * math.hypot(*v2))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def incline(a: Point, b: Point) -> float:
    """Angle of a->b above the horizontal, degrees."""
    return math.degrees(math.atan2(b[1] - a[1], abs(b[0] - a[0])))


# --- coverage ------------------------------------------------------------------------


def test_every_catalogue_keyframe_has_a_pose(library: PoseLibrary) -> None:
    assert set(library.keys()) == EXPECTED


def test_the_catalogue_names_exactly_the_keyframes_that_have_poses(
    library: PoseLibrary,
) -> None:
    from psoas_timer.core.catalogue import load_catalogue

    named = {
        (exercise.id, keyframe)
        for exercise in load_catalogue().exercises.values()
        for keyframe in exercise.keyframes
    }
    assert named == set(library.keys())


def test_keyframes_of_an_exercise_share_anchor_view_and_prop(library: PoseLibrary) -> None:
    for exercise in library.exercises():
        poses = [library.get(exercise, k) for k in library.keyframes(exercise)]
        assert len({(p.anchor, p.view, p.prop) for p in poses}) == 1, exercise


def test_get_unknown_pose_raises_key_error(library: PoseLibrary) -> None:
    with pytest.raises(KeyError, match="nope"):
        library.get("supine-march", "nope")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("schema = 2", "schema"),
        ("schema = [", "line 1.*TOML syntax error"),
        ("schema = 1\n[poses.x.y]\ntrunk = 90", "root"),
        ("schema = 1\n[poses.x.y]\nroot = [0, 0]\ntrunk = 90\nelbow = 3", "elbow: unknown key"),
        ('schema = 1\n[poses.x.y]\nroot = [0, 0]\ntrunk = "up"', "trunk: expected a number"),
        ('schema = 1\n[poses.x.y]\nroot = [0, 0]\ntrunk = 90\nanchor = "nose"', "anchor"),
        ('schema = 1\n[poses.x.y]\nroot = [0, 0]\ntrunk = 90\nprop = "sofa"', "prop"),
        ("schema = 1\n[poses.x.y]\nroot = [0, 0]\ntrunk = 90\nview = [0, 0, -1, 5]", "view"),
    ],
)
def test_bad_pose_data_is_reported_with_its_key_path(text: str, message: str) -> None:
    with pytest.raises(PoseDataError, match=message):
        parse_poses(text)


# --- determinism and interpolation ---------------------------------------------------


def test_render_is_deterministic(library: PoseLibrary) -> None:
    for exercise, keyframe in library:
        pose = library.get(exercise, keyframe)
        other = library.get(exercise, library.keyframes(exercise)[0])
        first = to_svg(render(pose, motion_to=other))
        second = to_svg(render(pose.replace(), motion_to=other))
        assert first == second
        assert first.startswith("<?xml") and first.rstrip().endswith("</svg>")


def test_svg_coordinates_are_rounded(library: PoseLibrary) -> None:
    svg = to_svg(render(library.get("supine-march", "start")))
    import re

    assert not re.search(r"\d\.\d\d", svg)


def test_interpolate_ends_and_clamping(library: PoseLibrary) -> None:
    a = library.get("supine-march", "start")
    b = library.get("supine-march", "peak")
    assert interpolate(a, b, 0.0) == a
    assert interpolate(a, b, -3.0) == a
    assert interpolate(a, b, 1.0) == b
    assert interpolate(a, b, 7.0) == b
    mid = interpolate(a, b, 0.5)
    assert mid.hip_near == pytest.approx((a.hip_near + b.hip_near) / 2)  # smoothstep(0.5) = 0.5
    quarter = interpolate(a, b, 0.25)
    # eased: less than a quarter of the way at t = 0.25
    assert a.hip_near < quarter.hip_near < a.hip_near + 0.25 * (b.hip_near - a.hip_near)


def test_anchor_stays_put_while_interpolating(library: PoseLibrary) -> None:
    a = library.get("ball-hip-flexion", "start")
    b = library.get("ball-hip-flexion", "peak")
    for t in (0.0, 0.3, 0.7, 1.0):
        assert joints(interpolate(a, b, t))["ankle_far"] == pytest.approx(a.root)


# --- geometry per exercise ------------------------------------------------------------


def test_march_start_feet_flat_and_knees_bent(library: PoseLibrary) -> None:
    p = j(library, "supine-march", "start")
    for side in ("near", "far"):
        heel, toe = p[f"heel_{side}"], p[f"toe_{side}"]
        assert abs(incline(heel, toe)) < 5.0
        assert heel[1] == pytest.approx(FLOOR + 0.2, abs=1.0)
        assert 60.0 < angle_at(p["hip"], p[f"knee_{side}"], p[f"ankle_{side}"]) < 110.0


def test_march_peak_hip_near_ninety(library: PoseLibrary) -> None:
    p = j(library, "supine-march", "peak")
    assert 80.0 <= angle_at(p["shoulder"], p["hip"], p["knee_near"]) <= 100.0
    assert 80.0 <= angle_at(p["hip"], p["knee_near"], p["ankle_near"]) <= 100.0
    pose = library.get("supine-march", "peak")
    assert abs(pose.trunk - 180.0) < 6.0  # lower back stays on the mat


def test_seated_lift_peak(library: PoseLibrary) -> None:
    start = j(library, "seated-leg-lift", "start")
    p = j(library, "seated-leg-lift", "peak")
    assert angle_at(p["hip"], p["knee_near"], p["ankle_near"]) > 165.0
    assert 5.0 <= incline(p["hip"], p["knee_near"]) <= 20.0
    assert p["ankle_near"][1] > start["ankle_near"][1] + 3.0  # a few inches off the floor
    assert p["ankle_far"] == pytest.approx(start["ankle_far"])
    trunk = library.get("seated-leg-lift", "peak").trunk
    assert 80.0 <= trunk <= 105.0  # upright, not leaning back much
    # hands on the floor, a little behind the hips
    for side in ("near", "far"):
        assert p[f"wrist_{side}"][1] < FLOOR + 4.0
        assert p[f"wrist_{side}"][0] < p["hip"][0] - 5.0


def test_ball_peak(library: PoseLibrary) -> None:
    pose = library.get("ball-hip-flexion", "peak")
    p = joints(pose)
    assert 80.0 <= angle_at(p["shoulder"], p["hip"], p["knee_near"]) <= 100.0
    assert 155.0 <= angle_at(p["hip"], p["knee_far"], p["ankle_far"]) <= 175.0  # slightly bent
    # Leaning back into the ball: the standing foot a little in front of the hip,
    # under the knee, and the trunk nearly upright.
    assert 4.0 <= p["ankle_far"][0] - p["hip"][0] <= 12.0
    assert abs(p["ankle_far"][0] - p["knee_far"][0]) < 3.0
    assert 92.0 <= pose.trunk <= 102.0
    geo = prop_geometry(pose)
    ball = (geo["ball_x"], geo["ball_y"])
    assert math.dist(ball, p["back_lumbar"]) == pytest.approx(geo["ball_r"], abs=0.5)
    assert geo["ball_x"] - geo["ball_r"] == pytest.approx(geo["wall_x"], abs=0.5)
    assert geo["ball_y"] - geo["ball_r"] > 0.0  # off the floor, held by the back


def test_half_kneeling_setup_and_stretch(library: PoseLibrary) -> None:
    setup = j(library, "half-kneeling-stretch", "setup")
    stretch = j(library, "half-kneeling-stretch", "stretch")
    # front leg (far): knee at 90 degrees over the ankle
    assert 85.0 <= angle_at(setup["hip"], setup["knee_far"], setup["ankle_far"]) <= 95.0
    assert abs(setup["knee_far"][0] - setup["ankle_far"][0]) < 2.0
    # back leg (near, the stretched side): knee on the mat
    for p in (setup, stretch):
        assert p["knee_near"][1] < FLOOR + 5.0
        assert p["heel_far"][1] == pytest.approx(FLOOR + 0.2, abs=1.0)
    # weight shifted forward: hips forward, back thigh angled behind vertical
    assert stretch["hip"][0] > setup["hip"][0] + 5.0
    assert stretch["knee_near"][0] < stretch["hip"][0] - 5.0
    assert stretch["knee_far"][0] >= setup["knee_far"][0]
    for key in ("setup", "stretch"):
        assert abs(library.get("half-kneeling-stretch", key).trunk - 90.0) <= 5.0


def test_bridge_peak_is_a_straight_line(library: PoseLibrary) -> None:
    p = j(library, "supported-bridge", "peak")
    start = j(library, "supported-bridge", "start")
    assert 180.0 - angle_at(p["shoulder"], p["hip"], p["knee_near"]) < 15.0
    assert p["hip"][1] > start["hip"][1] + 8.0
    assert p["shoulder"] == pytest.approx(start["shoulder"])
    # feet stay flat where they were, close to the buttocks
    assert p["ankle_near"] == pytest.approx(start["ankle_near"], abs=0.5)
    assert start["ankle_near"][0] - start["hip"][0] < 30.0


def test_table_dangle(library: PoseLibrary) -> None:
    setup_pose = library.get("table-leg-dangle", "setup")
    top = setup_pose.table_top
    setup = joints(setup_pose)
    stretch = j(library, "table-leg-dangle", "stretch")
    assert setup["knee_near"][1] > setup["hip"][1] + 10.0  # hugged in, not held out straight
    assert stretch["knee_near"][1] < top  # hanging thigh below the table surface
    assert stretch["ankle_near"][1] < stretch["knee_near"][1] - 15.0  # lower leg hangs
    assert stretch["knee_near"][0] > setup_pose.table_edge  # off the edge
    for p in (setup, stretch):
        assert math.dist(p["knee_far"], p["chest"]) < 18.0  # held knee to the chest
        assert math.dist(p["wrist_near"], p["knee_far"]) < 16.0  # hands hold it
    assert abs(setup_pose.trunk - 180.0) < 6.0  # lower back flat on the table


# --- drawing ----------------------------------------------------------------------------


def _points(item: Primitive) -> tuple[Point, ...]:
    if isinstance(item, Capsule):
        return (item.p1, item.p2)
    if isinstance(item, Circle):
        return (item.center,)
    return item.points


def test_mirrored_drawing_is_the_x_reflection(library: PoseLibrary) -> None:
    a = library.get("supine-march", "start")
    b = library.get("supine-march", "peak")
    plain = render(a, motion_to=b)
    mirrored = render(a, mirrored=True, motion_to=b)
    x0, _, w, _ = plain.view_box
    assert mirrored.view_box == plain.view_box
    assert len(plain.items) == len(mirrored.items)
    for p_item, m_item in zip(plain.items, mirrored.items, strict=True):
        assert type(p_item) is type(m_item)
        for (px, py), (mx, my) in zip(_points(p_item), _points(m_item), strict=True):
            assert mx == pytest.approx(2 * x0 + w - px)
            assert my == pytest.approx(py)


def test_drawing_has_body_parts_psoas_and_arrow(library: PoseLibrary) -> None:
    a = library.get("supine-march", "start")
    drawing = render(a, motion_to=library.get("supine-march", "peak"))
    fills = [i.style.fill for i in drawing.items if not isinstance(i, Arrow)]
    assert fills.count("body") >= 10
    assert fills.count("body_far") >= 6
    psoas = [i for i in drawing.items if isinstance(i, Polygon) and i.style.fill == "psoas"]
    assert len(psoas) == 1
    dashed = [i for i in drawing.items if not isinstance(i, Arrow) and i.style.dash]
    assert dashed, "the psoas needs a dashed edge, not colour alone"
    assert any(isinstance(i, Arrow) for i in drawing.items)
    assert not any(isinstance(i, Arrow) for i in render(a).items)
    assert any(isinstance(i, Polyline) and i.style.stroke == "floor" for i in drawing.items)


def test_every_role_used_exists_in_every_palette(library: PoseLibrary) -> None:
    drawing: Drawing = render(library.get("ball-hip-flexion", "start"))
    used: set[str] = set()
    for item in drawing.items:
        if isinstance(item, Arrow):
            used |= {item.role, *(r for r in (item.halo,) if r)}
        else:
            used |= {r for r in (item.style.fill, item.style.stroke) if r}
    assert used <= set(ROLES)
    for palette in PALETTES.values():
        assert set(palette) == set(ROLES)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_palettes_are_readable(name: str) -> None:
    from psoas_timer.core.palettes import contrast_ratio

    p = PALETTES[name]
    assert contrast_ratio(p["body"], p["background"]) >= 4.5
    assert contrast_ratio(p["outline"], p["background"]) >= 4.5 or name == "dark"
    assert contrast_ratio(p["psoas"], p["background"]) >= 3.0
    assert contrast_ratio(p["psoas"], p["body"]) >= 3.0
    assert contrast_ratio(p["arrow"], p["background"]) >= 4.5
    assert contrast_ratio(p["body_far"], p["background"]) >= 3.0
    assert contrast_ratio(p["floor"], p["background"]) >= 3.0


def test_pose_is_hashable_for_caching(library: PoseLibrary) -> None:
    pose: Pose = library.get("supine-march", "start")
    assert {pose: 1}[pose.replace()] == 1


def test_the_motion_arrow_traces_exactly_where_the_joint_goes() -> None:
    """The arrow samples one joint along the movement without building the whole
    skeleton each time; every sample is the very point the figure puts that joint at."""
    library = load_poses()
    keys = list(library.keys())
    for exercise, keyframe in keys:
        a = library.get(exercise, keyframe)
        others = [library.get(e, k) for e, k in keys if e == exercise]
        for b in others:
            for t in (0.0, 0.13, 0.5, 0.87, 1.0):
                pose = interpolate(a, b, t)
                expected = joints(pose)
                for name, point in expected.items():
                    assert joint(pose, name) == point, (exercise, keyframe, t, name)


def test_the_motion_arrow_follows_the_joint_from_any_position_to_the_end() -> None:
    """The arrow's samples are worked out without making a pose for each, from
    wherever the figure is in its movement (anchors differing included): each is
    the very point the figure would put the joint at, to the last bit."""
    library = load_poses()
    keys = list(library.keys())
    ts = (0.0, 1e-9, 0.05, 0.31, 0.5, 0.77, 0.999, 1.0, 1.2, -0.1)
    for exercise, keyframe in keys:
        a = library.get(exercise, keyframe)
        for b in (library.get(e, k) for e, k in keys if e == exercise):
            for start in (0.0, 0.4):
                here = interpolate(a, b, start)
                for name in ("knee_near", "ankle_far", "hip", "hand_near", "toe_near"):
                    expected = [joint(interpolate(here, b, t), name) for t in ts]
                    assert joint_path(here, b, name, ts) == expected, (exercise, keyframe, name)
    # Two keyframes with different anchors (the far ankle planted, and the hip).
    a = library.get("half-kneeling-stretch", "setup")
    b = a.replace(anchor="hip", root=joints(a)["hip"], hip_near=a.hip_near + 30, trunk=80.0)
    assert a.anchor != b.anchor
    assert joint_path(a, b, "knee_near", ts) == [
        joint(interpolate(a, b, t), "knee_near") for t in ts
    ]
