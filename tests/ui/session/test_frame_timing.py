"""When the real window wakes and what it repaints: the second, the breath circle, the figure."""

from __future__ import annotations

import math
from itertools import pairwise
from types import MappingProxyType

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Block, Phase, Routine
from psoas_timer.core.session import State
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.session import frame_ticker
from psoas_timer.ui.session.breath_pacer import breath_level
from psoas_timer.ui.session.frame_ticker import GATHER_S
from psoas_timer.ui.session.session_view import MOVING
from tests.ui.helpers import play_timers, watching_every_event
from tests.ui.window_driving import (
    advance,
    key,
    label,
    load_walk,
    to_hold,
    to_phase,
)

# ----------------------------------------------------------------- timer


def test_timer_aims_at_the_next_displayed_second(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    for dt in (0.0, 0.3, 0.45, 0.9, 0.25):
        advance(window, clock, dt) if dt else None
        remaining = window.controller.remaining()
        to_next_second = remaining - (window.controller.display_seconds() - 1)
        assert window.controller.timer_active()
        assert window.controller.timer_interval() <= to_next_second * 1000 + 1


def test_animation_tick_is_at_most_30_fps_and_only_while_running_and_visible(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not window.ticker.is_active()  # idle: nothing moves
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.ticker.is_active()
    assert window.ticker.interval() >= 1000 / 30
    window.hide()
    qtbot.waitUntil(lambda: not window.ticker.is_active())
    window.show()
    qtbot.waitUntil(window.ticker.is_active)
    key(qtbot, window, Qt.Key.Key_Space)
    assert not window.ticker.is_active()


def test_animation_stops_while_minimised_or_on_another_page_and_resumes_after(
    window: MainWindow, qtbot: QtBot
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.ticker.is_active()
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.ticker.is_active())
    window.showNormal()
    qtbot.waitUntil(window.ticker.is_active)
    window.show_library()  # neither the pacer nor the figure shows there
    qtbot.waitUntil(lambda: not window.ticker.is_active())
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.ticker.is_active)
    assert window.controller.state is State.RUNNING  # the session itself ran on throughout


def test_the_pacer_wakes_the_app_only_when_the_circle_moves(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    step = to_hold(window, qtbot)
    pacer = window.session_view.pacer
    # At the bottom of a breath the circle hardly moves, and the ticker sleeps ...
    bottom = pacer.next_change()
    assert bottom is not None
    window.ticker.refresh()
    assert window.ticker.interval() >= round(bottom * 1000) - 1
    # ... mid-breath the circle's edge moves a pixel every few frames.
    advance(window, clock, min(step.breath_in / 2, step.duration / 2), step=0.25)
    mid = pacer.next_change()
    assert mid is not None and mid <= 0.15
    assert bottom > 2 * mid


def test_each_pacer_frame_draws_the_circle_where_the_breath_is(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # The pixel the edge is at is looked up, not worked out again, on a frame:
    # it is still the breath's level, to the nearest pixel, all through a breath.
    step = to_hold(window, qtbot)
    pacer = window.session_view.pacer
    session = window.controller.session
    assert session is not None
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    drawn = set()
    span = min(step.breath_in + step.breath_out, step.duration - 0.5)
    for _ in range(round(span / 0.05)):
        advance(window, clock, 0.05)
        window.ticker.refresh()
        level = breath_level(
            step.breath, step.breath_in, step.breath_out, session.elapsed(), session.duration
        )
        assert abs(pacer.level - level) * travel <= 0.5 + 1e-6
        drawn.add(round(pacer.level * travel))
    assert len(drawn) > travel / 2  # the circle grew (and shrank) pixel by pixel


def test_the_figure_moves_on_exactly_when_its_next_position_is_nearer(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # The ticker is told when the figure next moves: not a frame early (a
    # wasted wake-up) and not a frame late (a stutter).
    to_phase(window, qtbot, Phase.LIFT)
    panel, view = window.side_panel, window.pose_view
    moves = 0
    while (delay := panel.next_change()) is not None:
        window.ticker.refresh()
        before = view.current_fraction()
        clock.advance(delay - 0.001)
        window.ticker.refresh()
        assert view.current_fraction() == before  # a millisecond early: still
        clock.advance(0.001)
        window.ticker.refresh()
        assert view.current_fraction() > before  # on time: the next position
        moves += 1
    assert view.current_fraction() == 1.0
    assert moves >= 10


def test_a_figure_made_smaller_mid_lift_is_drawn_at_once_at_its_new_positions(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # A smaller figure is drawn at fewer positions (no more than its farthest
    # joint travels in pixels). Shrinking the window in a lift must not leave
    # the figure where the bigger one's positions had it until the next move.
    # A slow lift, so its positions are as many as the joint's pixels, not 10 a second.
    slow = Block("seated-leg-lift", MappingProxyType({"lift_seconds": 5}))
    step = to_phase(window, qtbot, Phase.LIFT, Routine("slow", "Slow lift", "", (slow,)))
    panel, view = window.side_panel, window.pose_view
    session = window.controller.session
    assert session is not None
    clock.advance(session.duration * 0.37)
    window.ticker.refresh()
    big = panel._positions(step, session.duration)
    assert view.current_fraction() == math.floor(0.37 * big + 0.5) / big
    window.resize(640, 420)
    qtbot.waitUntil(lambda: panel._positions(step, session.duration) < big)
    small = panel._positions(step, session.duration)
    window.ticker.refresh()
    assert view.current_fraction() == math.floor(0.37 * small + 0.5) / small
    assert math.floor(0.37 * small + 0.5) / small != math.floor(0.37 * big + 0.5) / big


class _Counter(QObject):
    """Counts the events of some types each watched object receives."""

    def __init__(self, types: tuple[QEvent.Type, ...]) -> None:
        super().__init__()
        self.types = types
        self.seen: list[tuple[QObject, QEvent.Type]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.types:
            self.seen.append((watched, event.type()))
        return False


def test_the_circle_is_painted_with_the_figure_or_the_second_when_they_change_too(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # Each paint of the window is a trip to the display server. When the
    # figure moves or the countdown's second changes in the wake-up where the
    # circle grows, the circle is painted in the same pass as they are; a
    # circle changing alone is painted at once, without a trip round the
    # event loop.
    pacer, view = window.session_view.pacer, window.pose_view
    countdown = window.session_view.countdown_label
    counter = _Counter((QEvent.Type.UpdateRequest, QEvent.Type.Paint))
    for watched in (window, pacer, view, countdown):
        watched.installEventFilter(counter)
    load_walk(window)
    key(qtbot, window, Qt.Key.Key_Space)
    start = clock.now
    before: dict[str, object] = {}
    together = {"figure": 0, "second": 0, "alone": 0}

    def passes() -> list[set[QObject]]:
        """The widgets painted in each of the window's paint passes so far."""
        found: list[set[QObject]] = []
        for watched, kind in counter.seen:
            if kind is QEvent.Type.UpdateRequest:
                found.append(set())
            elif found:
                found[-1].add(watched)
        return [painted for painted in found if painted]

    def look(at: float) -> None:
        # What the last wake-up left posted, the event loop handles before it sleeps.
        QApplication.processEvents()
        counter.seen.clear()
        before.update(level=pacer.level, figure=view.current_fraction(), second=countdown.text())
        before["step"] = window.controller.step

    def check(at: float) -> None:
        if at < start + 1 or window.controller.step is not before["step"]:
            return  # the session page settling in, or a new step (much else changes)
        painted_at_once = passes()
        QApplication.processEvents()
        if pacer.level == before["level"]:
            return
        with_pacer = [painted for painted in passes() if pacer in painted]
        assert len(with_pacer) == 1, f"the circle not drawn once {at - start:.3f} s in"
        if view.current_fraction() != before["figure"]:
            assert view in with_pacer[0], f"the circle and the figure apart {at - start:.3f} s in"
            together["figure"] += 1
        elif countdown.text() != before["second"]:
            assert countdown in with_pacer[0], f"circle and second apart {at - start:.3f} s in"
            together["second"] += 1
        else:
            assert painted_at_once == with_pacer, f"the circle drawn late {at - start:.3f} s in"
            together["alone"] += 1

    play_timers(window, clock, 20.0, before=look, after=check)
    assert together["figure"] >= 5 and together["second"] >= 5 and together["alone"] >= 20


def test_changes_close_together_are_drawn_in_one_wake_up_and_never_late_by_much(
    window: MainWindow, clock: ManualClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each wake-up costs a laptop's battery more than the drawing does. A change
    # of the circle or the figure due just before another (or just before the
    # countdown's next second) waits for it and is drawn with it: never early,
    # and never more than GATHER_S behind the breath or the movement.
    pacer, panel, view = window.session_view.pacer, window.side_panel, window.session_view
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    late = GATHER_S + 0.002  # the timers round up to the millisecond

    def drawn() -> tuple[object, ...]:
        return (pacer.level, window.pose_view.current_fraction(), view.countdown_label.text())

    def check(at: float) -> None:
        """What is on screen is how the breath and the movement look at some
        millisecond of the last GATHER_S."""
        session, step = window.controller.session, window.controller.step
        assert session is not None and step is not None
        start, duration = at - session.elapsed(), session.duration
        moments = [max(start, at - i / 1000) for i in range(round(late * 1000) + 1)]
        breath = (step.breath, step.breath_in, step.breath_out)
        levels = {round(breath_level(*breath, t - start, duration) * travel) for t in moments}
        assert round(pacer.level * travel) in levels, f"circle wrong {at - 1000:.3f} s in"
        if step.phase in MOVING:
            n = panel._positions(step, duration)
            # The nearest position; exactly halfway, either.
            fractions = {
                math.floor(min(1.0, (t - start) / duration) * n + 0.5 + e) / n
                for t in moments
                for e in (-1e-6, 1e-6)
            }
            figure = window.pose_view.current_fraction()
            assert figure in fractions, f"figure wrong {at - 1000:.3f} s in"

    def wake_ups(checked: bool) -> tuple[int, int]:
        """Wake-ups over the walk-through's first 20 s, and how many of them
        changed more than one of the circle, the figure and the countdown."""
        load_walk(window)
        key(qtbot, window, Qt.Key.Key_Space)
        shown = [drawn()]

        def after(at: float) -> None:
            if checked:
                check(at)
            shown.append(drawn())

        wakes = play_timers(
            window, clock, 20.0, before=check if checked else lambda at: None, after=after
        )
        step = window.controller.step
        assert step is not None and step.phase is not Phase.FINISHED
        changed = [sum(a != b for a, b in zip(*pair, strict=True)) for pair in pairwise(shown)]
        shared = sum(count > 1 for count in changed)
        return len(wakes), shared

    gathered, shared = wake_ups(checked=True)
    monkeypatch.setattr(frame_ticker, "GATHER_S", 0.0)
    apart, shared_apart = wake_ups(checked=False)
    assert gathered <= 0.9 * apart
    assert shared > shared_apart


def test_a_step_skipped_to_while_paused_shows_its_starting_breath(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    # Paused, no animation frames run; the step change alone must put the
    # circle where the new step's breath starts.
    step = to_hold(window, qtbot)
    pacer = window.session_view.pacer
    advance(window, clock, min(step.breath_in / 2, step.duration / 2), step=0.25)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.state is State.PAUSED
    key(qtbot, window, Qt.Key.Key_N)
    new = window.controller.step
    assert new is not None and new is not step
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    start = breath_level(new.breath, new.breath_in, new.breath_out, 0.0, new.duration)
    assert abs(pacer.level - start) * travel <= 0.5 + 1e-6
    assert not window.ticker.is_active()


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Paint and watched.objectName():
            self.painted.add(watched.objectName())
        return False


def test_a_countdown_second_repaints_only_the_numbers_that_change(
    window: MainWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    to_hold(window, qtbot)
    qtbot.wait(50)
    counter = _PaintCounter()
    with watching_every_event(counter):
        before = label(window, "countdownLabel").text()
        advance(window, clock, 1.0)
        qtbot.wait(50)
    assert label(window, "countdownLabel").text() != before
    assert {"countdownLabel", "elapsedLabel", "remainingLabel"} <= counter.painted
    # Nothing else on screen changed, so nothing else is drawn again.
    assert not {"routinePicker", "sidePanel", "exerciseLabel", "pages"} & counter.painted
