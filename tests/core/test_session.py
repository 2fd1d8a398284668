"""The session state machine: exact, never early, and honest about gaps."""

from __future__ import annotations

import random
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Block, Phase, Routine
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.session import (
    CountdownTick,
    CueDue,
    Event,
    Extended,
    Finished,
    Paused,
    PauseReason,
    Session,
    State,
    StepEnded,
    StepStarted,
    Stopped,
)
from psoas_timer.core.timeline import Timeline, compile_timeline

CAT = load_catalogue()


def timeline(exercise_id: str = "supine-march", **overrides: float) -> Timeline:
    routine = Routine("t", "T", "", (Block(exercise_id, MappingProxyType(overrides)),))
    return compile_timeline(routine, CAT)


def run_for(s: Session, clock: ManualClock, seconds: float, step: float = 0.25) -> list[Event]:
    """Advance like the app's timer does: small steps, collecting every event."""
    events: list[Event] = []
    target = clock.now + seconds
    while clock.now < target - 1e-12:
        clock.advance(min(step, target - clock.now))
        events += s.update()
    return events


def started(events: list[Event]) -> list[Phase]:
    return [e.step.phase for e in events if isinstance(e, StepStarted)]


def test_lifecycle_idle_running_paused_finished() -> None:
    clock = ManualClock()
    s = Session(timeline(reps=1, sets=1), clock)
    assert s.state is State.IDLE and s.remaining() == 10
    events = s.start()
    assert s.state is State.RUNNING and started(events) == [Phase.PREPARE]
    clock.advance(4)
    assert s.remaining() == 6
    assert isinstance(s.pause()[-1], Paused)
    clock.advance(100)
    assert s.remaining() == 6, "time stands still while paused"
    s.resume()
    events = run_for(s, clock, 6)
    assert started(events) == [Phase.LIFT]
    clock.advance(1000)
    s.update()  # a long gap pauses rather than finishing silently
    assert s.state is State.PAUSED


def test_several_steps_passing_at_once_are_all_reported_in_order() -> None:
    clock = ManualClock()
    t = timeline("half-kneeling-stretch", reps=1, sets=1, hold_seconds=3, lift_seconds=1,
                 lower_seconds=1, prepare_seconds=1)
    s = Session(t, clock, gap_threshold=1000)
    s.start()
    clock.advance(t.total_seconds + 1)
    events = s.update()
    assert started(events) == [step.phase for step in t.steps[1:]]
    assert isinstance(events[-1], Finished)
    times = [e.at for e in events]
    assert times == sorted(times)
    ticks = [(e.step.phase, e.count) for e in events if isinstance(e, CountdownTick)]
    # Only steps longer than a count get that tick: the 3 s hold ticks 2 and 1.
    assert (Phase.HOLD, 2) in ticks and (Phase.HOLD, 1) in ticks
    assert (Phase.HOLD, 3) not in ticks
    assert s.state is State.FINISHED


def test_steps_start_exactly_at_their_deadlines_however_late_we_look() -> None:
    clock = ManualClock(start=50.0)
    t = timeline(reps=2, sets=1)
    s = Session(t, clock)
    s.start()
    origin = clock.now
    seen: list[StepStarted] = []
    while s.state is State.RUNNING:
        clock.advance(0.37)
        seen += [e for e in s.update() if isinstance(e, StepStarted)]
    for event in seen:
        assert event.at == pytest.approx(origin + event.step.start, abs=1e-9)


def test_countdown_ticks_and_cues_fire_once_at_their_moment() -> None:
    clock = ManualClock()
    t = timeline("half-kneeling-stretch", hold_seconds=30, reps=1, sets=1)
    hold = next(step for step in t if step.phase is Phase.HOLD)
    s = Session(t, clock)
    s.start()
    origin = clock.now
    events: list[Event] = []
    while s.state is State.RUNNING:
        clock.advance(0.25)
        events += s.update()
    ticks = [e for e in events if isinstance(e, CountdownTick) and e.step.index == hold.index]
    assert [e.count for e in ticks] == [3, 2, 1]
    hold_end = origin + hold.end
    assert [e.at for e in ticks] == [pytest.approx(hold_end - n) for n in (3, 2, 1)]
    cues = [e for e in events if isinstance(e, CueDue) and e.step.index == hold.index]
    assert [c.cue.text for c in cues] == [c.text for c in hold.cues]


def test_skip_back_and_skip_exercise() -> None:
    clock = ManualClock()
    routine = builtin_routines()["strength-starter"]
    s = Session(compile_timeline(routine, CAT), clock)
    s.start()
    clock.advance(3)
    events = s.skip()
    assert isinstance(events[0], StepEnded) and not events[0].completed
    assert s.step.phase is Phase.LIFT and s.remaining() == s.step.duration
    clock.advance(0.5)
    s.back()  # just begun: go to the step before
    assert s.step.phase is Phase.PREPARE and s.remaining() == s.step.duration
    clock.advance(5)
    s.back()  # well under way: restart it
    assert s.step.phase is Phase.PREPARE and s.remaining() == s.step.duration
    s.skip_exercise()
    assert s.step.exercise_id == "seated-leg-lift"
    assert s.step.phase is Phase.TRANSITION
    s.skip_exercise()
    assert s.state is State.FINISHED


def test_extend_adds_ten_seconds_to_a_hold_only() -> None:
    clock = ManualClock()
    s = Session(timeline(reps=1, sets=1), clock)
    s.start()
    s.skip()  # lift
    assert s.extend() == [] and s.remaining() == s.step.duration
    s.skip()  # hold
    clock.advance(1)
    events = s.extend()
    assert isinstance(events[-1], Extended)
    assert s.remaining() == pytest.approx(s.step.duration - 1 + 10)


def test_extension_moves_the_countdown_ticks() -> None:
    clock = ManualClock()
    s = Session(timeline("half-kneeling-stretch", hold_seconds=10, reps=1, sets=1), clock)
    s.start()
    s.skip()
    s.skip()  # hold, 10 s
    early = [e.count for e in run_for(s, clock, 8.5) if isinstance(e, CountdownTick)]
    assert early == [3, 2]
    s.extend()
    later = [e.count for e in run_for(s, clock, 11.4) if isinstance(e, CountdownTick)]
    assert later == [3, 2, 1]


def test_stop_ends_the_session() -> None:
    clock = ManualClock()
    s = Session(timeline(), clock)
    s.start()
    events = s.stop()
    assert isinstance(events[-1], Stopped) and s.state is State.STOPPED
    assert s.skip() == [] and s.resume() == []


def test_a_gap_pauses_at_the_step_it_was_in() -> None:
    clock = ManualClock()
    s = Session(timeline(), clock)
    s.start()
    clock.advance(4)
    s.update()
    clock.advance(30)  # the laptop slept
    events = s.update()
    assert events == [Paused(at=clock.now - 30, reason=PauseReason.GAP)]
    assert s.step.phase is Phase.PREPARE and s.remaining() == pytest.approx(6)


def test_a_long_routine_on_a_jittery_clock_has_no_drift() -> None:
    """60 minutes, irregular ticks, one 3 s stall: each step within 1 ms, end drift 0."""
    blocks = tuple(
        Block(e, MappingProxyType({}))
        for e in ["supine-march", "seated-leg-lift", "half-kneeling-stretch",
                  "supported-bridge", "table-leg-dangle", "ball-hip-flexion"] * 3
    )
    t = compile_timeline(Routine("long", "Long", "", blocks), CAT)
    assert t.total_seconds >= 3600
    rng = random.Random(7)
    clock = ManualClock(start=12345.678)
    s = Session(t, clock)
    s.start()
    origin = clock.now
    stall_at = origin + 1800
    stalled = False
    finished_at = 0.0
    worst_late = 0.0
    while s.state is State.RUNNING:
        if not stalled and clock.now >= stall_at:
            clock.advance(3.0)
            stalled = True
        else:
            clock.advance(rng.uniform(0.0005, 0.0015) if rng.random() < 0.5 else rng.uniform(0, 1))
        for event in s.update():
            if isinstance(event, Finished):
                finished_at = event.at
            if isinstance(event, StepStarted):
                planned = origin + event.step.start
                assert event.at >= planned - 1e-9, "never early"
                assert event.at - planned < 0.001
                worst_late = max(worst_late, clock.now - planned)
    assert stalled and s.state is State.FINISHED
    assert finished_at - origin == pytest.approx(t.total_seconds, abs=1e-6), "end drift is 0"


OPS = ["start", "pause", "resume", "skip", "back", "extend", "update", "skip_exercise", "toggle"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(builtin_routines())),
    st.lists(st.tuples(st.sampled_from(OPS), st.floats(0, 40)), max_size=60),
)
def test_any_sequence_of_operations_keeps_the_rules(routine_id: str, ops: list) -> None:
    clock = ManualClock()
    t = compile_timeline(builtin_routines()[routine_id], CAT)
    s = Session(t, clock)
    finished = 0
    last_at = float("-inf")
    for name, wait in [*ops, ("update", 1e6), ("resume", 0), ("update", 1e7)]:
        clock.advance(wait)
        events = getattr(s, name)()
        for event in events:
            assert event.at >= last_at - 1e-9, "events come in order"
            last_at = max(last_at, event.at)
            assert event.at <= clock.now + 1e-9, "nothing is reported before it happens"
            if isinstance(event, StepEnded) and event.completed:
                assert event.elapsed >= event.step.duration, "a step never ends early"
            if isinstance(event, Finished):
                finished += 1
        assert s.remaining() >= 0
        assert 0 <= s.fraction() <= 1
        if s.state is State.RUNNING:
            deadline = s.deadline
            assert (deadline is not None and deadline >= clock.now - 1e-9) or s.remaining() == 0
    assert finished <= 1
    if s.state is State.FINISHED:
        assert finished == 1
