"""A suspended machine: the monotonic clock stands still, the sleep clock does not."""

from __future__ import annotations

import time
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core import session as engine
from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import ManualClock, boottime_clock
from psoas_timer.core.model import Block, Phase, Routine
from psoas_timer.core.session import Paused, PauseReason, Session, State
from psoas_timer.core.timeline import Timeline, compile_timeline

CAT = load_catalogue()


def hold_timeline() -> Timeline:
    routine = Routine("t", "T", "", (Block("half-kneeling-stretch", MappingProxyType(
        {"prepare_seconds": 1, "lift_seconds": 1, "hold_seconds": 60})),))
    return compile_timeline(routine, CAT)


class Machine:
    """A monotonic clock and a boot-time clock; ``sleep`` moves only the second."""

    def __init__(self) -> None:
        self.monotonic = ManualClock(1000.0)
        self.boottime = ManualClock(5000.0)

    def run(self, seconds: float) -> None:
        self.monotonic.advance(seconds)
        self.boottime.advance(seconds)

    def sleep(self, seconds: float) -> None:
        self.boottime.advance(seconds)


def in_hold(machine: Machine) -> Session:
    s = Session(hold_timeline(), machine.monotonic, sleep_clock=machine.boottime)
    s.start()
    while s.step.phase is not Phase.HOLD:
        machine.run(0.25)
        s.update()
    for _ in range(40):
        machine.run(0.25)
        s.update()
    assert s.state is State.RUNNING
    return s


def test_a_suspend_mid_hold_pauses_at_that_step_with_what_was_left() -> None:
    machine = Machine()
    s = in_hold(machine)
    left, index = s.remaining(), s.index
    machine.sleep(2 * 3600)  # the lid closed; CLOCK_MONOTONIC stood still
    machine.run(0.3)  # the first timer after waking
    events = s.update()
    assert events == [Paused(at=machine.monotonic.now - 0.3, reason=PauseReason.SLEEP)]
    assert s.state is State.PAUSED and s.index == index
    assert s.remaining() == pytest.approx(left)


def test_waking_plays_no_backlog_and_resuming_goes_on_from_the_step() -> None:
    machine = Machine()
    s = in_hold(machine)
    left = s.remaining()
    machine.sleep(600)
    machine.run(0.5)
    events = s.update()
    backlog = engine.StepEnded | engine.StepStarted | engine.CueDue | engine.CountdownTick
    assert not [e for e in events if isinstance(e, backlog)]
    machine.run(30)  # the person gets back on the mat
    assert s.update() == []
    s.resume()
    machine.run(1)
    s.update()
    assert s.step.phase is Phase.HOLD and s.remaining() == pytest.approx(left - 1)


@settings(max_examples=60, deadline=None)
@given(
    awake=st.lists(st.floats(0.01, 1.0), min_size=1, max_size=40),
    naps=st.lists(st.floats(0.0, 3.9), min_size=1, max_size=40),
)
def test_short_stalls_of_both_clocks_alike_never_count_as_sleep(
    awake: list[float], naps: list[float]
) -> None:
    """Time awake plus time asleep under the gap threshold leaves it running."""
    machine = Machine()
    s = Session(hold_timeline(), machine.monotonic, sleep_clock=machine.boottime)
    s.start()
    for dt, nap in zip(awake, naps, strict=False):
        machine.sleep(nap)
        machine.run(dt)
        assert not [e for e in s.update() if isinstance(e, Paused)]
    assert s.state in (State.RUNNING, State.FINISHED)


def test_without_a_sleep_clock_a_session_behaves_as_before() -> None:
    machine = Machine()
    s = Session(hold_timeline(), machine.monotonic)
    s.start()
    machine.sleep(3600)
    machine.run(0.5)
    assert s.update() == [] and s.state is State.RUNNING


def test_the_desktop_going_to_sleep_pauses_with_its_reason() -> None:
    machine = Machine()
    s = in_hold(machine)
    assert s.pause(PauseReason.LOCK) == [Paused(at=machine.monotonic.now, reason=PauseReason.LOCK)]


def test_the_boot_time_clock_counts_on_linux_and_is_none_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = boottime_clock()
    if hasattr(time, "CLOCK_BOOTTIME"):
        assert clock is not None
        # CLOCK_BOOTTIME is CLOCK_MONOTONIC plus the time asleep: never behind it.
        assert clock() >= time.monotonic() - 0.01
    monkeypatch.delattr(time, "CLOCK_BOOTTIME", raising=False)
    assert boottime_clock() is None
