"""Hostile files among the user's own: loading never hangs or fails, and nothing is lost."""

from __future__ import annotations

from pathlib import Path

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.routine import builtin_routines
from psoas_timer.store import paths
from psoas_timer.store.library import load_library
from psoas_timer.store.routines import RoutineStore
from psoas_timer.store.settings import load_settings
from tests.hostile import DEEP, fifo_at, finishes

CAT = load_catalogue()
GOOD_ROUTINE = b'schema = 1\nname = "Mine"\n\n[[blocks]]\nexercise = "supine-march"\n'
GOOD_SETTINGS = b"schema = 1\n\n[preferences]\nvolume = 0.25\nmuted = true\n"
BOM = b"\xef\xbb\xbf"


def _store() -> RoutineStore:
    folder = paths.routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return RoutineStore(folder, CAT, builtin_routines())


def test_a_deeply_nested_routine_is_moved_aside_byte_exact_and_the_rest_load() -> None:
    store = _store()
    (store.folder / "deep.toml").write_bytes(DEEP)
    (store.folder / "mine.toml").write_bytes(GOOD_ROUTINE)
    store.reload()
    assert list(store.routines) == ["mine"]
    [backup] = store.folder.glob("deep.toml.bak-*")
    assert backup.read_bytes() == DEEP
    assert not (store.folder / "deep.toml").exists()
    assert f"{store.folder / 'deep.toml'} could not be read, so it was moved aside to {backup}" in (
        store.notices[0]
    )
    assert "nested more than 32 deep" in str(store.problems[0])


def test_a_fifo_among_the_routines_is_skipped_at_once() -> None:
    store = _store()
    (store.folder / "mine.toml").write_bytes(GOOD_ROUTINE)
    with fifo_at(store.folder / "pipe.toml") as fifo:
        assert finishes(store.reload, 3.0)
        assert fifo.exists()
    assert list(store.routines) == ["mine"]
    assert store.notices == [
        f"{fifo} cannot be read (a named pipe, not a regular file); it is skipped and left "
        "untouched."
    ]


def test_a_routine_with_a_bom_loads() -> None:
    store = _store()
    (store.folder / "mine.toml").write_bytes(BOM + GOOD_ROUTINE)
    store.reload()
    assert store.routines["mine"].name == "Mine"
    assert store.notices == []


def test_settings_with_a_bom_keep_every_value() -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(BOM + GOOD_SETTINGS)
    settings = load_settings(CAT)
    assert settings.preferences["volume"] == 0.25
    assert settings.preferences["muted"] is True
    assert settings.notices == []
    assert path.read_bytes() == BOM + GOOD_SETTINGS


def test_deeply_nested_settings_start_on_defaults_and_are_kept_aside() -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(DEEP)
    settings = load_settings(CAT)
    assert settings.preferences["volume"] == 0.8
    assert settings.backup is not None and settings.backup.read_bytes() == DEEP
    assert settings.notices == [
        f"{path} could not be read, so it was moved aside to {settings.backup}. "
        "Settings are back to their defaults."
    ]


def test_a_fifo_as_settings_is_left_alone_at_once() -> None:
    path = paths.settings_file()
    with fifo_at(path):
        loaded = []
        assert finishes(lambda: loaded.append(load_settings(CAT)), 3.0)
        assert path.exists()
    settings = loaded[0]
    assert settings.read_only
    assert settings.notices == [
        f"{path} cannot be read (a named pipe, not a regular file); it is left untouched and "
        "changes are not saved."
    ]


def test_the_library_loads_with_hostile_files_everywhere() -> None:
    folder = paths.routines_dir()
    folder.mkdir(parents=True)
    (folder / "header.toml").write_bytes(b"[" + b"a." * 200_000 + b"a]\n")
    paths.settings_file().write_bytes(b"x = " + b"{a = " * 700 + b"1" + b"}" * 700)
    with fifo_at(folder / "pipe.toml"):
        loaded = []
        assert finishes(lambda: loaded.append(load_library()), 5.0)
    library = loaded[0]
    assert "header" not in library.routines
    assert len(library.notices) == 3
    assert all(Path(n.split()[0]).is_relative_to(folder.parent) for n in library.notices)
