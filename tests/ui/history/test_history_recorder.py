"""The recorder: engine events in, history rows out, as the session runs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Phase
from psoas_timer.core.progress import ExerciseResult, Feeling, SessionRecord, Status
from psoas_timer.core.session import State
from psoas_timer.core.timeline import Timeline
from psoas_timer.store.history import HistoryStore
from psoas_timer.store.library import load_library
from psoas_timer.ui.history.history_recorder import HistoryRecorder
from psoas_timer.ui.session.controller import SessionController

WALL0 = 1_740_000_000.0


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """The controller's timer needs a running application."""


@pytest.fixture(scope="module")
def starter() -> Timeline:
    library = load_library()
    return library.timeline(library.resolve("strength-starter"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "h.sqlite3") as s:
        yield s


class Rig:
    def __init__(self, store: HistoryStore, timeline: Timeline) -> None:
        self.clock = ManualClock()
        self.controller = SessionController(self.clock)
        self.recorder = HistoryRecorder(
            self.controller, store, wall=lambda: WALL0 + self.clock() - 1000.0
        )
        self.ended: list[ExerciseResult] = []
        self.sessions: list[SessionRecord] = []
        self.recorder.exerciseEnded.connect(self.ended.append)
        self.recorder.sessionEnded.connect(self.sessions.append)
        self.controller.load(timeline)

    def run_until(self, stop: object = None, step: float = 0.5) -> None:
        """Advance until ``stop(controller)`` is true or the session ends."""
        while self.controller.state is State.RUNNING:
            if callable(stop) and stop(self.controller):
                return
            self.clock.advance(step)
            self.controller.poll()

    def at_hold(self, block: int, nth: int = 1) -> None:
        seen = 0
        last = -1

        def there(c: SessionController) -> bool:
            nonlocal seen, last
            s = c.step
            if s is not None and s.phase is Phase.HOLD and s.block_no == block and s.index != last:
                last = s.index
                seen += 1
            return seen >= nth

        self.run_until(there)


def planned_holds(timeline: Timeline, block: int) -> tuple[int, float]:
    holds = [s for s in timeline.steps if s.block_no == block and s.phase is Phase.HOLD]
    return len(holds), sum(s.duration for s in holds)


def test_a_finished_session_records_every_exercise_and_side(
    store: HistoryStore, starter: Timeline
) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    [running] = store.sessions()
    assert running.status is Status.RUNNING
    assert running.started_unix == pytest.approx(WALL0)
    rig.run_until()
    assert [r.exercise_id for r in rig.ended] == ["supine-march", "seated-leg-lift"]
    assert [s.status for s in rig.sessions] == [Status.FINISHED]
    [session] = store.sessions()
    assert session.status is Status.FINISHED
    assert session.steps_completed == len(starter.steps) - 1  # all but the "finished" marker
    assert session.steps_skipped == 0
    assert session.active_seconds == pytest.approx(starter.total_seconds)
    assert session.ended_unix == pytest.approx(WALL0 + starter.total_seconds)
    results = store.results()
    assert results == rig.ended
    for result in results:
        holds, seconds = planned_holds(starter, result.block_no)
        assert result.completed
        assert result.holds_completed == result.holds_planned == holds
        assert result.hold_seconds == pytest.approx(seconds)
        assert {s.side for s in result.sides} == {"left", "right"}
        left, right = result.side("left"), result.side("right")
        assert left is not None and right is not None
        assert left.hold_seconds == right.hold_seconds == pytest.approx(seconds / 2)
    assert results[0].planned_reps == 8 and results[0].sides[0].planned_hold_seconds == 2


def test_the_first_exercise_is_written_while_the_second_runs(
    store: HistoryStore, starter: Timeline
) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=2)
    [written] = store.results()
    assert written.exercise_id == "supine-march"
    [session] = store.sessions()
    assert session.status is Status.RUNNING
    assert session.steps_completed == written.steps_completed  # totals as of that exercise


def test_skipping_a_hold_counts_as_a_skip(store: HistoryStore, starter: Timeline) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=1, nth=3)
    rig.clock.advance(0.5)
    rig.controller.poll()
    rig.controller.skip()
    rig.run_until()
    first = store.results()[0]
    assert first.work_skipped == 1 and first.steps_skipped == 1
    assert not first.completed
    assert first.holds_completed == first.holds_planned - 1
    skipped_side = next(s for s in first.sides if s.holds_skipped)
    assert skipped_side.holds_skipped == 1
    _, seconds = planned_holds(starter, 1)
    # The half second held before the skip still counts.
    assert first.hold_seconds == pytest.approx(seconds - 2 + 0.5)
    assert store.sessions()[0].steps_skipped == 1
    assert store.results()[1].completed


def test_going_back_is_not_a_skip(store: HistoryStore, starter: Timeline) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=1, nth=2)
    rig.clock.advance(1.0)
    rig.controller.poll()
    rig.controller.back()  # restart this hold
    rig.run_until()
    first = store.results()[0]
    assert first.steps_skipped == 0 and first.completed
    _, seconds = planned_holds(starter, 1)
    assert first.hold_seconds == pytest.approx(seconds + 1.0)


def test_skipping_the_exercise_skips_every_step_left_in_it(
    store: HistoryStore, starter: Timeline
) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=1, nth=1)
    index = rig.controller.step.index  # type: ignore[union-attr]
    rig.controller.skip_exercise()
    rig.run_until()
    first = store.results()[0]
    next_start = starter.next_block_start(index)
    assert first.steps_skipped == next_start - index
    assert first.holds_completed == 0
    assert first.holds_planned == planned_holds(starter, 1)[0]
    assert store.sessions()[0].steps_skipped == next_start - index


def test_extensions_are_counted_and_held(store: HistoryStore, starter: Timeline) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=2, nth=1)
    rig.controller.extend()
    rig.run_until()
    second = store.results()[1]
    assert (second.extensions, second.extension_seconds) == (1, 10.0)
    _, seconds = planned_holds(starter, 2)
    assert second.hold_seconds == pytest.approx(seconds + 10)
    session = store.sessions()[0]
    assert (session.extensions, session.extension_seconds) == (1, 10.0)


def test_stopping_writes_the_exercise_in_progress_and_the_status(
    store: HistoryStore, starter: Timeline
) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=2, nth=4)
    rig.controller.stop()
    assert [s.status for s in rig.sessions] == [Status.STOPPED]
    first, second = store.results()
    assert first.completed and not second.completed
    assert second.holds_completed == 3 and second.work_skipped == 0
    [session] = store.sessions()
    assert session.status is Status.STOPPED


def test_loading_another_routine_mid_session_ends_it_as_stopped(
    store: HistoryStore, starter: Timeline
) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=1, nth=2)
    rig.controller.load(starter)
    assert [s.status for s in store.sessions()] == [Status.STOPPED]
    assert [s.status for s in rig.sessions] == [Status.STOPPED]
    rig.controller.start()
    assert len(store.sessions()) == 2


def test_a_self_check_is_stored_with_the_session(store: HistoryStore, starter: Timeline) -> None:
    rig = Rig(store, starter)
    rig.controller.start()
    rig.at_hold(block=2)
    rig.recorder.record_self_check(rig.ended[0], Feeling.THIGH)
    [check] = store.self_checks()
    assert (check.session_id, check.block_no, check.feeling) == (1, 1, Feeling.THIGH)


def test_a_failing_store_does_not_stop_the_session(
    store: HistoryStore, starter: Timeline, tmp_path: Path
) -> None:
    rig = Rig(store, starter)
    errors: list[str] = []
    rig.recorder.failed.connect(errors.append)
    rig.controller.start()
    store.close()  # every later write fails
    rig.run_until()
    assert rig.controller.state is State.FINISHED
    assert errors and "history" in errors[0]


def _imports_pyqtgraph(code: str) -> bool:
    probe = f"{code}\nimport sys\nprint('pyqtgraph' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1] == "True"


def test_the_recorder_self_check_and_main_window_do_not_import_pyqtgraph() -> None:
    assert not _imports_pyqtgraph(
        "import psoas_timer.ui.history.history_recorder, psoas_timer.ui.history.self_check"
    )
    assert not _imports_pyqtgraph(
        "from psoas_timer.app import build_window\nwindow = build_window([])\nwindow.show()"
    )
    assert _imports_pyqtgraph("import psoas_timer.ui.history.history_page")


def test_a_session_started_before_the_recorder_attached_is_recorded_from_its_start(
    tmp_path: Path,
) -> None:
    """``psoas-timer --start`` starts the session before the history opens."""
    clock = ManualClock()
    controller = SessionController(clock)
    library = load_library()
    controller.load(library.timeline(library.resolve("supine-march")))
    controller.start()
    store = HistoryStore(tmp_path / "h.sqlite3")
    recorder = HistoryRecorder(controller, store, wall=lambda: WALL0 + clock())
    while controller.state is State.RUNNING:
        clock.advance(0.5)
        controller.poll()
    assert recorder.session_id is None, "the session has ended"
    (session,) = store.sessions()
    assert session.status.value == "finished"
    results = store.results()
    assert [r.exercise_id for r in results] == ["supine-march"]
    timeline = controller.timeline
    assert timeline is not None
    assert results[0].steps_completed == len(timeline.steps) - 1
    store.close()
