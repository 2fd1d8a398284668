"""The library: one source for the window and ``psoas-timer plan``."""

from __future__ import annotations

from pathlib import Path

import pytest

from psoas_timer.core.model import Phase, Side
from psoas_timer.store import paths
from psoas_timer.store.library import load_library
from psoas_timer.store.routine_draft import set_override

USER_ROUTINE = b"""schema = 1
name = "Mine"

[[blocks]]
exercise = "seated-leg-lift"
"""


def _holds(library_timeline: object) -> dict[Side, set[float]]:
    holds: dict[Side, set[float]] = {}
    for step in library_timeline:  # type: ignore[attr-defined]
        if step.phase is Phase.HOLD and step.side is not None:
            holds.setdefault(step.side, set()).add(step.duration)
    return holds


def test_defaults_with_no_user_files() -> None:
    library = load_library()
    assert set(library.routines) >= {"full-session", "strength-starter", "release", "advanced"}
    assert dict(library.user) == {}
    assert dict(library.overrides) == {}
    assert not library.problems
    assert not library.notices


def test_user_routines_and_overrides_are_used() -> None:
    folder = paths.routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_bytes(USER_ROUTINE)
    paths.settings_file().write_bytes(
        b"schema = 1\n[dosage.seated-leg-lift]\nhold_seconds_left = 7\nhold_seconds_right = 3\n"
    )
    library = load_library()
    routine = library.resolve("mine")
    assert not routine.builtin
    assert _holds(library.timeline(routine)) == {Side.LEFT: {7.0}, Side.RIGHT: {3.0}}
    # A built-in routine uses the same overrides.
    starter = library.resolve("strength-starter")
    holds = _holds(library.timeline(starter))
    assert 7.0 in holds[Side.LEFT]
    assert 3.0 in holds[Side.RIGHT]


def test_block_overrides_win_over_settings() -> None:
    library = load_library()
    library.settings.set_dosage("seated-leg-lift", "hold_seconds", 9)
    routine = library.store.new("Blocky", exercise_id="seated-leg-lift")
    routine = library.store.save(set_override(routine, 0, "hold_seconds_right", 4))
    assert _holds(library.timeline(routine)) == {Side.LEFT: {9.0}, Side.RIGHT: {4.0}}


def test_timeline_is_live_for_the_editors() -> None:
    library = load_library()
    routine = library.resolve("strength-starter")
    before = library.timeline(routine).total_seconds
    library.settings.set_dosage("supine-march", "reps", 20)
    assert library.timeline(routine).total_seconds > before
    library.settings.reset_dosage("supine-march")
    assert library.timeline(routine).total_seconds == before


def test_edit_save_restart_gives_the_same_plan() -> None:
    library = load_library()
    library.settings.set_dosage("half-kneeling-stretch", "hold_seconds_left", 45)
    library.settings.set_dosage("half-kneeling-stretch", "hold_seconds_right", 30)
    library.settings.save()
    routine = library.store.duplicate("release", "My release")
    routine = library.store.save(set_override(routine, 2, "hold_breaths", 12))
    plan = library.timeline(routine)
    restarted = load_library()
    assert restarted.timeline(restarted.resolve(routine.id)) == plan


BROKEN = {
    "empty": b"",
    "truncated": b'schema = 1\nname = "Mi',
    "zeroed": b"\x00" * 64,
    "garbage": bytes(range(256)),
    "wrong-types": b"schema = 1\nname = 3\nblocks = 4\n",
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
@pytest.mark.parametrize("which", ["settings", "routine"])
def test_library_loads_whatever_is_broken(which: str, kind: str) -> None:
    if which == "settings":
        path = paths.settings_file()
    else:
        path = paths.routines_dir() / "mine.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(BROKEN[kind])
    library = load_library()
    (backup,) = path.parent.glob(f"{path.name}.bak-*")
    assert backup.read_bytes() == BROKEN[kind]
    assert any(str(path) in n and str(backup) in n for n in library.notices)
    assert library.problems
    assert library.timeline(library.resolve("full-session")).total_seconds > 0


@pytest.mark.parametrize("which", ["settings", "routine"])
def test_library_loads_with_a_newer_schema(which: str) -> None:
    if which == "settings":
        path = paths.settings_file()
        data = b"schema = 7\n"
    else:
        path = paths.routines_dir() / "mine.toml"
        data = b'schema = 7\nname = "From the future"\n'
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    library = load_library()
    assert any(str(path) in n and "newer version" in n for n in library.notices)
    assert list(path.parent.iterdir()) == [path]


def test_folders_in_the_way(tmp_path: Path) -> None:
    paths.settings_file().mkdir(parents=True)
    (paths.routines_dir() / "mine.toml").mkdir(parents=True)
    library = load_library()
    assert len(library.notices) == 2
    assert library.routines
