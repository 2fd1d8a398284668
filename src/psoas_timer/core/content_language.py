"""The catalogue's and built-in routines' words in another language.

English, in ``assets/exercises.toml``, ``assets/safety.toml`` and
``assets/routines/``, is the one source of every fact: numbers, sides, breath,
dosage and structure. A language adds ``assets/i18n/<language>.toml``, an
overlay that rewords the English text and nothing else. Its tables mirror the
English text by id (``[exercise.<id>]``, ``[mistake.<id>]``, ``[routine.<id>]``,
titles and checks by phase, fixes by mistake id, lists item by item), plus
``safety_note`` and the words ``[sides]`` that fill ``{side}`` and ``{other}``.

:func:`check_overlay` lists every way an overlay departs from the English shape
(a missing or extra key, a list of another length, a value that is not text, a
side placeholder dropped or added); :func:`translate_catalogue` and
:func:`translate_routines` take each English text whose translation is sound,
so a faulty entry shows English rather than a wrong fact.

Overlays are read only when a language other than English is asked for. Like
the other packaged TOML files they come pre-parsed from ``core/parsed.marshal``
(checked against a CRC of the file), so neither language imports the parser.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from .assets import assets
from .model import (
    ENGLISH_SIDE_WORDS,
    SIDE_WORD_KEYS,
    Catalogue,
    Exercise,
    Mistake,
    Routine,
    TimedCue,
)
from .problems import Problem
from .tomlio import parse_asset

log = logging.getLogger(__name__)

ENGLISH = "en"
OVERLAY_FOLDER = "i18n"
OVERLAY_SCHEMA = 1
#: A translation may move a side to the start of a sentence or away from it, so
#: the capitals may differ; which sides a text names may not.
_PLACEHOLDER = re.compile(r"\{(side|other)\}", re.IGNORECASE)

_Shape = Mapping[str, Any]


def language_code(value: str | None) -> str:
    """The two- or three-letter language of a locale name ("de_DE.UTF-8" -> "de");
    English for an empty name and for the C and POSIX locales."""
    if not value:
        return ENGLISH
    code = re.split(r"[_.@-]", value.strip(), maxsplit=1)[0].lower()
    if code in ("", "c", "posix") or not code.isalpha():
        return ENGLISH
    return code


def environment_language(environ: Mapping[str, str]) -> str:
    """The shipped language the environment asks for, in ``gettext``'s order: the
    first entry of ``LANGUAGE``'s colon list that we ship, else the first of
    ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set (English when we do not
    ship it, and for ``C`` and ``POSIX``).

    The one rule for the whole program: the interface's translator, the content
    overlay, the voice and the CLI all follow it, unless the ``language``
    preference overrides it, so no mix of variables gives a French window with
    German exercises.
    """
    for entry in environ.get("LANGUAGE", "").split(":"):
        code = language_code(entry) if entry else ""
        if code == ENGLISH or (code and code in available_languages()):
            return code
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            code = language_code(value)
            # English reads no folder: its start-up lists no overlays.
            return code if code == ENGLISH or code in available_languages() else ENGLISH
    return ENGLISH


@functools.cache
def available_languages() -> tuple[str, ...]:
    """English and every language with an overlay in ``assets/i18n``."""
    folder = assets() / OVERLAY_FOLDER
    if not folder.is_dir():
        return (ENGLISH,)
    found = sorted(e.name[:-5] for e in folder.iterdir() if e.name.endswith(".toml"))
    return (ENGLISH, *found)


def supported(language: str | None) -> str:
    """``language`` (a code or a locale name) if an overlay has it, else English."""
    code = language_code(language)
    return code if code in available_languages() else ENGLISH


def overlay_source(language: str) -> str:
    return f"assets/{OVERLAY_FOLDER}/{language}.toml"


@functools.cache
def read_overlay(language: str) -> Mapping[str, Any]:
    """The overlay table of ``language`` as written (empty if it cannot be read)."""
    source = overlay_source(language)
    name = f"{OVERLAY_FOLDER}/{language}.toml"
    try:
        data = (assets() / name).read_bytes()
    except OSError as exc:
        log.warning("%s: cannot read (%s); showing English", source, exc)
        return {}
    table, problems = parse_asset(name, data, source)
    for problem in problems:
        log.warning("%s; showing English", problem)
    return table or {}


def english_text(catalogue: Catalogue, routines: Mapping[str, Routine]) -> dict[str, Any]:
    """Every text of the English catalogue and built-in routines, shaped as an overlay."""
    exercises: dict[str, Any] = {}
    for ex in catalogue.exercises.values():
        entry: dict[str, Any] = {
            "name": ex.name,
            "purpose": ex.purpose,
            "setup": list(ex.setup),
            "movement": list(ex.movement),
            "titles": {p.value: t for p, t in ex.titles.items()},
            "checks": {p.value: list(c) for p, c in ex.checks.items()},
        }
        if ex.cues:
            entry["cues"] = [c.text for c in ex.cues]
        if ex.fixes:
            entry["fixes"] = dict(ex.fixes)
        exercises[ex.id] = entry
    mistakes: dict[str, Any] = {}
    for m in catalogue.mistakes.values():
        fields = {"name": m.name, "aka": m.aka, "why": m.why, "notice": m.notice, "fix": m.fix}
        mistakes[m.id] = {k: v for k, v in fields.items() if v}
    return {
        "sides": {k: ENGLISH_SIDE_WORDS[k] for k in SIDE_WORD_KEYS},
        "safety_note": catalogue.safety_note,
        "mistake": mistakes,
        "exercise": exercises,
        "routine": {
            rid: {"name": r.name, "description": r.description} for rid, r in routines.items()
        },
    }


def placeholders(text: str) -> list[str]:
    """The sides a text names, in order, whatever their capitals."""
    return [m.lower() for m in _PLACEHOLDER.findall(text)]


def check_overlay(overlay: Mapping[str, Any], english: _Shape, source: str) -> list[Problem]:
    """Every way ``overlay`` is not a rewording of ``english`` (see :func:`english_text`)."""
    problems: list[Problem] = []
    body = dict(overlay)
    schema = body.pop("schema", None)
    if schema != OVERLAY_SCHEMA:
        problems.append(Problem(source, "schema", f"must be {OVERLAY_SCHEMA}"))
    _walk(
        body, english, "", lambda where, message: problems.append(Problem(source, where, message))
    )
    return problems


def _walk(given: Any, english: Any, where: str, bad: Callable[[str, str], None]) -> None:
    if isinstance(english, Mapping):
        if not isinstance(given, Mapping):
            bad(where, "must be a table, as in English")
            return
        for key in english:
            if key not in given:
                bad(_join(where, key), "missing: English has it")
        for key in given:
            if key not in english:
                bad(_join(where, key), "not in English: an overlay only rewords English text")
            else:
                _walk(given[key], english[key], _join(where, key), bad)
    elif isinstance(english, list):
        if not isinstance(given, list) or len(given) != len(english):
            bad(where, f"must be a list of {len(english)} texts, as in English")
            return
        for i, (item, original) in enumerate(zip(given, english, strict=True)):
            _walk(item, original, f"{where}[{i}]", bad)
    elif not isinstance(given, str) or not given.strip():
        bad(where, "must be text")
    elif sorted(placeholders(given)) != sorted(placeholders(english)):
        shown = ", ".join(f"{{{p}}}" for p in placeholders(english)) or "none"
        bad(where, f"names other sides than English ({shown})")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def sound_overlay(
    overlay: Mapping[str, Any], english: _Shape, source: str
) -> tuple[dict[str, Any], list[Problem]]:
    """``overlay`` with every faulty entry replaced by its English text, and its problems."""
    problems = check_overlay(overlay, english, source)
    return _merge(overlay, english), problems


def _merge(given: Any, english: Any) -> Any:
    if isinstance(english, Mapping):
        given = given if isinstance(given, Mapping) else {}
        return {k: _merge(given.get(k), v) for k, v in english.items()}
    if isinstance(english, list):
        if not isinstance(given, list) or len(given) != len(english):
            return list(english)
        return [_merge(g, e) for g, e in zip(given, english, strict=True)]
    if not isinstance(given, str) or not given.strip():
        return english
    if sorted(placeholders(given)) != sorted(placeholders(english)):
        return english
    return given


def translate_catalogue(catalogue: Catalogue, text: _Shape) -> Catalogue:
    """``catalogue`` with its words from ``text`` (a sound overlay): every fact kept."""
    exercises: dict[str, Exercise] = {}
    for ex in catalogue.exercises.values():
        words = text["exercise"][ex.id]
        exercises[ex.id] = ex.replace(
            name=words["name"],
            purpose=words["purpose"],
            setup=tuple(words["setup"]),
            movement=tuple(words["movement"]),
            titles=MappingProxyType({p: words["titles"][p.value] for p in ex.titles}),
            checks=MappingProxyType({p: tuple(words["checks"][p.value]) for p in ex.checks}),
            cues=tuple(
                TimedCue(phase=c.phase, at=c.at, text=t)
                for c, t in zip(ex.cues, words.get("cues", ()), strict=True)
            ),
            fixes=MappingProxyType(dict(words.get("fixes", {}))),
        )
    mistakes: dict[str, Mistake] = {}
    for m in catalogue.mistakes.values():
        words = text["mistake"][m.id]
        mistakes[m.id] = m.replace(
            name=words["name"],
            aka=words.get("aka", ""),
            why=words["why"],
            notice=words["notice"],
            fix=words["fix"],
        )
    return catalogue.replace(
        exercises=MappingProxyType(exercises),
        mistakes=MappingProxyType(mistakes),
        safety_note=text["safety_note"],
        side_words=MappingProxyType(dict(text["sides"])),
    )


def translate_routines(routines: Mapping[str, Routine], text: _Shape) -> Mapping[str, Routine]:
    """The built-in ``routines`` with their names and descriptions from ``text``."""
    return MappingProxyType(
        {
            rid: r.replace(
                name=text["routine"][rid]["name"],
                description=text["routine"][rid]["description"],
            )
            for rid, r in routines.items()
        }
    )


def language_text(
    language: str, catalogue: Catalogue, routines: Mapping[str, Routine]
) -> dict[str, Any]:
    """The sound text of ``language`` over the English ``catalogue`` and ``routines``;
    each problem of its overlay is logged, and that entry stays English."""
    text, problems = sound_overlay(
        read_overlay(language), english_text(catalogue, routines), overlay_source(language)
    )
    for problem in problems:
        log.warning("%s; showing English there", problem)
    return text


@functools.cache
def text_for(language: str) -> Mapping[str, Any]:
    """:func:`language_text` of ``language`` over the packaged English (read once)."""
    # Imported here: the routines module reads the catalogue, which calls this.
    from .catalogue import load_catalogue
    from .routine import builtin_routines

    return language_text(language, load_catalogue(), builtin_routines())
