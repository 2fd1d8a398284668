"""settings.toml: the dosage editor's API, round trips, and every kind of broken file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import BOUNDS, Number
from psoas_timer.core.model import Catalogue
from psoas_timer.store import paths
from psoas_timer.store import settings as settings_module
from psoas_timer.store.atomic import StoreError
from psoas_timer.store.settings import Settings, SettingsReadOnly, load_settings
from tests import permissions

CAT = load_catalogue()
VALID = b"""schema = 1

[preferences]
volume = 0.5
muted = true

[dosage.seated-leg-lift]
hold_seconds_left = 7
hold_seconds_right = 3
"""


@pytest.fixture
def catalogue() -> Catalogue:
    return CAT


@pytest.fixture
def settings_path() -> Path:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.bak-*"))


# -- the API the dosage editor uses ------------------------------------------


def test_missing_file_means_defaults(catalogue: Catalogue) -> None:
    settings = load_settings(catalogue)
    assert settings.dosage == {}
    assert settings.preferences["volume"] == 0.8
    assert not settings.problems
    assert not settings.notices
    assert not settings.read_only


def test_set_save_reload(catalogue: Catalogue) -> None:
    settings = load_settings(catalogue)
    settings.set_dosage("seated-leg-lift", "hold_seconds_left", 7)
    settings.set_dosage("seated-leg-lift", "reps", 12)
    settings.set_preference("cues", "voice")
    settings.save()
    again = load_settings(catalogue)
    assert again.dosage == {"seated-leg-lift": {"hold_seconds_left": 7, "reps": 12}}
    assert again.preferences["cues"] == "voice"
    assert not again.notices


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("hold_seconds", 0, "hold_seconds must be between 1 and 600, got 0"),
        ("hold_seconds", 601, "between 1 and 600"),
        ("reps", 101, "reps must be between 1 and 100"),
        ("sets", 0, "between 1 and 20"),
        ("rest_seconds", -1, "between 0 and 600"),
        ("hold_breaths", 61, "between 1 and 60"),
        ("reps", 2.5, "whole number"),
        ("reps", True, "whole number"),
        ("hold_second", 5, "unknown dosage key 'hold_second' (did you mean 'hold_seconds'?)"),
    ],
)
def test_set_dosage_checks_bounds(catalogue: Catalogue, key: str, value: Any, message: str) -> None:
    settings = load_settings(catalogue)
    with pytest.raises(ValueError, match=re.escape(message)):
        settings.set_dosage("supine-march", key, value)
    assert settings.dosage == {}


def test_set_dosage_unknown_exercise(catalogue: Catalogue) -> None:
    settings = load_settings(catalogue)
    with pytest.raises(ValueError, match=r"unknown exercise 'supine-marc'.*supine-march"):
        settings.set_dosage("supine-marc", "reps", 3)


def test_hold_seconds_and_breaths_replace_each_other(catalogue: Catalogue) -> None:
    settings = load_settings(catalogue)
    settings.set_dosage("table-leg-dangle", "hold_seconds", 40)
    effective = settings.effective_dosage(catalogue, "table-leg-dangle")
    assert effective["hold_seconds"] == 40
    assert "hold_breaths" not in effective
    settings.set_dosage("table-leg-dangle", "hold_breaths", 5)
    assert settings.user_dosage("table-leg-dangle") == {"hold_breaths": 5}
    settings.save()
    assert load_settings(catalogue).dosage == {"table-leg-dangle": {"hold_breaths": 5}}


def test_reset_dosage(catalogue: Catalogue) -> None:
    settings = load_settings(catalogue)
    settings.set_dosage("supine-march", "reps", 3)
    settings.set_dosage("supine-march", "sets", 3)
    settings.reset_dosage("supine-march", "reps")
    assert settings.dosage == {"supine-march": {"sets": 3}}
    settings.reset_dosage("supine-march")
    assert settings.dosage == {}
    settings.reset_dosage("supine-march")  # nothing to reset: no error
    default = dict(catalogue.exercise("supine-march").dosage)
    assert settings.effective_dosage(catalogue, "supine-march") == default


def test_preferences_are_checked(catalogue: Catalogue) -> None:
    settings = load_settings(catalogue)
    with pytest.raises(ValueError, match="between 0 and 1"):
        settings.set_preference("volume", 2)
    with pytest.raises(ValueError, match="one of beeps, voice, both"):
        settings.set_preference("cues", "bells")
    with pytest.raises(ValueError, match="unknown preference"):
        settings.set_preference("colour", "red")
    settings.set_preference("volume", 1)
    assert settings.preferences["volume"] == 1.0
    assert isinstance(settings.preferences["volume"], float)


def test_save_failure_is_a_store_error(
    catalogue: Catalogue, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = load_settings(catalogue)

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module, "atomic_write", full)
    with pytest.raises(StoreError, match=r"could not save .*settings\.toml: No space"):
        settings.save()


def test_user_made_read_only_file_is_respected(
    catalogue: Catalogue, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path.write_bytes(VALID)
    settings = load_settings(catalogue)
    # Root can write anything, so ask os.access the way a normal user would be answered.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(SettingsReadOnly, match="read-only"):
        settings.save()
    assert settings_path.read_bytes() == VALID


# -- round trip property -----------------------------------------------------


def _value(key: str) -> st.SearchStrategy[Number]:
    bound = BOUNDS[key]
    ints = st.integers(int(bound.low), int(bound.high))
    if bound.integer:
        return ints
    floats = st.floats(bound.low, bound.high, allow_nan=False, allow_infinity=False)
    return st.one_of(ints, floats)


@st.composite
def _dosage(draw: st.DrawFn) -> dict[str, Number]:
    keys = draw(st.sets(st.sampled_from(sorted(BOUNDS))))
    if "hold_seconds" in keys and "hold_breaths" in keys:
        keys.discard(draw(st.sampled_from(["hold_seconds", "hold_breaths"])))
    return {key: draw(_value(key)) for key in sorted(keys)}


@hsettings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(CAT.exercises)), _dosage(), max_size=6))
def test_valid_overrides_round_trip_exactly(overrides: dict[str, dict[str, Number]]) -> None:
    path = paths.settings_file()
    settings = Settings(path=path, catalogue=CAT)
    for exercise_id, values in overrides.items():
        for key, value in values.items():
            settings.set_dosage(exercise_id, key, value)
    settings.save()
    loaded = load_settings(CAT)
    assert not loaded.problems
    expected = {k: v for k, v in overrides.items() if v}
    assert loaded.dosage == expected
    for exercise_id, values in expected.items():
        for key, value in values.items():
            assert type(loaded.dosage[exercise_id][key]) is type(value)
    assert loaded.to_toml() == settings.to_toml()


# -- broken files ---------------------------------------------------------------

BROKEN: dict[str, bytes] = {
    "empty": b"",
    "truncated": VALID[: VALID.index(b"hold_seconds_left") + 9],
    "truncated-mid-string": b'schema = 1\n[preferences]\ncues = "voi',
    "zeroed": b"\x00" * len(VALID),
    "garbage": bytes(range(256)) * 4,
    "wrong-types": b'schema = 1\n[preferences]\nvolume = "loud"\nmuted = 1\n'
    b'[dosage.supine-march]\nreps = "ten"\nsets = 2\n[dosage.seated-leg-lift]\nhold_seconds = 0\n',
    "wrong-top-level-types": b'schema = "one"\npreferences = 3\ndosage = [1, 2]\n',
    "unknown-keys": b"schema = 1\ncolour = 'red'\n[dosage.no-such-exercise]\nreps = 3\n",
    "both-holds": b"schema = 1\n[dosage.table-leg-dangle]\nhold_seconds = 5\nhold_breaths = 3\n",
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_file_is_moved_aside_with_its_bytes(
    catalogue: Catalogue, settings_path: Path, kind: str
) -> None:
    original = BROKEN[kind]
    settings_path.write_bytes(original)
    settings = load_settings(catalogue)
    assert settings.problems
    assert all(p.file == str(settings_path) for p in settings.problems)
    (backup,) = _backups(settings_path)
    assert settings.backup == backup
    assert backup.read_bytes() == original
    (notice,) = settings.notices
    assert str(settings_path) in notice
    assert str(backup) in notice
    assert not settings.read_only
    # Whatever was kept is on disk again and loads cleanly; saving works.
    settings.set_dosage("supine-march", "reps", 4)
    settings.save()
    again = load_settings(catalogue)
    assert not again.notices
    assert again.dosage["supine-march"]["reps"] == 4
    assert backup.read_bytes() == original


def test_good_keys_survive_a_bad_neighbour(catalogue: Catalogue, settings_path: Path) -> None:
    settings_path.write_bytes(BROKEN["wrong-types"])
    settings = load_settings(catalogue)
    assert settings.dosage == {"supine-march": {"sets": 2}}
    assert settings.preferences["volume"] == 0.8
    wheres = {p.where for p in settings.problems}
    assert wheres == {
        "preferences.volume",
        "preferences.muted",
        "dosage.supine-march.reps",
        "dosage.seated-leg-lift.hold_seconds",
    }
    # Written back at once, so the next start shows the same values.
    again = load_settings(catalogue)
    assert again.dosage == {"supine-march": {"sets": 2}}
    assert not again.notices


def test_both_holds_keeps_seconds(catalogue: Catalogue, settings_path: Path) -> None:
    settings_path.write_bytes(BROKEN["both-holds"])
    settings = load_settings(catalogue)
    assert settings.dosage == {"table-leg-dangle": {"hold_seconds": 5}}
    assert not load_settings(catalogue).problems


def test_newer_schema_is_never_touched(catalogue: Catalogue, settings_path: Path) -> None:
    original = b"schema = 2\n[dosage.supine-march]\nreps = 'many'\nfuture = true\n"
    settings_path.write_bytes(original)
    settings = load_settings(catalogue)
    assert settings.read_only
    assert settings.dosage == {}
    (notice,) = settings.notices
    assert str(settings_path) in notice
    assert "newer version" in notice
    assert "update psoas-timer" in notice
    assert not _backups(settings_path)
    settings.set_dosage("supine-march", "reps", 3)
    with pytest.raises(SettingsReadOnly, match="newer version"):
        settings.save()
    assert settings_path.read_bytes() == original
    assert os.listdir(settings_path.parent) == ["settings.toml"]


def test_a_folder_in_the_way(catalogue: Catalogue, settings_path: Path) -> None:
    settings_path.mkdir()
    (settings_path / "keep.txt").write_text("mine")
    settings = load_settings(catalogue)
    assert settings.read_only
    assert any("is a folder" in n and str(settings_path) in n for n in settings.notices)
    with pytest.raises(SettingsReadOnly):
        settings.save()
    assert (settings_path / "keep.txt").read_text() == "mine"


def test_read_only_file_with_garbage_is_still_backed_up(
    catalogue: Catalogue, settings_path: Path
) -> None:
    settings_path.write_bytes(b"\xff\xfe garbage")
    settings_path.chmod(0o444)
    settings = load_settings(catalogue)
    (backup,) = _backups(settings_path)
    assert backup.read_bytes() == b"\xff\xfe garbage"
    assert str(backup) in settings.notices[0]


def test_unbackupable_file_is_left_alone(
    catalogue: Catalogue, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder: the bad file can be neither moved nor replaced."""

    def refuse(path: Path, kind: str = "bak") -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings_module, "move_aside", refuse)
    settings_path.write_bytes(b"\x00\x00\x00")
    settings = load_settings(catalogue)
    assert settings.read_only
    (notice,) = settings.notices
    assert str(settings_path) in notice
    assert "could not be read or backed up (Permission denied)" in notice
    with pytest.raises(SettingsReadOnly):
        settings.save()
    assert settings_path.read_bytes() == b"\x00\x00\x00"


def test_unreadable_file_is_left_alone(
    catalogue: Catalogue, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path.write_bytes(VALID)
    real = settings_module.read_limited

    def denied(target: Path) -> bytes:
        if target == settings_path:
            raise PermissionError(13, "Permission denied")
        return real(target)

    monkeypatch.setattr(settings_module, "read_limited", denied)
    settings = load_settings(catalogue)
    assert settings.read_only
    assert "cannot be read (Permission denied)" in settings.notices[0]
    with pytest.raises(SettingsReadOnly):
        settings.save()
    monkeypatch.undo()
    assert settings_path.read_bytes() == VALID


@permissions.enforced
def test_really_read_only_folder(catalogue: Catalogue, settings_path: Path) -> None:
    settings_path.write_bytes(b"\x00")
    settings_path.parent.chmod(0o555)
    try:
        settings = load_settings(catalogue)
        assert settings.read_only
        with pytest.raises(SettingsReadOnly):
            settings.save()
    finally:
        settings_path.parent.chmod(0o755)
    assert settings_path.read_bytes() == b"\x00"
