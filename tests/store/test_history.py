"""The history database: opening it, its migrations, the CLI, and damaged files."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from psoas_timer.core.progress import (
    Feeling,
    SelfCheck,
    Status,
)
from psoas_timer.store import paths
from psoas_timer.store.history import MIGRATIONS, SCHEMA_VERSION, HistoryStore
from tests.store.history_records import T0, march, totals


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
