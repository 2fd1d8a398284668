"""A widget that paints the pose figure for the current step.

The widget holds no timers: the session controller calls :meth:`PoseView.show_pose`
with the fraction of the movement done, and the widget blends the two keyframes
and paints the resulting :class:`~psoas_timer.core.drawing.Drawing` with QPainter.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoas_timer.core.drawing import Drawing
from psoas_timer.core.kinematics import interpolate
from psoas_timer.core.movement import MOVE_POSITIONS, joint_travel, move_grid
from psoas_timer.core.palettes import PALETTES
from psoas_timer.core.pose import UNMIRRORED_SIDE, Pose, PoseLibrary
from psoas_timer.core.pose_render import motion_arrow, render, view_box

from ..common.visibility import ReportsVisibility
from ..common.vocabulary import QT_TRANSLATE_NOOP, in_sentence
from .figure_painter import COLOURS, DisplayList, fill, fit_drawing, fit_transform
from .pose_pictures import Picture, PictureBudget

__all__ = ["PoseView"]

_log = logging.getLogger(__name__)

_CACHE_SIZE = 256
PLACEHOLDER_TEXT = QT_TRANSLATE_NOOP("PoseView", "No exercise selected")


def _humanize(identifier: str) -> str:
    text = identifier.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


class _Shown(NamedTuple):
    """One position of a pose pair, as :meth:`PoseView.show_pose` keeps it."""

    #: The figure with its motion arrow: what :meth:`PoseView.current_drawing` reports.
    drawing: Drawing
    #: The figure alone, shared by the movement both ways (see :meth:`PoseView._body`).
    body: Drawing
    #: The arrow alone, in the direction of travel (``None``: holding still or arriving).
    arrow: Drawing | None


class PoseView(ReportsVisibility):
    """Paints the figure for one exercise, blended between two keyframes.

    The controller drives it: ``show_pose(exercise, from, to, mirrored=..., fraction=...)``.
    A fraction of the move is drawn at the nearest position of the pair's grid
    (:func:`~psoas_timer.core.movement.move_grid`: one per pixel the farthest
    joint travels at this size, up to MOVE_POSITIONS), whatever the
    movement's duration. Drawings are cached per pose pair and position,
    unmirrored: the other side is the same drawing painted reflected, so both
    sides share one set of drawings and nothing is reflected point by point.

    The figure and its motion arrow are kept apart: a lift and the lower back
    pass through the same positions, so they share the figure's drawings and
    differ only in the arrow, drawn on top. Each figure, once painted, is kept
    as a picture of the whole view (per palette, side and size, up to
    :data:`PIXMAP_BUDGET` bytes), so a movement seen before is one copy per
    frame instead of forty-odd antialiased shapes.

    Shown or hidden, it says so (:class:`~psoas_timer.ui.common.visibility.ReportsVisibility`)
    for whatever animates it.
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
        #: What is shown, unmirrored (``_mirrored`` says which way it is painted).
        self._shown: _Shown | None = None
        self._reflected: Drawing | None = None  # the shown drawing reflected, once asked for
        self._cache: OrderedDict[tuple[str, str, str, int], _Shown] = OrderedDict()
        #: The figures, per exercise, pose pair in the library's order and position.
        self._bodies: OrderedDict[tuple[str, str, str, int], tuple[Pose, Drawing]] = (
            OrderedDict()
        )
        # Each drawing's paint commands are recorded (per palette and side, for
        # the widget's size) the first time it is painted, and replayed from
        # then on (see :class:`DisplayList`); a new size records them again.
        self._lists: dict[tuple[int, str, bool], tuple[Drawing, DisplayList]] = {}
        #: Painted figures (see :meth:`_picture`), oldest first, and their bytes.
        self._pictures = PictureBudget()
        self._travel: dict[tuple[str, str, str], float] = {}
        self._order: dict[tuple[str, str, str], bool] = {}
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
        mirrored = bool(mirrored)
        index = round(fraction * MOVE_POSITIONS)
        if 0 < index < MOVE_POSITIONS and pose_to != pose_from:
            grid = self._grid(exercise_id, pose_from, pose_to)
            index = round(round(fraction * grid) * MOVE_POSITIONS / grid)
        key = (exercise_id, pose_from, pose_to, index)
        shown = self._cache.get(key)
        if shown is None:
            try:
                shown = self._work_out(*key)
            except KeyError as exc:
                _log.warning("cannot show pose: %s", exc)
                self.clear()
                return
            self._cache[key] = shown
            if len(self._cache) > _CACHE_SIZE:
                _key, dropped = self._cache.popitem(last=False)
                if dropped.arrow is not None:
                    self._forget(dropped.arrow)
        else:
            self._cache.move_to_end(key)
        unchanged = shown is self._shown and mirrored == self._mirrored and side == self._side
        self._exercise, self._from, self._to = exercise_id, pose_from, pose_to
        self._mirrored = mirrored
        self._fraction = fraction
        self._side = side
        if unchanged:
            return  # the same picture: no repaint (a slow movement spans several ticks)
        self._shown = shown
        self._reflected = None
        name = self._describe()
        if name != self.accessibleName():  # a movement keeps one name for half its positions
            self.setAccessibleName(name)
        self.update()

    def clear(self) -> None:
        """Show the placeholder text instead of a figure."""
        self._exercise = self._from = self._to = None
        self._shown = None
        self._fraction = 0.0
        what = in_sentence(self.tr(PLACEHOLDER_TEXT))
        self.setAccessibleName(self.tr("Pose: {what}").format(what=what))
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
        if self._shown is None:
            return None
        return self._from if self._fraction < 0.5 else self._to

    def current_fraction(self) -> float:
        return self._fraction

    def current_drawing(self) -> Drawing | None:
        """The drawing as shown: reflected for the other side (the view paints
        the unreflected one reflected, which places a dashed edge's dashes a
        pixel or so differently)."""
        if self._shown is None or not self._mirrored:
            return None if self._shown is None else self._shown.drawing
        if self._reflected is None:
            self._reflected = self._shown.drawing.reflected()
        return self._reflected

    def shown_unmirrored(self) -> tuple[Drawing | None, bool]:
        """What is painted: the drawing before any reflection, and whether it is reflected."""
        return (None if self._shown is None else self._shown.drawing), self._mirrored

    def is_placeholder(self) -> bool:
        return self._shown is None

    @property
    def picture_bytes(self) -> int:
        """Memory taken by the painted figures kept (at most :data:`PIXMAP_BUDGET`)."""
        return self._pictures.bytes

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
            shown = self._shown
            if shown is None:
                fill(painter, rect, self.palette().color(self.backgroundRole()))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                font = painter.font()
                font.setPointSizeF(max(font.pointSizeF(), 11.0))
                painter.setFont(font)
                painter.drawText(
                    rect,
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.tr(PLACEHOLDER_TEXT),
                )
                return
            palette = self.palette_name()
            body = shown.body
            device = fit_transform(body.view_box, rect, mirrored=self._mirrored)
            picture = self._picture(body, palette, device, rect, new=self._from != self._to)
            if picture is not None:
                painter.drawPixmap(0, 0, picture.pixmap)
            else:
                self._paint_body(painter, body, palette, device, rect)
            if shown.arrow is not None:
                if picture is not None:
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    fit_drawing(painter, body, rect, mirrored=self._mirrored)
                self._list(shown.arrow, palette, device).play(painter)
        finally:
            painter.end()

    # --- drawings ------------------------------------------------------------------------

    def _work_out(self, exercise_id: str, pose_from: str, pose_to: str, index: int) -> _Shown:
        """The drawings for ``index`` of :data:`MOVE_POSITIONS` from ``pose_from`` to
        ``pose_to`` (``KeyError`` for an unknown exercise or keyframe)."""
        a = self._library.get(exercise_id, pose_from)
        b = self._library.get(exercise_id, pose_to)
        pose, body = self._body(exercise_id, pose_from, pose_to, index, a, b)
        arrow = None
        if b != a:
            items = motion_arrow(pose, b)
            if items:
                arrow = Drawing(body.view_box, items)
        drawing = body if arrow is None else body._replace(items=body.items + arrow.items)
        return _Shown(drawing, body, arrow)

    def _body(
        self, exercise_id: str, pose_from: str, pose_to: str, index: int, a: Pose, b: Pose
    ) -> tuple[Pose, Drawing]:
        """The figure (no arrow) ``index`` of :data:`MOVE_POSITIONS` from ``a`` to ``b``,
        and its pose.

        Kept per pair in the library's order, so the movement back is drawn from
        the same figures: ``index`` from ``a`` is ``MOVE_POSITIONS - index``
        from ``b``. At either end it is the keyframe itself, which a hold shows.
        """
        if index == 0 or pose_from == pose_to:
            key, first, second, t = (exercise_id, pose_from, pose_from, 0), a, a, 0
        elif index >= MOVE_POSITIONS:
            key, first, second, t = (exercise_id, pose_to, pose_to, 0), b, b, 0
        elif self._in_order(exercise_id, pose_from, pose_to):
            key, first, second, t = (exercise_id, pose_from, pose_to, index), a, b, index
        else:
            t = MOVE_POSITIONS - index
            key, first, second = (exercise_id, pose_to, pose_from, t), b, a
        kept = self._bodies.get(key)
        if kept is not None:
            self._bodies.move_to_end(key)
            return kept
        pose = interpolate(first, second, t / MOVE_POSITIONS)
        kept = self._bodies[key] = (pose, render(pose))
        if len(self._bodies) > _CACHE_SIZE:
            _key, (_pose, dropped) = self._bodies.popitem(last=False)
            self._forget(dropped)
        return kept

    def _in_order(self, exercise_id: str, first: str, second: str) -> bool:
        """Whether ``first`` comes before ``second`` in the library (an unknown one last)."""
        key = (exercise_id, first, second)
        known = self._order.get(key)
        if known is None:
            keyframes = self._library.keyframes(exercise_id)
            rank = {name: i for i, name in enumerate(keyframes)}
            known = self._order[key] = rank.get(first, len(rank)) <= rank.get(second, len(rank))
        return known

    def _grid(self, exercise_id: str, pose_from: str, pose_to: str) -> int:
        """How many positions a movement between two keyframes is drawn from, at
        this size, either way (:func:`~psoas_timer.core.movement.move_grid`)."""
        if not self._in_order(exercise_id, pose_from, pose_to):
            pose_from, pose_to = pose_to, pose_from
        return move_grid(self.travel_pixels(exercise_id, pose_from, pose_to))

    def _forget(self, drawing: Drawing) -> None:
        """Drop what was recorded and painted of a drawing no longer kept."""
        for palette in PALETTES:
            for flipped in (False, True):
                key = (id(drawing), palette, flipped)
                self._lists.pop(key, None)
                self._pictures.drop(key)

    def _paint_body(
        self, painter: QPainter, body: Drawing, palette: str, device: QTransform, rect: QRectF
    ) -> None:
        """The background and the figure, from its display list."""
        fill(painter, rect, COLOURS[palette]["background"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fit_drawing(painter, body, rect, mirrored=self._mirrored)
        self._list(body, palette, device).play(painter)

    def _list(self, drawing: Drawing, palette: str, device: QTransform) -> DisplayList:
        """``drawing``'s paint commands for this palette, side and placement."""
        key = (id(drawing), palette, self._mirrored)
        entry = self._lists.get(key)
        if entry is None or entry[0] is not drawing or not entry[1].fits(device):
            entry = self._lists[key] = (drawing, DisplayList.of(drawing, COLOURS[palette], device))
        return entry[1]

    def _picture(
        self, body: Drawing, palette: str, device: QTransform, rect: QRectF, *, new: bool
    ) -> Picture | None:
        """The whole view with ``body`` painted on it, painted once and kept; ``None``
        when none is kept and ``new`` is false (a still figure is painted once,
        so it gets no picture of its own; a hold shows the one its lift ended
        on), or when one would take the pictures past :data:`PIXMAP_BUDGET` bytes.

        To make room, pictures of other exercises, sides, palettes or sizes go
        first, oldest first; within a movement, none does, since a movement
        done again asks for its positions in the same order and an evicted
        first position would evict the next, and so on.
        """
        key = (id(body), palette, self._mirrored)
        ratio = self.devicePixelRatioF()
        kept = self._pictures.get(key, body, device, ratio)
        if kept is not None:
            return kept
        if not new:
            return None
        width, height = round(rect.width() * ratio), round(rect.height() * ratio)
        size = width * height * 4
        group = (self._exercise, palette, self._mirrored, device, ratio)
        if not self._pictures.room_for(size, group):
            return None
        pixmap = QPixmap(width, height)
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        try:
            self._paint_body(painter, body, palette, device, rect)
        finally:
            painter.end()
        return self._pictures.keep(key, Picture(body, pixmap, device, ratio, group, size))

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
