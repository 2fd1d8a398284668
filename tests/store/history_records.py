"""Records the history tests write: a session's totals, an exercise with both sides."""

from __future__ import annotations

from datetime import date, datetime

from psoas_timer.core.progress import (
    ExerciseResult,
    SessionRecord,
    SideResult,
    Status,
)

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
