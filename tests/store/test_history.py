"""The history database: schema, write-as-you-go, migrations, crash safety, SQL aggregates."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from psoas_timer.core.progress import (
    Dismissal,
    ExerciseResult,
    Feeling,
    SelfCheck,
    SessionRecord,
    SideResult,
    Status,
    hold_per_day,
    side_balance,
    summarize,
)
from psoas_timer.store import paths
from psoas_timer.store.history import MIGRATIONS, SCHEMA_VERSION, HistoryStore

T0 = datetime(2025, 3, 4, 7, 30).timestamp()


def totals(sid: int, active: float, steps: int = 10, skipped: int = 0) -> SessionRecord:
    return SessionRecord(
        sid, "strength-starter", "Strength starter", T0, date(2025, 3, 4), Status.RUNNING,
        active_seconds=active, steps_completed=steps, steps_skipped=skipped,
    )  # fmt: skip


def march(
    sid: int, ended: float, block_no: int = 1, left: float = 32, right: float = 30
) -> ExerciseResult:
    return ExerciseResult(
        session_id=sid,
        block_no=block_no,
        exercise_id="supine-march",
        exercise_name="Supine hip flexion march",
        day=date(2025, 3, 4),
        ended_unix=ended,
        steps_completed=97,
        steps_skipped=1,
        work_skipped=0,
        extensions=1,
        extension_seconds=10.0,
        planned_reps=8,
        planned_sets=2,
        sides=(
            SideResult("left", left, 16, 16, 0, 2.0),
            SideResult("right", right, 16, 15, 1, 2.0),
        ),
    )


def test_a_new_database_is_wal_and_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        assert store.version == SCHEMA_VERSION == len(MIGRATIONS)
        assert store.integrity_check() == "ok"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sessions", "session_exercises", "exercise_sides", "self_checks",
            "dismissed_suggestions"} <= tables  # fmt: skip


def test_the_default_path_is_the_xdg_data_dir() -> None:
    with HistoryStore() as store:
        assert store.path == paths.history_file()
        assert store.path.exists()


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


def test_another_program_reads_plain_columns(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        sid = store.start_session("r", "R", T0)
        store.save_exercise(march(sid, T0 + 60), totals(sid, 60))
        store.add_self_check(SelfCheck(sid, 1, "supine-march", Feeling.HIP_CREASE, T0 + 61))
        store.end_session(totals(sid, 60), Status.STOPPED, T0 + 70)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    row = raw.execute(
        "SELECT started_at, typeof(started_unix), ended_at, status, local_day FROM sessions"
    ).fetchone()
    assert row == ("2025-03-04T" + datetime.fromtimestamp(T0, UTC).strftime("%H:%M:%S") + "Z",
                   "real", datetime.fromtimestamp(T0 + 70, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "stopped", "2025-03-04")  # fmt: skip
    types = {
        r[0]
        for table in ("sessions", "session_exercises", "exercise_sides", "self_checks")
        for r in raw.execute(f"SELECT type FROM pragma_table_info('{table}')")
    }
    assert types <= {"INTEGER", "REAL", "TEXT"}
    sides = raw.execute("SELECT side, hold_seconds FROM exercise_sides ORDER BY side").fetchall()
    assert sides == [("left", 32.0), ("right", 30.0)]
    assert raw.execute("SELECT feeling FROM self_checks").fetchone() == ("hip_crease",)


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


def test_sql_aggregates_match_hand_computed_totals(tmp_path: Path) -> None:
    day1 = datetime(2025, 3, 1, 8).timestamp()
    day2 = datetime(2025, 3, 3, 8).timestamp()
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        a = store.start_session("r", "R", day1)
        store.save_exercise(march(a, day1 + 60, 1, left=10, right=12), totals(a, 300))
        store.save_exercise(march(a, day1 + 120, 2, left=5, right=5), totals(a, 600))
        b = store.start_session("r", "R", day1 + 3600)
        store.save_exercise(march(b, day1 + 3700, 1, left=1, right=2), totals(b, 120))
        c = store.start_session("r", "R", day2)
        store.save_exercise(march(c, day2 + 60, 1, left=7, right=9), totals(c, 900))
        d1, d2 = date(2025, 3, 1), date(2025, 3, 3)
        assert store.daily_seconds() == {d1: 720.0, d2: 900.0}
        assert store.daily_seconds(since=d2) == {d2: 900.0}
        # Holds done: 16 + 15 per march block.
        assert store.hold_per_day() == {"supine-march": [(d1, 35.0, 93), (d2, 16.0, 31)]}
        assert store.side_balance() == {"supine-march": (23.0, 28.0)}
        assert store.side_balance(since=d2) == {"supine-march": (7.0, 9.0)}
        # The SQL and the Python aggregations agree.
        results = store.results()
        assert store.hold_per_day() == hold_per_day(results)
        assert store.side_balance() == side_balance(results)
        t = store.totals(today=d2)
        assert (t.sessions, t.minutes, t.hold_seconds, t.days) == (3, 1620 / 60, 51.0, 2)
        assert (t.current_streak, t.longest_streak) == (1, 1)
        assert t == summarize(store.sessions(), results, d2)


def test_a_version_1_database_migrates_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    raw = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO sessions (id, routine_id, routine_name, started_at, started_unix, ended_at, "
        "ended_unix, updated_at, updated_unix, status, planned_seconds, active_seconds, "
        "steps_completed, steps_skipped, extensions, extension_seconds, writer_pid) VALUES "
        "(7, 'full-session', 'Full session', '2025-03-04T06:30:00Z', ?, '2025-03-04T06:50:00Z', "
        "?, '2025-03-04T06:50:00Z', ?, 'finished', 1256, 1250.5, 286, 2, 1, 10, NULL)",
        (T0, T0 + 1200, T0 + 1200),
    )
    raw.execute(
        "INSERT INTO session_exercises VALUES "
        "(7, 1, 'supine-march', 'Supine hip flexion march', '2025-03-04T06:40:00Z', ?, "
        "97, 0, 0, 1, 10, 8, 2)",
        (T0 + 600,),
    )
    raw.execute("INSERT INTO exercise_sides VALUES (7, 1, 'left', 32.5, 16, 16, 0, 2)")
    raw.execute("INSERT INTO exercise_sides VALUES (7, 1, 'right', 31, 16, 16, 0, 2)")
    raw.commit()
    before = {
        table: raw.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("sessions", "session_exercises", "exercise_sides")
    }
    raw.close()

    with HistoryStore(path) as store:
        assert store.version == SCHEMA_VERSION
        assert store.integrity_check() == "ok"
        [s] = store.sessions()
        assert (s.id, s.status, s.active_seconds, s.steps_skipped) == (
            7,
            Status.FINISHED,
            1250.5,
            2,
        )
        assert s.day == datetime.fromtimestamp(T0).date()
        [r] = store.results()
        assert (r.hold_seconds, r.completed, r.planned_reps) == (63.5, True, 8)
        store.add_self_check(SelfCheck(7, 1, "supine-march", Feeling.HIP_CREASE, T0 + 700))
        assert len(store.self_checks()) == 1

    raw = sqlite3.connect(path)
    for table, rows in before.items():
        after = raw.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        width = len(rows[0])
        assert [row[:width] for row in after] == rows  # every old column, unchanged
    assert raw.execute("SELECT local_day FROM sessions").fetchone()[0] == s.day.isoformat()
    backup = tmp_path / "history.sqlite3.v1.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_database_from_a_newer_version_is_read_but_never_written(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        sid = store.start_session("r", "R", T0)
        store.save_exercise(march(sid, T0 + 60), totals(sid, 60))
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with HistoryStore(path) as store:
        assert store.read_only
        assert len(store.results()) == 1
        assert store.start_session("r", "R", T0 + 10) == 0
        assert len(store.sessions()) == 1
        [s] = store.sessions()
        assert s.status is Status.RUNNING  # not ours to mark interrupted


def test_not_a_database_is_reported(tmp_path: Path) -> None:
    from psoas_timer.store.history import HistoryError

    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="cannot be opened"):
        HistoryStore(path)


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


# ------------------------------------------------------------------------ CLI


def test_cli_history_with_no_database(capsys: pytest.CaptureFixture[str]) -> None:
    from psoas_timer import cli

    assert cli.main(["history"]) == 0
    assert capsys.readouterr().out == "No sessions yet.\n"
    assert cli.main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == []
    assert not paths.history_file().exists()  # reading never creates it


def _fill_default_history() -> int:
    with HistoryStore() as store:
        sid = store.start_session("strength-starter", "Strength starter", T0, 561.0)
        store.save_exercise(march(sid, T0 + 260), totals(sid, 259.0, 97, 1))
        store.add_self_check(SelfCheck(sid, 1, "supine-march", Feeling.HIP_CREASE, T0 + 261))
        store.end_session(totals(sid, 559.0, 194, 1), Status.FINISHED, T0 + 560)
        return sid


def test_cli_history_prints_totals_streak_and_recent_sessions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from psoas_timer import cli

    _fill_default_history()
    assert cli.main(["history"]) == 0
    out = capsys.readouterr().out
    assert "Sessions: 1 (1 finished) on 1 days, 9 min exercising, 1 min holding" in out
    assert "Streak: " in out
    assert "finished    0/1 exercises  Strength starter" in out

    assert cli.main(["history", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["sessions"] == 1
    assert data["totals"]["hold_seconds"] == 62.0
    [session] = data["sessions"]
    assert session["status"] == "finished"
    assert session["started_at"].endswith("Z")
    assert session["exercises"][0]["sides"]["left"] == {"hold_seconds": 32.0, "holds": 16}


def test_cli_history_csv_exports_one_row_per_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import csv

    from psoas_timer import cli

    sid = _fill_default_history()
    out = tmp_path / "history.csv"
    assert cli.main(["history", "--csv", str(out)]) == 0
    assert "wrote 2 rows" in capsys.readouterr().err
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["session_id"], r["side"], r["hold_seconds"], r["self_check"]) for r in rows] == [
        (str(sid), "left", "32.0", "hip_crease"),
        (str(sid), "right", "30.0", "hip_crease"),
    ]
    assert rows[0]["status"] == "finished" and rows[0]["exercise_id"] == "supine-march"
    assert cli.main(["history", "--csv", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("session_id,started_at,")


# ------------------------------------------------------------ damaged files


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("garbage", bytes(range(256)) * 20),
        ("zeroed", b"\x00" * 8192),
        ("text", b"not a database\n" * 50),
    ],
)
def test_a_damaged_history_is_kept_aside_and_a_new_one_started(
    tmp_path: Path, kind: str, data: bytes
) -> None:
    from psoas_timer.store.history import open_history

    path = tmp_path / "history.sqlite3"
    path.write_bytes(data)
    store, notices = open_history(path)
    assert store is not None, kind
    backups = list(tmp_path.glob("history.sqlite3.bak-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == data
    assert len(notices) == 1 and str(path) in notices[0] and str(backups[0]) in notices[0]
    assert store.integrity_check() == "ok"
    store.close()


def test_a_truncated_history_is_kept_aside(tmp_path: Path) -> None:
    import sqlite3

    from psoas_timer.store.history import HistoryStore, open_history

    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE padding (blob BLOB)")
    db.executemany("INSERT INTO padding VALUES (?)", [(bytes(500),) for _ in range(300)])
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    original = path.read_bytes()
    path.write_bytes(original[: len(original) // 2])
    store, notices = open_history(path)
    assert store is not None and notices
    backups = [
        p for p in tmp_path.glob("history.sqlite3.bak-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(backups) == 1
    assert backups[0].read_bytes() == original[: len(original) // 2]


def test_a_folder_in_place_of_the_history_means_no_history_and_a_notice(tmp_path: Path) -> None:
    from psoas_timer.store.history import open_history

    path = tmp_path / "history.sqlite3"
    path.mkdir()
    store, notices = open_history(path)
    assert store is None and "folder" in notices[0]
    assert path.is_dir()


def test_a_newer_history_is_read_only_and_untouched(tmp_path: Path) -> None:
    import sqlite3

    from psoas_timer.store.history import SCHEMA_VERSION, open_history

    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    store, notices = open_history(path)
    assert store is not None and store.read_only and not notices
    store.close()
    assert path.read_bytes() == before


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


@pytest.mark.parametrize("errorname", ["SQLITE_IOERR", "SQLITE_BUSY", "SQLITE_CANTOPEN"])
def test_a_history_sqlite_cannot_read_now_is_left_alone_not_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errorname: str
) -> None:
    import sqlite3

    from psoas_timer.store import history
    from psoas_timer.store.history import HistoryStore, open_history

    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    before = path.read_bytes()

    def failing(*args: object, **kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorname = errorname
        raise error

    monkeypatch.setattr(history.sqlite3, "connect", failing)
    store, notices = open_history(path)
    monkeypatch.undo()
    assert store is None
    assert len(notices) == 1 and str(path) in notices[0] and "left as it is" in notices[0]
    assert not list(tmp_path.glob("history.sqlite3.bak-*"))
    assert path.read_bytes() == before
