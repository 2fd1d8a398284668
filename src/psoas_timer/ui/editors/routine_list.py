"""The routine editor's list of every routine: built-in ones with a lock, yours by name.

Its words keep the ``RoutineEditor`` translation context they had when the
list was filled by the editor's dialog.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...core.model import Routine
from .lock_icon import lock_icon

# Where each row keeps its routine's id.
ID_ROLE = Qt.ItemDataRole.UserRole


class RoutineList(QListWidget):
    """One row per routine, found again by its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock_icon()

    def fill(self, routines: Iterable[Routine]) -> None:
        """One row per routine, in the order given."""
        self.clear()
        for routine in routines:
            item = QListWidgetItem(routine.name)
            item.setData(ID_ROLE, routine.id)
            if routine.builtin:
                item.setIcon(self._lock)
                item.setText(
                    QCoreApplication.translate("RoutineEditor", "{name}  (built-in)").format(
                        name=routine.name
                    )
                )
                item.setToolTip(
                    QCoreApplication.translate(
                        "RoutineEditor", "Built-in: read-only. Duplicate it to make your own copy."
                    )
                )
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole, f"{routine.name}, built-in, locked"
                )
            else:
                item.setToolTip(
                    QCoreApplication.translate("RoutineEditor", "Your routine (id: {id})").format(
                        id=routine.id
                    )
                )
            self.addItem(item)

    @staticmethod
    def id_of(item: QListWidgetItem | None) -> str | None:
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def row_of(self, routine_id: str | None) -> int | None:
        """The row of ``routine_id``, or None when it is not listed."""
        for i in range(self.count()):
            if self.id_of(self.item(i)) == routine_id:
                return i
        return None

    def selected_id(self) -> str | None:
        return self.id_of(self.currentItem())

    def show_name(self, routine: Routine) -> None:
        """Show ``routine``'s new name in its row, when it is the selected one."""
        item = self.currentItem()
        if item is not None and self.id_of(item) == routine.id:
            item.setText(routine.name)


__all__ = ["ID_ROLE", "RoutineList"]
