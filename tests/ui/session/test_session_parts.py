"""The small pieces: breath pacing, countdown wording, where-you-are and next-up texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Breath, Phase, Side
from psoas_timer.store.library import load_library
from psoas_timer.ui.common.clock_text import format_clock, format_countdown
from psoas_timer.ui.session.breath_pacer import breath_level
from psoas_timer.ui.session.countdown import CountdownLabel
from psoas_timer.ui.session.session_view import next_text, short_title, where_text
from psoas_timer.ui.session.step_pose import mirrored_for
from psoas_timer.ui.session.timeline_strip import TimelineStrip
from tests.ui.helpers import shown_window, watching_every_event


def test_inhale_grows_and_exhale_shrinks_over_the_step() -> None:
    grow = [breath_level(Breath.INHALE, 4, 6, t, 3) for t in (0, 1, 2, 3)]
    shrink = [breath_level(Breath.EXHALE, 4, 6, t, 3) for t in (0, 1, 2, 3)]
    assert grow == sorted(grow) and grow[0] == 0 and grow[-1] == pytest.approx(1)
    assert shrink == sorted(shrink, reverse=True) and shrink[-1] == pytest.approx(0)


def test_paced_breath_follows_the_steps_pace() -> None:
    # 4 s in, 6 s out: full at 4 s, empty again at 10 s, half-way up at 2 s.
    assert breath_level(Breath.PACED, 4, 6, 0, 60) == pytest.approx(0)
    assert breath_level(Breath.PACED, 4, 6, 2, 60) == pytest.approx(0.5)
    assert breath_level(Breath.PACED, 4, 6, 4, 60) == pytest.approx(1)
    assert breath_level(Breath.PACED, 4, 6, 7, 60) == pytest.approx(0.5)
    assert breath_level(Breath.PACED, 4, 6, 10, 60) == pytest.approx(0)


@given(
    st.sampled_from(list(Breath)),
    st.floats(1, 30),
    st.floats(1, 30),
    st.floats(0, 600),
    st.floats(0.1, 600),
)
def test_breath_level_stays_in_range(
    breath: Breath, inhale: float, exhale: float, elapsed: float, duration: float
) -> None:
    assert 0.0 <= breath_level(breath, inhale, exhale, min(elapsed, duration), duration) <= 1.0


@given(st.floats(0, 600), st.floats(1, 30), st.floats(1, 30))
def test_pacer_moves_calmly(elapsed: float, inhale: float, exhale: float) -> None:
    # Never more than one full swing per breath: a 40 ms frame moves it at most a little.
    a = breath_level(Breath.PACED, inhale, exhale, elapsed, 600)
    b = breath_level(Breath.PACED, inhale, exhale, elapsed + 0.04, 600)
    assert abs(a - b) <= 0.04 * 3.2 / min(inhale, exhale)


def test_countdown_and_clock_formats() -> None:
    assert format_countdown(9) == "9"
    assert format_countdown(59) == "59"
    assert format_countdown(90) == "1:30"
    assert format_countdown(-1) == "0"
    assert format_clock(561) == "9:21"
    assert format_clock(3725) == "1:02:05"


def test_mirroring_shows_the_working_side() -> None:
    assert mirrored_for(Side.LEFT) is True
    assert mirrored_for(Side.RIGHT) is False
    assert mirrored_for(Side.BOTH) is False
    assert mirrored_for(None) is False


def test_where_and_next_texts_along_a_routine() -> None:
    library = load_library()
    timeline = library.timeline(library.resolve("strength-starter"))
    steps = list(timeline)
    lift = next(s for s in steps if s.phase is Phase.LIFT and s.rep_no == 3 and s.side is Side.LEFT)
    assert where_text(lift) == "Set 1 · Rep 3 of 8 · Left side"
    assert short_title(lift) == "Left knee up"
    assert next_text(timeline, lift.index) == "Next: Hold the left knee up (0:02)"
    # The last step of an exercise names the next exercise.
    last = max((s for s in steps if s.block_no == 1), key=lambda s: s.index)
    assert next_text(timeline, last.index) == f"Next: {timeline[last.index + 1].exercise_name}"
    assert next_text(timeline, len(timeline) - 2) == "Next: finished, well done"
    assert next_text(timeline, len(timeline) - 1) == ""
    both = library.timeline(library.resolve("supported-bridge"))
    hold = next(s for s in both if s.phase is Phase.HOLD)
    assert where_text(hold) == "Set 1 · Rep 1 of 8 · Both sides"


def test_a_movement_is_drawn_at_ten_positions_a_second_at_most() -> None:
    from psoas_timer.core.movement import MOVE_POSITIONS, move_positions

    assert move_positions(2) == 20
    assert move_positions(3) == 30
    assert move_positions(60) == MOVE_POSITIONS
    assert move_positions(0) == 1
    # A slight movement: no position is drawn that moves nothing by a whole pixel.
    assert move_positions(5, travel_px=35.2) == 35
    assert move_positions(5, travel_px=0.2) == 1


# ------------------------------------------------------- the countdown's second


def _on_screen(widget: QWidget) -> QImage:
    """What the window shows where ``widget`` is: the backing store, not a fresh paint."""
    window = widget.window()
    screen = window.screen()
    top_left = widget.mapTo(window, QPoint(0, 0))
    shot = screen.grabWindow(
        window.winId(), top_left.x(), top_left.y(), widget.width(), widget.height()
    )
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


class _LayoutCounter(QObject):
    """Counts layout requests in one window (other tests' windows may still relayout)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.requests = 0
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.LayoutRequest and (
            watched is self.window
            or (isinstance(watched, QWidget) and self.window.isAncestorOf(watched))
        ):
            self.requests += 1
            self.seen.append(f"{type(watched).__name__}:{watched.objectName()}")
        return False


def test_a_countdown_second_shows_the_same_digits_as_a_full_repaint_without_a_new_layout(
    qtbot: QtBot, clock: ManualClock
) -> None:
    from tests.ui.window_driving import advance, to_hold

    window = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    hold = to_hold(window, qtbot)
    assert hold.duration >= 3
    countdown = window.session_view.countdown_label
    # The work deferred past the first paint (history, self-check panel) lays out
    # widgets of its own; on a loaded machine it may not have run yet. Do it now.
    window.logic.after_first_paint()
    qtbot.wait(50)
    counter = _LayoutCounter(window)
    with watching_every_event(counter):
        for _ in range(2):  # seconds within the hold
            before = countdown.text()
            advance(window, clock, 1.0)
            qtbot.wait(30)
            assert countdown.text() != before
            # The digits the person sees are the ones a full repaint draws: no
            # stale strip of the last second's digits is left around them.
            shown = _on_screen(countdown)
            countdown.repaint()
            assert shown == _on_screen(countdown)
    assert counter.requests == 0, counter.seen  # nothing else on screen moved for the new digits


def _shown_countdown(qtbot: QtBot) -> tuple[QWidget, CountdownLabel, QVBoxLayout]:
    """A countdown in a layout, on screen (with the window, which keeps it alive)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    label = CountdownLabel(parent)
    layout.addWidget(label)
    parent.show()
    qtbot.waitExposed(parent)
    return parent, label, layout


def test_a_countdown_that_needs_more_room_still_asks_for_it(qtbot: QtBot) -> None:
    _window, label, layout = _shown_countdown(qtbot)
    label.setText("9")
    narrow = label.sizeHint().width()
    label.setText("1:00")
    assert label.text() == "1:00"
    assert label.sizeHint().width() > narrow
    qtbot.waitUntil(lambda: layout.sizeHint().width() >= label.sizeHint().width())


def test_a_countdown_in_a_bigger_font_is_measured_and_drawn_anew(qtbot: QtBot) -> None:
    # The digits' sizes are measured once per font: a new font measures them again.
    _window, label, _layout = _shown_countdown(qtbot)
    label.setText("45")
    small = (label.sizeHint(), label.digit_height())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    label.setFont(font)
    qtbot.waitUntil(lambda: label.height() >= label.sizeHint().height())
    assert label.sizeHint().width() > 2 * small[0].width() - 16
    assert label.digit_height() > 2 * small[1]
    # The digits drawn fill the taller label: their ink is as tall as the font's digits.
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixel(0, 0)
    rows = [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != background for x in range(image.width()))
    ]
    assert rows and rows[-1] - rows[0] + 1 >= label.digit_height() - 2


class _DrawnAsText(CountdownLabel):
    """The countdown as Qt draws its text: what the glyph images must look like."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self._origin(self.text()), self.text())
        painter.end()


def _apart(a: int, b: int) -> bool:
    return max(abs((a >> k & 255) - (b >> k & 255)) for k in (0, 8, 16)) > 64


def _big_countdown(qtbot: QtBot, cls: type[CountdownLabel], text: str) -> CountdownLabel:
    label = cls()
    qtbot.addWidget(label)
    font = label.font()
    font.setPixelSize(240)
    font.setBold(True)
    label.setFont(font)
    label.setText(text)
    label.resize(label.sizeHint().width() + 41, label.sizeHint().height() + 3)
    return label


@pytest.mark.parametrize("text", ["1:30", "45", "10:07", "✓"])
def test_the_countdown_looks_as_its_text_would_in_every_colour(qtbot: QtBot, text: str) -> None:
    # Each character is drawn once into an image and reused; on screen the
    # digits must be the text's own, in the right places (at most half a pixel
    # off) and in the colour of the moment: greyed while paused.
    colours = set()
    labels = [_big_countdown(qtbot, cls, text) for cls in (CountdownLabel, _DrawnAsText)]
    for enabled in (True, False, True):
        for label in labels:
            label.setEnabled(enabled)
        shown, wanted = (
            label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32) for label in labels
        )
        assert (shown.width(), shown.height()) == (wanted.width(), wanted.height())
        background = wanted.pixel(0, 0)
        ink = 0
        far: list[tuple[int, int]] = []
        for y in range(wanted.height()):
            for x in range(wanted.width()):
                a, b = shown.pixel(x, y), wanted.pixel(x, y)
                ink += b != background
                if _apart(a, b):
                    far.append((x, y))
        assert ink > 1000
        assert len(far) <= ink * 0.1, (enabled, len(far), ink)
        # Where they differ, the text is there within a pixel: each channel lies
        # between what the text has around that pixel (moved, not redrawn).
        for x, y in far:
            around = [wanted.pixel(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            for k in (0, 8, 16):
                level = shown.pixel(x, y) >> k & 255
                levels = [p >> k & 255 for p in around]
                assert min(levels) - 16 <= level <= max(levels) + 16, (x, y)
        darkest = min(
            (shown.pixel(x, y) for y in range(shown.height()) for x in range(shown.width())),
            key=lambda p: (p >> 16 & 255) + (p >> 8 & 255) + (p & 255),
        )
        assert darkest == min(
            (wanted.pixel(x, y) for y in range(wanted.height()) for x in range(wanted.width())),
            key=lambda p: (p >> 16 & 255) + (p >> 8 & 255) + (p & 255),
        )
        colours.add(darkest)
    assert len(colours) == 2  # greyed while paused, and back


# ------------------------------------------------------------- the pacer's frames


@pytest.mark.parametrize(
    ("breath", "inhale", "exhale", "duration", "travel"),
    [
        (Breath.INHALE, 4.0, 4.0, 3.0, 32.2),
        (Breath.EXHALE, 4.0, 4.0, 2.0, 32.2),
        (Breath.STEADY, 4.0, 6.0, 30.0, 32.2),
        (Breath.STEADY, 3.0, 3.0, 12.0, 63.0),
        (Breath.STEADY, 5.0, 5.0, 7.0, 5.4),
    ],
)
def test_the_pacer_is_redrawn_whenever_its_edge_moves_a_pixel(
    breath: Breath, inhale: float, exhale: float, duration: float, travel: float
) -> None:
    """Sampled every millisecond, the edge never moves a whole pixel without a
    frame due within a millisecond of it, and no frame is due before it moves."""
    from psoas_timer.ui.session.breath_pacer import pixel_changes

    def pixel(t: float) -> int:
        return round(breath_level(breath, inhale, exhale, t, duration) * travel)

    changes = pixel_changes(breath, inhale, exhale, duration, travel)
    assert changes == sorted(changes)
    moves = [
        ms / 1000
        for ms in range(1, round(duration * 1000))
        if pixel(ms / 1000) != pixel((ms - 1) / 1000)
    ]
    assert moves  # the circle does move
    for moved in moves:  # a frame comes at most a millisecond after each move ...
        assert any(moved - 0.001 < t <= moved + 1e-5 for t in changes), moved
    for t in changes:  # ... and none before it has moved (just then)
        assert pixel(t) != pixel(t - 2e-6), t


def test_an_animation_frame_shows_the_pacers_new_size_at_once(
    qtbot: QtBot, clock: ManualClock
) -> None:
    """The frame that finds the edge moved puts the new circle on screen itself,
    not one event-loop round later; and it is the circle a full repaint draws."""
    from tests.ui.window_driving import advance, to_hold

    window = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    to_hold(window, qtbot)
    pacer = window.session_view.pacer
    qtbot.wait(50)
    before = _on_screen(pacer)
    due = pacer.next_change()
    assert due is not None
    advance(window, clock, due + 0.001)
    window.ticker.refresh()  # no event processing after it
    shown = _on_screen(pacer)
    assert shown != before
    pacer.repaint()
    assert shown == _on_screen(pacer)


class _PaintRects(QObject):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Paint and watched.objectName() == self.name:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def test_the_timeline_marker_moves_by_repainting_only_around_it(
    qtbot: QtBot, clock: ManualClock
) -> None:
    from tests.ui.window_driving import advance, to_hold

    window = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    to_hold(window, qtbot)
    strip = window.findChild(QWidget, "timelineStrip")
    assert isinstance(strip, TimelineStrip)
    qtbot.wait(50)
    start = strip.marker_x()
    counter = _PaintRects("timelineStrip")
    with watching_every_event(counter):
        while round(strip.marker_x()) < round(start) + 3:
            advance(window, clock, 1.0)
            qtbot.wait(20)
    assert counter.rects  # the marker moved on screen ...
    assert all(rect.width() <= 40 for rect in counter.rects)  # ... not the whole strip
    # and left no trace where it was: the strip looks as a full repaint draws it.
    assert _on_screen(strip) == strip.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
