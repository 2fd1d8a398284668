"""The one loader for the packaged exercise catalogue and built-in routines.

Assets are package data (see :mod:`psoas_timer.core.assets`), so an
installed wheel works the same as a checkout, and no Qt is involved.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .assets import assets
from .dosage import BOUNDS, REQUIRED_DEFAULT_KEYS, check_value, validate_dosage
from .model import (
    MOVEMENT_PHASES,
    Breath,
    Catalogue,
    Category,
    Exercise,
    Mistake,
    Phase,
    SidePattern,
    TimedCue,
)
from .problems import Problem, ValidationError
from .tomlio import parse_asset

CATALOGUE_FILE = "exercises.toml"
SAFETY_FILE = "safety.toml"


def load_catalogue(language: str = "en") -> Catalogue:
    """The packaged catalogue, its words in ``language`` (a code such as ``"de"`` or a
    locale name); English when no overlay has that language.

    Cached: it never changes at run time. English reads no overlay.
    """
    if language != "en":
        from .content_language import supported

        language = supported(language)
    return _english() if language == "en" else _translated(language)


@functools.cache
def _translated(language: str) -> Catalogue:
    from .content_language import text_for, translate_catalogue

    return translate_catalogue(_english(), text_for(language))


@functools.cache
def _english() -> Catalogue:
    source = f"assets/{CATALOGUE_FILE}"
    data, problems = parse_asset(CATALOGUE_FILE, (assets() / CATALOGUE_FILE).read_bytes(), source)
    if data is None:
        raise ValidationError(problems)
    safety_data, safety_problems = parse_asset(
        SAFETY_FILE, (assets() / SAFETY_FILE).read_bytes(), SAFETY_FILE
    )
    if safety_data is None:
        raise ValidationError(safety_problems)
    safety = str(safety_data.get("text", "")).strip()
    return parse_catalogue(data, source, safety_note=safety)


def parse_catalogue(data: Mapping[str, Any], source: str, *, safety_note: str = "") -> Catalogue:
    """Build a :class:`Catalogue`, raising :class:`ValidationError` with every problem."""
    problems: list[Problem] = []

    def bad(where: str, message: str) -> None:
        problems.append(Problem(source, where, message))

    mistakes: dict[str, Mistake] = {}
    for i, entry in enumerate(data.get("mistake", [])):
        path = f"mistake[{i}]"
        try:
            mistakes[entry["id"]] = Mistake(
                id=entry["id"],
                name=entry["name"],
                aka=entry.get("aka", ""),
                why=entry["why"],
                notice=entry["notice"],
                fix=entry["fix"],
            )
        except KeyError as exc:
            bad(path, f"missing key {exc}")

    exercises: dict[str, Exercise] = {}
    for i, entry in enumerate(data.get("exercise", [])):
        path = f"exercise[{i}]"
        try:
            exercise = _parse_exercise(entry, path, bad)
        except (KeyError, ValueError, TypeError) as exc:
            bad(path, f"cannot read: {exc!r}")
            continue
        if exercise is None:
            continue
        for mistake_id in exercise.mistakes:
            if mistake_id not in mistakes:
                bad(f"{path}.mistakes", f"unknown mistake '{mistake_id}'")
            elif mistake_id not in exercise.fixes:
                bad(f"{path}.fixes.{mistake_id}", "missing: each mistake needs this exercise's fix")
        for mistake_id in exercise.fixes:
            if mistake_id not in exercise.mistakes:
                bad(f"{path}.fixes.{mistake_id}", "not one of this exercise's mistakes")
        exercises[exercise.id] = exercise
    for i, exercise in enumerate(exercises.values()):
        if exercise.next_level is not None and exercise.next_level not in exercises:
            bad(f"exercise[{i}].progression.next", f"unknown exercise '{exercise.next_level}'")
    if problems:
        raise ValidationError(problems)
    return Catalogue(
        exercises=MappingProxyType(exercises),
        mistakes=MappingProxyType(mistakes),
        safety_note=safety_note,
    )


def _parse_exercise(entry: Mapping[str, Any], path: str, bad: Any) -> Exercise | None:
    dosage, dosage_problems = validate_dosage(entry["dosage"], f"{path}.dosage")
    for where, message in dosage_problems:
        bad(where, message)
    for key in REQUIRED_DEFAULT_KEYS:
        if key not in dosage:
            bad(f"{path}.dosage.{key}", "missing")
    if "hold_seconds" not in dosage and "hold_breaths" not in dosage:
        bad(f"{path}.dosage", "needs hold_seconds or hold_breaths")
    if dosage_problems or any(k not in dosage for k in REQUIRED_DEFAULT_KEYS):
        return None

    def per_phase(table: Mapping[str, Any], name: str) -> dict[Phase, Any]:
        result: dict[Phase, Any] = {}
        for key, value in table.items():
            try:
                phase = Phase(key)
            except ValueError:
                bad(f"{path}.{name}.{key}", "unknown phase")
                continue
            result[phase] = value
        for phase in MOVEMENT_PHASES:
            if phase not in result:
                bad(f"{path}.{name}.{phase.value}", "missing")
        return result

    breath = {p: Breath(v) for p, v in per_phase(entry["breath"], "breath").items()}
    titles = {p: str(v) for p, v in per_phase(entry["titles"], "titles").items()}
    checks = {p: tuple(str(c) for c in v) for p, v in per_phase(entry["checks"], "checks").items()}
    cues = tuple(
        TimedCue(phase=Phase(c["phase"]), at=float(c["at"]), text=str(c["text"]))
        for c in entry.get("cues", [])
    )
    keyframes = tuple(entry["keyframes"])
    if len(keyframes) < 2:
        bad(f"{path}.keyframes", "needs at least a start and an end pose")
    effort = Phase(entry.get("effort", Phase.LIFT.value))
    if effort not in (Phase.LIFT, Phase.LOWER):
        bad(f"{path}.effort", "must be lift or lower")
    sensible = _sensible(entry.get("sensible", {}), f"{path}.sensible", bad)
    progression_table = entry.get("progression", {})
    progression = tuple(str(k) for k in progression_table.get("keys", []))
    for key in progression:
        if key not in sensible:
            bad(f"{path}.progression.keys", f"'{key}' has no sensible range to cap it")
    next_level = progression_table.get("next")
    return Exercise(
        id=entry["id"],
        name=entry["name"],
        category=Category(entry["category"]),
        level=int(entry["level"]),
        props=tuple(entry.get("props", [])),
        purpose=entry["purpose"],
        sides=SidePattern(entry["sides"]),
        setup=tuple(entry["setup"]),
        movement=tuple(entry["movement"]),
        mistakes=tuple(entry.get("mistakes", [])),
        keyframes=keyframes,
        dosage=MappingProxyType(dosage),
        breath=MappingProxyType(breath),
        titles=MappingProxyType(titles),
        checks=MappingProxyType(checks),
        cues=cues,
        effort=effort,
        fixes=MappingProxyType({str(k): str(v) for k, v in entry.get("fixes", {}).items()}),
        sensible=MappingProxyType(sensible),
        progression=progression,
        next_level=str(next_level) if next_level is not None else None,
    )


def _sensible(
    table: Mapping[str, Any], path: str, bad: Any
) -> dict[str, tuple[float, float]]:
    """``key = [low, high]`` pairs, each inside the key's hard bounds."""
    ranges: dict[str, tuple[float, float]] = {}
    for key, pair in table.items():
        if key not in BOUNDS:
            bad(f"{path}.{key}", "unknown dosage key")
            continue
        if not isinstance(pair, list) or len(pair) != 2:
            bad(f"{path}.{key}", "must be [low, high]")
            continue
        errors = [e for e in (check_value(key, v) for v in pair) if e]
        if errors:
            bad(f"{path}.{key}", errors[0])
        elif pair[0] > pair[1]:
            bad(f"{path}.{key}", "low is above high")
        else:
            ranges[key] = (float(pair[0]), float(pair[1]))
    return ranges
