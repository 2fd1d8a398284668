"""When the "Where did you feel it?" question is asked."""

from __future__ import annotations

from datetime import date

import pytest

from psoas_timer.core.progress import ExerciseResult, SideResult
from psoas_timer.ui.self_check import should_ask


def result(exercise_id: str, holds: int) -> ExerciseResult:
    return ExerciseResult(
        session_id=1,
        block_no=1,
        exercise_id=exercise_id,
        exercise_name=exercise_id,
        day=date(2026, 11, 23),
        ended_unix=0.0,
        sides=(
            SideResult("left", holds_completed=holds),
            SideResult("right", holds_completed=holds),
        ),
    )


@pytest.mark.parametrize("exercise_id", ["supine-march", "seated-leg-lift", "ball-hip-flexion"])
def test_it_asks_after_a_strengthening_exercise_that_was_worked(exercise_id: str) -> None:
    assert should_ask(result(exercise_id, holds=3))
    assert not should_ask(result(exercise_id, holds=0)), "nothing held: nothing to judge"


@pytest.mark.parametrize(
    "exercise_id", ["half-kneeling-stretch", "supported-bridge", "table-leg-dangle"]
)
def test_it_does_not_ask_after_a_stretch(exercise_id: str) -> None:
    assert not should_ask(result(exercise_id, holds=3))
