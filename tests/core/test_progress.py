"""Chart data and progression rules, on small synthetic histories computed by hand."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import Number
from psoas_timer.core.model import Catalogue
from psoas_timer.core.progress import (
    FEELING_MISTAKE,
    Dismissal,
    ExerciseResult,
    Feeling,
    SelfCheck,
    SessionRecord,
    SideResult,
    Status,
    Suggestion,
    SuggestionKind,
    active_days,
    apply_suggestion,
    daily_seconds,
    dosage_signature,
    hold_per_day,
    mean_hold,
    minutes_per_day,
    side_balance,
    streaks,
    suggest,
    summarize,
    tip_for,
)

TODAY = date(2025, 3, 10)


def day(n: int) -> date:
    """``n`` days before TODAY."""
    return TODAY - timedelta(days=n)


def session(
    sid: int, when: date, seconds: float, status: Status = Status.FINISHED
) -> SessionRecord:
    unix = datetime(when.year, when.month, when.day, 8).timestamp()
    return SessionRecord(sid, "r", "R", unix, when, status, unix + seconds, 0, seconds)


def result(
    sid: int,
    when: date,
    exercise: str = "supine-march",
    *,
    left: float = 0.0,
    right: float = 0.0,
    both: float | None = None,
    reps: int = 8,
    sets: int = 2,
    hold: float = 2.0,
    holds: int | None = None,
    done: int | None = None,
    work_skipped: int = 0,
) -> ExerciseResult:
    planned = reps * sets if holds is None else holds
    completed = planned if done is None else done
    if both is not None:
        sides: tuple[SideResult, ...] = (SideResult("both", both, planned, completed, 0, hold),)
    else:
        sides = (
            SideResult("left", left, planned, completed, 0, hold),
            SideResult("right", right, planned, completed, 0, hold),
        )
    unix = datetime(when.year, when.month, when.day, 8, 30).timestamp() + sid
    return ExerciseResult(
        session_id=sid,
        block_no=1,
        exercise_id=exercise,
        exercise_name=exercise,
        day=when,
        ended_unix=unix,
        work_skipped=work_skipped,
        planned_reps=reps,
        planned_sets=sets,
        sides=sides,
    )


# ----------------------------------------------------------------- chart data


@pytest.fixture
def history() -> tuple[list[SessionRecord], list[ExerciseResult]]:
    sessions = [
        session(1, day(4), 600),
        session(2, day(4), 300, Status.STOPPED),
        session(3, day(2), 900),
        session(4, day(1), 30, Status.INTERRUPTED),
        session(5, day(0), 1200),
    ]
    results = [
        result(1, day(4), left=30, right=32),
        result(1, day(4), "seated-leg-lift", left=20, right=25),
        result(2, day(4), left=10, right=0),
        result(3, day(2), left=40, right=40),
        result(3, day(2), "supported-bridge", both=50),
        result(5, day(0), "seated-leg-lift", left=30, right=36),
    ]
    return sessions, results


def test_minutes_per_day_fills_every_day_of_the_range(
    history: tuple[list[SessionRecord], list[ExerciseResult]],
) -> None:
    sessions, _ = history
    daily = daily_seconds(sessions)
    assert daily == {day(4): 900, day(2): 900, day(1): 30, day(0): 1200}
    rows = minutes_per_day(daily, 7, TODAY)
    assert [d for d, _ in rows] == [day(n) for n in range(6, -1, -1)]
    assert [m for _, m in rows] == [0, 0, 15.0, 0, 15.0, 0.5, 20.0]
    assert len(minutes_per_day(daily, 30, TODAY)) == 30
    assert sum(m for _, m in minutes_per_day(daily, 3, TODAY)) == pytest.approx(15.5 + 20.0)


def test_hold_per_day_sums_sides_and_sessions_of_the_same_day(
    history: tuple[list[SessionRecord], list[ExerciseResult]],
) -> None:
    _, results = history
    holds = hold_per_day(results)
    # Day 4: session 1 (30 + 32) and session 2 (10), 16 holds each.
    assert holds["supine-march"] == [(day(4), 72.0, 64), (day(2), 80.0, 32)]
    assert holds["seated-leg-lift"] == [(day(4), 45.0, 32), (day(0), 66.0, 32)]
    assert holds["supported-bridge"] == [(day(2), 50.0, 16)]
    assert hold_per_day(results, since=day(1)) == {"seated-leg-lift": [(day(0), 66.0, 32)]}
    assert mean_hold(holds["supine-march"]) == [(day(4), 72 / 64), (day(2), 2.5)]
    assert mean_hold([(day(0), 0.0, 0)]) == []


def test_side_balance_leaves_out_two_sided_exercises(
    history: tuple[list[SessionRecord], list[ExerciseResult]],
) -> None:
    _, results = history
    assert side_balance(results) == {
        "seated-leg-lift": (50.0, 61.0),
        "supine-march": (80.0, 72.0),
    }
    assert side_balance(results, since=day(2)) == {
        "seated-leg-lift": (30.0, 36.0),
        "supine-march": (40.0, 40.0),
    }


def test_active_days_need_a_finished_session_or_a_minute(
    history: tuple[list[SessionRecord], list[ExerciseResult]],
) -> None:
    sessions, _ = history
    # Day 1 had only 30 s of an interrupted session: it does not count.
    assert active_days(sessions) == {day(4), day(2), day(0)}
    assert active_days([session(9, day(3), 61, Status.STOPPED)]) == {day(3)}
    assert active_days([session(9, day(3), 5, Status.FINISHED)]) == {day(3)}


@pytest.mark.parametrize(
    ("days", "current", "longest"),
    [
        ([], 0, 0),
        ([0], 1, 1),
        ([0, 1, 2], 3, 3),
        ([1, 2], 2, 2),  # today not done yet: the streak is still alive
        ([2, 3], 0, 2),  # yesterday missed: broken
        ([0, 1, 5, 6, 7, 8], 2, 4),
        ([0, 0, 1], 2, 2),
    ],
)
def test_streaks(days: list[int], current: int, longest: int) -> None:
    assert streaks([day(n) for n in days], TODAY) == (current, longest)


def test_summarize_totals(history: tuple[list[SessionRecord], list[ExerciseResult]]) -> None:
    sessions, results = history
    totals = summarize(sessions, results, TODAY)
    assert totals.sessions == 5
    assert totals.finished == 3
    assert totals.minutes == pytest.approx((600 + 300 + 900 + 30 + 1200) / 60)
    assert totals.hold_seconds == pytest.approx(62 + 45 + 10 + 80 + 50 + 66)
    assert totals.days == 4
    assert (totals.current_streak, totals.longest_streak) == (1, 1)
    assert (totals.first_day, totals.last_day) == (day(4), day(0))
    assert summarize([], [], TODAY).sessions == 0


# ---------------------------------------------------------------- progression


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def clean_run(
    first_id: int,
    count: int,
    exercise: str = "supine-march",
    *,
    reps: int = 8,
    sets: int = 2,
    hold: float = 2.0,
    feeling: Feeling | None = Feeling.HIP_CREASE,
) -> tuple[list[ExerciseResult], list[SelfCheck]]:
    results, checks = [], []
    for sid in range(first_id, first_id + count):
        r = result(sid, day(40 - sid), exercise, left=1, right=1, reps=reps, sets=sets, hold=hold)
        results.append(r)
        if feeling is not None:
            checks.append(SelfCheck(sid, 1, exercise, feeling, r.ended_unix + 1))
    return results, checks


def dosage(**values: Number) -> Mapping[str, Mapping[str, Number]]:
    return {"supine-march": values}


def current_of(table: Mapping[str, Mapping[str, Number]]):  # type: ignore[no-untyped-def]
    return lambda exercise_id: table.get(exercise_id, {})


def test_three_clean_sessions_with_a_hip_crease_check_earn_two_more_reps(
    catalogue: Catalogue,
) -> None:
    results, checks = clean_run(1, 2)
    assert suggest(results, checks, [], catalogue) == []
    results, checks = clean_run(1, 3)
    [found] = suggest(results, checks, [], catalogue)
    # The guide's march pauses only briefly at the top: it grows by reps, never by the hold.
    assert found.kind is SuggestionKind.REPS
    assert (found.key, found.current, found.value) == ("reps", 8, 10)
    assert found.sessions == 3
    assert found.until_session_id == 3
    assert found.dosage == dosage_signature(8, 2, 2, 2)
    assert "10 reps" in found.text and "hip crease" in found.text


def test_a_skip_breaks_the_run(catalogue: Catalogue) -> None:
    results, checks = clean_run(1, 4)
    skipped = result(3, day(37), left=1, right=1, work_skipped=1)
    results[2] = skipped
    assert suggest(results, checks, [], catalogue) == []
    short = result(3, day(37), left=1, right=1, done=15)
    results[2] = short
    assert suggest(results, checks, [], catalogue) == []
    # Three more clean sessions after the skip earn it again.
    more, more_checks = clean_run(5, 2)
    assert len(suggest(results + more, checks + more_checks, [], catalogue)) == 1


@pytest.mark.parametrize(
    ("feelings", "earned"),
    [
        ([None, None, None], False),
        ([None, None, Feeling.HIP_CREASE], True),
        ([Feeling.THIGH, None, Feeling.HIP_CREASE], True),  # fixed since
        ([Feeling.HIP_CREASE, Feeling.LOWER_BACK, None], False),
        ([Feeling.HIP_CREASE, None, Feeling.NOTHING], False),
    ],
)
def test_the_latest_self_check_in_the_run_must_be_the_hip_crease(
    catalogue: Catalogue, feelings: list[Feeling | None], earned: bool
) -> None:
    results, _ = clean_run(1, 3, feeling=None)
    checks = [
        SelfCheck(r.session_id, 1, r.exercise_id, f, r.ended_unix)
        for r, f in zip(results, feelings, strict=True)
        if f is not None
    ]
    assert bool(suggest(results, checks, [], catalogue)) is earned


def test_only_sessions_at_the_current_dosage_count(catalogue: Catalogue) -> None:
    old, old_checks = clean_run(1, 3, reps=8)
    new, new_checks = clean_run(4, 2, reps=10)
    current = current_of(dosage(reps=10))
    assert suggest(old + new, old_checks + new_checks, [], catalogue, current) == []
    more, more_checks = clean_run(6, 1, reps=10)
    [found] = suggest(
        old + new + more, old_checks + new_checks + more_checks, [], catalogue, current
    )
    assert (found.current, found.value) == (10, 12)


def one(
    catalogue: Catalogue, exercise: str, *, hold: float = 2, reps: int = 8, sets: int = 2
) -> Suggestion | None:
    """The suggestion three clean sessions at this dosage earn."""
    results, checks = clean_run(1, 3, exercise, hold=hold, reps=reps, sets=sets)
    current = {exercise: {"hold_seconds": hold, "reps": reps, "sets": sets}}
    found = suggest(results, checks, [], catalogue, current_of(current))
    return found[0] if found else None


def test_the_march_grows_by_reps_then_sets_then_moves_on(catalogue: Catalogue) -> None:
    def march(**values: float) -> tuple[SuggestionKind, Number | None] | None:
        found = one(catalogue, "supine-march", **values)  # type: ignore[arg-type]
        return None if found is None else (found.kind, found.value)

    assert march(reps=8) == (SuggestionKind.REPS, 10)
    assert march(reps=11) == (SuggestionKind.REPS, 12)  # capped at the range's top
    assert march(reps=12, sets=2) == (SuggestionKind.SETS, 3)
    assert march(reps=12, sets=3) == (SuggestionKind.NEXT, None)
    nxt = one(catalogue, "supine-march", reps=12, sets=3)
    assert nxt is not None and nxt.next_exercise == "seated-leg-lift"
    assert "Seated leg lift" in nxt.title
    # A march held longer than the guide's brief pause is never told to hold longer still.
    assert march(hold=5, reps=8) == (SuggestionKind.REPS, 10)


def test_the_seated_lift_holds_up_to_three_seconds_then_grows_by_reps(
    catalogue: Catalogue,
) -> None:
    lift = "seated-leg-lift"
    found = one(catalogue, lift, hold=2, reps=6)
    assert found is not None and (found.kind, found.value) == (SuggestionKind.HOLD, 3)
    found = one(catalogue, lift, hold=3, reps=6)
    assert found is not None and (found.kind, found.value) == (SuggestionKind.REPS, 8)
    found = one(catalogue, lift, hold=3, reps=10, sets=3)
    assert found is not None and found.next_exercise == "ball-hip-flexion"
    assert one(catalogue, "ball-hip-flexion", hold=3, reps=10, sets=3) is None  # the end


@given(
    exercise=st.sampled_from(["supine-march", "seated-leg-lift", "ball-hip-flexion"]),
    hold=st.integers(1, 20),
    reps=st.integers(1, 30),
    sets=st.integers(1, 5),
)
@settings(max_examples=60, deadline=None)
def test_no_suggestion_goes_past_the_catalogues_range(
    exercise: str, hold: int, reps: int, sets: int
) -> None:
    catalogue = load_catalogue()
    found = one(catalogue, exercise, hold=hold, reps=reps, sets=sets)
    if found is None or found.key is None:
        return
    ex = catalogue.exercise(exercise)
    assert found.key in ex.progression
    span = ex.sensible_range(found.key)
    assert span is not None and found.current is not None and found.value is not None
    assert found.current < found.value <= span[1]


def test_release_exercises_get_no_suggestions(catalogue: Catalogue) -> None:
    results, checks = clean_run(1, 5, "half-kneeling-stretch", reps=2, sets=1, hold=30)
    assert suggest(results, checks, [], catalogue) == []


def test_a_dismissed_suggestion_stays_away_until_the_next_threshold(catalogue: Catalogue) -> None:
    results, checks = clean_run(1, 3)
    [found] = suggest(results, checks, [], catalogue)
    dismissed = [found.dismissal(at_unix=1.0)]
    assert dismissed[0] == Dismissal("supine-march", "reps", found.dosage, 3, False, 1.0)
    assert suggest(results, checks, dismissed, catalogue) == []
    more, more_checks = clean_run(4, 2)
    assert suggest(results + more, checks + more_checks, dismissed, catalogue) == []
    more, more_checks = clean_run(4, 3)
    [again] = suggest(results + more, checks + more_checks, dismissed, catalogue)
    assert again.until_session_id == 6
    # A dismissal at another dosage does not hide this one.
    other = [Dismissal("supine-march", "reps", dosage_signature(10, 2, 2, 2), 99)]
    assert len(suggest(results, checks, other, catalogue)) == 1


def test_apply_suggestion_calls_the_dosage_setter(catalogue: Catalogue) -> None:
    calls: list[tuple[str, str, Number]] = []

    def set_dosage(exercise_id: str, key: str, value: Number) -> None:
        calls.append((exercise_id, key, value))

    results, checks = clean_run(1, 3)
    [found] = suggest(results, checks, [], catalogue)
    assert apply_suggestion(found, set_dosage) is True
    assert calls == [("supine-march", "reps", 10)]
    results, checks = clean_run(1, 3, reps=12, sets=3)
    current = current_of(dosage(reps=12, sets=3))
    [nxt] = suggest(results, checks, [], catalogue, current)
    assert apply_suggestion(nxt, set_dosage) is False
    assert len(calls) == 1


def test_every_answer_has_a_tip_and_a_mistake_gets_the_exercises_own_fix(
    catalogue: Catalogue,
) -> None:
    for exercise_id in ("supine-march", "seated-leg-lift", "ball-hip-flexion"):
        ex = catalogue.exercise(exercise_id)
        for feeling in Feeling:
            tip = tip_for(feeling, catalogue, exercise_id)
            assert tip.title and tip.text, (exercise_id, feeling)
            if feeling in FEELING_MISTAKE:
                assert tip.text == ex.fixes[FEELING_MISTAKE[feeling]], (exercise_id, feeling)
    assert "right" in tip_for(Feeling.HIP_CREASE, catalogue, "supine-march").title


@pytest.mark.parametrize(
    ("exercise_id", "words"),
    [("seated-leg-lift", "sit tall"), ("ball-hip-flexion", "against the ball")],
)
def test_an_arched_back_off_the_floor_is_not_told_to_flatten_into_the_floor(
    catalogue: Catalogue, exercise_id: str, words: str
) -> None:
    back = tip_for(Feeling.LOWER_BACK, catalogue, exercise_id).text.lower()
    assert words in back
    assert "floor" not in back
