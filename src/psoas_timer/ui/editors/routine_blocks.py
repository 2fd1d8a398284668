"""The routine editor's list of blocks: reorderable, each row an exercise with its time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ...core.dosage import BOUNDS
from ...core.model import Block, Catalogue, Exercise
from ..common.vocabulary import in_sentence
from .dosage_fields import field_label, hold_summary, total_text, value_text

BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1


#: The order the per-block dosage rows are shown in.
OVERRIDE_KEYS: tuple[str, ...] = (
    "reps",
    "sets",
    "hold_seconds",
    "hold_breaths",
    "breath_in_seconds",
    "breath_out_seconds",
    "hold_seconds_left",
    "hold_seconds_right",
    "lift_seconds",
    "lower_seconds",
    "rest_seconds",
    "prepare_seconds",
    "rest_between_sides_seconds",
    "rest_between_sets_seconds",
    "rest_between_exercises_seconds",
)
assert set(OVERRIDE_KEYS) == set(BOUNDS)


class BlockList(QListWidget):
    """The routine's exercises, reorderable by drag and drop.

    Signals:
        reordered(): the rows were moved (by a drop or by the model's ``moveRow``);
            the order of the items is the new order of the blocks.
        move_requested(int): Ctrl+Up (-1) or Ctrl+Down (+1) was pressed.
    """

    reordered = Signal()
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.model().rowsMoved.connect(self._moved)

    def _moved(self, *_: object) -> None:
        self.reordered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Up/Down: the keyboard's way of dragging the selected exercise.
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.reordered.emit()

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        """One row per block, without text yet (:meth:`describe` writes it)."""
        self.clear()
        for block in blocks:
            item = QListWidgetItem()
            item.setData(BLOCK_ROLE, block)
            self.addItem(item)

    def describe(
        self, blocks: Sequence[Block], catalogue: Catalogue, seconds: Mapping[int, float]
    ) -> None:
        """Number, name and time of each row; ``seconds`` is each block's by block number."""
        for row in range(self.count()):
            item = self.item(row)
            if item is None or row >= len(blocks):
                continue
            block = blocks[row]
            item.setData(BLOCK_ROLE, block)
            exercise = catalogue.exercise(block.exercise)
            own = own_summary(exercise, block)
            extra = f"\n    {own}" if own else ""
            time = total_text(seconds.get(row + 1, 0.0))
            item.setText(f"{row + 1}. {exercise.name} — {time}{extra}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{row + 1}. {exercise.name}, {time}. {own}"
            )

    def blocks(self) -> list[Block]:
        found: list[Block] = []
        for row in range(self.count()):
            item = self.item(row)
            block = item.data(BLOCK_ROLE) if item is not None else None
            if isinstance(block, Block):
                found.append(block)
        return found


def own_summary(exercise: Exercise, block: Block) -> str:
    """``own: hold 8 s, reps 5``: the values a block sets itself, or ``""``."""
    if not block.overrides:
        return ""
    parts = []
    hold = hold_summary(block.overrides)
    if hold:
        parts.append(hold)
    for key in OVERRIDE_KEYS:
        if key in block.overrides and not key.startswith("hold_"):
            label = in_sentence(field_label(key, exercise))
            parts.append(f"{label} {value_text(key, block.overrides[key])}")
    return QCoreApplication.translate("RoutineEditor", "own: {values}").format(
        values=", ".join(parts)
    )
