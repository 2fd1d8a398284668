"""Routine files: parsing, validation and the built-in set.

Validation gathers every problem in a file before giving up, and never lets
an exception other than :class:`ValidationError` escape, whatever the input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .assets import assets
from .catalogue import load_catalogue
from .dosage import did_you_mean, validate_dosage
from .model import Block, Catalogue, Routine
from .problems import Problem, ValidationError
from .timeline import block_seconds
from .tomlio import parse_asset, parse_toml, read_file

SCHEMA_VERSION = 1
ROUTINE_KEYS = ("schema", "name", "description", "blocks")
BLOCK_EXTRA_KEYS = ("exercise",)
MAX_BLOCKS = 100
MAX_TEXT = 2000
#: The longest a routine may plan, at its own and the catalogue's dosage: long past any
#: sensible session, and short enough that its plan is a few thousand steps.
MAX_ROUTINE_SECONDS = 4 * 3600
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def routine_id_from_name(name: str) -> str:
    """A file-safe id made from a routine name ("My Routine!" -> "my-routine")."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64].strip("-")
    return slug or "routine"


def parse_routine(
    data: bytes,
    source: str,
    routine_id: str,
    catalogue: Catalogue | None = None,
    *,
    builtin: bool = False,
) -> Routine:
    """Parse and check routine file bytes; raise :class:`ValidationError` listing every problem."""
    catalogue = catalogue or load_catalogue()
    table, problems = parse_toml(data, source)
    if table is None:
        raise ValidationError(problems)
    return routine_from_table(table, source, routine_id, catalogue, builtin=builtin)


def routine_from_table(
    table: Mapping[str, Any],
    source: str,
    routine_id: str,
    catalogue: Catalogue,
    *,
    builtin: bool = False,
) -> Routine:
    problems: list[Problem] = []

    def bad(where: str, message: str) -> None:
        problems.append(Problem(source, where, message))

    if not ID_PATTERN.match(routine_id):
        bad(
            "",
            f"the file name gives the id '{routine_id}'; use lower-case letters, "
            "digits, '-' and '_' only",
        )

    for key in table:
        if key not in ROUTINE_KEYS:
            bad(key, f"unknown key{did_you_mean(key, ROUTINE_KEYS)}")

    schema = table.get("schema")
    if schema is None:
        bad("schema", f"missing; add 'schema = {SCHEMA_VERSION}' at the top")
    elif isinstance(schema, bool) or not isinstance(schema, int):
        bad("schema", f"must be a whole number, got {schema!r}")
    elif schema > SCHEMA_VERSION:
        bad(
            "schema",
            f"version {schema} is newer than this app understands ({SCHEMA_VERSION}); "
            "update psoas-timer to use this file",
        )
    elif schema < 1:
        bad("schema", f"must be {SCHEMA_VERSION}, got {schema}")

    name = _text(table, "name", bad, required=True)
    description = _text(table, "description", bad, required=False)

    blocks: list[Block] = []
    raw_blocks = table.get("blocks")
    if raw_blocks is None:
        bad("blocks", "missing; add at least one [[blocks]] table with an exercise")
    elif not isinstance(raw_blocks, list):
        bad("blocks", f"must be a list of tables ([[blocks]]), got {type(raw_blocks).__name__}")
    elif not raw_blocks:
        bad("blocks", "must name at least one exercise")
    elif len(raw_blocks) > MAX_BLOCKS:
        bad("blocks", f"has {len(raw_blocks)} entries; the limit is {MAX_BLOCKS}")
    else:
        for i, raw in enumerate(raw_blocks):
            block = _parse_block(raw, f"blocks[{i}]", catalogue, bad)
            if block is not None:
                blocks.append(block)
        if not problems and not builtin:
            _check_length(blocks, catalogue, bad)

    if problems:
        raise ValidationError(problems)
    return Routine(
        id=routine_id,
        name=name,
        description=description,
        blocks=tuple(blocks),
        builtin=builtin,
        source=source,
    )


def _check_length(blocks: list[Block], catalogue: Catalogue, bad: Any) -> None:
    total = 0.0
    first_over: int | None = None
    for i, seconds in enumerate(block_seconds(blocks, catalogue)):
        total += seconds
        if first_over is None and total > MAX_ROUTINE_SECONDS:
            first_over = i
    if first_over is not None:
        hours, minutes = divmod(round(total / 60), 60)
        bad(
            f"blocks[{first_over}]",
            f"the routine would last {hours:,} h {minutes:02d} min, and passes the limit of "
            f"{MAX_ROUTINE_SECONDS // 3600} hours here; use fewer exercises, sets or reps, "
            "or shorter holds and rests",
        )


def _text(table: Mapping[str, Any], key: str, bad: Any, *, required: bool) -> str:
    value = table.get(key)
    if value is None:
        if required:
            bad(key, "missing")
        return ""
    if not isinstance(value, str):
        bad(key, f"must be text in quotes, got {type(value).__name__}")
        return ""
    if len(value) > MAX_TEXT:
        bad(key, f"is {len(value)} characters long; the limit is {MAX_TEXT}")
        return ""
    if key == "name" and not value.strip():
        bad(key, "must not be empty")
    if not value.isprintable():  # true of most text, and cheaper than importing the check
        from .safe_text import first_control

        control = first_control(value, multiline=key != "name")
        if control:
            bad(key, f"contains a control character ({control}); remove it")
            return ""
    return value.strip()


def _parse_block(raw: Any, path: str, catalogue: Catalogue, bad: Any) -> Block | None:
    if not isinstance(raw, dict):
        bad(path, f"must be a table with an exercise, got {type(raw).__name__}")
        return None
    exercise_id = raw.get("exercise")
    ok = True
    if exercise_id is None:
        bad(f"{path}.exercise", "missing")
        ok = False
    elif not isinstance(exercise_id, str):
        bad(f"{path}.exercise", f"must be an exercise id in quotes, got {exercise_id!r}")
        ok = False
    elif exercise_id not in catalogue.exercises:
        hint = did_you_mean(exercise_id, catalogue.exercises)
        bad(f"{path}.exercise", f"unknown exercise '{exercise_id}'{hint}")
        ok = False
    overrides, problems = validate_dosage(raw, path, extra_keys=BLOCK_EXTRA_KEYS)
    for where, message in problems:
        bad(where, message)
    if not ok or problems:
        return None
    assert isinstance(exercise_id, str)
    return Block(exercise=exercise_id, overrides=MappingProxyType(overrides))


def load_routine_file(path: Path, catalogue: Catalogue | None = None) -> Routine:
    """Read a routine from disk, with every failure reported as a :class:`ValidationError`."""
    stem = path.name[:-5] if path.name.endswith(".toml") else path.stem
    return parse_routine(read_file(path), str(path), stem, catalogue)


def builtin_routines(language: str = "en") -> Mapping[str, Routine]:
    """The routines shipped in ``assets/routines``, by id, in a stable order, their
    names and descriptions in ``language`` (English when no overlay has it)."""
    if language != "en":
        from .content_language import supported

        language = supported(language)
    return _english_builtins() if language == "en" else _translated_builtins(language)


@functools.cache
def _translated_builtins(language: str) -> Mapping[str, Routine]:
    from .content_language import text_for, translate_routines

    return translate_routines(_english_builtins(), text_for(language))


@functools.cache
def _english_builtins() -> Mapping[str, Routine]:
    folder = assets() / "routines"
    catalogue = load_catalogue()
    found: dict[str, Routine] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        rid = entry.name[:-5]
        source = f"assets/routines/{entry.name}"
        table, problems = parse_asset(f"routines/{entry.name}", entry.read_bytes(), source)
        if table is None:
            raise ValidationError(problems)
        found[rid] = routine_from_table(table, source, rid, catalogue, builtin=True)
    return MappingProxyType(found)
