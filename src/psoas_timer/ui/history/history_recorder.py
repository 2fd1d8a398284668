"""Records every session into the history store as it runs.

:class:`SessionRecorder` turns engine events into history rows and knows
nothing of Qt; :class:`HistoryRecorder` feeds it from a
:class:`~psoas_timer.ui.session.controller.SessionController`.

What counts:
    * a step that runs to its end is *completed*;
    * a step left early for a later one is *skipped*, together with every step
      jumped over (skipping to the next exercise skips the rest of this one);
    * a step left by going back is neither: it will be done again;
    * the step in progress when the session is stopped is neither;
    * seconds held are the hold steps' real elapsed time, extensions included.

An exercise is written when the session moves on to another one, finishes
or is stopped; the session row is written at its first step.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, Signal

from ...core.clock import Clock
from ...core.model import Phase, Side
from ...core.progress import (
    ExerciseResult,
    Feeling,
    SelfCheck,
    SessionRecord,
    SideResult,
    Status,
    local_day,
)
from ...core.session import Event, Extended, Finished, State, StepEnded, StepStarted, Stopped
from ...core.timeline import Step, Timeline
from ...store.history import HistoryStore
from ..session.controller import SessionController

log = logging.getLogger(__name__)

#: Steps whose skipping means the exercise was not done completely.
WORK_PHASES = frozenset({Phase.LIFT, Phase.HOLD, Phase.LOWER})


@dataclass
class _Side:
    side: str
    planned_hold: float = 0.0
    holds_planned: int = 0
    hold_seconds: float = 0.0
    holds_completed: int = 0
    holds_skipped: int = 0


@dataclass
class _Block:
    block_no: int
    exercise_id: str
    exercise_name: str
    planned_reps: int
    planned_sets: int
    sides: dict[str, _Side] = field(default_factory=dict)
    steps_completed: int = 0
    steps_skipped: int = 0
    work_skipped: int = 0
    extensions: int = 0
    extension_seconds: float = 0.0

    def side(self, side: Side | None) -> _Side:
        name = (side or Side.BOTH).value
        return self.sides.setdefault(name, _Side(name))

    @property
    def touched(self) -> bool:
        held = any(s.hold_seconds > 0 for s in self.sides.values())
        return held or self.steps_completed + self.steps_skipped > 0


def _plan(timeline: Timeline) -> dict[int, _Block]:
    """Empty accumulators for each exercise, with what the timeline planned."""
    blocks: dict[int, _Block] = {}
    for step in timeline.steps:
        if step.exercise_id is None:
            continue
        block = blocks.setdefault(
            step.block_no,
            _Block(
                step.block_no,
                step.exercise_id,
                step.exercise_name,
                planned_reps=step.rep_count,
                planned_sets=step.set_count,
            ),
        )
        if step.phase is Phase.HOLD:
            side = block.side(step.side)
            side.holds_planned += 1
            side.planned_hold = max(side.planned_hold, step.duration)
    return blocks


class SessionRecorder:
    """Turns one session's engine events into history rows, as they happen.

    Args:
        store: where to write.
        clock: the engine's monotonic clock; event times are converted to
            wall time with the offset between it and ``wall`` at the start.
        wall: returns unix time.
        on_error: called with a message for the user when a write fails. A
            failed write never stops the session.
    """

    def __init__(
        self,
        store: HistoryStore,
        clock: Clock,
        wall: Callable[[], float] = time.time,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self._clock = clock
        self._wall = wall
        self._on_error = on_error
        self._timeline: Timeline | None = None
        self._blocks: dict[int, _Block] = {}
        self._current: _Block | None = None
        self._pending: StepEnded | None = None
        self._offset = 0.0
        self._totals: SessionRecord | None = None
        #: The last session that ended, with its final status.
        self.last_session: SessionRecord | None = None

    @property
    def session_id(self) -> int | None:
        """The session being recorded, or ``None`` between sessions."""
        return self._totals.id if self._totals else None

    def load(self, timeline: Timeline) -> None:
        """A new routine: a session still under way ends as stopped."""
        if self._totals is not None:
            self._end(Status.STOPPED, self._clock())
        self._timeline = timeline
        self._blocks = _plan(timeline)
        self._current = None
        self._pending = None

    def handle(self, event: Event) -> list[ExerciseResult]:
        """Record one event; returns the exercises it ended (already written)."""
        ended: list[ExerciseResult] = []
        if self._timeline is None:
            return ended
        if self._pending is not None and not isinstance(event, StepStarted | Stopped):
            self._resolve_pending(None)
        if isinstance(event, StepStarted):
            if self._totals is None:
                self._begin(event.at)
            if self._pending is not None:
                self._resolve_pending(event.step.index)
            step = event.step
            if self._current is not None and self._current.block_no != step.block_no:
                ended += self._close(event.at)
            if self._current is None and step.exercise_id is not None:
                self._current = self._block(step)
        elif isinstance(event, StepEnded):
            self._step_ended(event)
        elif isinstance(event, Extended):
            block = self._block(event.step)
            block.extensions += 1
            block.extension_seconds += event.seconds
            if self._totals is not None:
                self._totals = replace(
                    self._totals,
                    extensions=self._totals.extensions + 1,
                    extension_seconds=self._totals.extension_seconds + event.seconds,
                )
        elif isinstance(event, Finished):
            ended += self._close(event.at)
            self._end(Status.FINISHED, event.at)
        elif isinstance(event, Stopped):
            self._pending = None  # stopped part-way: neither done nor skipped
            ended += self._close(event.at)
            self._end(Status.STOPPED, event.at)
        return ended

    def self_check(self, result: ExerciseResult, feeling: Feeling) -> None:
        """Store a "Where did you feel it?" answer with the exercise's session."""
        check = SelfCheck(
            result.session_id, result.block_no, result.exercise_id, feeling, self._wall()
        )
        self._write(lambda: self.store.add_self_check(check))

    # ---------------------------------------------------------------- internals

    def _to_wall(self, at: float) -> float:
        return at + self._offset

    def _begin(self, at: float) -> None:
        assert self._timeline is not None
        self._offset = self._wall() - self._clock()
        started = self._to_wall(at)
        timeline = self._timeline
        session_id = 0

        def write() -> None:
            nonlocal session_id
            session_id = self.store.start_session(
                timeline.routine_id, timeline.routine_name, started, timeline.total_seconds
            )

        self._write(write)
        self._totals = SessionRecord(
            id=session_id,
            routine_id=timeline.routine_id,
            routine_name=timeline.routine_name,
            started_unix=started,
            day=local_day(started),
            status=Status.RUNNING,
            planned_seconds=timeline.total_seconds,
        )

    def _block(self, step: Step) -> _Block:
        block = self._blocks.get(step.block_no)
        if block is None:  # not in the plan: a timeline loaded behind our back
            block = _Block(
                step.block_no,
                step.exercise_id or "",
                step.exercise_name,
                step.rep_count,
                step.set_count,
            )
            self._blocks[step.block_no] = block
        return block

    def _step_ended(self, event: StepEnded) -> None:
        step = event.step
        if self._totals is not None:
            self._totals = replace(
                self._totals, active_seconds=self._totals.active_seconds + event.elapsed
            )
        if step.exercise_id is None:
            return
        block = self._block(step)
        if step.phase is Phase.HOLD:
            block.side(step.side).hold_seconds += event.elapsed
        if event.completed:
            block.steps_completed += 1
            if step.phase is Phase.HOLD:
                block.side(step.side).holds_completed += 1
            if self._totals is not None:
                self._totals = replace(
                    self._totals, steps_completed=self._totals.steps_completed + 1
                )
        else:
            self._pending = event

    def _resolve_pending(self, next_index: int | None) -> None:
        """Classify the step that ended early, now that we know where the session went."""
        ended, self._pending = self._pending, None
        if ended is None or self._timeline is None:
            return
        first = ended.step.index
        if next_index is not None and next_index <= first:
            return  # went back: the step will be done again
        last = next_index if next_index is not None else first + 1
        for step in self._timeline.steps[first:last]:
            if step.exercise_id is None:
                continue
            block = self._block(step)
            block.steps_skipped += 1
            if step.phase in WORK_PHASES:
                block.work_skipped += 1
            if step.phase is Phase.HOLD:
                block.side(step.side).holds_skipped += 1
            if self._totals is not None:
                self._totals = replace(self._totals, steps_skipped=self._totals.steps_skipped + 1)

    def _close(self, at: float) -> list[ExerciseResult]:
        block, self._current = self._current, None
        if block is None or self._totals is None or not block.touched:
            return []
        ended = self._to_wall(at)
        result = ExerciseResult(
            session_id=self._totals.id,
            block_no=block.block_no,
            exercise_id=block.exercise_id,
            exercise_name=block.exercise_name,
            day=self._totals.day,
            ended_unix=ended,
            steps_completed=block.steps_completed,
            steps_skipped=block.steps_skipped,
            work_skipped=block.work_skipped,
            extensions=block.extensions,
            extension_seconds=block.extension_seconds,
            planned_reps=block.planned_reps,
            planned_sets=block.planned_sets,
            sides=tuple(
                SideResult(
                    side=s.side,
                    hold_seconds=s.hold_seconds,
                    holds_planned=s.holds_planned,
                    holds_completed=s.holds_completed,
                    holds_skipped=s.holds_skipped,
                    planned_hold_seconds=s.planned_hold,
                )
                for _, s in sorted(block.sides.items())
            ),
        )
        totals = self._totals
        if not self._write(lambda: self.store.save_exercise(result, totals)):
            return []
        return [result]

    def _end(self, status: Status, at: float) -> None:
        totals, self._totals = self._totals, None
        self._current = None
        if totals is None:
            return
        ended = self._to_wall(at)
        self._write(lambda: self.store.end_session(totals, status, ended))
        self.last_session = replace(totals, status=status, ended_unix=ended)

    def _write(self, write: Callable[[], None]) -> bool:
        try:
            write()
        except sqlite3.Error as exc:
            log.warning("could not record the session in the history: %s", exc)
            if self._on_error is not None:
                self._on_error(f"The session could not be saved to the history: {exc}")
            return False
        return True


class HistoryRecorder(QObject):
    """Records the controller's sessions into a :class:`HistoryStore`.

    Signals:
        exerciseEnded(ExerciseResult): an exercise ended and was written; the
            moment to offer the self-check.
        sessionEnded(SessionRecord): a session finished or was stopped.
        failed(str): a write failed; the message is for the user. The session
            itself runs on.
    """

    exerciseEnded = Signal(object)
    sessionEnded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        controller: SessionController,
        store: HistoryStore,
        *,
        wall: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._recorder = SessionRecorder(store, controller.clock, wall, self.failed.emit)
        if controller.timeline is not None:
            self._recorder.load(controller.timeline)
            session = controller.session
            if session is not None and session.state in (State.RUNNING, State.PAUSED):
                # Attached after the session began (``--start`` runs before the
                # history opens): pick it up at the step under way.
                started = StepStarted(at=controller.clock() - session.elapsed(), step=session.step)
                self._recorder.handle(started)
        controller.timelineLoaded.connect(self._on_loaded)
        controller.engineEvent.connect(self._on_event)

    @property
    def session_id(self) -> int | None:
        return self._recorder.session_id

    def record_self_check(self, result: ExerciseResult, feeling: Feeling) -> None:
        """Store the answer to "Where did you feel it?" with the exercise's session."""
        self._recorder.self_check(result, feeling)

    def _on_loaded(self, timeline: Timeline) -> None:
        had_session = self._recorder.session_id is not None
        self._recorder.load(timeline)
        if had_session and self._recorder.last_session is not None:
            self.sessionEnded.emit(self._recorder.last_session)

    def _on_event(self, event: Event) -> None:
        for result in self._recorder.handle(event):
            self.exerciseEnded.emit(result)
        if isinstance(event, Finished | Stopped) and self._recorder.last_session is not None:
            self.sessionEnded.emit(self._recorder.last_session)
