"""Reading the history: plain columns for other programs, and sums done in SQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from psoas_timer.core.progress import (
    Feeling,
    SelfCheck,
    Status,
    hold_per_day,
    side_balance,
    summarize,
)
from psoas_timer.store.history import HistoryStore
from tests.store.history_records import T0, march, totals


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
        assert store.hold_per_day(since=d2) == {"supine-march": [(d2, 16.0, 31)]}
        assert [r.id for r in store.sessions(since=d2)] == [c]
        assert [r.id for r in store.sessions(limit=2)] == [b, c]
        assert [(r.session_id, r.block_no) for r in store.results(since=d2)] == [(c, 1)]
        # The SQL and the Python aggregations agree.
        results = store.results()
        assert store.hold_per_day() == hold_per_day(results)
        assert store.side_balance() == side_balance(results)
        t = store.totals(today=d2)
        assert (t.sessions, t.minutes, t.hold_seconds, t.days) == (3, 1620 / 60, 51.0, 2)
        assert (t.current_streak, t.longest_streak) == (1, 1)
        assert t == summarize(store.sessions(), results, d2)
