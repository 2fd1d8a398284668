"""When the "Where did you feel it?" question is asked."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from psoas_timer.core.progress import ExerciseResult, Feeling, SideResult
from psoas_timer.ui.history.self_check import SelfCheckPrompt, should_ask


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


@pytest.mark.parametrize(
    ("exercise_id", "advice"),
    [
        ("supine-march", "rest gently on the mat"),
        ("seated-leg-lift", "sit tall"),
        ("ball-hip-flexion", "against the ball"),
    ],
)
def test_a_lower_back_answer_gets_the_fix_for_that_exercise(
    qtbot: QtBot, exercise_id: str, advice: str
) -> None:
    prompt = SelfCheckPrompt()
    qtbot.addWidget(prompt)
    prompt.ask(result(exercise_id, holds=3))
    prompt.answer(Feeling.LOWER_BACK)
    tip = prompt.tip_text.text().lower()
    assert advice in tip
    if exercise_id != "supine-march":
        assert "floor" not in tip  # the back is not on the floor there
