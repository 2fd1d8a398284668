"""The routine editor's form for one block's own dosage: a row per key, each with "Use default".

A block follows its exercise's dosage (the catalogue with the user's layer)
except for the keys it sets itself; :class:`BlockDosageBox` shows both and
says which is which. Its words keep the ``RoutineEditor`` translation context
they had when the form was part of the editor's dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dosage import BOUNDS, Number, merge
from ...core.model import Block, Exercise, SidePattern
from ..common.theme import muted_text
from ..common.vocabulary import in_sentence
from .dosage_fields import (
    Spin,
    field_label,
    hold_summary,
    make_spin,
    set_spin,
    show_warning,
    value_text,
    warning_label,
)
from .routine_blocks import OVERRIDE_KEYS


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


class BlockDosageBox(QGroupBox):
    """The selected block's values, in two columns of :class:`OverrideRow`.

    Signals:
        edited(str): the user changed the spin box of this dosage key.
        reset_requested(str): "Use default" was pressed for this dosage key.

    Attributes:
        rows: the row of each dosage key.
        grid: the widget holding the rows (disabled for a built-in routine).
        clear_button: "Use the exercise's dosage for all".
        edit_dosage_button: opens the dosage editor for the block's exercise.
    """

    edited = Signal(str)
    reset_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RoutineEditor", "This exercise in this routine"), parent
        )
        self.rows: dict[str, OverrideRow] = {}
        box_layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        box_layout.addWidget(self.intro)
        grid_host = QWidget()
        self.grid = grid_host
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        half = (len(OVERRIDE_KEYS) + 1) // 2
        for i, key in enumerate(OVERRIDE_KEYS):
            row = OverrideRow(key, grid_host)
            col = 0 if i < half else 4
            r = i if i < half else i - half
            grid.addWidget(row.label, r, col)
            grid.addWidget(row.spin, r, col + 1)
            grid.addWidget(row.reset, r, col + 2)
            notes = QHBoxLayout()
            notes.setSpacing(8)
            notes.addWidget(row.hint)
            notes.addWidget(row.warning)
            notes.addStretch(1)
            grid.addLayout(notes, r, col + 3)
            row.spin.valueChanged.connect(lambda _v, k=key: self.edited.emit(k))
            row.reset.clicked.connect(lambda _c=False, k=key: self.reset_requested.emit(k))
            self.rows[key] = row
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(7, 1)
        scroll = QScrollArea()
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        box_layout.addWidget(scroll)
        reset_row = QHBoxLayout()
        self.clear_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "Use the exercise's dosage for &all")
        )
        self.clear_button.setToolTip(
            QCoreApplication.translate(
                "RoutineEditor", "Drop every value this routine sets for this exercise"
            )
        )
        self.edit_dosage_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "Edit the exercise's dosage…")
        )
        self.edit_dosage_button.setToolTip(
            QCoreApplication.translate(
                "RoutineEditor",
                "Change this exercise's values for every routine (the dosage editor)",
            )
        )
        reset_row.addWidget(self.clear_button)
        reset_row.addWidget(self.edit_dosage_button)
        reset_row.addStretch(1)
        box_layout.addLayout(reset_row)

    def show_nothing(self) -> None:
        """No block is selected."""
        self.setTitle(QCoreApplication.translate("RoutineEditor", "This exercise in this routine"))
        self.intro.setText(
            QCoreApplication.translate("RoutineEditor", "Select an exercise to see its values.")
        )
        for row in self.rows.values():
            row.set_visible(False)

    def show_block(self, block: Block, exercise: Exercise, base: dict[str, Number]) -> None:
        """Show ``block``'s values: its own in bold, the others from ``base``, its exercise's."""
        self.setTitle(
            QCoreApplication.translate("RoutineEditor", "{name} in this routine").format(
                name=exercise.name
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "RoutineEditor",
                "Values in <b>bold</b> are this routine's own. The others follow the exercise's "
                "dosage, so they change when you edit it; “Use default” goes back to it.",
            )
        )
        effective = merge(base, block.overrides)
        breaths = "hold_breaths" in effective
        pace = float(effective.get("breath_in_seconds", 4)) + float(
            effective.get("breath_out_seconds", 6)
        )
        hold = (
            float(effective["hold_breaths"]) * pace
            if breaths
            else float(effective.get("hold_seconds", 1))
        )
        for key, row in self.rows.items():
            visible = not (
                (
                    key in ("hold_seconds_left", "hold_seconds_right")
                    and exercise.sides is SidePattern.BOTH
                )
                or (
                    key == "rest_between_sides_seconds"
                    and exercise.sides is not SidePattern.SEQUENTIAL
                )
            )
            row.set_visible(visible)
            own = key in block.overrides
            row.label.setText(f"{field_label(key, exercise)}:")
            font = QFont(row.label.font())
            font.setBold(own)
            row.label.setFont(font)
            row.spin.setAccessibleName(field_label(key, exercise))
            if key in effective:
                value = float(effective[key])
            elif key == "hold_breaths":
                value = max(1.0, min(60.0, round(hold / pace)))
            elif key in ("hold_seconds", "hold_seconds_left", "hold_seconds_right"):
                value = min(600.0, hold)
            elif key == "breath_in_seconds":
                value = 4.0
            elif key == "breath_out_seconds":
                value = 6.0
            else:
                value = float(BOUNDS[key].low)
            set_spin(row.spin, value)
            row.reset.setEnabled(own)
            row.reset.setAccessibleName(
                QCoreApplication.translate("RoutineEditor", "Use the default {field}").format(
                    field=in_sentence(field_label(key, exercise))
                )
            )
            unused = (key == "hold_seconds" and breaths) or (key == "hold_breaths" and not breaths)
            if own:
                row.hint.setText(
                    QCoreApplication.translate("RoutineEditor", "default: {base_text}").format(
                        base_text=self._base_text(key, base)
                    )
                )
            elif unused:
                if breaths:
                    row.hint.setText(
                        QCoreApplication.translate("RoutineEditor", "not used: hold in breaths")
                    )
                else:
                    row.hint.setText(
                        QCoreApplication.translate("RoutineEditor", "not used: hold in seconds")
                    )
            else:
                row.hint.setText("")
            row.spin.setAccessibleDescription(
                QCoreApplication.translate("RoutineEditor", "this routine's own value")
                if own
                else QCoreApplication.translate("RoutineEditor", "follows the exercise's dosage")
            )
            if visible and not unused:
                show_warning(row.warning, row.spin, exercise, key, brief=True)
            else:
                row.warning.setVisible(False)
        # Lay the grid out for its new texts now: inside the scroll area it keeps
        # its old columns otherwise while its width stays the same, and a longer
        # label ("Repeticiones por lado:") is cut at the old column's edge.
        layout = self.grid.layout()
        if layout is not None:
            layout.activate()

    @staticmethod
    def _base_text(key: str, base: dict[str, Number]) -> str:
        if key in base:
            return value_text(key, base[key])
        if key in ("hold_seconds_left", "hold_seconds_right", "hold_seconds"):
            return hold_summary(base).removeprefix("hold ") or "—"
        if key == "hold_breaths":
            return "a hold in seconds"
        return "—"


__all__ = ["BlockDosageBox", "OverrideRow"]
