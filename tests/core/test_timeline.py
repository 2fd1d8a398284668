"""The compiler: real sides, real totals, faithful cues and poses."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import BOUNDS
from psoas_timer.core.model import Block, Breath, Phase, Routine, Side
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.timeline import Timeline, compile_timeline

CAT = load_catalogue()


def compile_one(exercise_id: str, **overrides: float) -> Timeline:
    routine = Routine("t", "T", "", (Block(exercise_id, MappingProxyType(overrides)),))
    return compile_timeline(routine, CAT)


def phases(t: Timeline) -> list[str]:
    return [s.phase.value for s in t.steps]


def test_marching_alternates_left_and_right_every_rep() -> None:
    t = compile_one("supine-march", reps=2, sets=1, rest_seconds=0)
    lifts = [(s.side, s.rep_no) for s in t if s.phase is Phase.LIFT]
    assert lifts == [(Side.LEFT, 1), (Side.RIGHT, 1), (Side.LEFT, 2), (Side.RIGHT, 2)]
    assert t.steps[1].title == "Left knee up — exhale"
    assert t.steps[1].breath is Breath.EXHALE


def test_one_side_then_the_other_with_a_timed_switch() -> None:
    t = compile_one("seated-leg-lift", reps=2, sets=1, rest_between_sides_seconds=7)
    sides = [s.side for s in t if s.phase is Phase.HOLD]
    assert sides == [Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT]
    switch = [s for s in t if s.phase is Phase.SWITCH_SIDES]
    assert len(switch) == 1 and switch[0].duration == 7


def test_bridge_works_both_sides_at_once() -> None:
    t = compile_one("supported-bridge")
    assert {s.side for s in t if s.phase is Phase.HOLD} == {Side.BOTH}
    assert not [s for s in t if s.phase is Phase.SWITCH_SIDES]


def test_each_side_has_its_own_hold() -> None:
    t = compile_one("half-kneeling-stretch", hold_seconds_left=40, hold_seconds_right=25)
    holds = {(s.side, s.duration) for s in t if s.phase is Phase.HOLD}
    assert holds == {(Side.LEFT, 40), (Side.RIGHT, 25)}


def test_a_hold_counted_in_breaths_is_paced() -> None:
    t = compile_one("table-leg-dangle", hold_breaths=5, breath_in_seconds=3, breath_out_seconds=5)
    hold = next(s for s in t if s.phase is Phase.HOLD)
    assert hold.duration == 40
    assert hold.breath is Breath.PACED
    assert "3 in, 5 out" in hold.title


def test_a_routine_hold_in_seconds_replaces_a_default_in_breaths() -> None:
    t = compile_one("table-leg-dangle", hold_seconds=20)
    hold = next(s for s in t if s.phase is Phase.HOLD)
    assert hold.duration == 20 and hold.breath is Breath.STEADY


def test_user_overrides_apply_unless_the_routine_overrides() -> None:
    routine = Routine(
        "t",
        "T",
        "",
        (
            Block("supine-march", MappingProxyType({})),
            Block("supine-march", MappingProxyType({"hold_seconds": 9})),
        ),
    )
    t = compile_timeline(routine, CAT, {"supine-march": {"hold_seconds": 5}})
    holds = [(s.block_no, s.duration) for s in t if s.phase is Phase.HOLD]
    assert {d for b, d in holds if b == 1} == {5}
    assert {d for b, d in holds if b == 2} == {9}


def test_full_session_has_every_phase_kind_and_ends_finished() -> None:
    t = compile_timeline(builtin_routines()["full-session"], CAT)
    assert set(phases(t)) == {p.value for p in Phase}
    assert t.steps[-1].phase is Phase.FINISHED
    transition = next(s for s in t if s.phase is Phase.TRANSITION)
    assert transition.title.startswith("Next: ")


def test_poses_move_from_rest_to_end_and_back() -> None:
    t = compile_one("supine-march")
    by_phase = {s.phase: (s.pose_from, s.pose_to) for s in t}
    assert by_phase[Phase.LIFT] == ("start", "peak")
    assert by_phase[Phase.HOLD] == ("peak", "peak")
    assert by_phase[Phase.LOWER] == ("peak", "start")


def test_timed_cues_fall_inside_their_step_and_form_checks_fit_the_phase() -> None:
    t = compile_one("half-kneeling-stretch", hold_seconds=30)
    hold = next(s for s in t if s.phase is Phase.HOLD)
    assert hold.cues and all(0 < c.at < hold.duration for c in hold.cues)
    assert hold.checks == CAT.exercise("half-kneeling-stretch").checks[Phase.HOLD]
    short = compile_one("half-kneeling-stretch", hold_seconds=5)
    assert all(c.at < 5 for s in short for c in s.cues)


def test_starts_are_contiguous() -> None:
    t = compile_timeline(builtin_routines()["advanced"], CAT)
    clock = 0.0
    for step in t:
        assert step.start == clock
        clock += step.duration


# ------------------------------------------------------------------ properties

def dosage_values() -> st.SearchStrategy[dict[str, float | int]]:
    def value(key: str) -> st.SearchStrategy[float | int]:
        bound = BOUNDS[key]
        if bound.integer:
            high = min(int(bound.high), 4 if key in ("reps", "sets") else int(bound.high))
            return st.integers(int(bound.low), high)
        return st.integers(int(bound.low), min(int(bound.high), 90)).map(float)

    keys = [k for k in BOUNDS if k not in ("hold_seconds_left", "hold_seconds_right")]
    return st.fixed_dictionaries({}, optional={k: value(k) for k in keys}).filter(
        lambda d: not ("hold_seconds" in d and "hold_breaths" in d)
    )


routines = st.lists(
    st.tuples(st.sampled_from(sorted(CAT.exercises)), dosage_values()), min_size=1, max_size=4
).map(
    lambda blocks: Routine(
        "r", "R", "", tuple(Block(e, MappingProxyType(d)) for e, d in blocks)
    )
)


@settings(max_examples=150, deadline=None)
@given(routines)
def test_total_equals_the_sum_of_step_durations(routine: Routine) -> None:
    t = compile_timeline(routine, CAT)
    assert t.total_seconds == sum(s.duration for s in t.steps)
    assert t.steps[-1].phase is Phase.FINISHED
    assert all(s.duration > 0 for s in t.steps[:-1])


@settings(max_examples=150, deadline=None)
@given(routines)
def test_both_sides_get_the_same_work_unless_told_otherwise(routine: Routine) -> None:
    t = compile_timeline(routine, CAT)
    for block_no in range(1, len(routine.blocks) + 1):
        work = {Side.LEFT: [0.0, 0], Side.RIGHT: [0.0, 0]}
        for s in t:
            if s.block_no == block_no and s.side in work and s.phase in (
                Phase.LIFT,
                Phase.HOLD,
                Phase.LOWER,
            ):
                work[s.side][0] += s.duration
                work[s.side][1] += 1
        if work[Side.LEFT][1]:
            assert work[Side.LEFT] == work[Side.RIGHT]


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 600), st.integers(1, 600))
def test_different_side_holds_are_kept(left: int, right: int) -> None:
    t = compile_one("seated-leg-lift", hold_seconds_left=left, hold_seconds_right=right)
    left_total = sum(s.duration for s in t if s.phase is Phase.HOLD and s.side is Side.LEFT)
    right_total = sum(s.duration for s in t if s.phase is Phase.HOLD and s.side is Side.RIGHT)
    reps_sets = 6 * 2
    assert (left_total, right_total) == (left * reps_sets, right * reps_sets)
