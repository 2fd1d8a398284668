"""The routine editor's block widgets: the reorderable list of blocks and a block's dosage rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QToolButton, QWidget

from ...core.dosage import BOUNDS
from ...core.model import Block
from ..common.theme import muted_text
from .dosage_editor import Spin, make_spin, warning_label

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

    def blocks(self) -> list[Block]:
        found: list[Block] = []
        for row in range(self.count()):
            item = self.item(row)
            block = item.data(BLOCK_ROLE) if item is not None else None
            if isinstance(block, Block):
                found.append(block)
        return found


class OverrideRow:
    """One dosage key of one block: a bounded spin box and a "use default" button."""

    def __init__(self, key: str, parent: QWidget) -> None:
        self.key = key
        self.label = QLabel(parent)
        self.spin: Spin = make_spin(key, parent)
        self.hint = QLabel(parent)
        self.hint.setStyleSheet(f"color: {muted_text(parent.palette()).name()};")
        self.warning = warning_label(key, parent)
        self.reset = QToolButton(parent)
        self.reset.setText(QCoreApplication.translate("OverrideRow", "Use default"))
        self.reset.setObjectName(f"{key}-use-default")
        self.label.setBuddy(self.spin)

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.spin, self.hint, self.reset):
            widget.setVisible(visible)
        if not visible:
            self.warning.setVisible(False)
