"""The user's routines: editing, saving, sharing, and every kind of broken file."""

from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.model import Block, Catalogue, Routine
from psoas_timer.core.problems import ValidationError
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.timeline import compile_timeline
from psoas_timer.store import paths
from psoas_timer.store import routines as routines_module
from psoas_timer.store.atomic import ReadOnlyError, StoreError
from psoas_timer.store.routine_draft import add_block, move_block, set_override
from psoas_timer.store.routines import (
    RoutineExists,
    RoutineNotFound,
    RoutineStore,
    routine_to_toml,
)
from tests import permissions

CAT = load_catalogue()
VALID = b"""schema = 1
name = "Physio plan"
description = "From Anna, week 3"

# longer on the left
[[blocks]]
exercise = "seated-leg-lift"
hold_seconds_left = 6
hold_seconds_right = 3

[[blocks]]
exercise = "table-leg-dangle"
hold_breaths = 10
breath_out_seconds = 7.5
"""


@pytest.fixture
def catalogue() -> Catalogue:
    return CAT


@pytest.fixture
def folder() -> Path:
    path = paths.routines_dir()
    path.mkdir(parents=True)
    return path


@pytest.fixture
def store(folder: Path, catalogue: Catalogue) -> RoutineStore:
    store = RoutineStore(folder, catalogue)
    store.reload()
    return store


def _fresh(store: RoutineStore) -> RoutineStore:
    """The same folder read again, as after a restart."""
    again = RoutineStore(store.folder, store.catalogue)
    again.reload()
    return again


# -- creating and editing -------------------------------------------------------


def test_empty_or_missing_folder(catalogue: Catalogue, tmp_path: Path) -> None:
    store = RoutineStore(tmp_path / "nowhere", catalogue)
    store.reload()
    assert dict(store.routines) == {}
    assert not store.notices
    assert store.get("full-session").builtin


def test_new_makes_a_valid_routine_with_a_safe_id(store: RoutineStore) -> None:
    routine = store.new("  My Morning Routine! ")
    assert routine.id == "my-morning-routine"
    assert routine.name == "My Morning Routine!"
    assert len(routine.blocks) == 1
    assert store.path_for(routine.id).is_file()
    assert _fresh(store).routines == {routine.id: routine}
    assert store.new("My morning routine").id == "my-morning-routine-2"


def test_new_never_takes_a_builtin_id(store: RoutineStore) -> None:
    assert store.new("Full session").id == "full-session-2"


def test_edit_save_reload_gives_the_same_timeline(store: RoutineStore) -> None:
    routine = store.new("Week 3", exercise_id="supine-march")
    routine = add_block(routine, "seated-leg-lift")
    routine = add_block(routine, "supported-bridge", index=0)
    routine = set_override(routine, 2, "hold_seconds_left", 6)
    routine = set_override(routine, 2, "hold_seconds_right", 2.5)
    routine = set_override(routine, 1, "reps", 12)
    routine = move_block(routine, 0, 2)
    assert [b.exercise for b in routine.blocks] == [
        "supine-march",
        "seated-leg-lift",
        "supported-bridge",
    ]
    saved = store.save(routine)
    assert saved == routine
    reloaded = _fresh(store).get(routine.id)
    assert reloaded == routine
    assert compile_timeline(reloaded, store.catalogue) == compile_timeline(routine, store.catalogue)


def test_save_validates_like_a_file(store: RoutineStore) -> None:
    routine = Routine("mine", "Mine", "", (Block("no-such-exercise"),))
    with pytest.raises(ValidationError) as err:
        store.save(routine)
    assert "blocks[0].exercise" in str(err.value)
    assert not store.path_for("mine").exists()
    bad_value = Routine("mine", "Mine", "", (Block("supine-march", MappingProxyType({"reps": 0})),))
    with pytest.raises(ValidationError, match=r"blocks\[0\]\.reps"):
        store.save(bad_value)


def test_builtins_are_read_only_but_can_be_duplicated(store: RoutineStore) -> None:
    builtin = store.get("strength-starter")
    with pytest.raises(ReadOnlyError, match=r"built-in.*duplicate it"):
        store.save(builtin.replace(name="Changed"))
    with pytest.raises(ReadOnlyError):
        store.rename("strength-starter", "Changed")
    with pytest.raises(ReadOnlyError):
        store.delete("strength-starter")
    copy = store.duplicate("strength-starter")
    assert copy.id == "strength-starter-copy"
    assert copy.name == "Strength starter (copy)"
    assert not copy.builtin
    assert copy.blocks == builtin.blocks
    named = store.duplicate("strength-starter", "Stronger")
    assert named.id == "stronger"
    assert set(_fresh(store).routines) == {"strength-starter-copy", "stronger"}


def test_rename_keeps_the_id(store: RoutineStore) -> None:
    routine = store.new("Evening")
    renamed = store.rename(routine.id, "Late evening")
    assert renamed.id == "evening"
    assert renamed.name == "Late evening"
    assert _fresh(store).get("evening").name == "Late evening"
    assert [p.name for p in store.folder.iterdir()] == ["evening.toml"]


def test_delete_keeps_a_backup(store: RoutineStore) -> None:
    routine = store.new("Gone soon")
    data = store.path_for(routine.id).read_bytes()
    backup = store.delete(routine.id)
    assert backup is not None
    assert backup.name.startswith("gone-soon.toml.deleted-")
    assert backup.read_bytes() == data
    assert routine.id not in store.routines
    assert routine.id not in _fresh(store).routines
    with pytest.raises(RoutineNotFound, match="no routine with the id 'gone-soon'"):
        store.delete(routine.id)


def test_unknown_id_suggests(store: RoutineStore) -> None:
    with pytest.raises(RoutineNotFound, match="did you mean 'full-session'"):
        store.get("full-sesion")


def test_save_failure_is_a_store_error(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes, keep: str | None = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(routines_module, "atomic_write", full)
    with pytest.raises(StoreError, match=r"could not save .*No space"):
        store.new("Nope")
    assert dict(store.routines) == {}


# -- sharing ------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", sorted(builtin_routines()))
def test_to_toml_round_trips_every_builtin(store: RoutineStore, routine_id: str) -> None:
    builtin = store.get(routine_id)
    copy = store.save(builtin.replace(id=f"{routine_id}-mine", builtin=False))
    assert copy.replace(id=routine_id, source=builtin.source, builtin=True) == builtin


def test_export_then_import_gives_an_identical_routine(store: RoutineStore, tmp_path: Path) -> None:
    routine = store.new("Shared", exercise_id="table-leg-dangle")
    routine = set_override(routine, 0, "hold_breaths", 9)
    routine = set_override(routine, 0, "breath_in_seconds", 3.5)
    routine = store.save(routine.replace(description='Line one\nline "two"\tand ünïcode'))
    exported = store.export("shared", tmp_path / "shared.toml")
    assert exported.read_bytes() == routine_to_toml(routine)
    store.delete("shared")
    imported = store.import_file(exported)
    assert imported == routine
    assert _fresh(store).get("shared") == routine


def test_export_builtin_into_a_folder(store: RoutineStore, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    written = store.export("release", out)
    assert written == out / "release.toml"
    imported = store.import_file(written, routine_id="release-copy")
    assert imported.blocks == store.get("release").blocks


def test_import_keeps_the_file_bytes_and_comments(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / "physio.toml"
    source.write_bytes(VALID)
    routine = store.import_file(source)
    assert routine.id == "physio"
    assert routine.name == "Physio plan"
    assert store.path_for("physio").read_bytes() == VALID


def test_import_makes_an_id_from_an_awkward_file_name(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / "Anna's Routine (v2).toml"
    source.write_bytes(VALID)
    assert store.import_file(source).id == "anna-s-routine-v2"


def test_failed_import_adds_nothing(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / "bad.toml"
    source.write_bytes(
        VALID.replace(b"hold_seconds_left = 6", b"hold_seconds_left = 0")
        + b'\n[[blocks]]\nexercise = "supine-marhc"\n'
    )
    with pytest.raises(ValidationError) as err:
        store.import_file(source)
    wheres = [p.where for p in err.value.problems]
    assert wheres == ["blocks[0].hold_seconds_left", "blocks[2].exercise"]
    assert all(p.file == str(source) for p in err.value.problems)
    assert os.listdir(store.folder) == []
    assert dict(store.routines) == {}


def test_same_id_needs_replace(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / "physio.toml"
    source.write_bytes(VALID)
    store.import_file(source)
    changed = VALID.replace(b"Physio plan", b"Physio plan v2")
    source.write_bytes(changed)
    with pytest.raises(RoutineExists) as err:
        store.import_file(source)
    assert err.value.routine_id == "physio"
    assert store.get("physio").name == "Physio plan"
    replaced = store.import_file(source, replace=True)
    assert replaced.name == "Physio plan v2"
    (old,) = store.folder.glob("physio.toml.replaced-*")
    assert old.read_bytes() == VALID


def test_import_over_a_builtin_is_refused(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / "full-session.toml"
    source.write_bytes(VALID)
    with pytest.raises(ReadOnlyError, match=r"built-in routine.*full-session-2\.toml"):
        store.import_file(source, replace=True)
    assert os.listdir(store.folder) == []


def test_import_missing_or_huge_file(store: RoutineStore, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no such file"):
        store.import_file(tmp_path / "absent.toml")
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError, match="limit is 1024 KB"):
        store.import_file(huge)


# -- broken files ---------------------------------------------------------------

BROKEN: dict[str, bytes] = {
    "empty": b"",
    "truncated": VALID[: VALID.index(b"[[blocks]]") + 5],
    "truncated-mid-string": VALID[: VALID.index(b"Physio") + 3],
    "zeroed": b"\x00" * len(VALID),
    "garbage": bytes(range(256)) * 4,
    "wrong-types": b'schema = 1\nname = 3\n[[blocks]]\nexercise = 5\nreps = "ten"\n',
    "no-blocks": b'schema = 1\nname = "Nothing"\n',
    "huge": b"#" * (1024 * 1024 + 1),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_routine_is_moved_aside(store: RoutineStore, folder: Path, kind: str) -> None:
    original = BROKEN[kind]
    good = folder / "good.toml"
    good.write_bytes(VALID)
    bad = folder / "broken.toml"
    bad.write_bytes(original)
    store.reload()
    assert list(store.routines) == ["good"]
    (backup,) = folder.glob("broken.toml.bak-*")
    assert backup.read_bytes() == original
    (notice,) = store.notices
    assert str(bad) in notice
    assert str(backup) in notice
    assert store.problems
    assert all(p.file == str(bad) for p in store.problems)
    # The id is free again, and the next start is quiet.
    store.save(store.get("good").replace(id="broken"))
    assert not _fresh(store).notices


def test_newer_schema_is_skipped_and_never_touched(store: RoutineStore, folder: Path) -> None:
    original = b'schema = 2\nname = "Future"\n[[steps]]\nwhatever = true\n'
    path = folder / "future.toml"
    path.write_bytes(original)
    store.reload()
    assert dict(store.routines) == {}
    (notice,) = store.notices
    assert str(path) in notice
    assert "newer version of psoas-timer" in notice
    assert "update psoas-timer" in notice
    routine = Routine("future", "Mine", "", (Block("supine-march"),))
    with pytest.raises(ReadOnlyError, match="newer version"):
        store.save(routine)
    source = folder.parent / "future.toml"
    source.write_bytes(VALID)
    with pytest.raises(ReadOnlyError):
        store.import_file(source, replace=True)
    assert store.new("Future").id == "future-2"
    assert path.read_bytes() == original
    assert not list(folder.glob("future.toml.*"))


def test_a_folder_named_like_a_routine(store: RoutineStore, folder: Path) -> None:
    (folder / "odd.toml").mkdir()
    store.reload()
    assert any("is a folder" in n and "odd.toml" in n for n in store.notices)
    with pytest.raises(ReadOnlyError):
        store.save(Routine("odd", "Odd", "", (Block("supine-march"),)))
    assert (folder / "odd.toml").is_dir()


def test_bad_file_names_and_builtin_ids_are_skipped_untouched(
    store: RoutineStore, folder: Path
) -> None:
    (folder / "My Routine.toml").write_bytes(VALID)
    (folder / "release.toml").write_bytes(VALID)
    store.reload()
    assert dict(store.routines) == {}
    assert len(store.notices) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["My Routine.toml", "release.toml"]
    assert store.get("release").builtin


def test_backups_and_temp_files_are_ignored(store: RoutineStore, folder: Path) -> None:
    (folder / "good.toml").write_bytes(VALID)
    (folder / ".good.toml.abc123.tmp").write_bytes(VALID[:10])
    (folder / "good.toml.bak-20240101-000000").write_bytes(b"\x00")
    (folder / "old.toml.deleted-20240101-000000").write_bytes(VALID)
    store.reload()
    assert list(store.routines) == ["good"]
    assert not store.notices


def test_unbackupable_routine_is_left_alone(
    store: RoutineStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, kind: str = "bak") -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(routines_module, "move_aside", refuse)
    path = folder / "stuck.toml"
    path.write_bytes(b"\x00\x00")
    store.reload()
    (notice,) = store.notices
    assert str(path) in notice
    assert "could not be read or moved aside (Permission denied)" in notice
    with pytest.raises(ReadOnlyError):
        store.save(Routine("stuck", "Stuck", "", (Block("supine-march"),)))
    assert path.read_bytes() == b"\x00\x00"


def test_unreadable_routine_is_left_alone(
    store: RoutineStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "locked.toml"
    path.write_bytes(VALID)
    real = routines_module.read_limited

    def denied(target: Path) -> bytes:
        if target == path:
            raise PermissionError(13, "Permission denied")
        return real(target)

    monkeypatch.setattr(routines_module, "read_limited", denied)
    store.reload()
    assert "cannot be read (Permission denied)" in store.notices[0]
    monkeypatch.undo()
    assert path.read_bytes() == VALID


def test_routines_path_is_a_file(catalogue: Catalogue) -> None:
    folder = paths.routines_dir()
    folder.parent.mkdir(parents=True)
    folder.write_bytes(b"not a folder")
    store = RoutineStore(folder, catalogue)
    store.reload()
    assert store.notices
    assert str(folder) in store.notices[0]
    with pytest.raises(StoreError):
        store.new("Anything")
    assert folder.read_bytes() == b"not a folder"


def test_read_only_file_with_garbage_is_still_backed_up(store: RoutineStore, folder: Path) -> None:
    path = folder / "ro.toml"
    path.write_bytes(b"\xff garbage")
    path.chmod(0o444)
    store.reload()
    (backup,) = folder.glob("ro.toml.bak-*")
    assert backup.read_bytes() == b"\xff garbage"


@permissions.enforced
def test_really_read_only_folder(store: RoutineStore, folder: Path) -> None:
    (folder / "bad.toml").write_bytes(b"\x00")
    folder.chmod(0o555)
    try:
        store.reload()
        assert "could not be read or moved aside" in store.notices[0]
        with pytest.raises(StoreError):
            store.new("Anything")
    finally:
        folder.chmod(0o755)
    assert (folder / "bad.toml").read_bytes() == b"\x00"
