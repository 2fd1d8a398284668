"""Writing the history as a session goes: its row, each exercise as it ends, how it ended.

Each write is one transaction, so a crash loses at most the exercise in
progress (the promises are listed in :mod:`.history`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator

from ..core.progress import (
    Dismissal,
    ExerciseResult,
    SelfCheck,
    SessionRecord,
    Status,
    iso_utc,
    local_day,
)
from .history_queries import writer_alive

log = logging.getLogger(__name__)


class HistoryWrites:
    """The writes of :class:`~psoas_timer.store.history.HistoryStore`; each is skipped,
    with a warning, when the database is read-only."""

    _db: sqlite3.Connection
    _wall: Callable[[], float]
    read_only: bool

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

    def _writable(self) -> bool:
        if self.read_only:
            log.warning("history is read-only (written by a newer version); not recording")
        return not self.read_only

    def mark_interrupted(self) -> int:
        """Mark sessions left ``running`` by a writer that is gone as ``interrupted``."""
        rows = self._db.execute(
            "SELECT id, writer_pid FROM sessions WHERE status = 'running'"
        ).fetchall()
        dead = [sid for sid, pid in rows if not writer_alive(pid)]
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

