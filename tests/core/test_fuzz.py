"""Thousands of generated and mutated routine files: validation errors only, never a crash."""

from __future__ import annotations

import random

import tomli_w

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import BOUNDS
from psoas_timer.core.problems import ValidationError
from psoas_timer.core.routine import parse_routine

CAT = load_catalogue()
CASES = 10_000
WEIRD_VALUES: list[object] = [
    -1, 0, 1, 2.5, 601, 10**30, -(10**30), float("nan"), float("inf"), "", "ten", True,
    [], [1, 2], {}, {"a": 1}, "supine-march", 1e-300,
]
TOKENS = [b"[[blocks]]", b"=", b'"', b"[", b"]", b"\n", b"nan", b"\x00", b"\xff", b"{", b"}",
          b"schema = 99", b"exercise =", b"'''", b'"""', b"#", b",", b"1979-05-27T07:32:00Z"]


def random_routine(rng: random.Random) -> dict[str, object]:
    blocks = []
    for _ in range(rng.randint(0, 5)):
        block: dict[str, object] = {"exercise": rng.choice(sorted(CAT.exercises))}
        for key in rng.sample(sorted(BOUNDS), rng.randint(0, 4)):
            bound = BOUNDS[key]
            if rng.random() < 0.7:
                block[key] = rng.randint(int(bound.low), int(bound.high))
            else:
                block[key] = rng.choice(WEIRD_VALUES)
        if rng.random() < 0.1:
            block[rng.choice(["colour", "exercize", "holds"])] = 1
        blocks.append(block)
    table: dict[str, object] = {"schema": rng.choice([1, 1, 1, 2, 0, "1"]), "name": "R"}
    if rng.random() < 0.9:
        table["blocks"] = blocks
    if rng.random() < 0.1:
        table["blocks"] = rng.choice(WEIRD_VALUES)
    return table


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        pos = rng.randint(0, len(buf)) if buf else 0
        if choice < 0.3 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif choice < 0.5:
            buf[pos:pos] = rng.choice(TOKENS)
        elif choice < 0.7:
            del buf[pos : pos + rng.randint(1, 20)]
        else:
            buf = buf[:pos]
    return bytes(buf)


def test_ten_thousand_files_give_only_validation_errors() -> None:
    rng = random.Random(20261123)
    valid = invalid = 0
    for i in range(CASES):
        table = random_routine(rng)
        try:
            data = tomli_w.dumps(table).encode()
        except (TypeError, ValueError):
            data = repr(table).encode()
        if i % 2:
            data = mutate(data, rng)
        try:
            parse_routine(data, f"fuzz-{i}.toml", "fuzz", CAT)
            valid += 1
        except ValidationError as exc:
            problems = exc.problems
            invalid += 1
        else:
            continue
        assert problems, "an error always says what is wrong"
        assert all(p.file == f"fuzz-{i}.toml" for p in problems)
    assert valid + invalid == CASES
    assert valid > 100 and invalid > 100, "the generator covers both outcomes"
