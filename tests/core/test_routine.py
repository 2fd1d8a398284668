"""Routine files: every problem at once, each naming the file and the key or line."""

from __future__ import annotations

from pathlib import Path

import pytest

from psoas_timer.core.problems import ValidationError
from psoas_timer.core.routine import load_routine_file, parse_routine


def problems_of(text: str | bytes, name: str = "mine.toml") -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(ValidationError) as info:
        parse_routine(data, name, "mine")
    return [str(p) for p in info.value.problems]


GOOD = """\
schema = 1
name = "Mine"
description = "A test routine"

[[blocks]]
exercise = "supine-march"
reps = 10
hold_seconds_left = 3
hold_seconds_right = 4
"""


def test_a_good_file_parses_with_its_overrides() -> None:
    routine = parse_routine(GOOD.encode(), "mine.toml", "mine")
    assert routine.name == "Mine"
    assert routine.blocks[0].overrides == {
        "reps": 10,
        "hold_seconds_left": 3,
        "hold_seconds_right": 4,
    }


def test_every_problem_is_listed_with_its_key_path() -> None:
    text = """\
schema = 1
name = "Mine"
colour = "red"

[[blocks]]
exercise = "supine-march"

[[blocks]]
exercise = "supine-marh"

[[blocks]]
exercise = "seated-leg-lift"
hold_seconds = -5
reps = "ten"
sets = 2.5
rest_seconds = nan
hold_breaths = inf
hold_secnds = 3
"""
    found = problems_of(text)
    assert "mine.toml: colour: unknown key" in found
    assert (
        "mine.toml: blocks[1].exercise: unknown exercise 'supine-marh' "
        "(did you mean 'supine-march'?)"
    ) in found
    assert "mine.toml: blocks[2].hold_seconds: must be between 1 and 600, got -5" in found
    assert any(p.startswith("mine.toml: blocks[2].reps: must be a whole number") for p in found)
    assert any(p.startswith("mine.toml: blocks[2].sets: must be a whole number") for p in found)
    assert "mine.toml: blocks[2].rest_seconds: must be a finite number, got nan" in found
    assert any(p.startswith("mine.toml: blocks[2].hold_breaths:") for p in found)
    hint = "blocks[2].hold_secnds: unknown key (did you mean 'hold_seconds'"
    assert any(hint in p for p in found)
    assert len(found) >= 8


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("hold_seconds", "601", "must be between 1 and 600, got 601"),
        ("reps", "0", "must be between 1 and 100, got 0"),
        ("reps", "101", "must be between 1 and 100, got 101"),
        ("sets", "21", "must be between 1 and 20, got 21"),
        ("rest_seconds", "-1", "must be between 0 and 600, got -1"),
        ("hold_breaths", "61", "must be between 1 and 60, got 61"),
        ("hold_seconds", "true", "must be a number, got true (a boolean)"),
    ],
)
def test_bounds(key: str, value: str, message: str) -> None:
    text = f'schema = 1\nname = "x"\n[[blocks]]\nexercise = "supine-march"\n{key} = {value}\n'
    assert problems_of(text) == [f"mine.toml: blocks[0].{key}: {message}"]


def test_a_syntax_error_gives_line_and_column() -> None:
    found = problems_of('schema = 1\nname = "x"\n[[blocks]\nexercise = "a"\n')
    assert len(found) == 1
    assert found[0].startswith("mine.toml: line 3, column ")
    assert "TOML syntax error" in found[0]


def test_missing_and_newer_schema() -> None:
    missing = problems_of('name = "x"\n[[blocks]]\nexercise = "supine-march"\n')
    assert any("schema: missing" in p for p in missing)
    newer = problems_of('schema = 2\nname = "x"\n[[blocks]]\nexercise = "supine-march"\n')
    assert any("schema: version 2 is newer than this app understands" in p for p in newer)


def test_missing_blocks_and_name() -> None:
    found = problems_of("schema = 1\n")
    assert "mine.toml: name: missing" in found
    assert any(p.startswith("mine.toml: blocks: missing") for p in found)


def test_files_over_one_megabyte_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"# " + b"x" * (1024 * 1024) + b"\n")
    with pytest.raises(ValidationError) as info:
        load_routine_file(path)
    assert str(info.value.problems[0]) == f"{path}: file is over 1024 KB; the limit is 1024 KB"


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 64, b"\xff\xfe garbage", b"schema = 1\nname = \"x\"\n[[blocks]]\nexerc"],
)
def test_damaged_files_give_problems_not_exceptions(data: bytes) -> None:
    found = problems_of(data)
    assert found and all(p.startswith("mine.toml") for p in found)


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no such file"):
        load_routine_file(tmp_path / "nope.toml")
    (tmp_path / "dir.toml").mkdir()
    with pytest.raises(ValidationError, match="is a folder"):
        load_routine_file(tmp_path / "dir.toml")
