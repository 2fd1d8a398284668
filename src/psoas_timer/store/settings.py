"""``settings.toml``: the user's dosage overrides and preferences.

A file that cannot be read is moved aside to ``settings.toml.bak-<timestamp>``
before anything replaces it; the keys that could be read are kept. A file from
a newer version of the app is left alone and never overwritten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from ..core.dosage import Number, did_you_mean, validate_dosage
from ..core.model import Catalogue
from ..core.problems import Problem
from ..core.tomlio import parse_toml
from . import paths
from .atomic import atomic_write, move_aside

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
TOP_KEYS = ("schema", "preferences", "dosage")


@dataclass(frozen=True)
class Preference:
    default: Any
    kind: type
    choices: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None

    def check(self, value: Any) -> str | None:
        if self.kind is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.kind)
        if not ok:
            return f"must be {self.kind.__name__}, got {value!r}"
        if self.choices and value not in self.choices:
            return f"must be one of {', '.join(map(str, self.choices))}, got {value!r}"
        if self.low is not None and self.high is not None and not self.low <= value <= self.high:
            return f"must be between {self.low:g} and {self.high:g}, got {value!r}"
        return None


PREFERENCES: dict[str, Preference] = {
    "volume": Preference(0.8, float, low=0.0, high=1.0),
    "muted": Preference(False, bool),
    "cues": Preference("both", str, choices=("beeps", "voice", "both")),
    "countdown_ticks": Preference(True, bool),
}


class SettingsReadOnly(Exception):
    """The settings file is from a newer version and must not be overwritten."""


@dataclass
class Settings:
    path: Path
    dosage: dict[str, dict[str, Number]] = field(default_factory=dict)
    preferences: dict[str, Any] = field(
        default_factory=lambda: {k: p.default for k, p in PREFERENCES.items()}
    )
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    read_only: bool = False
    backup: Path | None = None

    def to_toml(self) -> bytes:
        data: dict[str, Any] = {"schema": SCHEMA_VERSION, "preferences": dict(self.preferences)}
        dosage = {k: dict(v) for k, v in sorted(self.dosage.items()) if v}
        if dosage:
            data["dosage"] = dosage
        return tomli_w.dumps(data).encode("utf-8")

    def save(self) -> None:
        if self.read_only:
            raise SettingsReadOnly(
                f"{self.path} was written by a newer version of psoas-timer; "
                "it is left untouched and changes are not saved"
            )
        atomic_write(self.path, self.to_toml())


def load_settings(catalogue: Catalogue, path: Path | None = None) -> Settings:
    """Read the settings file, never failing: problems become notices."""
    path = path or paths.settings_file()
    settings = Settings(path=path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return settings
    except IsADirectoryError:
        settings.problems.append(Problem(source, "", "is a folder, not a file; using defaults"))
        settings.read_only = True
        return settings
    except OSError as exc:
        settings.problems.append(Problem(source, "", f"cannot be read ({exc.strerror}); using defaults"))
        settings.read_only = True
        return settings

    table, problems = parse_toml(raw, source)
    if table is None:
        settings.problems.extend(problems)
        _move_aside(settings)
        return settings

    schema = table.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        settings.read_only = True
        settings.problems.append(
            Problem(
                source,
                "schema",
                f"version {schema} is newer than this app understands ({SCHEMA_VERSION}); "
                "the file is left untouched and changes will not be saved",
            )
        )
        return settings

    bad: list[Problem] = []
    if schema != SCHEMA_VERSION:
        bad.append(Problem(source, "schema", f"must be {SCHEMA_VERSION}, got {schema!r}"))
    for key in table:
        if key not in TOP_KEYS:
            bad.append(Problem(source, key, f"unknown key{did_you_mean(key, TOP_KEYS)}"))

    prefs = table.get("preferences", {})
    if not isinstance(prefs, dict):
        bad.append(Problem(source, "preferences", "must be a table"))
        prefs = {}
    for key, value in prefs.items():
        pref = PREFERENCES.get(key)
        if pref is None:
            hint = did_you_mean(key, PREFERENCES)
            bad.append(Problem(source, f"preferences.{key}", f"unknown key{hint}"))
            continue
        error = pref.check(value)
        if error:
            bad.append(Problem(source, f"preferences.{key}", error))
        else:
            settings.preferences[key] = float(value) if pref.kind is float else value

    dosage = table.get("dosage", {})
    if not isinstance(dosage, dict):
        bad.append(Problem(source, "dosage", "must be a table of exercises"))
        dosage = {}
    for exercise_id, values in dosage.items():
        where = f"dosage.{exercise_id}"
        if exercise_id not in catalogue.exercises:
            hint = did_you_mean(exercise_id, catalogue.exercises)
            bad.append(Problem(source, where, f"unknown exercise{hint}"))
            continue
        if not isinstance(values, dict):
            bad.append(Problem(source, where, "must be a table of dosage keys"))
            continue
        good, problems_ = validate_dosage(values, where)
        bad.extend(Problem(source, w, m) for w, m in problems_)
        if good:
            settings.dosage[exercise_id] = good

    if bad:
        settings.problems.extend(bad)
        _move_aside(settings)
    return settings


def _move_aside(settings: Settings) -> None:
    """Keep the user's bytes in a backup before defaults replace them."""
    try:
        settings.backup = move_aside(settings.path)
    except OSError as exc:
        log.warning("could not back up %s: %s", settings.path, exc)
        settings.read_only = True
        settings.notices.append(
            f"{settings.path} could not be read or backed up ({exc.strerror}); "
            "it is left untouched and changes will not be saved"
        )
        return
    settings.notices.append(
        f"{settings.path} could not be read fully; the original is kept as "
        f"{settings.backup}. Settings that could not be read were reset to defaults."
    )
