"""The catalogue carries the guide's exercises and facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.model import Category, Phase, SidePattern
from psoas_timer.core.routine import builtin_routines

GUIDE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "psoas-guide.txt"


def test_six_exercises_with_the_agreed_ids_levels_and_sides() -> None:
    cat = load_catalogue()
    strengthen = {e.id: e.level for e in cat.by_category(Category.STRENGTHEN)}
    release = {e.id for e in cat.by_category(Category.RELEASE)}
    assert strengthen == {"supine-march": 1, "seated-leg-lift": 2, "ball-hip-flexion": 3}
    assert release == {"half-kneeling-stretch", "supported-bridge", "table-leg-dangle"}
    sides = {e.id: e.sides for e in cat.exercises.values()}
    assert sides["supine-march"] is SidePattern.ALTERNATING
    assert sides["supported-bridge"] is SidePattern.BOTH
    for eid in ("seated-leg-lift", "half-kneeling-stretch", "table-leg-dangle"):
        assert sides[eid] is SidePattern.SEQUENTIAL


def test_every_exercise_is_complete() -> None:
    for ex in load_catalogue().exercises.values():
        assert ex.name and ex.purpose and ex.props, ex.id
        assert len(ex.setup) >= 2 and len(ex.movement) >= 2, ex.id
        assert len(ex.keyframes) >= 2, ex.id
        for phase in (Phase.PREPARE, Phase.LIFT, Phase.HOLD, Phase.LOWER):
            assert ex.checks[phase], (ex.id, phase)
            assert ex.titles[phase], (ex.id, phase)
        assert ex.mistakes, ex.id


def test_three_common_mistakes_each_say_how_to_notice_and_fix() -> None:
    mistakes = load_catalogue().mistakes
    assert set(mistakes) == {"arched-back", "thigh-takeover", "breath-holding"}
    for m in mistakes.values():
        assert m.notice and m.fix and m.why
    assert "anterior pelvic tilt" in mistakes["arched-back"].aka


def text_of(exercise_id: str) -> str:
    ex = load_catalogue().exercise(exercise_id)
    parts = [ex.purpose, *ex.setup, *ex.movement]
    for checks in ex.checks.values():
        parts.extend(checks)
    parts.extend(c.text for c in ex.cues)
    return " ".join(parts).lower()


@pytest.mark.parametrize(
    ("exercise_id", "facts"),
    [
        ("supine-march", ["90", "flat", "back"]),
        ("seated-leg-lift", ["few inches", "behind", "straight"]),
        ("ball-hip-flexion", ["wall", "90", "slight bend in the standing knee", "shoulder-width"]),
        ("half-kneeling-stretch", ["above the ankle", "90", "glute of the back leg"]),
        ("supported-bridge", ["straight line", "shoulders", "knees", "glute"]),
        ("table-leg-dangle", ["edge", "both hands", "hang", "flat"]),
    ],
)
def test_the_guides_facts_are_carried_over(exercise_id: str, facts: list[str]) -> None:
    text = text_of(exercise_id)
    for fact in facts:
        assert fact in text, f"{exercise_id} lacks {fact!r}"


def test_seated_lift_holds_two_to_three_seconds_and_props_match_the_guide() -> None:
    cat = load_catalogue()
    assert 2 <= cat.exercise("seated-leg-lift").dosage["hold_seconds"] <= 3
    assert set(cat.exercise("ball-hip-flexion").props) >= {"stability-ball", "wall"}
    assert "table" in cat.exercise("table-leg-dangle").props


def _sentences(text: str) -> list[str]:
    return [s.strip().lower() for s in re.split(r"[.!?]\s", text) if len(s.split()) >= 6]


def test_no_sentence_is_copied_from_the_guide() -> None:
    try:
        with open(GUIDE, encoding="utf-8") as handle:
            guide = handle.read().lower()
    except OSError:
        pytest.skip("the guide is not beside this checkout")
    guide_words = re.findall(r"[a-z0-9']+", guide)
    guide_runs = {" ".join(guide_words[i : i + 8]) for i in range(len(guide_words) - 7)}
    for ex in load_catalogue().exercises.values():
        words = re.findall(r"[a-z0-9']+", text_of(ex.id))
        for i in range(len(words) - 7):
            run = " ".join(words[i : i + 8])
            assert run not in guide_runs, f"{ex.id} copies the guide: {run!r}"


def test_safety_note_says_not_medical_advice_and_stop_on_pain() -> None:
    note = load_catalogue().safety_note.lower()
    assert "not medical advice" in note
    assert "pain" in note and "stop" in note


def test_builtin_routines_exist_and_pair_strength_with_release() -> None:
    routines = builtin_routines()
    assert set(routines) == {
        "strength-starter",
        "release",
        "full-session",
        "advanced",
        "desk-break",
    }
    cat = load_catalogue()

    def kinds(rid: str) -> list[str]:
        return [cat.exercise(b.exercise).category.value for b in routines[rid].blocks]

    assert [b.exercise for b in routines["strength-starter"].blocks] == [
        "supine-march",
        "seated-leg-lift",
    ]
    assert {b.exercise for b in routines["release"].blocks} == {
        "half-kneeling-stretch",
        "supported-bridge",
        "table-leg-dangle",
    }
    full = kinds("full-session")
    assert full == sorted(full, key=lambda k: k != "strengthen"), "strengthen, then release"
    assert "ball-hip-flexion" in {b.exercise for b in routines["advanced"].blocks}
