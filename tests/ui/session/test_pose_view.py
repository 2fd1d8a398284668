"""PoseView paints the figure, mirrors it and reports what it shows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from psoas_timer.core.drawing import Capsule, Circle, Drawing, Polygon, capsule_outline
from psoas_timer.core.kinematics import interpolate
from psoas_timer.core.pose import PoseLibrary, load_poses
from psoas_timer.core.pose_render import render
from psoas_timer.ui.session import figure_painter, pose_pictures, pose_view
from psoas_timer.ui.session.figure_painter import paint_drawing
from psoas_timer.ui.session.pose_view import PoseView


@pytest.fixture(scope="module")
def library() -> PoseLibrary:
    return load_poses()


@pytest.fixture
def view(qtbot: QtBot, library: PoseLibrary) -> PoseView:
    widget = PoseView(library)
    qtbot.addWidget(widget)
    return widget


def _image(view: PoseView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _colours(image: QImage, step: int = 3) -> set[int]:
    return {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }


def _mirror(image: QImage) -> QImage:
    return image.flipped(Qt.Orientation.Horizontal)


def test_object_name_and_size_hint(view: PoseView) -> None:
    assert view.objectName() == "poseView"
    hint = view.sizeHint()
    assert 300 <= hint.width() <= 420 and 250 <= hint.height() <= 350


@pytest.mark.parametrize("size", [300, 1200])
def test_paints_at_small_and_large_sizes(view: PoseView, size: int) -> None:
    view.resize(size, size * 5 // 6)
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.3)
    image = _image(view)
    assert image.width() == size
    assert len(_colours(image, step=max(1, size // 150))) > 5


def test_mirrored_flag_flips_the_image(view: PoseView) -> None:
    view.resize(360, 300)
    view.show_pose("ball-hip-flexion", "start", "start", mirrored=False, fraction=0.0)
    plain = _image(view)
    view.show_pose("ball-hip-flexion", "start", "start", mirrored=True, fraction=0.0)
    mirrored = _image(view)
    assert plain != mirrored
    flipped = _mirror(plain)
    same = sum(
        flipped.pixel(x, y) == mirrored.pixel(x, y)
        for y in range(0, 300, 4)
        for x in range(0, 360, 4)
    )
    assert same / ((300 // 4) * (360 // 4)) > 0.97  # antialiasing may differ by a pixel


def test_the_other_side_looks_like_the_reflected_drawing(view: PoseView) -> None:
    # Both sides share one set of drawings; the other side is painted reflected.
    # It must look like the drawing reflected point by point (what
    # current_drawing() reports): a dashed edge's dashes may sit a pixel apart.
    view.resize(340, 271)
    for exercise, pose_from, pose_to in (
        ("supine-march", "start", "peak"),
        ("half-kneeling-stretch", "setup", "stretch"),
    ):
        view.show_pose(exercise, pose_from, pose_to, mirrored=True, fraction=0.5)
        shown = _image(view).convertToFormat(QImage.Format.Format_RGB32)
        reflected = view.current_drawing()
        assert reflected is not None and reflected.mirrored
        direct = QImage(QSize(340, 271), QImage.Format.Format_RGB32)
        painter = QPainter(direct)
        paint_drawing(painter, reflected, QRectF(0, 0, 340, 271))
        painter.end()
        a, b = bytes(shown.constBits()), bytes(direct.constBits())
        visible = sum(abs(x - y) > 2 for x, y in zip(a, b, strict=True))
        assert visible < 0.001 * len(a), (exercise, visible)


def test_placeholder_when_cleared(view: PoseView) -> None:
    view.resize(360, 300)
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.0)
    assert not view.is_placeholder()
    view.clear()
    assert view.is_placeholder()
    assert view.current_keyframe() is None
    assert "no exercise" in view.accessibleName().lower()
    image = _image(view)
    assert len(_colours(image)) > 1  # the placeholder text is drawn
    view.show_pose(None, None, None, mirrored=False, fraction=0.0)
    assert view.is_placeholder()


def test_unknown_pose_shows_placeholder(view: PoseView) -> None:
    view.show_pose("no-such-exercise", "start", "peak", mirrored=False, fraction=0.5)
    assert view.is_placeholder()


def test_current_keyframe_follows_fraction(view: PoseView) -> None:
    for fraction, expected in ((0.0, "start"), (0.49, "start"), (0.5, "peak"), (1.0, "peak")):
        view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=fraction)
        assert view.current_keyframe() == expected
        assert view.current_fraction() == pytest.approx(fraction)
    view.show_pose("supine-march", "peak", "peak", mirrored=False, fraction=0.7)
    assert view.current_keyframe() == "peak"
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=3.0)
    assert view.current_fraction() == 1.0


def test_holding_still_draws_no_arrow(view: PoseView) -> None:
    from psoas_timer.core.drawing import Arrow

    view.show_pose("supine-march", "peak", "peak", mirrored=False, fraction=0.5)
    drawing = view.current_drawing()
    assert drawing is not None
    assert not any(isinstance(i, Arrow) for i in drawing.items)
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.0)
    drawing = view.current_drawing()
    assert drawing is not None
    assert any(isinstance(i, Arrow) for i in drawing.items)


def test_drawings_are_cached(view: PoseView) -> None:
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.301)
    first = view.current_drawing()
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.299)
    assert view.current_drawing() is first


def test_accessible_name_describes_pose_and_side(view: PoseView) -> None:
    view.show_pose("supine-march", "start", "peak", mirrored=True, fraction=0.9)
    assert view.accessibleName() == "Supine march, peak, left side"
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.1)
    assert view.accessibleName() == "Supine march, start, right side"
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.1, side="left")
    assert view.accessibleName().endswith("left side")


def test_dark_palette_follows_window_colour(view: PoseView) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(palette)
    assert view.palette_name() == "dark"
    palette.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    view.setPalette(palette)
    assert view.palette_name() == "light"


def test_the_app_loads_its_art_through_qt_resources(qtbot: QtBot) -> None:
    """The icon and every key pose come from the compiled resources, not from files."""
    from psoas_timer.core.catalogue import load_catalogue
    from psoas_timer.ui.common import art

    icon = art.app_icon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    for exercise in load_catalogue().exercises.values():
        for keyframe in exercise.keyframes:
            assert art.has_pose(exercise.id, keyframe), (exercise.id, keyframe)
            pixmap = art.pose_pixmap(exercise.id, keyframe, QSize(200, 120))
            assert not pixmap.isNull() and pixmap.width() <= 200 and pixmap.height() <= 120
            image = pixmap.toImage()
            colours = {
                image.pixel(x, y)
                for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)
            }
            assert len(colours) > 3, f"{exercise.id} {keyframe} came out blank"


def test_a_replayed_figure_matches_a_direct_paint_at_any_size(
    view: PoseView, qtbot: QtBot, library: PoseLibrary
) -> None:
    # The figure's paint commands are recorded on the first frame and replayed
    # on later ones, at whatever size the panel has then. The recording keeps
    # each shape's points already moved into place, which may round an
    # antialiased edge pixel by a level or two: nothing anyone could see.
    view.resize(360, 300)
    view.show_pose("supine-march", "start", "peak", mirrored=True, fraction=0.4)
    first = _image(view)
    view.resize(500, 420)
    replayed = _image(view)
    drawing, mirrored = view.shown_unmirrored()
    assert drawing is not None and mirrored
    for shown, size in ((first, QSize(360, 300)), (replayed, QSize(500, 420))):
        direct = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(direct)
        target = QRectF(0, 0, size.width(), size.height())
        paint_drawing(painter, drawing, target, mirrored=True)
        painter.end()
        direct = direct.convertToFormat(shown.format())
        a, b = bytes(shown.constBits()), bytes(direct.constBits())
        assert len(a) == len(b)
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        assert max((abs(a[i] - b[i]) for i in differ), default=0) <= 2
        assert len(differ) < 0.005 * len(a)


def test_a_small_shift_travels_few_pixels_and_a_leg_lift_many(view: PoseView) -> None:
    view.resize(340, 300)
    shift = view.travel_pixels("half-kneeling-stretch", "setup", "stretch")
    lift = view.travel_pixels("supine-march", "start", "peak")
    assert shift is not None and lift is not None
    assert 15 < shift < 80 < lift
    view.resize(680, 600)
    bigger = view.travel_pixels("supine-march", "start", "peak")
    assert bigger == pytest.approx(2 * lift)
    assert view.travel_pixels("supine-march", "start", "nowhere") is None


def _stroked_capsules(painter: QPainter, drawing: Drawing, colours: dict[str, QColor]) -> None:
    """The figure as it was painted before capsules became two fills."""
    for item in drawing.items:
        if isinstance(item, Capsule):
            figure_painter._apply(painter, item.style, colours)
            painter.drawPolygon(figure_painter._polygon(capsule_outline(item)))
        else:
            figure_painter.paint_items(painter, drawing._replace(items=(item,)), colours)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_limbs_painted_as_two_fills_look_like_stroked_ones(
    library: PoseLibrary, palette: str
) -> None:
    # The outline of a limb is now the limb grown by half the pen, under the
    # limb shrunk by half the pen. Only antialiased edge pixels may differ.
    exercise = "half-kneeling-stretch"
    first, last = library.keyframes(exercise)[0], library.keyframes(exercise)[-1]
    start, end = library.get(exercise, first), library.get(exercise, last)
    drawing = render(interpolate(start, end, 0.5), motion_to=end)
    colours = figure_painter._colours(palette)
    images = []
    for paint in (_stroked_capsules, figure_painter.paint_items):
        image = QImage(340, 271, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        figure_painter.fill(painter, QRectF(image.rect()), colours["background"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        figure_painter.fit_drawing(painter, drawing, QRectF(image.rect()))
        paint(painter, drawing, colours)
        painter.end()
        images.append(image)
    before, after = images
    differ = [
        (before.pixelColor(x, y), after.pixelColor(x, y))
        for y in range(before.height())
        for x in range(before.width())
        if before.pixel(x, y) != after.pixel(x, y)
    ]
    assert len(differ) < 0.02 * before.width() * before.height()
    assert sum(abs(a.lightness() - b.lightness()) for a, b in differ) / max(1, len(differ)) < 40


def _stroked_outlines(painter: QPainter, drawing: Drawing, colours: dict[str, QColor]) -> None:
    """The figure as it was painted before its closed outlines (not its limbs) became two fills."""
    for item in drawing.items:
        if isinstance(item, Polygon):
            figure_painter._apply(painter, item.style, colours)
            painter.drawPolygon(figure_painter._polygon(item.points))
        elif isinstance(item, Circle):
            figure_painter._apply(painter, item.style, colours)
            painter.drawEllipse(QPointF(*item.center), item.r, item.r)
        else:
            figure_painter.paint_items(painter, drawing._replace(items=(item,)), colours)


def _painted(drawing: Drawing, paint: object, palette: str, size: QSize) -> QImage:
    colours = figure_painter._colours(palette)
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    figure_painter.fill(painter, QRectF(image.rect()), colours["background"])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    figure_painter.fit_drawing(painter, drawing, QRectF(image.rect()))
    paint(painter, drawing, colours)  # type: ignore[operator]
    painter.end()
    return image


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_outlined_shapes_painted_as_two_fills_look_like_stroked_ones(
    library: PoseLibrary, palette: str
) -> None:
    # The torso, pelvis, head, feet, psoas and props are now, like the limbs,
    # their outline grown by half the pen under the outline shrunk by half the
    # pen. On every exercise, mid-move, only antialiased edge pixels may differ.
    changed = total = 0
    for exercise in library.exercises():
        keyframes = library.keyframes(exercise)
        start, end = library.get(exercise, keyframes[0]), library.get(exercise, keyframes[-1])
        drawing = render(interpolate(start, end, 0.5), motion_to=end)
        before, after = (
            _painted(drawing, paint, palette, QSize(340, 271))
            for paint in (_stroked_outlines, figure_painter.paint_items)
        )
        width, height = before.width(), before.height()
        old, new = bytes(before.constBits()), bytes(after.constBits())
        differ = [i // 4 for i in range(0, len(old), 4) if old[i : i + 4] != new[i : i + 4]]
        changed += len(differ)
        total += width * height
        for index in differ:
            x, y = index % width, index // width
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            assert abs(a.lightness() - b.lightness()) < 128, (exercise, x, y)
            # A visible difference is on an edge: some neighbour had another colour before.
            neighbours = {
                before.pixel(min(width - 1, max(0, x + dx)), min(height - 1, max(0, y + dy)))
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            }
            assert len(neighbours) > 1 or abs(a.lightness() - b.lightness()) <= 2, (exercise, x, y)
    assert 0 < changed < 0.03 * total  # 1.9 % when written


def test_dropping_old_drawings_keeps_the_side_named(
    view: PoseView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pose_view, "_CACHE_SIZE", 2)
    for fraction in (0.0, 0.5, 1.0):  # the third drops the first drawing
        view.show_pose(
            "supine-march", "start", "peak", mirrored=True, fraction=fraction, side="left"
        )
        assert view.accessibleName().endswith("left side")
    assert not view.is_placeholder()


def _painted_directly(drawing: Drawing, size: QSize, *, mirrored: bool = False) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_drawing(painter, drawing, QRectF(0, 0, size.width(), size.height()), mirrored=mirrored)
    painter.end()
    return image


def _looks_the_same(shown: QImage, direct: QImage) -> bool:
    """Equal but for antialiased edge pixels a level or two apart (see the replay test)."""
    a, b = bytes(shown.constBits()), bytes(direct.constBits())
    differ = [abs(x - y) for x, y in zip(a, b, strict=True) if x != y]
    return len(a) == len(b) and max(differ, default=0) <= 2 and len(differ) < 0.005 * len(a)


def test_the_lower_shows_the_lifts_figures_with_its_arrow_pointing_back(
    view: PoseView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lift and the lower back pass through the same positions. The lower,
    # though quicker and drawn at fewer positions, builds none of the figures
    # the lift drew; its own arrow, drawn on top, points back where the lift began.
    from psoas_timer.core.drawing import Arrow
    from psoas_timer.core.movement import move_positions

    view.resize(340, 271)
    size = QSize(340, 271)
    exercise = "half-kneeling-stretch"
    travel = view.travel_pixels(exercise, "setup", "stretch")
    lift, lower = move_positions(5.0, travel), move_positions(3.0, travel)
    assert lower < lift
    figures = set()
    began = None
    for k in range(lift + 1):
        view.show_pose(exercise, "setup", "stretch", mirrored=False, fraction=k / lift)
        view.grab()
        drawing = view.current_drawing()
        assert drawing is not None
        figures.add(tuple(i for i in drawing.items if not isinstance(i, Arrow)))
        if began is None:
            began = next(i for i in drawing.items if isinstance(i, Arrow)).points[0]
    assert began is not None
    built: list[object] = []

    def counted(*args: object, **kwargs: object) -> Drawing:
        built.append(args)
        return render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pose_view, "render", counted)
    arrows = 0
    for k in range(lower + 1):
        view.show_pose(exercise, "stretch", "setup", mirrored=False, fraction=k / lower)
        shown = _image(view)
        drawing = view.current_drawing()
        assert drawing is not None
        assert tuple(i for i in drawing.items if not isinstance(i, Arrow)) in figures
        assert _looks_the_same(shown, _painted_directly(drawing, size)), k
        for arrow in (i for i in drawing.items if isinstance(i, Arrow)):
            arrows += 1
            tail, head = arrow.points[0], arrow.points[-1]
            assert (head[0] - began[0]) ** 2 + (head[1] - began[1]) ** 2 < (
                tail[0] - began[0]
            ) ** 2 + (tail[1] - began[1]) ** 2, k
    assert built == []
    assert arrows >= lower // 2


def test_past_its_memory_budget_the_figure_still_paints_and_keeps_no_more(
    view: PoseView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Painted figures are kept to be copied again, up to a budget; past it,
    # a figure is painted as before, and no more memory is taken.
    size = QSize(340, 271)
    view.resize(size)
    budget = 3 * 340 * 271 * 4
    monkeypatch.setattr(pose_pictures, "PIXMAP_BUDGET", budget)
    for exercise, first, second in (
        ("supine-march", "start", "peak"),
        ("half-kneeling-stretch", "setup", "stretch"),
    ):
        for round_trip in range(2):
            for k in range(11):
                fraction = k / 10 if round_trip == 0 else 1 - k / 10
                view.show_pose(exercise, first, second, mirrored=True, fraction=fraction)
                shown = _image(view)
                drawing, mirrored = view.shown_unmirrored()
                assert drawing is not None and mirrored
                direct = _painted_directly(drawing, size, mirrored=True)
                assert _looks_the_same(shown, direct), (exercise, round_trip, k)
                assert 0 < view.picture_bytes <= budget


def test_a_still_figure_keeps_no_picture(view: PoseView) -> None:
    # Only a moving figure is painted again and again; the library's still
    # figures are painted once and take no memory beyond their shapes.
    view.resize(340, 271)
    for exercise, keyframe in (("supine-march", "peak"), ("half-kneeling-stretch", "setup")):
        view.show_pose(exercise, keyframe, keyframe, mirrored=False, fraction=1.0)
        assert len(_colours(_image(view))) > 3
    assert view.picture_bytes == 0
    view.show_pose("supine-march", "start", "peak", mirrored=False, fraction=0.5)
    view.grab()
    assert view.picture_bytes > 0


def test_a_new_exercise_makes_room_for_its_pictures(
    view: PoseView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With room for three pictures, the exercise now moving keeps its own
    # (the last exercise's make room), so doing its movement again paints
    # nothing anew; within one movement none is given up for another.
    view.resize(340, 271)
    monkeypatch.setattr(pose_pictures, "PIXMAP_BUDGET", 3 * 340 * 271 * 4)
    made: list[object] = []

    class Counted(pose_view.QPixmap):  # type: ignore[misc,name-defined]
        def __init__(self, *args: object) -> None:
            made.append(args)
            super().__init__(*args)

    monkeypatch.setattr(pose_view, "QPixmap", Counted)

    def move(exercise: str, first: str, second: str) -> None:
        for fraction in (0.2, 0.5, 0.8):
            view.show_pose(exercise, first, second, mirrored=False, fraction=fraction)
            view.grab()

    move("supine-march", "start", "peak")
    assert len(made) == 3
    move("half-kneeling-stretch", "setup", "stretch")
    assert len(made) == 6
    move("half-kneeling-stretch", "setup", "stretch")
    assert len(made) == 6
    assert view.picture_bytes == 3 * 340 * 271 * 4
