"""Hostile TOML files: every one answered with problems, at once, never an exception or a hang."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from psoas_timer.core.problems import Problem
from psoas_timer.core.toml_shape import MAX_DEPTH, MAX_KEY_PARTS
from psoas_timer.core.tomlio import MAX_FILE_BYTES, NotAFileError, parse_toml, read_limited
from tests.hostile import fifo_at, finishes

ONE_MB = MAX_FILE_BYTES - 64


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    errors: list[OSError] = []

    def read() -> None:
        try:
            read_limited(fifo)
        except OSError as exc:
            errors.append(exc)

    with fifo_at(tmp_path / "pipe.toml") as fifo:
        assert finishes(read, 2.0)
    assert isinstance(errors[0], NotAFileError)
    assert errors[0].strerror == "a named pipe, not a regular file"


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAFileError, match="a character device"):
        read_limited(Path("/dev/zero"))
    with pytest.raises(IsADirectoryError):
        read_limited(tmp_path)


def test_no_more_than_the_limit_is_read_whatever_the_size(tmp_path: Path) -> None:
    sparse = tmp_path / "huge.toml"
    with sparse.open("wb") as handle:
        handle.truncate(200 * MAX_FILE_BYTES)
    assert len(read_limited(sparse)) == MAX_FILE_BYTES + 1
    table, problems = parse_toml(read_limited(sparse), str(sparse))
    assert table is None
    assert str(problems[0]) == f"{sparse}: file is over 1024 KB; the limit is 1024 KB"
    exact = tmp_path / "exact.toml"
    exact.write_bytes(b"#" * MAX_FILE_BYTES)
    assert parse_toml(read_limited(exact), "exact.toml") == ({}, [])


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_toml(b'\xef\xbb\xbfname = "x"\n', "bom.toml") == ({"name": "x"}, [])


def test_invalid_utf8_names_the_line_and_column() -> None:
    table, problems = parse_toml(b'a = 1\nname = "\xff"\n', "bad.toml")
    assert table is None
    assert problems == [Problem("bad.toml", "line 2, column 9", "not valid UTF-8 text")]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("a = " + "[" * 600 + "]" * 600, "line 1, column 37", "nested more than 32 deep"),
        ("a = " + "{b = " * 600 + "1" + "}" * 600, "line 1, column 165", "nested more than 32"),
        ("x = 1\n[" + "a." * 100 + "a]\n", "line 2, column 2", "with 101 parts"),
        ("a." * 20 + "b" * 2000 + " = 1\n", "line 1, column 1", "2,040 characters long"),
        ('"a.b.c" = 1\n' + "v = 1\n" * 40_000, "line 33334, column 3", "more than 100,000"),
    ],
)
def test_pathological_structure_is_refused_with_its_line(
    text: str, where: str, message: str
) -> None:
    table, problems = parse_toml(text.encode(), "deep.toml")
    assert table is None
    assert len(problems) == 1
    assert problems[0].where == where
    assert message in problems[0].message
    assert problems[0].message.startswith("too complex: ")


def test_nesting_and_keys_within_the_bounds_still_parse() -> None:
    deep = "a = " + "[" * MAX_DEPTH + "1" + "]" * MAX_DEPTH + "\n"
    dotted = ".".join(["k"] * MAX_KEY_PARTS) + " = 'x.y.z'\n"
    strings = "".join(f'b{i} = "[[[[[[ {{{{ a.a.a" # ]]]]\n' for i in range(40))
    strings += "c = '''\n" + "[" * 100 + "\n'''\n"
    table, problems = parse_toml((deep + dotted + strings).encode(), "ok.toml")
    assert problems == []
    assert table is not None and table["c"] == "[" * 100 + "\n"


def test_any_parser_failure_is_a_problem() -> None:
    # Python refuses to convert integers of more than 4,300 digits: a ValueError, not a TOML error.
    table, problems = parse_toml(b"a = " + b"9" * 5000 + b"\n", "big.toml")
    assert table is None
    assert problems[0].message.startswith("cannot be read as TOML: ")


WORST_CASES = {
    "one long dotted header": "[" + "a." * (ONE_MB // 2 - 2) + "a]\n",
    "one long dotted key": "a." * (ONE_MB // 2 - 4) + "a = 1\n",
    "deep arrays": "a = " + "[" * (ONE_MB // 2 - 4) + "]" * (ONE_MB // 2 - 4),
    "32-part headers": "".join(
        "[" + ".".join("a" * 31) + f".{i:x}]\n" for i in range(ONE_MB // 70)
    ),
    "comments": "#\n" * (ONE_MB // 2),
    "an array of a million values": "a = [" + "1," * (ONE_MB // 2 - 8) + "1]\n",
}


@pytest.mark.parametrize("name", sorted(WORST_CASES))
def test_a_one_megabyte_worst_case_is_answered_quickly(name: str) -> None:
    data = WORST_CASES[name].encode()
    assert len(data) <= MAX_FILE_BYTES
    start = time.perf_counter()
    parse_toml(data, "worst.toml")
    # Under 1 s on an idle machine (bench/hostile_files.py); this bound leaves room for a busy CI.
    assert time.perf_counter() - start < 4.0


@hsettings(max_examples=60, deadline=None)
@given(
    depth=st.integers(0, 3000),
    opener=st.sampled_from(["[", "{a = ", "[{a = ", "a.b = ["]),
    closed=st.booleans(),
)
def test_any_nesting_depth_gives_problems_never_an_exception(
    depth: int, opener: str, closed: bool
) -> None:
    closer = {"[": "]", "{a = ": "}", "[{a = ": "}]", "a.b = [": "]"}[opener]
    text = "x = " + opener * depth + "1" + (closer * depth if closed else "")
    _answered_quickly(text, refused=depth > MAX_DEPTH)


@hsettings(max_examples=60, deadline=None)
@given(
    parts=st.integers(1, 50_000),
    part=st.sampled_from(["a", "ab", '"q.q"', "'l'", "1"]),
    header=st.booleans(),
    spaces=st.booleans(),
)
def test_any_dotted_key_gives_problems_never_an_exception(
    parts: int, part: str, header: bool, spaces: bool
) -> None:
    key = (" . " if spaces else ".").join([part] * parts)
    text = f"[{key}]\n" if header else f"{key} = 1\n"
    _answered_quickly(text, refused=parts > MAX_KEY_PARTS)


def _answered_quickly(text: str, *, refused: bool) -> None:
    """``text`` parses or gives problems, within 2 s; it must give problems if ``refused``."""
    start = time.perf_counter()
    table, problems = parse_toml(text.encode(), "any.toml")
    assert time.perf_counter() - start < 2.0
    assert (table is None) == bool(problems)
    assert table is None or not refused
