"""Writing the history as a session goes: each exercise committed, crashes losing none of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from psoas_timer.core.progress import (
    Dismissal,
    Feeling,
    SelfCheck,
    Status,
)
from psoas_timer.store.history import HistoryStore
from tests.store.history_records import T0, march, totals


def test_write_as_you_go_and_read_back(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        sid = store.start_session("strength-starter", "Strength starter", T0, 561.0)
        [running] = store.sessions()
        assert running.status is Status.RUNNING and running.ended_unix is None
        store.save_exercise(march(sid, T0 + 260), totals(sid, 259.0, 97, 1))
        [mid] = store.sessions()
        assert (mid.active_seconds, mid.steps_completed, mid.steps_skipped) == (259.0, 97, 1)
        store.end_session(totals(sid, 559.0, 194, 1), Status.FINISHED, T0 + 560)
        [done] = store.sessions()
        assert done.status is Status.FINISHED
        assert done.ended_unix == T0 + 560
        assert done.started_at == datetime.fromtimestamp(T0, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        [back] = store.results()
        assert back == march(sid, T0 + 260)
        assert back.hold_seconds == 62 and not back.completed  # one hold skipped


def test_saving_an_exercise_again_replaces_it(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        sid = store.start_session("r", "R", T0)
        store.save_exercise(march(sid, T0 + 60, left=1, right=1), totals(sid, 60))
        store.save_exercise(march(sid, T0 + 90), totals(sid, 90))
        [only] = store.results()
        assert only.hold_seconds == 62


def test_running_sessions_of_a_dead_writer_are_marked_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        ours = store.start_session("r", "R", T0)
        store.save_exercise(march(ours, T0 + 100), totals(ours, 100))
        theirs = store.start_session("r", "R", T0 + 1000)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE sessions SET writer_pid = ? WHERE id = ?", (int(dead.stdout), ours))
    raw.close()
    with HistoryStore(path) as store:
        by_id = {s.id: s for s in store.sessions()}
        assert by_id[ours].status is Status.INTERRUPTED
        assert by_id[ours].ended_unix == T0 + 100  # the last write
        assert by_id[theirs].status is Status.RUNNING  # this process is alive


def test_self_checks_and_dismissals_round_trip(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3", wall=lambda: T0 + 5) as store:
        sid = store.start_session("r", "R", T0)
        store.add_self_check(SelfCheck(sid, 1, "supine-march", Feeling.THIGH, T0 + 1))
        store.add_self_check(SelfCheck(sid, 1, "supine-march", Feeling.HIP_CREASE, T0 + 2))
        assert store.self_checks() == [
            SelfCheck(sid, 1, "supine-march", Feeling.HIP_CREASE, T0 + 2)
        ]
        store.add_dismissal(Dismissal("supine-march", "hold", "reps=8;sets=2;hold=2/2", sid))
        [d] = store.dismissals()
        assert (d.until_session_id, d.accepted, d.at_unix) == (sid, False, T0 + 5)


# ------------------------------------------------------------------ crash safety

CRASH_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from psoas_timer.core.clock import ManualClock
    from psoas_timer.core.session import State
    from psoas_timer.store.history import HistoryStore
    from psoas_timer.store.library import load_library
    from psoas_timer.ui.session.controller import SessionController
    from psoas_timer.ui.history.history_recorder import HistoryRecorder

    app = QCoreApplication([])
    library = load_library()
    timeline = library.timeline(library.resolve("full-session"))
    clock = ManualClock()
    store = HistoryStore(Path(sys.argv[1]))
    controller = SessionController(clock)
    recorder = HistoryRecorder(controller, store)
    slow_after = int(sys.argv[2])
    ended = 0

    def on_ended(result):
        global ended
        ended += 1
        # Printed only once the exercise is committed.
        print("ENDED", result.session_id, result.block_no, result.exercise_id,
              result.holds_completed, round(result.hold_seconds, 3), flush=True)

    recorder.exerciseEnded.connect(on_ended)
    while True:
        controller.load(timeline)
        controller.start()
        while controller.state is State.RUNNING:
            clock.advance(0.5)
            controller.poll()
            if ended >= slow_after:
                time.sleep(0.002)  # mid-session, still writing, waiting for the kill
    """
)


def test_sigkill_mid_session_keeps_the_database_and_every_finished_exercise(
    tmp_path: Path,
) -> None:
    db = tmp_path / "history.sqlite3"
    script = tmp_path / "run_sessions.py"
    script.write_text(CRASH_SCRIPT)
    # Full session has 5 exercises: stop after the 2nd of the second session.
    process = subprocess.Popen(
        [sys.executable, str(script), str(db), "7"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    reported: list[list[str]] = []
    try:
        assert process.stdout is not None
        while len(reported) < 7:
            line = process.stdout.readline()
            assert line, process.stderr.read() if process.stderr else "no output"
            reported.append(line.split()[1:])
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    statuses = dict(raw.execute("SELECT id, status FROM sessions").fetchall())
    assert statuses[1] == "finished"
    assert statuses[2] == "running"  # killed mid-session
    stored = {
        (str(sid), str(block)): (ex, holds, seconds)
        for sid, block, ex, holds, seconds in raw.execute(
            "SELECT e.session_id, e.block_no, e.exercise_id, SUM(x.holds_completed), "
            "SUM(x.hold_seconds) FROM session_exercises e JOIN exercise_sides x "
            "ON x.session_id = e.session_id AND x.block_no = e.block_no "
            "GROUP BY e.session_id, e.block_no"
        )
    }
    raw.close()
    for sid, block, exercise, holds, seconds in reported:
        assert stored[(sid, block)][0] == exercise
        assert stored[(sid, block)][1] == int(holds)
        assert stored[(sid, block)][2] == pytest.approx(float(seconds))

    with HistoryStore(db) as store:
        assert store.integrity_check() == "ok"
        by_id = {s.id: s for s in store.sessions()}
        assert by_id[2].status is Status.INTERRUPTED
        assert by_id[2].ended_unix is not None
        assert by_id[2].steps_completed > 0  # totals up to the last exercise written


def test_sigkill_during_writes_never_loses_a_commit_nor_damages_the_database(
    tmp_path: Path,
) -> None:
    import random
    import time

    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("history_writer.py")), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    rng = random.Random(11)
    committed = 0
    try:
        for _ in range(100):
            writer.stdin.write("go\n")
            writer.stdin.flush()
            pid = int(writer.stdout.readline())
            time.sleep(rng.uniform(0.005, 0.040))
            os.kill(pid, signal.SIGKILL)
            while (line := writer.stdout.readline().strip()) != "reaped":
                committed = max(committed, int(line.split()[1]))
            db = sqlite3.connect(path)
            try:
                assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                rows = db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
            finally:
                db.close()
            assert rows >= committed, "a committed session was lost"
    finally:
        writer.stdin.close()
        writer.wait(timeout=10)
    assert committed > 100, "the writer got work done between kills"
    store = HistoryStore(path)
    assert {s.status for s in store.sessions()} == {Status.INTERRUPTED}
    store.close()
