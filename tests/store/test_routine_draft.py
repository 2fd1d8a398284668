"""The routine being edited, without any widget: edits, unsaved changes, saving."""

from __future__ import annotations

from pathlib import Path

import pytest

from psoas_timer.core.model import Block, Routine
from psoas_timer.core.problems import ValidationError
from psoas_timer.store import paths
from psoas_timer.store.library import load_library
from psoas_timer.store.routine_draft import (
    RoutineDraft,
    clear_override,
    remove_block,
    set_override,
)
from psoas_timer.store.routines import RoutineStore


@pytest.fixture
def store() -> RoutineStore:
    library = load_library()
    library.store.new("Mine", exercise_id="supine-march")
    return library.store


def _draft(store: RoutineStore, routine_id: str = "mine") -> RoutineDraft:
    draft = RoutineDraft()
    draft.show(store.get(routine_id))
    return draft


def test_block_helpers_are_pure_and_checked() -> None:
    routine = Routine("r", "R", "", (Block("supine-march"), Block("seated-leg-lift")))
    changed = set_override(routine, 0, "hold_breaths", 5)
    changed = set_override(changed, 0, "hold_seconds", 9)
    assert dict(changed.blocks[0].overrides) == {"hold_seconds": 9}
    assert dict(routine.blocks[0].overrides) == {}
    with pytest.raises(ValueError, match="reps must be between 1 and 100, got 0"):
        set_override(routine, 0, "reps", 0)
    with pytest.raises(ValueError, match="unknown dosage key"):
        set_override(routine, 0, "rep", 3)
    assert dict(clear_override(changed, 0, "hold_seconds").blocks[0].overrides) == {}
    assert clear_override(changed, 0).blocks[0].overrides == {}
    single = remove_block(routine, 0)
    assert [b.exercise for b in single.blocks] == ["seated-leg-lift"]
    with pytest.raises(ValueError, match="at least one exercise"):
        remove_block(single, 0)


def test_each_edit_leaves_unsaved_changes_and_the_file_as_it_was(store: RoutineStore) -> None:
    file = store.path_for("mine")
    before = file.read_bytes()
    draft = _draft(store)
    assert not draft.dirty
    assert draft.add("seated-leg-lift", after=0) == 1
    assert draft.dirty
    assert draft.set_override(1, "reps", 12)
    assert draft.move(1, -1) == 0
    assert draft.move(0, -1) is None  # already first
    assert draft.routine is not None
    assert [b.exercise for b in draft.routine.blocks] == ["seated-leg-lift", "supine-march"]
    assert dict(draft.routine.blocks[0].overrides) == {"reps": 12}
    assert draft.clear_override(0)
    assert dict(draft.routine.blocks[0].overrides) == {}
    assert draft.remove(1) == 0
    with pytest.raises(ValueError, match="at least one exercise"):
        draft.remove(0)
    assert file.read_bytes() == before


def test_a_built_in_routine_cannot_be_changed_only_shown(store: RoutineStore) -> None:
    draft = _draft(store, "full-session")
    shown = draft.routine
    assert not draft.editable
    assert not draft.rename("Mine now")
    assert draft.add("supine-march", after=0) is None
    assert draft.move(0, 1) is None
    assert not draft.set_override(0, "reps", 3)
    assert draft.remove(0) is None
    assert draft.save(store) is None
    assert draft.routine == shown and not draft.dirty


def test_a_drag_that_changes_nothing_is_not_an_unsaved_change(store: RoutineStore) -> None:
    draft = _draft(store)
    draft.add("seated-leg-lift", after=0)
    draft.show(draft.routine)
    assert draft.routine is not None
    blocks = draft.routine.blocks
    assert not draft.reorder(blocks)
    assert not draft.reorder(blocks[:1])  # a block lost on the way: not an order
    assert not draft.dirty
    assert draft.reorder(tuple(reversed(blocks)))
    assert draft.dirty


def test_save_writes_the_trimmed_name_and_says_where(store: RoutineStore) -> None:
    draft = _draft(store)
    draft.rename("  Week 3  ")
    saved = draft.save(store)
    assert saved is not None
    assert saved.routine.name == "Week 3"
    assert saved.path == paths.routines_dir() / "mine.toml"
    assert b'name = "Week 3"' in saved.path.read_bytes()
    assert saved.kept_copy is None
    assert not draft.dirty and draft.routine == saved.routine


def test_save_over_a_file_changed_elsewhere_names_the_kept_copy(store: RoutineStore) -> None:
    draft = _draft(store)
    draft.rename("Mine, edited here")
    other = load_library().store  # another window, or a CLI command
    other.save(other.get("mine").replace(name="Theirs"))
    saved = draft.save(store)
    assert saved is not None and saved.kept_copy is not None
    assert saved.kept_copy.name.startswith("mine.toml.changed-")
    assert b'name = "Theirs"' in Path(saved.kept_copy).read_bytes()


def test_a_draft_the_store_refuses_stays_unsaved(store: RoutineStore) -> None:
    draft = _draft(store)
    assert draft.set_override(0, "reps", 3)
    draft.replace(Routine("mine", "Mine", "", (Block("no-such-exercise"),)))
    with pytest.raises(ValidationError):
        draft.save(store)
    assert draft.dirty


def test_renaming_the_file_keeps_the_unsaved_block_edits(store: RoutineStore) -> None:
    draft = _draft(store)
    draft.add("seated-leg-lift", after=0)
    stored = draft.rename_stored(store, "Renamed")
    assert stored is not None and stored.name == "Renamed"
    assert [b.exercise for b in stored.blocks] == ["supine-march"]
    assert draft.routine is not None and draft.routine.name == "Renamed"
    assert [b.exercise for b in draft.routine.blocks] == ["supine-march", "seated-leg-lift"]
    assert draft.dirty
