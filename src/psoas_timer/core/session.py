"""The session state machine over a compiled timeline.

States: idle -> running <-> paused -> finished, or stopped from any live state.

Every method returns the events it caused, in the order they happened.
Deadlines are absolute instants on the injected monotonic clock: a step ends
exactly where it started plus its duration, and the next step starts at that
instant, not at whatever moment the caller happened to notice it. Remaining
time is always ``deadline - now``.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from .clock import Clock
from .model import Phase, TimedCue
from .record import Record
from .timeline import COUNTED_DOWN, Step, Timeline

log = logging.getLogger(__name__)

#: A gap between updates longer than this (a suspended laptop, a frozen
#: process) pauses the session instead of running through the missed steps.
#: Time asleep counts toward it when the session has a sleep clock.
GAP_THRESHOLD = 5.0
#: Pressing back within this many seconds of a step's start goes to the step before.
BACK_GRACE = 2.0
#: The countdown ticks, in seconds before a step's end.
TICKS = (3, 2, 1)
EXTEND_SECONDS = 10.0


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class PauseReason(enum.Enum):
    USER = "user"
    GAP = "gap"  # no update for a while: a frozen process, or a suspend seen on the clock
    SLEEP = "sleep"  # the machine slept (seen on the sleep clock, or announced by the desktop)
    LOCK = "lock"  # the screen was locked


class Event(Record):
    """Something the session did, at clock time ``at``."""

    at: float


class StepStarted(Event):
    """A step began."""

    step: Step


class StepEnded(Event):
    """A step ended, done in full or not."""

    step: Step
    completed: bool  # False when skipped, gone back from, or stopped
    elapsed: float  # seconds actually spent in the step


class CueDue(Event):
    """A timed cue inside the step fell due."""

    step: Step
    cue: TimedCue


class CountdownTick(Event):
    """One of the last seconds (3, 2, 1) of a hold or rest."""

    step: Step
    count: int


class Paused(Event):
    """The session paused, and why."""

    reason: PauseReason


class Resumed(Event):
    """The session went on after a pause."""



class Extended(Event):
    """The current step got longer."""

    step: Step
    seconds: float
    duration: float  # the step's duration after the extension


class Finished(Event):
    """The routine ran to its end."""



class Stopped(Event):
    """The person stopped the session."""



class Session:
    """Runs a :class:`Timeline` against a monotonic clock.

    Args:
        timeline: the steps to run.
        clock: returns monotonic seconds.
        sleep_clock: a clock that also counts the time the machine is suspended
            (``CLOCK_BOOTTIME``), when ``clock`` does not; ``None`` where there
            is none. How much more it moved than ``clock`` between two updates
            is time asleep, which counts toward the gap.
        gap_threshold: see :data:`GAP_THRESHOLD`.
    """

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        *,
        sleep_clock: Clock | None = None,
        gap_threshold: float = GAP_THRESHOLD,
        back_grace: float = BACK_GRACE,
    ) -> None:
        if not timeline.steps:
            raise ValueError("a timeline has at least its finished step")
        self.timeline = timeline
        self._clock = clock
        self._sleep_clock = sleep_clock
        self.gap_threshold = gap_threshold
        self.back_grace = back_grace
        self.state = State.IDLE
        self.index = 0
        self._step_start = 0.0  # absolute instant the current step began (shifted by pauses)
        self._duration = timeline.steps[0].duration  # includes extensions
        self._paused_elapsed = 0.0
        self._cursor = -1.0  # in-step time up to which events were emitted
        self._last = 0.0  # the last instant the session was updated
        self._last_sleep_clock = 0.0  # the sleep clock's reading at that instant

    # ----------------------------------------------------------------- queries

    @property
    def step(self) -> Step:
        return self.timeline.steps[self.index]

    @property
    def duration(self) -> float:
        """The current step's duration, extensions included."""
        return self._duration

    @property
    def extension(self) -> float:
        return self._duration - self.step.duration

    @property
    def deadline(self) -> float | None:
        """The instant the current step ends, while running."""
        if self.state is State.RUNNING:
            return self._step_start + self._duration
        return None

    def elapsed(self, now: float | None = None) -> float:
        """Seconds into the current step."""
        if self.state is State.RUNNING:
            now = self._clock() if now is None else now
            return min(max(0.0, now - self._step_start), self._duration)
        if self.state is State.PAUSED:
            return self._paused_elapsed
        if self.state is State.FINISHED:
            return self._duration
        return 0.0

    def remaining(self, now: float | None = None) -> float:
        """Seconds left in the current step: ``deadline - now``, never negative."""
        if self.state is State.RUNNING:
            now = self._clock() if now is None else now
            return max(0.0, self._step_start + self._duration - now)
        return max(0.0, self._duration - self.elapsed(now))

    def fraction(self, now: float | None = None) -> float:
        """How far through the current step, 0..1."""
        if self._duration <= 0:
            return 1.0
        return min(1.0, self.elapsed(now) / self._duration)

    def total_remaining(self, now: float | None = None) -> float:
        later = sum(s.duration for s in self.timeline.steps[self.index + 1 :])
        return self.remaining(now) + later

    def position(self, now: float | None = None) -> float:
        """Where the session is on the planned timeline, in seconds from its start."""
        return self.step.start + self.step.duration * self.fraction(now)

    def next_event_time(self) -> float | None:
        """The next instant something is due (a cue, a tick or the step's end)."""
        if self.state is not State.RUNNING:
            return None
        due = [t for t, _ in self._in_step_events() if t > self._cursor]
        offset = min(due) if due else self._duration
        return self._step_start + min(offset, self._duration)

    # -------------------------------------------------------------- operations

    def start(self) -> list[Event]:
        if self.state is not State.IDLE:
            return []
        now = self._clock()
        self.state = State.RUNNING
        self._touch(now)
        return self._enter(0, now)

    def update(self, now: float | None = None) -> list[Event]:
        """Everything that happened since the last call, in order."""
        now = self._clock() if now is None else now
        asleep = self._asleep_since_last(now)
        if self.state is not State.RUNNING:
            self._touch(max(self._last, now))
            return []
        awake = now - self._last
        if awake + asleep > self.gap_threshold:
            # Nothing that fell due in the gap is played: the session pauses
            # where it was last seen running, as if paused then.
            reason = PauseReason.SLEEP if asleep > self.gap_threshold else PauseReason.GAP
            log.info("no update for %.1f s (%.1f s asleep); pausing the session",
                     awake + asleep, asleep)
            events = self._advance(self._last)
            if self.state is State.RUNNING:
                events += self._pause(self._last, reason)
            self._touch(now)
            return events
        events = self._advance(now)
        self._touch(max(self._last, now))
        return events

    def pause(self, reason: PauseReason = PauseReason.USER) -> list[Event]:
        """Pause now; ``reason`` says who asked (the person, or the desktop sleeping or locking)."""
        events = self.update()
        if self.state is not State.RUNNING:
            return events
        return events + self._pause(self._clock(), reason)

    def resume(self) -> list[Event]:
        if self.state is not State.PAUSED:
            return []
        now = self._clock()
        self._step_start = now - self._paused_elapsed
        self.state = State.RUNNING
        self._touch(now)
        return [Resumed(at=now)]

    def toggle(self) -> list[Event]:
        """Start, pause or resume, whichever fits: what the space bar does."""
        if self.state is State.IDLE:
            return self.start()
        if self.state is State.RUNNING:
            return self.pause()
        if self.state is State.PAUSED:
            return self.resume()
        return []

    def skip(self) -> list[Event]:
        """Go to the next step now."""
        return self._jump(lambda: self.index + 1)

    def skip_exercise(self) -> list[Event]:
        """Go to the first step of the next exercise (or the end)."""
        return self._jump(lambda: self.timeline.next_block_start(self.index))

    def back(self) -> list[Event]:
        """Restart the current step, or go to the one before if it has only just begun."""

        def target() -> int:
            if self.elapsed() < self.back_grace and self.index > 0:
                return self.index - 1
            return self.index

        return self._jump(target)

    def extend(self, seconds: float = EXTEND_SECONDS) -> list[Event]:
        """Add time to the current hold (or rest) step."""
        events = self.update()
        if self.state not in (State.RUNNING, State.PAUSED) or not self.step.extendable:
            return events
        if seconds <= 0:
            return events
        self._duration += seconds
        return [
            *events,
            Extended(at=self._clock(), step=self.step, seconds=seconds, duration=self._duration),
        ]

    def stop(self) -> list[Event]:
        events = self.update()
        if self.state not in (State.RUNNING, State.PAUSED):
            return events
        now = self._clock()
        ended = StepEnded(at=now, step=self.step, completed=False, elapsed=self.elapsed(now))
        self.state = State.STOPPED
        return [*events, ended, Stopped(at=now)]

    # ---------------------------------------------------------------- internals

    def _touch(self, now: float) -> None:
        """Remember ``now`` as the last update, on both clocks."""
        self._last = now
        if self._sleep_clock is not None:
            self._last_sleep_clock = self._sleep_clock()

    def _asleep_since_last(self, now: float) -> float:
        """Seconds the machine was suspended since the last update (0 without a sleep clock)."""
        if self._sleep_clock is None:
            return 0.0
        return max(0.0, (self._sleep_clock() - self._last_sleep_clock) - (now - self._last))

    def _jump(self, target_of: Callable[[], int]) -> list[Event]:
        events = self.update()
        if self.state not in (State.RUNNING, State.PAUSED):
            return events
        target = min(target_of(), len(self.timeline.steps) - 1)
        now = self._clock()
        paused = self.state is State.PAUSED
        events.append(StepEnded(at=now, step=self.step, completed=False, elapsed=self.elapsed(now)))
        self.state = State.RUNNING
        events += self._enter(target, now)
        if paused and self.state is State.RUNNING:
            self.state = State.PAUSED
            self._paused_elapsed = 0.0
        return events

    def _pause(self, at: float, reason: PauseReason) -> list[Event]:
        self._paused_elapsed = min(max(0.0, at - self._step_start), self._duration)
        self.state = State.PAUSED
        return [Paused(at=at, reason=reason)]

    def _enter(self, index: int, at: float) -> list[Event]:
        self.index = index
        self._step_start = at
        self._duration = self.step.duration
        self._cursor = -1.0
        self._paused_elapsed = 0.0
        events: list[Event] = [StepStarted(at=at, step=self.step)]
        if self.step.phase is Phase.FINISHED:
            self.state = State.FINISHED
            events.append(Finished(at=at))
        return events

    def _in_step_events(self) -> list[tuple[float, Event]]:
        step = self.step
        found: list[tuple[float, Event]] = [
            (cue.at, CueDue(at=self._step_start + cue.at, step=step, cue=cue))
            for cue in step.cues
            if cue.at < self._duration
        ]
        if step.phase in COUNTED_DOWN:
            for count in TICKS:
                offset = self._duration - count
                if offset > 0:
                    tick = CountdownTick(at=self._step_start + offset, step=step, count=count)
                    found.append((offset, tick))
        found.sort(key=lambda pair: pair[0])
        return found

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while self.state is State.RUNNING:
            end = self._step_start + self._duration
            limit = min(now, end) - self._step_start
            for offset, event in self._in_step_events():
                if self._cursor < offset <= limit:
                    events.append(event)
            self._cursor = max(self._cursor, limit)
            if now < end:
                break
            events.append(StepEnded(at=end, step=self.step, completed=True, elapsed=self._duration))
            events += self._enter(self.index + 1, end)
        return events
