"""The routine being edited: its blocks, whether it has unsaved changes, and saving it.

The routine editor's widgets show a :class:`RoutineDraft` and hand every edit
to it; nothing here knows about Qt. Block edits are pure functions returning a
new :class:`Routine` (:func:`add_block`, :func:`move_block`, ...), so a draft
is only ever replaced, never changed in place, and the store validates the
result when it is saved, as it validates a file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..core.dosage import BOUNDS, DOSAGE_KEYS, Number, check_value, did_you_mean
from ..core.model import Block, Routine
from .routines import RoutineStore

log = logging.getLogger(__name__)

#: A hold is timed in seconds or counted in breaths, never both: setting one drops the other.
_EXCLUSIVE = {"hold_seconds": "hold_breaths", "hold_breaths": "hold_seconds"}


# -- block editing: pure functions returning a new Routine ---------------------


def add_block(
    routine: Routine,
    exercise_id: str,
    index: int | None = None,
    overrides: Mapping[str, Number] | None = None,
) -> Routine:
    """Insert a block at ``index`` (default: the end). Exercise ids are checked on save."""
    blocks = list(routine.blocks)
    block = Block(exercise_id, MappingProxyType(dict(overrides or {})))
    blocks.insert(len(blocks) if index is None else index, block)
    return routine.replace(blocks=tuple(blocks))


def remove_block(routine: Routine, index: int) -> Routine:
    """Remove one block. Raises ValueError for the last one: a routine needs an exercise."""
    if len(routine.blocks) <= 1:
        raise ValueError("a routine needs at least one exercise")
    blocks = list(routine.blocks)
    del blocks[index]
    return routine.replace(blocks=tuple(blocks))


def move_block(routine: Routine, from_index: int, to_index: int) -> Routine:
    """Move one block so that it ends up at ``to_index`` (as a drag and drop does)."""
    blocks = list(routine.blocks)
    block = blocks.pop(from_index)
    blocks.insert(to_index, block)
    return routine.replace(blocks=tuple(blocks))


def set_override(routine: Routine, index: int, key: str, value: Number) -> Routine:
    """Override one dosage key in one block, checking bounds like a file is checked.

    Raises:
        ValueError: unknown key or a value out of bounds, with a message for the user.
    """
    if key not in BOUNDS:
        raise ValueError(f"unknown dosage key '{key}'{did_you_mean(key, DOSAGE_KEYS)}")
    error = check_value(key, value)
    if error:
        raise ValueError(f"{key} {error}")
    block = routine.blocks[index]
    overrides = dict(block.overrides)
    if key in _EXCLUSIVE:
        overrides.pop(_EXCLUSIVE[key], None)
    overrides[key] = value
    return _with_block(routine, index, block.replace(overrides=MappingProxyType(overrides)))


def clear_override(routine: Routine, index: int, key: str | None = None) -> Routine:
    """Drop one override from a block, or all of them when ``key`` is None."""
    block = routine.blocks[index]
    overrides = {} if key is None else {k: v for k, v in block.overrides.items() if k != key}
    return _with_block(routine, index, block.replace(overrides=MappingProxyType(overrides)))


def _with_block(routine: Routine, index: int, block: Block) -> Routine:
    blocks = list(routine.blocks)
    blocks[index] = block
    return routine.replace(blocks=tuple(blocks))


# -- the draft -------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    """What :meth:`RoutineDraft.save` wrote.

    Attributes:
        routine: the routine as stored.
        path: its file.
        kept_copy: where the version another window or a CLI command had
            written since the file was read here is kept, or None.
    """

    routine: Routine
    path: Path
    kept_copy: Path | None


class RoutineDraft:
    """One routine as edited so far, and whether that differs from its file.

    Every edit method returns whether it changed anything (or the row to
    select); an edit of a built-in routine, or of no routine, changes nothing.
    """

    def __init__(self, routine: Routine | None = None) -> None:
        self.routine = routine
        self.dirty = False

    @property
    def editable(self) -> bool:
        """A user routine is shown: built-in routines are only duplicated, never edited."""
        return self.routine is not None and not self.routine.builtin

    def show(self, routine: Routine | None) -> None:
        """Start over from ``routine`` as stored: nothing unsaved."""
        self.routine = routine
        self.dirty = False

    def block(self, row: int) -> Block | None:
        if self.routine is None or not 0 <= row < len(self.routine.blocks):
            return None
        return self.routine.blocks[row]

    def replace(self, routine: Routine) -> None:
        """Take ``routine`` (an edit of this draft) as the draft: now unsaved."""
        self.routine = routine
        self.dirty = True

    # -- edits ------------------------------------------------------------------------

    def rename(self, name: str) -> bool:
        if self.routine is None or not self.editable:
            return False
        self.replace(self.routine.replace(name=name))
        return True

    def describe(self, description: str) -> bool:
        if self.routine is None or not self.editable:
            return False
        self.replace(self.routine.replace(description=description))
        return True

    def add(self, exercise_id: str, after: int) -> int | None:
        """Add ``exercise_id`` after row ``after`` (at the end for -1); the new block's row."""
        if self.routine is None or not self.editable:
            return None
        index = after + 1 if after >= 0 else len(self.routine.blocks)
        self.replace(add_block(self.routine, exercise_id, index))
        return index

    def remove(self, row: int) -> int | None:
        """Take block ``row`` out; the row to select then.

        Raises:
            ValueError: it is the only block (a routine needs an exercise).
        """
        if self.routine is None or not self.editable or row < 0:
            return None
        self.replace(remove_block(self.routine, row))
        return min(row, len(self.routine.blocks) - 1)

    def move(self, row: int, step: int) -> int | None:
        """Move block ``row`` ``step`` places (−1 up, +1 down); its new row, None if it cannot."""
        if self.routine is None or not self.editable:
            return None
        target = row + step
        if row < 0 or not 0 <= target < len(self.routine.blocks):
            return None
        self.replace(move_block(self.routine, row, target))
        return target

    def reorder(self, blocks: Sequence[Block]) -> bool:
        """Take ``blocks`` (the same blocks, dragged into a new order) as the blocks' order."""
        if self.routine is None or not self.editable:
            return False
        order = tuple(blocks)
        if len(order) != len(self.routine.blocks) or order == self.routine.blocks:
            return False
        self.replace(self.routine.replace(blocks=order))
        return True

    def set_override(self, row: int, key: str, value: Number) -> bool:
        """Block ``row``'s own value for ``key``.

        Raises:
            ValueError: an unknown key or a value out of bounds.
        """
        if self.routine is None or not self.editable or self.block(row) is None:
            return False
        self.replace(set_override(self.routine, row, key, value))
        return True

    def clear_override(self, row: int, key: str | None = None) -> bool:
        """Block ``row`` follows the exercise's dosage for ``key`` again (for every key if None)."""
        if self.routine is None or not self.editable or self.block(row) is None:
            return False
        self.replace(clear_override(self.routine, row, key))
        return True

    # -- the file ---------------------------------------------------------------------

    def save(self, store: RoutineStore) -> Saved | None:
        """Write the draft (its name trimmed); None when there is nothing editable to write.

        Raises:
            ValidationError: the routine breaks a rule a file must follow.
            StoreError: the file could not be written; the old one is unchanged.
        """
        if self.routine is None or not self.editable:
            return None
        stored = store.save(self.routine.replace(name=self.routine.name.strip()))
        self.show(stored)
        return Saved(stored, store.path_for(stored.id), store.kept_copy)

    def rename_stored(self, store: RoutineStore, name: str) -> Routine | None:
        """Rename the routine's file now, keeping any unsaved block edits in the draft.

        Raises:
            ValidationError, StoreError: as :meth:`RoutineStore.rename`.
        """
        if self.routine is None or not self.editable:
            return None
        stored = store.rename(self.routine.id, name)
        self.routine = self.routine.replace(name=stored.name)
        return stored


__all__ = [
    "RoutineDraft",
    "Saved",
    "add_block",
    "clear_override",
    "move_block",
    "remove_block",
    "set_override",
]
