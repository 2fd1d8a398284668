"""``settings.toml``: the user's dosage overrides and preferences.

Loading never fails:

- A missing file means defaults.
- A file that cannot be used (truncated, zeroed, garbage, wrong types, unknown
  keys) is moved aside to ``settings.toml.bak-<timestamp>`` with its original
  bytes. The keys that could be read are kept and written back at once, the
  rest start on defaults, and a notice names the file and the backup.
- A file from a newer version of the app, a folder in the file's place, or a
  file that can be neither read nor moved aside is left untouched: the app runs
  on defaults and :meth:`Settings.save` refuses with :class:`SettingsReadOnly`.

The dosage editor changes values with :meth:`Settings.set_dosage` and
:meth:`Settings.reset_dosage` (both check bounds and change memory only), shows
:meth:`Settings.effective_dosage`, and calls :meth:`Settings.save` to write.

Saving merges rather than overwrites: two windows, or a window and a CLI
command, may each change a different setting. :meth:`Settings.save` takes the
writer lock (:mod:`.writelock`), reads the file again, applies only the values
this process changed since it last read or wrote the file, and writes the
result; both changes are kept.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..core.dosage import BOUNDS, DOSAGE_KEYS, Number, check_value, did_you_mean, merge
from ..core.dosage import validate_dosage as _validate_dosage
from ..core.model import Catalogue
from ..core.problems import Problem
from ..core.record import Record
from ..core.reminder_settings import ALL_DAYS, DEFAULT_MINUTES, format_days, parse_clock, parse_days
from ..core.tomlio import parse_toml, read_limited
from . import paths
from .atomic import ReadOnlyError, StoreError, atomic_write, move_aside

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
TOP_KEYS = ("schema", "preferences", "dosage")

#: A hold is counted either in seconds or in breaths; setting one drops the other.
_EXCLUSIVE = {"hold_seconds": "hold_breaths", "hold_breaths": "hold_seconds"}


#: The interface's languages (see ``ui/common/language.py``), English first.
INTERFACE_LANGUAGES = ("en", "de", "fr", "es")


class Preference(Record):
    """One preference: its key, default and allowed values."""

    default: Any
    kind: type
    choices: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None
    #: For text values with a format: raises ValueError with the reason.
    parse: Any = None

    def check(self, value: Any) -> str | None:
        """What is wrong with ``value``, or ``None`` when it is fine."""
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
        if self.parse is not None:
            try:
                self.parse(value)
            except ValueError as exc:
                return str(exc)
        return None


PREFERENCES: dict[str, Preference] = {
    "volume": Preference(0.8, float, low=0.0, high=1.0),
    "muted": Preference(False, bool),
    "cues": Preference("both", str, choices=("beeps", "voice", "both")),
    "countdown_ticks": Preference(True, bool),
    # The desktop companion (ui/companion.py): tray and sitting reminders, off by default.
    "tray": Preference(False, bool),
    "reminders": Preference(False, bool),
    "reminder_minutes": Preference(float(DEFAULT_MINUTES), float, low=10.0, high=240.0),
    "reminder_days": Preference(format_days(ALL_DAYS), str, parse=parse_days),
    "quiet_start": Preference("", str, parse=parse_clock),
    "quiet_end": Preference("", str, parse=parse_clock),
    # The first-run sheet (safety note, keys) was dismissed: it is not shown at start again.
    "first_run_seen": Preference(False, bool),
    # The interface language, read at start-up: "" follows the system locale.
    "language": Preference("", str, choices=("", *INTERFACE_LANGUAGES)),
}

#: The preference that remembers the first-run sheet was dismissed.
FIRST_RUN_SEEN = "first_run_seen"


class SettingsReadOnly(ReadOnlyError):
    """The settings file must not be overwritten (newer version, a folder, or unreadable)."""


def _copy_dosage(dosage: Mapping[str, Mapping[str, Number]]) -> dict[str, dict[str, Number]]:
    return {exercise_id: dict(values) for exercise_id, values in dosage.items()}


def _default_preferences() -> dict[str, Any]:
    return {k: p.default for k, p in PREFERENCES.items()}


class Settings:
    """The user's settings, as loaded from (and saved to) ``path``.

    ``dosage`` maps exercise ids to the user's overrides of the catalogue's
    defaults; it is the layer between the catalogue and a routine's blocks.
    Change it through the methods below, which check every value.

    A plain class rather than a dataclass: it is on the start-up path, and
    importing :mod:`dataclasses` costs ~1.5 ms there.

    Attributes:
        problems: everything wrong with the file, for the one notice shown at start-up.
        notices: what was done about it (backups made, saving switched off), one sentence each.
        read_only_reason: why saving is refused, or ``""`` when it is allowed.
        backup: where the unreadable file was moved, if it was.
    """

    def __init__(
        self,
        path: Path,
        catalogue: Catalogue | None = None,
        *,
        dosage: dict[str, dict[str, Number]] | None = None,
        preferences: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.catalogue = catalogue
        self.dosage: dict[str, dict[str, Number]] = {} if dosage is None else dosage
        self.preferences: dict[str, Any] = (
            _default_preferences() if preferences is None else preferences
        )
        self.problems: list[Problem] = []
        self.notices: list[str] = []
        self.read_only_reason = ""
        self.backup: Path | None = None
        # What the file held when this process last read or wrote it: saving
        # applies only what differs from it. None for settings not read from
        # the file (made in code): their first save writes them whole.
        self._on_disk: tuple[dict[str, Any], dict[str, dict[str, Number]]] | None = None

    def __repr__(self) -> str:
        return f"Settings(path={self.path!r}, dosage={self.dosage!r})"

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # -- dosage ---------------------------------------------------------------

    def set_dosage(self, exercise_id: str, key: str, value: Number) -> None:
        """Override one dosage key for an exercise, in memory; :meth:`save` writes it.

        Setting ``hold_seconds`` drops a ``hold_breaths`` override and the other
        way round, because a hold is counted one way or the other.

        Raises:
            ValueError: unknown exercise or key, or a value out of bounds; the
                message is written for the user ("hold_seconds must be between 1 and 600, got 0").
        """
        self._check_exercise(exercise_id)
        if key not in BOUNDS:
            raise ValueError(f"unknown dosage key '{key}'{did_you_mean(key, DOSAGE_KEYS)}")
        error = check_value(key, value)
        if error:
            raise ValueError(f"{key} {error}")
        values = self.dosage.setdefault(exercise_id, {})
        if key in _EXCLUSIVE:
            values.pop(_EXCLUSIVE[key], None)
        values[key] = value

    def reset_dosage(self, exercise_id: str, key: str | None = None) -> None:
        """Go back to the catalogue's default for one key, or for every key when ``key`` is None."""
        values = self.dosage.get(exercise_id)
        if values is None:
            return
        if key is None:
            values.clear()
        else:
            values.pop(key, None)
        if not values:
            del self.dosage[exercise_id]

    def user_dosage(self, exercise_id: str) -> dict[str, Number]:
        """A copy of the user's overrides for one exercise (empty when there are none)."""
        return dict(self.dosage.get(exercise_id, {}))

    def effective_dosage(self, catalogue: Catalogue, exercise_id: str) -> dict[str, Number]:
        """The catalogue's dosage with the user's overrides applied (before any routine block)."""
        exercise = catalogue.exercise(exercise_id)
        return merge(exercise.dosage, self.dosage.get(exercise_id, {}))

    def _check_exercise(self, exercise_id: str) -> None:
        if self.catalogue is not None and exercise_id not in self.catalogue.exercises:
            hint = did_you_mean(exercise_id, self.catalogue.exercises)
            raise ValueError(f"unknown exercise '{exercise_id}'{hint}")

    # -- preferences ----------------------------------------------------------

    def set_preference(self, key: str, value: Any) -> None:
        """Change one preference, in memory; :meth:`save` writes it.

        Raises:
            ValueError: unknown key or a value of the wrong kind or out of range.
        """
        pref = PREFERENCES.get(key)
        if pref is None:
            raise ValueError(f"unknown preference '{key}'{did_you_mean(key, PREFERENCES)}")
        error = pref.check(value)
        if error:
            raise ValueError(f"{key} {error}")
        self.preferences[key] = float(value) if pref.kind is float else value

    def reset_preferences(self) -> None:
        # Having read the safety note is a fact, not a taste: a reset keeps it.
        seen = self.preferences.get(FIRST_RUN_SEEN, False)
        self.preferences = _default_preferences()
        self.preferences[FIRST_RUN_SEEN] = seen

    # -- the file -------------------------------------------------------------

    def to_toml(self) -> bytes:
        data: dict[str, Any] = {"schema": SCHEMA_VERSION, "preferences": dict(self.preferences)}
        dosage = {
            exercise_id: {k: values[k] for k in DOSAGE_KEYS if k in values}
            for exercise_id, values in sorted(self.dosage.items())
            if values
        }
        if dosage:
            data["dosage"] = dosage
        import tomli_w  # writing only: start-up reads

        return tomli_w.dumps(data).encode("utf-8")

    def save(self) -> None:
        """Write the settings atomically, merged with what is on disk now.

        Under the writer lock, the file is read again and only the values
        changed in this process since it last read or wrote the file are
        applied to it, so a change saved meanwhile by another window or a CLI
        command is kept (and shows up here too).

        Raises:
            SettingsReadOnly: the file must be left alone (see the module docstring),
                or the user made it read-only.
            StoreError: the file could not be written; the old one is unchanged.
        """
        if self.read_only:
            raise SettingsReadOnly(self.read_only_reason)
        from .writelock import writer_lock  # writing only: start-up reads

        with writer_lock(self.path.parent):
            if self.path.is_file() and not os.access(self.path, os.W_OK):
                raise SettingsReadOnly(f"{self.path} is read-only; changes are not saved")
            if self._on_disk is None:
                preferences, dosage = dict(self.preferences), _copy_dosage(self.dosage)
            else:
                preferences, dosage = self._merged(self._read_current(), *self._on_disk)
            merged = Settings(self.path, self.catalogue, dosage=dosage, preferences=preferences)
            try:
                atomic_write(self.path, merged.to_toml())
            except OSError as exc:
                raise StoreError(f"could not save {self.path}: {exc.strerror or exc}") from exc
        # In place: the library and the audio preferences hold these very dicts.
        self.preferences.clear()
        self.preferences.update(preferences)
        self.dosage.clear()
        self.dosage.update(dosage)
        self.remember_disk()

    def remember_disk(self) -> None:
        """Note that the file now holds exactly these values (after a read or a write)."""
        self._on_disk = (dict(self.preferences), _copy_dosage(self.dosage))

    def _read_current(self) -> Settings:
        """The file as it is now, through the same rules as at start-up."""
        if self.catalogue is None:
            from ..core.catalogue import load_catalogue

            self.catalogue = load_catalogue()
        current = load_settings(self.catalogue, self.path)
        for notice in current.notices:
            log.warning("while saving: %s", notice)
        if current.read_only:
            raise SettingsReadOnly(current.read_only_reason)
        return current

    def _merged(
        self,
        current: Settings,
        old_prefs: dict[str, Any],
        old_dosage: dict[str, dict[str, Number]],
    ) -> tuple[dict[str, Any], dict[str, dict[str, Number]]]:
        """``current`` with this process's changes since ``old_*`` applied, key by key."""
        preferences = dict(current.preferences)
        for key in PREFERENCES:
            if key in self.preferences and self.preferences[key] != old_prefs.get(key):
                preferences[key] = self.preferences[key]
        dosage: dict[str, dict[str, Number]] = {}
        for exercise_id in {*current.dosage, *self.dosage, *old_dosage}:
            mine = self.dosage.get(exercise_id, {})
            old = old_dosage.get(exercise_id, {})
            values = dict(current.dosage.get(exercise_id, {}))
            changed = {k for k in DOSAGE_KEYS if mine.get(k) != old.get(k)}
            for key in changed:
                if key in mine:
                    values[key] = mine[key]
                else:
                    values.pop(key, None)
            for key, other in _EXCLUSIVE.items():
                # A hold counted both ways: the way this process chose wins.
                if key in changed and key in values:
                    values.pop(other, None)
            if values:
                dosage[exercise_id] = values
        return preferences, dict(sorted(dosage.items()))


def load_settings(catalogue: Catalogue, path: Path | None = None) -> Settings:
    """Read the settings file, never failing: problems become notices (see the module docstring)."""
    path = path or paths.settings_file()
    settings = Settings(path=path, catalogue=catalogue)
    settings.remember_disk()  # defaults: what a missing (or moved-aside) file means
    source = str(path)
    try:
        raw = read_limited(path)
    except FileNotFoundError:
        return settings
    except IsADirectoryError:
        _refuse(settings, f"{path} is a folder, not a settings file")
        return settings
    except OSError as exc:
        _refuse(settings, f"{path} cannot be read ({exc.strerror})")
        return settings

    table, problems = parse_toml(raw, source)
    if table is None:
        settings.problems.extend(problems)
        _move_aside(settings, salvaged=False)
        return settings

    schema = table.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        settings.problems.append(
            Problem(
                source,
                "schema",
                f"version {schema} is newer than this app understands ({SCHEMA_VERSION})",
            )
        )
        _refuse(
            settings,
            f"{path} was written by a newer version of psoas-timer (schema {schema}); "
            "update psoas-timer to use it",
        )
        return settings

    bad = _read_table(settings, table, catalogue, source)
    if bad:
        settings.problems.extend(bad)
        _move_aside(settings, salvaged=True)
    else:
        settings.remember_disk()
    return settings


def _read_table(
    settings: Settings, table: Mapping[str, Any], catalogue: Catalogue, source: str
) -> list[Problem]:
    """Copy every good key into ``settings``; return what was wrong."""
    bad: list[Problem] = []
    schema = table.get("schema")
    if schema != SCHEMA_VERSION or isinstance(schema, bool):
        got = "nothing" if schema is None else repr(schema)
        bad.append(Problem(source, "schema", f"must be {SCHEMA_VERSION}, got {got}"))
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
        good, problems = _validate_dosage(values, where)
        bad.extend(Problem(source, w, m) for w, m in problems)
        if "hold_seconds" in good and "hold_breaths" in good:
            # Reported above; keep the seconds so the salvaged file loads next time.
            del good["hold_breaths"]
        if good:
            settings.dosage[exercise_id] = good
    return bad


def _refuse(settings: Settings, reason: str) -> None:
    """Leave the file alone: run on defaults and refuse to save over it."""
    settings.read_only_reason = f"{reason}; it is left untouched and changes are not saved"
    settings.notices.append(f"{settings.read_only_reason}.")
    log.info("%s", settings.read_only_reason)


def _move_aside(settings: Settings, *, salvaged: bool) -> None:
    """Keep the user's bytes in a backup, then write back what could be read."""
    try:
        settings.backup = move_aside(settings.path)
    except OSError as exc:
        _refuse(settings, f"{settings.path} could not be read or backed up ({exc.strerror})")
        return
    log.info("moved unreadable %s to %s", settings.path, settings.backup)
    if salvaged:
        kept = "Settings that could be read were kept; the rest are back to their defaults."
        try:
            # Written now so that what the user sees this time is also there next time.
            atomic_write(settings.path, settings.to_toml())
        except OSError as exc:
            log.warning("could not write the salvaged %s: %s", settings.path, exc)
            # Nothing is on disk now, so the next save writes every salvaged value.
            kept = (
                "Settings that could be read are used for now, but they could not be saved "
                f"({exc.strerror or exc}); the next save will try again. "
                "The rest are back to their defaults."
            )
        else:
            settings.remember_disk()
    else:
        kept = "Settings are back to their defaults."
    settings.notices.append(
        f"{settings.path} could not be read, so it was moved aside to {settings.backup}. {kept}"
    )
