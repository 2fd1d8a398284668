"""Reading the history: sessions, exercises and their sides, and sums done in SQL.

Every query is read-only, so it works the same on a database opened
read-only (``psoas-timer history``, or a file from a newer version).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from datetime import date
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
    local_day,
    streaks,
)


def writer_alive(pid: object) -> bool:
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


def _since(since: date | None, column: str, joiner: str = "WHERE") -> tuple[str, list[Any]]:
    """The condition (and its argument) keeping the local days from ``since`` on, if given."""
    if since is None:
        return "", []
    return f" {joiner} {column} >= ?", [since.isoformat()]


class HistoryQueries:
    """The queries of :class:`~psoas_timer.store.history.HistoryStore`."""

    _db: sqlite3.Connection

    def sessions(
        self, *, since: date | None = None, limit: int | None = None
    ) -> list[SessionRecord]:
        """Sessions, oldest first (the newest ``limit`` when given)."""
        query = (
            "SELECT id, routine_id, routine_name, started_unix, local_day, status, ended_unix, "
            "planned_seconds, active_seconds, steps_completed, steps_skipped, extensions, "
            "extension_seconds, writer_pid FROM sessions"
        )
        clause, args = _since(since, "local_day")
        query += clause + " ORDER BY started_unix DESC, id DESC"
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
        clause, args = _since(since, "local_day")
        query += clause + " GROUP BY local_day"
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
        clause, args = _since(since, "s.local_day")
        query += clause + " GROUP BY e.exercise_id, s.local_day ORDER BY e.exercise_id, s.local_day"
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
        clause, args = _since(since, "s.local_day", joiner="AND")
        query += clause + " GROUP BY e.exercise_id ORDER BY e.exercise_id"
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



def _session(row: Sequence[Any]) -> SessionRecord:
    status = Status(row[5])
    if status is Status.RUNNING and len(row) > 13 and not writer_alive(row[13]):
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

