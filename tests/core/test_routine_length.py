"""A routine's length: capped at 4 hours, worked out without making its steps."""

from __future__ import annotations

import time
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import BOUNDS
from psoas_timer.core.model import Block, Routine
from psoas_timer.core.problems import ValidationError
from psoas_timer.core.routine import parse_routine
from psoas_timer.core.timeline import block_seconds, compile_timeline, iter_steps

CAT = load_catalogue()
ABSURD = b'schema = 1\nname = "Absurd"\n' + (
    b'\n[[blocks]]\nexercise = "supine-march"\nreps = 100\nsets = 20\nhold_seconds = 600\n'
) * 100


def test_a_routine_over_four_hours_is_refused_at_once_naming_the_block() -> None:
    start = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        parse_routine(ABSURD, "absurd.toml", "absurd", CAT)
    assert time.perf_counter() - start < 1.0
    [problem] = info.value.problems
    assert problem.file == "absurd.toml"
    assert problem.where == "blocks[0]"
    assert problem.message.startswith("the routine would last 67,238 h 45 min")
    assert "passes the limit of 4 hours here" in problem.message


def test_a_routine_just_under_four_hours_is_accepted() -> None:
    block = b'\n[[blocks]]\nexercise = "supine-march"\nreps = 10\nsets = 2\nhold_seconds = 30\n'
    single = parse_routine(b'schema = 1\nname = "R"\n' + block, "r.toml", "r", CAT)
    one = sum(block_seconds(single.blocks, CAT))
    fits = int(4 * 3600 // (one + 30))  # 30 s between exercises
    routine = parse_routine(b'schema = 1\nname = "R"\n' + block * fits, "r.toml", "r", CAT)
    assert compile_timeline(routine, CAT).total_seconds <= 4 * 3600
    with pytest.raises(ValidationError, match="blocks"):
        parse_routine(b'schema = 1\nname = "R"\n' + block * (fits + 1), "r.toml", "r", CAT)


dosages = st.fixed_dictionaries(
    {},
    optional={
        key: st.integers(int(b.low), min(int(b.high), 4 if key in ("reps", "sets") else 90))
        if b.integer or key in ("reps", "sets")
        else st.sampled_from([b.low, 1.5, 7.25, 30.0, min(b.high, 90.0)])
        for key, b in BOUNDS.items()
    },
).filter(lambda d: not ("hold_seconds" in d and "hold_breaths" in d))


@hsettings(max_examples=150, deadline=None)
@given(
    blocks=st.lists(st.tuples(st.sampled_from(sorted(CAT.exercises)), dosages), min_size=1,
                    max_size=4),
    user=st.dictionaries(st.sampled_from(sorted(CAT.exercises)), dosages, max_size=3),
)
def test_the_worked_out_length_is_the_compiled_length(
    blocks: list[tuple[str, dict[str, float]]], user: dict[str, dict[str, float]]
) -> None:
    routine = Routine(
        "r", "R", "", tuple(Block(ex, MappingProxyType(d)) for ex, d in blocks)
    )
    compiled = compile_timeline(routine, CAT, user)
    assert sum(block_seconds(routine.blocks, CAT, user)) == pytest.approx(compiled.total_seconds)
    assert tuple(iter_steps(routine, CAT, user)) == compiled.steps
