"""Sitting reminders on fake clocks: what counts as sitting, what is a break."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.sitting import (
    BREAK_SECONDS,
    SNOOZE_SECONDS,
    Away,
    Schedule,
    SittingTracker,
    format_days,
    parse_clock,
    parse_days,
)

# Wednesday 2026-12-02 10:00 UTC
WED_10 = datetime(2026, 12, 2, 10, 0, tzinfo=UTC).timestamp()


class Clocks:
    """Monotonic, boot-time and wall clocks that move together, except in suspend."""

    def __init__(self, wall: float = WED_10) -> None:
        self.mono = ManualClock(100.0)
        self.boot = ManualClock(500.0)
        self.wall = ManualClock(wall)

    def sit(self, seconds: float) -> None:
        for clock in (self.mono, self.boot, self.wall):
            clock.advance(seconds)

    def suspend(self, seconds: float) -> None:
        self.boot.advance(seconds)
        self.wall.advance(seconds)

    def tracker(self, schedule: Schedule | None = None, **kw: object) -> SittingTracker:
        return SittingTracker(
            schedule or Schedule(), mono=self.mono, boot=self.boot, wall=self.wall, tz=UTC, **kw
        )


def test_fifty_minutes_of_sitting_make_a_reminder_due() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(49 * 60)
    assert not t.is_due()
    assert t.seconds_to_next_check() == pytest.approx(60)
    c.sit(60)
    assert t.is_due()


def test_a_short_absence_pauses_the_count_and_a_long_one_resets_it() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(40 * 60)
    t.set_away(Away.LOCKED, True)
    c.sit(BREAK_SECONDS - 1)
    t.set_away(Away.LOCKED, False)
    assert t.sitting_seconds == pytest.approx(40 * 60)  # paused, not counted
    t.set_away(Away.IDLE, True)
    c.sit(BREAK_SECONDS)
    t.set_away(Away.IDLE, False)
    assert t.sitting_seconds == 0  # a break


def test_idle_reported_late_takes_back_the_idle_time() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(30 * 60)
    # The desktop says "idle" once the user has been gone 3 minutes already.
    t.set_away(Away.IDLE, True, already=180)
    assert t.sitting_seconds == pytest.approx(27 * 60)
    c.sit(120)  # 3 + 2 = 5 minutes away in all: a break
    t.set_away(Away.IDLE, False)
    assert t.sitting_seconds == 0


def test_suspend_never_counts_and_a_long_one_is_a_break_even_without_a_signal() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(20 * 60)
    c.suspend(60)
    assert t.sitting_seconds == pytest.approx(20 * 60)
    c.suspend(2 * 60 * 60)
    assert t.sitting_seconds == 0


def test_overlapping_reasons_end_the_absence_only_when_the_last_one_ends() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(600)
    t.set_away(Away.LOCKED, True)
    t.set_away(Away.SLEEPING, True)
    c.suspend(60)
    t.set_away(Away.SLEEPING, False)
    assert t.away == {Away.LOCKED}
    assert t.seconds_to_next_check() is None  # nothing to wake up for
    c.sit(BREAK_SECONDS)
    t.set_away(Away.LOCKED, False)
    assert t.sitting_seconds == 0


def test_a_running_routine_is_not_sitting_and_a_finished_one_resets() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(55 * 60)
    t.set_away(Away.SESSION, True)
    assert not t.is_due()  # nothing is shown while a session runs
    c.sit(60)
    t.routine_finished()
    t.set_away(Away.SESSION, False)
    assert t.sitting_seconds == 0
    assert t.due_at == 50 * 60


def test_snooze_and_skip() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(50 * 60)
    assert t.is_due()
    t.snooze()
    assert not t.is_due()
    c.sit(SNOOZE_SECONDS)
    assert t.is_due()
    t.skip()
    assert t.sitting_seconds == 0
    assert not t.is_due()


def test_quiet_hours_and_days_off_do_not_count() -> None:
    # Quiet from 12:00 to 13:00, Wednesdays off on the second schedule.
    c = Clocks()
    t = c.tracker(Schedule(quiet_start=12 * 60, quiet_end=13 * 60))
    assert t.seconds_to_next_check() == pytest.approx(50 * 60)
    c.sit(100 * 60)  # 11:40, past due
    assert t.is_due()
    t.snooze()
    c.sit(20 * 60)  # 12:00: quiet begins; the timer is aimed at it
    assert t.seconds_to_next_check() == pytest.approx(60 * 60)  # until 13:00
    assert not t.is_due()
    assert Away.QUIET in t.away
    c.sit(60 * 60)  # 13:00: an hour away is a break
    t.update()
    assert Away.QUIET not in t.away
    assert t.sitting_seconds == 0

    off = Clocks().tracker(Schedule(days=parse_days("mon,tue,thu")))
    assert Away.QUIET in off.away
    assert not off.is_due()


def test_quiet_hours_wrap_past_midnight() -> None:
    night = Schedule(quiet_start=parse_clock("22:00"), quiet_end=parse_clock("07:00"))
    day = datetime(2026, 12, 2, tzinfo=UTC)
    assert not night.active_at(day.replace(hour=23))
    assert not night.active_at(day.replace(hour=6, minute=59))
    assert night.active_at(day.replace(hour=7))
    assert night.next_change(day.replace(hour=23)) == datetime(2026, 12, 3, 7, tzinfo=UTC)


def test_state_survives_a_quick_restart_but_not_a_long_one() -> None:
    c = Clocks()
    t = c.tracker()
    c.sit(30 * 60)
    t.snooze(120)
    state = t.to_state()
    c.wall.advance(60)
    again = c.tracker(state=state)
    assert again.sitting_seconds == pytest.approx(30 * 60)
    assert again.due_at == pytest.approx(30 * 60 + 120)
    c.wall.advance(BREAK_SECONDS)
    assert c.tracker(state=state).sitting_seconds == 0
    assert c.tracker(state={"sitting_seconds": "x"}).sitting_seconds == 0


def test_day_and_clock_texts() -> None:
    assert parse_days("Mon, wed,FRI") == {0, 2, 4}
    assert format_days({4, 0}) == "mon,fri"
    assert parse_clock("") is None
    assert parse_clock("07:05") == 425
    for bad in ("7", "24:00", "7:5", "ab:cd"):
        with pytest.raises(ValueError, match="HH:MM"):
            parse_clock(bad)
    with pytest.raises(ValueError, match="unknown day 'funday'"):
        parse_days("mon,funday")


EVENTS = st.lists(
    st.one_of(
        st.tuples(st.just("sit"), st.floats(0, 4000)),
        st.tuples(st.just("suspend"), st.floats(0, 4000)),
        st.tuples(st.sampled_from(list(Away)), st.booleans()),
        st.tuples(st.just("snooze"), st.just(0.0)),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(EVENTS)
def test_the_count_never_exceeds_the_time_present(events: list[tuple[object, object]]) -> None:
    c = Clocks()
    t = c.tracker()
    present = 0.0  # an upper bound: seconds sat while nothing said "away"
    for kind, value in events:
        if kind == "sit":
            assert isinstance(value, float)
            if not t.away:
                present += value
            c.sit(value)
        elif kind == "suspend":
            assert isinstance(value, float)
            c.suspend(value)
        elif kind == "snooze":
            t.snooze()
        else:
            assert isinstance(kind, Away) and isinstance(value, bool)
            t.set_away(kind, value)
        seconds = t.sitting_seconds
        assert 0 <= seconds <= present + 1e-6
        wait = t.seconds_to_next_check()
        assert wait is None or wait >= 0
        if wait is not None and not t.away:
            assert t.is_due() == (seconds >= t.due_at)
