"""The session history: an SQLite database other programs can read.

Where: ``$XDG_DATA_HOME/psoas-timer/history.sqlite3`` (:func:`paths.history_file`).

How it is written:
    * WAL journal, ``synchronous=FULL``: a reader (another program, a backup)
      never blocks the app, and a committed write survives a crash.
    * Write as you go: a ``sessions`` row with status ``running`` when a
      session starts; one transaction per exercise as it ends (its
      ``session_exercises`` and ``exercise_sides`` rows, and the session's
      running totals); the end status last. A crash loses at most the exercise
      in progress. A session still ``running`` when the database is next
      opened, whose writer process is gone, is marked ``interrupted``.
    * The schema version is ``PRAGMA user_version``. Migrations only move
      forward, one version at a time, each in one transaction, after a copy
      of the old file is kept as ``history.sqlite3.v<N>.bak``. A database from
      a newer version is opened read-only: its columns are only ever added to,
      so reading what this version knows stays safe.

Conventions, for programs reading the file:
    * plain column types only: INTEGER, REAL, TEXT;
    * every instant twice: ``*_at`` is ISO-8601 UTC text
      (``2025-03-04T07:30:00Z``) and ``*_unix`` is REAL seconds since the
      epoch; ``local_day`` is the user's local date (``YYYY-MM-DD``) at the start;
    * sides are ``left``, ``right`` or ``both``; durations are REAL seconds.

Tables (version 2):
    ``sessions``: one per session.
        ``id``, ``routine_id``, ``routine_name``, ``started_at``/``_unix``,
        ``ended_at``/``_unix`` (NULL while running), ``updated_at``/``_unix``
        (the last write), ``status`` (``running``, ``finished``, ``stopped``,
        ``interrupted``), ``planned_seconds``, ``active_seconds`` (time in
        steps, pauses excluded), ``steps_completed``, ``steps_skipped``,
        ``extensions``, ``extension_seconds``, ``writer_pid``, ``local_day``.
    ``session_exercises``: one per exercise (routine block) done in a session.
        ``session_id``, ``block_no``, ``exercise_id``, ``exercise_name``,
        ``ended_at``/``_unix``, ``steps_completed``, ``steps_skipped``,
        ``work_skipped`` (lift, hold and lower steps skipped), ``extensions``,
        ``extension_seconds``, ``planned_reps``, ``planned_sets``.
    ``exercise_sides``: one per side of each exercise.
        ``session_id``, ``block_no``, ``side``, ``hold_seconds`` (seconds
        actually held), ``holds_planned``, ``holds_completed``,
        ``holds_skipped``, ``planned_hold_seconds``.
    ``self_checks`` (v2): "Where did you feel it?" answers.
        ``session_id``, ``block_no``, ``exercise_id``, ``feeling``
        (``hip_crease``, ``thigh``, ``lower_back``, ``nothing``), ``at``/``_unix``.
    ``dismissed_suggestions`` (v2): progression suggestions already answered.
        ``exercise_id``, ``kind`` (``hold``, ``reps``, ``next``), ``dosage``
        (e.g. ``reps=8;sets=2;hold=2/2``), ``until_session_id``, ``accepted``
        (0 or 1), ``at``/``_unix``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from ..core.progress import (
    STREAK_MIN_SECONDS,
    Dismissal,
    ExerciseResult,
    Feeling,
    History,
    SelfCheck,
    SessionRecord,
    SideResult,
    Status,
    Totals,
    iso_utc,
    local_day,
    streaks,
)
from . import paths

log = logging.getLogger(__name__)

#: Version 1: sessions, exercises and sides.
_V1: tuple[str, ...] = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        started_unix REAL NOT NULL,
        ended_at TEXT,
        ended_unix REAL,
        updated_at TEXT NOT NULL,
        updated_unix REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'running'
            CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
        planned_seconds REAL NOT NULL DEFAULT 0,
        active_seconds REAL NOT NULL DEFAULT 0,
        steps_completed INTEGER NOT NULL DEFAULT 0,
        steps_skipped INTEGER NOT NULL DEFAULT 0,
        extensions INTEGER NOT NULL DEFAULT 0,
        extension_seconds REAL NOT NULL DEFAULT 0,
        writer_pid INTEGER
    )""",
    """CREATE TABLE session_exercises (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_no INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        ended_unix REAL NOT NULL,
        steps_completed INTEGER NOT NULL DEFAULT 0,
        steps_skipped INTEGER NOT NULL DEFAULT 0,
        work_skipped INTEGER NOT NULL DEFAULT 0,
        extensions INTEGER NOT NULL DEFAULT 0,
        extension_seconds REAL NOT NULL DEFAULT 0,
        planned_reps INTEGER NOT NULL DEFAULT 0,
        planned_sets INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, block_no)
    )""",
    """CREATE TABLE exercise_sides (
        session_id INTEGER NOT NULL,
        block_no INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        hold_seconds REAL NOT NULL DEFAULT 0,
        holds_planned INTEGER NOT NULL DEFAULT 0,
        holds_completed INTEGER NOT NULL DEFAULT 0,
        holds_skipped INTEGER NOT NULL DEFAULT 0,
        planned_hold_seconds REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, block_no, side),
        FOREIGN KEY (session_id, block_no)
            REFERENCES session_exercises (session_id, block_no) ON DELETE CASCADE
    )""",
)

#: Version 2: the local day for fast per-day charts, self-checks, dismissed suggestions.
_V2: tuple[str, ...] = (
    "ALTER TABLE sessions ADD COLUMN local_day TEXT",
    "UPDATE sessions SET local_day = date(started_unix, 'unixepoch', 'localtime')",
    "CREATE INDEX sessions_by_day ON sessions (local_day)",
    "CREATE INDEX sessions_by_status ON sessions (status)",
    "CREATE INDEX exercises_by_exercise ON session_exercises (exercise_id)",
    """CREATE TABLE self_checks (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_no INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        feeling TEXT NOT NULL
            CHECK (feeling IN ('hip_crease', 'thigh', 'lower_back', 'nothing')),
        at TEXT NOT NULL,
        at_unix REAL NOT NULL,
        PRIMARY KEY (session_id, block_no)
    )""",
    """CREATE TABLE dismissed_suggestions (
        id INTEGER PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        dosage TEXT NOT NULL,
        until_session_id INTEGER NOT NULL,
        accepted INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        at_unix REAL NOT NULL
    )""",
)

#: ``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """The history database could not be opened or written. Written for the user."""


class HistoryDamaged(HistoryError):
    """The file is not a usable database; the window moves it aside when it next opens."""


def _writer_alive(pid: object) -> bool:
    """Whether the process that wrote a ``running`` session (its ``writer_pid``) still runs."""
    return isinstance(pid, int) and _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, but not ours to judge
    except OSError:
        return False
    return True


class HistoryStore:
    """The open history database.

    Args:
        path: the database file; ``:memory:`` for a throwaway one; by default
            :func:`paths.history_file`.
        wall: returns the current unix time (for tests).
        read_only: open for reading only (``psoas-timer history``): nothing is
            created, migrated or marked, so a read-only file or folder is fine.
            A database from an older version is opened as usual instead, which
            migrates it (keeping a copy) as the window would.

    Attributes:
        read_only: the file is from a newer version, or was opened read-only; writes are skipped.
    """

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        wall: Callable[[], float] = time.time,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else paths.history_file()
        self._wall = wall
        self.read_only = False
        memory = str(path) == ":memory:"
        if read_only and not memory and self._open_read_only():
            return
        if not memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if not memory and self._newer_on_disk():
                # Never change a newer version's file, not even its journal mode.
                self._db = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
                self._migrate()
                return
            self._db = sqlite3.connect(
                ":memory:" if memory else str(self.path), isolation_level=None, timeout=5.0
            )
            self._db.execute("PRAGMA foreign_keys = ON")
            if not memory:
                mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.warning("history database is in %s mode, not WAL", mode)
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
            if not self.read_only:
                self.mark_interrupted()
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.path} cannot be opened as a history database: {exc}"
            ) from exc

    def _open_read_only(self) -> bool:
        """Open the file with ``mode=ro``; False when it needs migrating first."""
        try:
            self._db = _connect_read_only(self.path)
            version = self.version
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.path} cannot be opened as a history database: {exc}"
            ) from exc
        if version < SCHEMA_VERSION:
            self._db.close()
            return False
        self.read_only = True
        return True

    def _newer_on_disk(self) -> bool:
        if not self.path.is_file() or self.path.stat().st_size == 0:
            return False
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as peek:
            return int(peek.execute("PRAGMA user_version").fetchone()[0]) > SCHEMA_VERSION

    # ------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any error.

        Nested uses join the outer transaction, so a bulk import (or the seed
        script) can wrap many writes in one commit.
        """
        if self._db.in_transaction:
            yield self._db
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            log.warning(
                "%s is from a newer psoas-timer (schema %d > %d); opened read-only",
                self.path,
                version,
                SCHEMA_VERSION,
            )
            self.read_only = True
            return
        if version == SCHEMA_VERSION:
            return
        if version > 0 and str(self.path) != ":memory:":
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            with contextlib.closing(sqlite3.connect(str(backup))) as copy:
                self._db.backup(copy)
            log.info("kept a copy of the version %d history as %s", version, backup)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction() as db:
                for statement in MIGRATIONS[target - 1]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
            log.info("history database migrated to version %d", target)

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    def quick_check(self) -> str:
        """``ok``, or what SQLite's quick check found wrong (cheaper than the full check)."""
        return str(self._db.execute("PRAGMA quick_check").fetchone()[0])

    # --------------------------------------------------------------- writing

    def _writable(self) -> bool:
        if self.read_only:
            log.warning("history is read-only (written by a newer version); not recording")
        return not self.read_only

    def mark_interrupted(self) -> int:
        """Mark sessions left ``running`` by a writer that is gone as ``interrupted``."""
        rows = self._db.execute(
            "SELECT id, writer_pid FROM sessions WHERE status = 'running'"
        ).fetchall()
        dead = [sid for sid, pid in rows if not _writer_alive(pid)]
        if not dead:
            return 0
        with self.transaction() as db:
            db.executemany(
                "UPDATE sessions SET status = 'interrupted', "
                "ended_at = updated_at, ended_unix = updated_unix WHERE id = ?",
                [(sid,) for sid in dead],
            )
        log.info("marked %d unfinished session(s) as interrupted", len(dead))
        return len(dead)

    def start_session(
        self,
        routine_id: str,
        routine_name: str,
        started_unix: float | None = None,
        planned_seconds: float = 0.0,
    ) -> int:
        """Write the ``running`` row of a new session; returns its id (0 when read-only)."""
        if not self._writable():
            return 0
        started = self._wall() if started_unix is None else started_unix
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_id, routine_name, started_at, started_unix, "
                "updated_at, updated_unix, status, planned_seconds, writer_pid, local_day) "
                "VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?)",
                (
                    routine_id,
                    routine_name,
                    iso_utc(started),
                    started,
                    iso_utc(started),
                    started,
                    planned_seconds,
                    os.getpid(),
                    local_day(started).isoformat(),
                ),
            )
        return int(cursor.lastrowid or 0)

    def save_exercise(self, result: ExerciseResult, totals: SessionRecord) -> None:
        """Write one finished exercise and the session's totals so far, in one transaction.

        Saving the same session and block again replaces the earlier row.
        """
        if not self._writable() or result.session_id <= 0:
            return
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO session_exercises (session_id, block_no, exercise_id, "
                "exercise_name, ended_at, ended_unix, steps_completed, steps_skipped, "
                "work_skipped, extensions, extension_seconds, planned_reps, planned_sets) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.session_id,
                    result.block_no,
                    result.exercise_id,
                    result.exercise_name,
                    iso_utc(result.ended_unix),
                    result.ended_unix,
                    result.steps_completed,
                    result.steps_skipped,
                    result.work_skipped,
                    result.extensions,
                    result.extension_seconds,
                    result.planned_reps,
                    result.planned_sets,
                ),
            )
            db.executemany(
                "INSERT OR REPLACE INTO exercise_sides (session_id, block_no, side, "
                "hold_seconds, holds_planned, holds_completed, holds_skipped, "
                "planned_hold_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        result.session_id,
                        result.block_no,
                        s.side,
                        s.hold_seconds,
                        s.holds_planned,
                        s.holds_completed,
                        s.holds_skipped,
                        s.planned_hold_seconds,
                    )
                    for s in result.sides
                ],
            )
            self._update_totals(db, totals, result.ended_unix)

    def end_session(self, totals: SessionRecord, status: Status, ended_unix: float) -> None:
        """Write the session's final totals and how it ended."""
        if not self._writable() or totals.id <= 0:
            return
        with self.transaction() as db:
            self._update_totals(db, totals, ended_unix)
            db.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, ended_unix = ? WHERE id = ?",
                (status.value, iso_utc(ended_unix), ended_unix, totals.id),
            )

    @staticmethod
    def _update_totals(db: sqlite3.Connection, totals: SessionRecord, now: float) -> None:
        db.execute(
            "UPDATE sessions SET updated_at = ?, updated_unix = ?, active_seconds = ?, "
            "steps_completed = ?, steps_skipped = ?, extensions = ?, extension_seconds = ? "
            "WHERE id = ?",
            (
                iso_utc(now),
                now,
                totals.active_seconds,
                totals.steps_completed,
                totals.steps_skipped,
                totals.extensions,
                totals.extension_seconds,
                totals.id,
            ),
        )

    def add_self_check(self, check: SelfCheck) -> None:
        """Store a self-check answer with its session (a second answer replaces the first)."""
        if not self._writable() or check.session_id <= 0:
            return
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO self_checks "
                "(session_id, block_no, exercise_id, feeling, at, at_unix) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    check.session_id,
                    check.block_no,
                    check.exercise_id,
                    check.feeling.value,
                    iso_utc(check.at_unix),
                    check.at_unix,
                ),
            )

    def add_dismissal(self, dismissal: Dismissal) -> None:
        if not self._writable():
            return
        at = dismissal.at_unix or self._wall()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO dismissed_suggestions "
                "(exercise_id, kind, dosage, until_session_id, accepted, at, at_unix) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    dismissal.exercise_id,
                    dismissal.kind,
                    dismissal.dosage,
                    dismissal.until_session_id,
                    int(dismissal.accepted),
                    iso_utc(at),
                    at,
                ),
            )

    # --------------------------------------------------------------- reading

    def sessions(
        self, *, since: date | None = None, limit: int | None = None
    ) -> list[SessionRecord]:
        """Sessions, oldest first (the newest ``limit`` when given)."""
        query = (
            "SELECT id, routine_id, routine_name, started_unix, local_day, status, ended_unix, "
            "planned_seconds, active_seconds, steps_completed, steps_skipped, extensions, "
            "extension_seconds, writer_pid FROM sessions"
        )
        args: list[Any] = []
        if since is not None:
            query += " WHERE local_day >= ?"
            args.append(since.isoformat())
        query += " ORDER BY started_unix DESC, id DESC"
        if limit is not None:
            query += " LIMIT ?"
            args.append(limit)
        rows = self._db.execute(query, args).fetchall()
        return [_session(row) for row in reversed(rows)]

    def results(
        self, *, since: date | None = None, exercise_id: str | None = None
    ) -> list[ExerciseResult]:
        """Recorded exercises with their sides, oldest first."""
        where: list[str] = []
        args: list[Any] = []
        if since is not None:
            where.append("s.local_day >= ?")
            args.append(since.isoformat())
        if exercise_id is not None:
            where.append("e.exercise_id = ?")
            args.append(exercise_id)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._db.execute(
            "SELECT e.session_id, e.block_no, e.exercise_id, e.exercise_name, s.local_day, "
            "e.ended_unix, e.steps_completed, e.steps_skipped, e.work_skipped, e.extensions, "
            "e.extension_seconds, e.planned_reps, e.planned_sets, "
            "x.side, x.hold_seconds, x.holds_planned, x.holds_completed, x.holds_skipped, "
            "x.planned_hold_seconds "
            "FROM session_exercises e JOIN sessions s ON s.id = e.session_id "
            "LEFT JOIN exercise_sides x ON x.session_id = e.session_id AND x.block_no = e.block_no"
            f"{clause} ORDER BY e.ended_unix, e.session_id, e.block_no, x.side",
            args,
        ).fetchall()
        found: list[ExerciseResult] = []
        sides: list[SideResult] = []
        current: tuple[Any, ...] | None = None

        def flush() -> None:
            if current is not None:
                found.append(
                    ExerciseResult(
                        session_id=current[0],
                        block_no=current[1],
                        exercise_id=current[2],
                        exercise_name=current[3],
                        day=date.fromisoformat(current[4]),
                        ended_unix=current[5],
                        steps_completed=current[6],
                        steps_skipped=current[7],
                        work_skipped=current[8],
                        extensions=current[9],
                        extension_seconds=current[10],
                        planned_reps=current[11],
                        planned_sets=current[12],
                        sides=tuple(sides),
                    )
                )

        for row in rows:
            head = tuple(row[:13])
            if current is None or head[:2] != current[:2]:
                flush()
                current, sides = head, []
            if row[13] is not None:
                sides.append(SideResult(*row[13:]))
        flush()
        return found

    def self_checks(self) -> list[SelfCheck]:
        rows = self._db.execute(
            "SELECT session_id, block_no, exercise_id, feeling, at_unix FROM self_checks "
            "ORDER BY at_unix"
        ).fetchall()
        return [SelfCheck(r[0], r[1], r[2], Feeling(r[3]), r[4]) for r in rows]

    def dismissals(self) -> list[Dismissal]:
        rows = self._db.execute(
            "SELECT exercise_id, kind, dosage, until_session_id, accepted, at_unix "
            "FROM dismissed_suggestions ORDER BY id"
        ).fetchall()
        return [Dismissal(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    def history(self) -> History:
        """Everything the progression rules need."""
        return History(
            sessions=self.sessions(),
            results=self.results(),
            self_checks=self.self_checks(),
            dismissals=self.dismissals(),
        )

    def daily_seconds(self, since: date | None = None) -> dict[date, float]:
        """Active seconds per local day, summed in SQL."""
        query = "SELECT local_day, SUM(active_seconds) FROM sessions"
        args: list[Any] = []
        if since is not None:
            query += " WHERE local_day >= ?"
            args.append(since.isoformat())
        query += " GROUP BY local_day"
        return {date.fromisoformat(d): float(s) for d, s in self._db.execute(query, args)}

    def hold_per_day(self, since: date | None = None) -> dict[str, list[tuple[date, float, int]]]:
        """Seconds held and holds done per exercise per local day, summed in SQL.

        The same shape as :func:`psoas_timer.core.progress.hold_per_day`.
        """
        query = (
            "SELECT e.exercise_id, s.local_day, SUM(x.hold_seconds), SUM(x.holds_completed) "
            "FROM exercise_sides x "
            "JOIN session_exercises e ON e.session_id = x.session_id AND e.block_no = x.block_no "
            "JOIN sessions s ON s.id = x.session_id"
        )
        args: list[Any] = []
        if since is not None:
            query += " WHERE s.local_day >= ?"
            args.append(since.isoformat())
        query += " GROUP BY e.exercise_id, s.local_day ORDER BY e.exercise_id, s.local_day"
        found: dict[str, list[tuple[date, float, int]]] = {}
        for exercise_id, day, seconds, holds in self._db.execute(query, args):
            found.setdefault(exercise_id, []).append(
                (date.fromisoformat(day), float(seconds), int(holds))
            )
        return found

    def side_balance(self, since: date | None = None) -> dict[str, tuple[float, float]]:
        """Seconds held ``(left, right)`` per one-side-at-a-time exercise, summed in SQL."""
        query = (
            "SELECT e.exercise_id, "
            "SUM(CASE WHEN x.side = 'left' THEN x.hold_seconds ELSE 0 END), "
            "SUM(CASE WHEN x.side = 'right' THEN x.hold_seconds ELSE 0 END) "
            "FROM exercise_sides x "
            "JOIN session_exercises e ON e.session_id = x.session_id AND e.block_no = x.block_no "
            "JOIN sessions s ON s.id = x.session_id WHERE x.side IN ('left', 'right')"
        )
        args: list[Any] = []
        if since is not None:
            query += " AND s.local_day >= ?"
            args.append(since.isoformat())
        query += " GROUP BY e.exercise_id ORDER BY e.exercise_id"
        return {
            ex: (float(left), float(right)) for ex, left, right in self._db.execute(query, args)
        }

    def exercise_names(self) -> dict[str, str]:
        """The newest recorded name of every exercise in the history."""
        rows = self._db.execute(
            "SELECT exercise_id, exercise_name FROM session_exercises ORDER BY ended_unix"
        ).fetchall()
        return dict(rows)

    def total_hold_seconds(self) -> float:
        value = self._db.execute("SELECT COALESCE(SUM(hold_seconds), 0) FROM exercise_sides")
        return float(value.fetchone()[0])

    def totals(self, today: date | None = None) -> Totals:
        """All-time totals and the streaks as of ``today`` (default: the local date).

        Summed in SQL, one row per day, so three years of history stay cheap.
        """
        row = self._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(status = 'finished'), 0), "
            "COALESCE(SUM(active_seconds), 0) FROM sessions"
        ).fetchone()
        if not row[0]:
            return Totals()
        days = self._db.execute(
            "SELECT local_day, SUM(active_seconds), MAX(status = 'finished') FROM sessions "
            "GROUP BY local_day ORDER BY local_day"
        ).fetchall()
        active = [
            date.fromisoformat(d)
            for d, seconds, finished in days
            if finished or seconds >= STREAK_MIN_SECONDS
        ]
        current, longest = streaks(active, today or date.today())
        return Totals(
            sessions=int(row[0]),
            finished=int(row[1]),
            minutes=float(row[2]) / 60.0,
            hold_seconds=self.total_hold_seconds(),
            days=len(days),
            current_streak=current,
            longest_streak=longest,
            first_day=date.fromisoformat(days[0][0]),
            last_day=date.fromisoformat(days[-1][0]),
        )

    def export_rows(self) -> tuple[list[str], list[Sequence[Any]]]:
        """One row per side of each exercise (or per session without any), for CSV."""
        columns = [
            "session_id",
            "started_at",
            "started_unix",
            "local_day",
            "ended_at",
            "routine_id",
            "routine_name",
            "status",
            "active_seconds",
            "session_steps_completed",
            "session_steps_skipped",
            "session_extensions",
            "block_no",
            "exercise_id",
            "exercise_name",
            "work_skipped",
            "planned_reps",
            "planned_sets",
            "side",
            "planned_hold_seconds",
            "hold_seconds",
            "holds_planned",
            "holds_completed",
            "holds_skipped",
            "self_check",
        ]
        rows = self._db.execute(
            "SELECT s.id, s.started_at, s.started_unix, s.local_day, s.ended_at, s.routine_id, "
            "s.routine_name, s.status, s.active_seconds, s.steps_completed, s.steps_skipped, "
            "s.extensions, e.block_no, e.exercise_id, e.exercise_name, e.work_skipped, "
            "e.planned_reps, e.planned_sets, x.side, x.planned_hold_seconds, x.hold_seconds, "
            "x.holds_planned, x.holds_completed, x.holds_skipped, c.feeling "
            "FROM sessions s "
            "LEFT JOIN session_exercises e ON e.session_id = s.id "
            "LEFT JOIN exercise_sides x ON x.session_id = e.session_id AND x.block_no = e.block_no "
            "LEFT JOIN self_checks c ON c.session_id = e.session_id AND c.block_no = e.block_no "
            "ORDER BY s.started_unix, s.id, e.block_no, x.side"
        ).fetchall()
        return columns, rows


def read_history(path: Path) -> HistoryStore:
    """Open the history for reading only (``psoas-timer history``), checked like the window does.

    Raises:
        HistoryDamaged: the file is damaged (not a database, or it fails its
            quick check); :func:`open_history` moves such a file aside.
        HistoryError: it cannot be read for another reason (permissions, an
            I/O error), which says nothing about the file itself.
    """
    try:
        store = HistoryStore(path, read_only=True)
    except HistoryError as exc:
        if _corrupt(exc.__cause__):
            raise HistoryDamaged(f"{path} is damaged ({exc.__cause__})") from exc
        raise
    try:
        status = store.quick_check()
    except sqlite3.DatabaseError as exc:
        store.close()
        if _corrupt(exc):
            raise HistoryDamaged(f"{path} is damaged ({exc})") from exc
        raise HistoryError(f"{path} cannot be read: {exc}") from exc
    if status != "ok":
        store.close()
        raise HistoryDamaged(f"{path} is damaged (it failed its integrity check: {status})")
    return store


def _corrupt(exc: BaseException | None) -> bool:
    """Whether SQLite says the file itself is bad, rather than that it could not read it."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection, also for a file in a folder nobody may write to.

    A WAL database normally needs its ``-shm`` file, which SQLite cannot create
    in a read-only folder; then the file is opened ``immutable``, which is
    safe there because nobody can be writing it either.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    db = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        db.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError:
        db.close()
        if os.access(path.parent, os.W_OK):
            raise
        db = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
    return db


def _session(row: Sequence[Any]) -> SessionRecord:
    status = Status(row[5])
    if status is Status.RUNNING and len(row) > 13 and not _writer_alive(row[13]):
        # What mark_interrupted would write, read without writing (a read-only
        # reader such as ``psoas-timer history`` must not change the file).
        status = Status.INTERRUPTED
    return SessionRecord(
        id=row[0],
        routine_id=row[1],
        routine_name=row[2],
        started_unix=row[3],
        day=date.fromisoformat(row[4]) if row[4] else local_day(row[3]),
        status=status,
        ended_unix=row[6],
        planned_seconds=row[7],
        active_seconds=row[8],
        steps_completed=row[9],
        steps_skipped=row[10],
        extensions=row[11],
        extension_seconds=row[12],
    )


def open_history(path: Path | None = None) -> tuple[HistoryStore | None, list[str]]:
    """Open the history, never losing a damaged file and never failing.

    A file that is not a usable database (garbage, truncated, a failed
    integrity check) is moved aside to ``history.sqlite3.bak-<timestamp>``
    (with its ``-wal`` and ``-shm`` companions) and a fresh database is
    started; the notice names both files. If even that fails (a folder in the
    way, a read-only disk), the app runs without history and says so.
    """
    from .atomic import move_aside

    path = path or paths.history_file()
    notices: list[str] = []
    try:
        problem = _damage(path)
        if problem is None:
            return HistoryStore(path), notices
    except HistoryError as exc:
        if not _corrupt(exc.__cause__):
            return None, [_not_now(path, exc.__cause__ or exc)]
        problem = str(exc.__cause__)
    except sqlite3.Error as exc:
        return None, [_not_now(path, exc)]
    except OSError as exc:
        return None, [_not_now(path, exc.strerror or exc)]
    if path.is_dir():
        return None, [f"{path} is a folder, not a database; history is not recorded this time."]
    try:
        backup = move_aside(path)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, backup.with_name(backup.name + suffix))
        store = HistoryStore(path)
    except (OSError, HistoryError) as exc:
        return None, [f"{path} cannot be read ({problem}) or replaced ({exc}); "
                      "history is not recorded this time."]
    notices.append(
        f"{path} could not be read ({problem}); the original is kept as {backup} "
        "and a new history was started."
    )
    return store, notices


def _damage(path: Path) -> str | None:
    """What is wrong with the database file, checked read-only so nothing is changed.

    Raises:
        sqlite3.DatabaseError: SQLite could not read it (locked, an I/O error),
            which says nothing about the file itself.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            status = str(db.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if not _corrupt(exc):
            raise  # locked, an I/O error, no permission: nothing wrong with the file itself
        return str(exc)
    return None if status == "ok" else f"it failed its integrity check ({status})"


def _not_now(path: Path, reason: object) -> str:
    """The notice for a history that cannot be used this time but is not damaged."""
    return (
        f"{path} cannot be used now ({reason}); it is left as it is, and history is "
        "not recorded this time."
    )
