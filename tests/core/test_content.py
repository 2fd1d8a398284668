"""The clinical content as the user meets it: every step of every built-in routine.

Each test reads the packaged catalogue and compiles the built-in routines, so
a change to ``assets/exercises.toml`` is judged by what a session would say.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.model import Breath, Category, Exercise, Phase, Side, SidePattern
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.timeline import Step, compile_timeline, resolve_dosage


def builtin_steps() -> Iterator[tuple[str, Step]]:
    catalogue = load_catalogue()
    for routine_id, routine in builtin_routines().items():
        for step in compile_timeline(routine, catalogue):
            yield routine_id, step


def expected_breath(ex: Exercise, phase: Phase) -> Breath:
    """The guide's rule: out on the effort, in on the return.

    The effort is named per exercise. Where the return is the effort (bringing
    the dangling leg back), it is breathed out; easing into a stretch is a
    letting go, breathed out too.
    """
    if phase is ex.effort:
        return Breath.EXHALE
    if phase is Phase.LIFT and ex.category is Category.RELEASE:
        return Breath.EXHALE
    return Breath.INHALE


def test_every_step_of_every_builtin_routine_breathes_by_the_rule() -> None:
    catalogue = load_catalogue()
    checked = 0
    for routine_id, step in builtin_steps():
        if step.exercise_id is None:
            continue
        ex = catalogue.exercise(step.exercise_id)
        where = (routine_id, step.index, ex.id, step.phase.value)
        if step.phase in (Phase.LIFT, Phase.LOWER):
            assert step.breath is expected_breath(ex, step.phase), where
            assert step.title.endswith(step.breath.value), where
            checked += 1
        elif step.phase is Phase.HOLD:
            assert step.breath in (Breath.STEADY, Breath.PACED), where
        else:
            assert step.breath is Breath.STEADY, where
    assert checked > 100


def test_the_dangles_return_is_the_effort_and_is_breathed_out() -> None:
    dangle = load_catalogue().exercise("table-leg-dangle")
    assert dangle.effort is Phase.LOWER
    lowers = [
        s for _, s in builtin_steps() if s.exercise_id == dangle.id and s.phase is Phase.LOWER
    ]
    assert lowers
    for step in lowers:
        assert step.breath is Breath.EXHALE
        assert "bring it back" in step.title.lower() and "knee" in step.title.lower()
        assert "exhale" in step.breath_prompt.lower()


def test_the_dangle_starts_and_ends_hugging_both_knees() -> None:
    dangle = load_catalogue().exercise("table-leg-dangle")
    setup = " ".join(dangle.setup).lower()
    assert "both knees" in setup and "edge" in setup
    prepare = (dangle.titles[Phase.PREPARE] + " " + " ".join(dangle.checks[Phase.PREPARE])).lower()
    assert "hug both knees" in prepare
    # The leg goes down by letting go, and comes back bent, helped by the hands.
    assert "hang" in dangle.titles[Phase.LIFT].lower()
    lower = " ".join(dangle.checks[Phase.LOWER]).lower()
    assert "bend the knee" in lower and "hands" in lower and "both knees" in lower
    assert "bend" in dangle.movement[-1].lower() and "hands" in dangle.movement[-1].lower()


def test_the_dangle_holds_about_thirty_seconds_a_side_in_slow_breaths() -> None:
    catalogue = load_catalogue()
    dangle = catalogue.exercise("table-leg-dangle")
    kneeling = catalogue.exercise("half-kneeling-stretch")
    dosage = resolve_dosage(dangle)
    assert dosage.hold_breaths is not None
    assert dosage.breath_in + dosage.breath_out >= 8  # slow: no more than 7.5 breaths a minute
    assert dosage.hold_left == dosage.hold_right == kneeling.dosage["hold_seconds"] == 30


def test_the_dangles_cues_say_to_bring_the_leg_back_if_the_back_lifts() -> None:
    dangle = load_catalogue().exercise("table-leg-dangle")
    hold = resolve_dosage(dangle).hold_left
    texts = [c.text.lower() for c in dangle.cues if c.phase is Phase.HOLD and c.at < hold]
    assert any("back" in t and "lift" in t and "bring the leg back" in t for t in texts)
    assert "bring the leg back" in dangle.fixes["arched-back"].lower()


SIDED = [
    ex.id for ex in load_catalogue().exercises.values() if ex.sides is SidePattern.SEQUENTIAL
]


@pytest.mark.parametrize("exercise_id", SIDED)
def test_the_first_words_of_each_side_name_that_side(exercise_id: str) -> None:
    catalogue = load_catalogue()
    from psoas_timer.core.model import Routine

    timeline = compile_timeline(Routine.single(catalogue.exercise(exercise_id)), catalogue)
    for i, step in enumerate(timeline.steps):
        starts_side = step.phase in (Phase.PREPARE, Phase.SWITCH_SIDES)
        if not starts_side:
            continue
        worked = next(s.side for s in timeline.steps[i + 1 :] if s.phase is Phase.LIFT)
        assert worked in (Side.LEFT, Side.RIGHT)
        title = step.title.lower()
        assert worked.value in title, (exercise_id, step.title)
        # The side is named before anything else the set-up says.
        assert title.startswith(worked.value), (exercise_id, step.title)


def test_half_kneeling_set_up_says_which_knee_goes_down() -> None:
    catalogue = load_catalogue()
    from psoas_timer.core.model import Routine

    timeline = compile_timeline(
        Routine.single(catalogue.exercise("half-kneeling-stretch")), catalogue
    )
    titles = [s.title for s in timeline if s.phase in (Phase.PREPARE, Phase.SWITCH_SIDES)]
    assert titles[0].startswith("Left knee down, right foot forward")
    assert titles[1] == "Right knee down, left foot forward"
    switch = next(s for s in timeline if s.phase is Phase.SWITCH_SIDES)
    assert "Right knee resting on the mat" in switch.checks


def test_every_exercise_has_its_own_fix_for_each_of_its_mistakes() -> None:
    catalogue = load_catalogue()
    for ex in catalogue.exercises.values():
        assert set(ex.fixes) == set(ex.mistakes), ex.id
        for mistake_id, fix in ex.fixes.items():
            assert fix != catalogue.mistakes[mistake_id].fix, (ex.id, mistake_id)


def test_no_fix_sends_the_back_to_a_floor_it_is_not_on() -> None:
    catalogue = load_catalogue()
    back_on_the_floor = {"supine-march", "supported-bridge"}
    for ex in catalogue.exercises.values():
        fix = ex.fixes["arched-back"].lower()
        if ex.id not in back_on_the_floor:
            assert "floor" not in fix and "mat" not in fix, ex.id
    assert "sit tall" in catalogue.exercise("seated-leg-lift").fixes["arched-back"].lower()
    assert "against the ball" in catalogue.exercise("ball-hip-flexion").fixes["arched-back"].lower()


def test_the_watch_out_of_a_still_stretch_fits_a_still_hold() -> None:
    catalogue = load_catalogue()
    seen = set()
    for _, step in builtin_steps():
        if step.exercise_id is None or step.phase is not Phase.HOLD:
            continue
        if catalogue.exercise(step.exercise_id).category is not Category.RELEASE:
            continue
        if step.watch_out != "breath-holding":
            continue
        fix = step.watch_out_fix.lower()
        assert "hardest part" not in fix and "move" not in fix, step.exercise_id
        assert "slowly" in fix and "breath out" in fix, step.exercise_id
        seen.add(step.exercise_id)
    assert seen == {"half-kneeling-stretch", "supported-bridge", "table-leg-dangle"}


def test_watch_out_notes_carry_the_exercises_own_fix() -> None:
    catalogue = load_catalogue()
    for _, step in builtin_steps():
        if step.watch_out is None or step.exercise_id is None:
            continue
        assert step.watch_out_fix == catalogue.exercise(step.exercise_id).fixes[step.watch_out]


def test_default_dosages_lie_inside_each_exercises_sensible_range() -> None:
    for ex in load_catalogue().exercises.values():
        assert ex.sensible, ex.id
        dosage = resolve_dosage(ex)
        values = {
            "hold_seconds": dosage.hold_left,
            "reps": dosage.reps,
            "sets": dosage.sets,
            "lift_seconds": dosage.lift_seconds,
            "lower_seconds": dosage.lower_seconds,
        }
        if dosage.hold_breaths is not None:
            values["hold_breaths"] = dosage.hold_breaths
        for key, value in values.items():
            span = ex.sensible_range(key)
            if span is not None:
                assert span[0] <= value <= span[1], (ex.id, key, value, span)


def test_holds_are_capped_at_the_guides_range() -> None:
    catalogue = load_catalogue()
    assert catalogue.exercise("seated-leg-lift").sensible_range("hold_seconds") == (2, 3)
    march = catalogue.exercise("supine-march")
    assert "hold_seconds" not in march.progression
    span = march.sensible_range("hold_seconds")
    assert span is not None and span[1] <= 2  # a brief pause
    for ex in catalogue.exercises.values():
        for key in ex.progression:
            assert ex.sensible_range(key) is not None, (ex.id, key)



def test_no_step_shows_a_placeholder_or_an_unnamed_side() -> None:
    for _, step in builtin_steps():
        for text in (step.title, *step.checks):
            assert "{" not in text and "working" not in text.lower(), (step.exercise_id, text)
