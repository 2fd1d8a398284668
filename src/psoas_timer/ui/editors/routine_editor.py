"""The routine editor: make, copy, rename and delete routines, and edit their blocks.

The dialog shows a :class:`~psoas_timer.store.routine_draft.RoutineDraft` of
the selected routine. Every edit (name, description, adding, removing or moving
blocks, a block's own dosage) goes to the draft and updates the total time at
once; Save writes the draft with :meth:`RoutineStore.save` (atomically). New,
Duplicate, Rename and Delete act on the store straight away, as their buttons
say. The list of blocks is :mod:`.routine_blocks`, the selected block's own
dosage :mod:`.block_dosage`.

Built-in routines are shown with a lock (:mod:`.lock_icon`) and cannot be
edited, only duplicated (or exported).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.dosage import Number
from ...core.model import Category, Routine
from ...core.problems import ValidationError
from ...store.atomic import StoreError
from ...store.library import Library
from ...store.routine_draft import RoutineDraft
from ..common.dialogs import confirm, show_notice, show_problems
from ..common.screen_fit import resize_within_screen
from ..common.theme import warning_colour
from ..common.vocabulary import in_sentence
from ..session.picker import category_title
from .block_dosage import BlockDosageBox
from .dosage_editor import DosageEditor
from .dosage_fields import Spin, spin_value, total_text
from .routine_blocks import BlockList
from .routine_list import RoutineList

log = logging.getLogger(__name__)


class RoutineEditor(QDialog):
    """Every routine in a list; the selected user routine's name, blocks and dosage.

    Signals:
        saved(str): a routine was written (Save, New, Duplicate, Rename, Import);
            the argument is its id.
        routines_changed(): the set of routines or their names changed; the
            picker and library page should reload their lists.
    """

    saved = Signal(str)
    routines_changed = Signal()

    def __init__(
        self, library: Library, routine_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._draft = RoutineDraft()
        self._loading = False
        self._current_id: str | None = None
        self.setObjectName("routine-editor")
        self.setWindowTitle(self.tr("Routines"))
        self._build()
        self.reload_list(routine_id)

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # Left: every routine, and what can be done to a whole routine.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        routines_label = QLabel(self.tr("&Routines"))
        left_layout.addWidget(routines_label)
        self.routine_list = RoutineList()
        self.routine_list.setObjectName("routine-list")
        self.routine_list.setAccessibleName(self.tr("Routines"))
        self.routine_list.setMinimumWidth(240)
        routines_label.setBuddy(self.routine_list)
        left_layout.addWidget(self.routine_list, 1)
        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("&New…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.new_button.setToolTip(self.tr("Make a new routine"))
        self.duplicate_button.setToolTip(
            self.tr("Save a copy of the selected routine that you can edit")
        )
        self.rename_button.setToolTip(
            self.tr("Change the name shown; the routine's id stays the same")
        )
        self.delete_button.setToolTip(
            self.tr("Delete the selected routine (a backup file is kept)")
        )
        self.import_button.setToolTip(self.tr("Add a routine from a .toml file"))
        self.export_button.setToolTip(self.tr("Save the selected routine as a .toml file to share"))
        for i, button in enumerate(
            (
                self.new_button,
                self.duplicate_button,
                self.rename_button,
                self.delete_button,
                self.import_button,
                self.export_button,
            )
        ):
            buttons.addWidget(button, i // 2, i % 2)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        # Right: the selected routine.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("read-only-notice")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet(
            f"color: {warning_colour(self.palette()).name()}; font-weight: bold;"
        )
        right_layout.addWidget(self.read_only_label)

        details = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("routine-name")
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("routine-description")
        self.description_edit.setAccessibleName(self.tr("Routine description"))
        self.description_edit.setTabChangesFocus(True)
        line = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(line * 3 + 14)
        details.addRow(self.tr("Na&me:"), self.name_edit)
        details.addRow(self.tr("Descri&ption:"), self.description_edit)
        self._set_buddies(details)
        right_layout.addLayout(details)

        blocks_row = QHBoxLayout()
        blocks_col = QVBoxLayout()
        blocks_label = QLabel(self.tr("E&xercises, in order (drag to reorder)"))
        blocks_col.addWidget(blocks_label)
        self.block_list = BlockList()
        self.block_list.setObjectName("block-list")
        self.block_list.setAccessibleName(self.tr("Exercises in this routine"))
        self.block_list.setMinimumHeight(150)
        blocks_label.setBuddy(self.block_list)
        blocks_col.addWidget(self.block_list, 1)
        add_row = QHBoxLayout()
        self.exercise_combo = QComboBox()
        self.exercise_combo.setObjectName("exercise-choice")
        self.exercise_combo.setAccessibleName(self.tr("Exercise to add"))
        for category in Category:
            for exercise in self.library.catalogue.by_category(category):
                self.exercise_combo.addItem(
                    self.tr("{name} ({category}, level {level})").format(
                        name=exercise.name,
                        category=in_sentence(category_title(category)),
                        level=exercise.level,
                    ),
                    exercise.id,
                )
        self.add_button = QPushButton(self.tr("&Add exercise"))
        self.add_button.setToolTip(self.tr("Add the chosen exercise after the selected one"))
        add_row.addWidget(self.exercise_combo, 1)
        add_row.addWidget(self.add_button)
        blocks_col.addLayout(add_row)
        blocks_row.addLayout(blocks_col, 1)
        move_col = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.up_button.setToolTip(self.tr("Move the selected exercise earlier (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected exercise later (Ctrl+Down)"))
        self.remove_button.setToolTip(self.tr("Take the selected exercise out of this routine"))
        move_col.addSpacing(blocks_label.sizeHint().height())
        for button in (self.up_button, self.down_button, self.remove_button):
            move_col.addWidget(button)
        move_col.addStretch(1)
        blocks_row.addLayout(move_col)
        right_layout.addLayout(blocks_row, 2)

        self.override_box = BlockDosageBox()
        self.override_intro = self.override_box.intro
        self.override_grid = self.override_box.grid
        self.clear_overrides_button = self.override_box.clear_button
        self.edit_dosage_button = self.override_box.edit_dosage_button
        self.override_box.edited.connect(self._override_edited)
        self.override_box.reset_requested.connect(self.use_default)
        right_layout.addWidget(self.override_box, 3)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        bottom = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("routine-total")
        font = QFont(self.total_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        bottom.addWidget(self.total_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        self.routine_list.currentItemChanged.connect(self._routine_selected)
        self.block_list.currentRowChanged.connect(self._block_selected)
        self.block_list.reordered.connect(self._blocks_reordered)
        self.new_button.clicked.connect(lambda: self.new_routine())
        self.duplicate_button.clicked.connect(lambda: self.duplicate_routine())
        self.rename_button.clicked.connect(lambda: self.rename_routine())
        self.delete_button.clicked.connect(lambda: self.delete_routine())
        self.import_button.clicked.connect(self.import_routine)
        self.export_button.clicked.connect(self.export_routine)
        self.add_button.clicked.connect(lambda: self.add_exercise())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.clear_overrides_button.clicked.connect(self.clear_block_overrides)
        self.edit_dosage_button.clicked.connect(self.edit_exercise_dosage)
        self.name_edit.textEdited.connect(self._name_edited)
        self.description_edit.textChanged.connect(self._description_edited)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.close)
        self.block_list.move_requested.connect(self.move_selected)

        self.setTabOrder(self.routine_list, self.new_button)
        resize_within_screen(self, 1180, 760)

    @staticmethod
    def _set_buddies(form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label, field = label_item.widget(), field_item.widget()
            if isinstance(label, QLabel) and field is not None:
                label.setBuddy(field)

    # -- the list of routines -------------------------------------------------------

    def reload_list(self, select: str | None = None) -> None:
        """Fill the routine list (built-in first) and select ``select`` (or keep the current)."""
        select = select or self._current_id
        self._loading = True
        self.routine_list.fill(self.library.routines.values())
        self._loading = False
        row = self.routine_list.row_of(select)
        self._current_id = None
        self.routine_list.setCurrentRow(row or 0)
        if self.routine_list.count() and self._current_id is None:
            self._routine_selected(self.routine_list.currentItem(), None)

    def selected_id(self) -> str | None:
        return self.routine_list.selected_id()

    def select_routine(self, routine_id: str) -> bool:
        """Select a routine by id (asking first if the current one has unsaved changes)."""
        row = self.routine_list.row_of(routine_id)
        if row is None:
            return False
        self.routine_list.setCurrentRow(row)
        return self._current_id == routine_id

    def _routine_selected(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading:
            return
        new_id = self.routine_list.id_of(current)
        if new_id == self._current_id:
            return
        if not self._may_leave():
            # Put the selection back without coming here again.
            self._loading = True
            if previous is not None:
                self.routine_list.setCurrentItem(previous)
            self._loading = False
            return
        self._current_id = new_id
        routine = self.library.routines.get(self._current_id or "")
        self._show_routine(routine)

    def _may_leave(self) -> bool:
        """True when there are no unsaved changes, or the user agrees to drop them."""
        if not self.dirty or self.draft is None:
            return True
        if confirm(
            self,
            self.tr("“{name}” has unsaved changes. Throw them away?").format(name=self.draft.name),
            yes=self.tr("Discard changes"),
            no=self.tr("Keep editing"),
        ):
            self._draft.dirty = False
            return True
        return False

    # -- showing one routine ------------------------------------------------------

    @property
    def draft(self) -> Routine | None:
        """The routine as edited so far (None when the list is empty)."""
        return self._draft.routine

    @property
    def dirty(self) -> bool:
        """The draft has changes that are not saved."""
        return self._draft.dirty

    @property
    def editable(self) -> bool:
        return self._draft.editable

    def _show_routine(self, routine: Routine | None, keep_block: int = 0) -> None:
        self._draft.show(routine)
        self._loading = True
        self.name_edit.setText(routine.name if routine else "")
        self.description_edit.setPlainText(routine.description if routine else "")
        self._loading = False
        builtin = routine is not None and routine.builtin
        if builtin:
            self.read_only_label.setText(
                self.tr(
                    "This built-in routine is read-only. Duplicate it to make a copy you can edit."
                )
            )
        self.read_only_label.setVisible(builtin)
        self._rebuild_blocks(keep_block)
        self._update_enabled()

    def _rebuild_blocks(self, select: int = 0) -> None:
        self._loading = True
        self.block_list.set_blocks(self.draft.blocks if self.draft is not None else ())
        self._loading = False
        self._refresh_blocks()
        if self.block_list.count():
            self.block_list.setCurrentRow(max(0, min(select, self.block_list.count() - 1)))
        else:
            self._block_selected(-1)

    def _refresh_blocks(self) -> None:
        """Number, name and time of each block, and the routine's total."""
        if self.draft is None:
            self.total_label.setText("")
            return
        timeline = self.library.timeline(self.draft)
        seconds: dict[int, float] = {}
        for step in timeline.steps:
            seconds[step.block_no] = seconds.get(step.block_no, 0.0) + step.duration
        self.block_list.describe(self.draft.blocks, self.library.catalogue, seconds)
        total = total_text(timeline.total_seconds)
        self.total_label.setText(self.tr("Total: {total}").format(total=total))
        self.total_label.setAccessibleName(self.tr("Total time {total}").format(total=total))

    def _update_enabled(self) -> None:
        has = self.draft is not None
        editable = self.editable
        row = self.block_list.currentRow()
        count = self.block_list.count()
        for widget in (
            self.name_edit,
            self.description_edit,
            self.exercise_combo,
            self.add_button,
            self.override_grid,
        ):
            widget.setEnabled(editable)
        block = self._draft.block(row)
        self.clear_overrides_button.setEnabled(
            editable and block is not None and bool(block.overrides)
        )
        self.edit_dosage_button.setEnabled(block is not None)
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self.block_list.setDragEnabled(editable)
        self.block_list.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.remove_button.setEnabled(editable and count > 1 and row >= 0)
        self.duplicate_button.setEnabled(has)
        self.export_button.setEnabled(has)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.save_button.setEnabled(editable and self.dirty)
        self.revert_button.setEnabled(editable and self.dirty)
        star = " *" if self.dirty else ""
        self.setWindowTitle(
            self.tr("Routines — {name}{star}").format(name=self.draft.name, star=star)
            if self.draft
            else self.tr("Routines")
        )

    def _changed(self, select: int | None = None) -> None:
        """Show the draft after an edit (its blocks again from ``select`` when given)."""
        self.status_label.setText("")
        if select is not None:
            self._rebuild_blocks(select)
        else:
            self._refresh_blocks()
            self._block_selected(self.block_list.currentRow())
        self._update_enabled()

    # -- editing the draft --------------------------------------------------------

    def _name_edited(self, text: str) -> None:
        if not self._loading and self._draft.rename(text):
            self._update_enabled()

    def _description_edited(self) -> None:
        if not self._loading and self._draft.describe(self.description_edit.toPlainText()):
            self._update_enabled()

    def add_exercise(self, exercise_id: str | None = None) -> None:
        """Add an exercise after the selected block (the one chosen in the box by default)."""
        if not self.editable:
            return
        chosen = exercise_id or self.exercise_combo.currentData()
        if not isinstance(chosen, str):
            return
        index = self._draft.add(chosen, self.block_list.currentRow())
        if index is not None:
            self._changed(select=index)

    def remove_selected(self) -> None:
        try:
            select = self._draft.remove(self.block_list.currentRow())
        except ValueError as exc:
            self.status_label.setText(f"{exc}.")
            return
        if select is not None:
            self._changed(select=select)

    def move_selected(self, step: int) -> None:
        """Move the selected block ``step`` places (−1 up, +1 down)."""
        target = self._draft.move(self.block_list.currentRow(), step)
        if target is not None:
            self._changed(select=target)

    def _blocks_reordered(self) -> None:
        """The list was reordered by a drag: its items' order becomes the blocks' order."""
        if self._loading or not self._draft.reorder(self.block_list.blocks()):
            return
        self._refresh_blocks()
        self._block_selected(self.block_list.currentRow())
        self._update_enabled()

    # -- one block's own dosage -----------------------------------------------------

    def _block_selected(self, row: int) -> None:
        if self._loading:
            return
        block = self._draft.block(row)
        self._loading = True
        try:
            if block is None:
                self.override_box.show_nothing()
            else:
                self.override_box.show_block(
                    block,
                    self.library.catalogue.exercise(block.exercise),
                    self.base_dosage(block.exercise),
                )
        finally:
            self._loading = False
        self._update_enabled()

    def base_dosage(self, exercise_id: str) -> dict[str, Number]:
        """What a block uses when it sets nothing: the catalogue with the user's dosage."""
        return self.library.settings.effective_dosage(self.library.catalogue, exercise_id)

    def _override_edited(self, key: str) -> None:
        if self._loading:
            return
        value = spin_value(self.override_box.rows[key].spin)
        try:
            changed = self._draft.set_override(self.block_list.currentRow(), key, value)
        except ValueError as exc:  # the spin box's range should make this impossible
            self.status_label.setText(f"{exc}.")
            return
        if changed:
            self._changed()

    def use_default(self, key: str) -> None:
        """Stop overriding ``key`` in the selected block."""
        if self._draft.clear_override(self.block_list.currentRow(), key):
            self._changed()

    def clear_block_overrides(self) -> None:
        if self._draft.clear_override(self.block_list.currentRow()):
            self._changed()

    def override_spin(self, key: str) -> Spin:
        """The selected block's spin box for ``key`` (for tests)."""
        return self.override_box.rows[key].spin

    def override_warning(self, key: str) -> QLabel:
        """The note shown when the selected block's ``key`` is past the exercise's range."""
        return self.override_box.rows[key].warning

    def edit_exercise_dosage(self) -> None:
        """Open the dosage editor for the selected block's exercise (modal)."""
        block = self._draft.block(self.block_list.currentRow())
        if block is None:
            return
        editor = DosageEditor(self.library, block.exercise, self)
        editor.saved.connect(lambda _id: self._block_selected(self.block_list.currentRow()))
        editor.saved.connect(lambda _id: self._refresh_blocks())
        editor.exec()

    # -- whole routines -----------------------------------------------------------

    def save(self) -> bool:
        """Write the draft. Returns whether it was saved; problems are shown to the user."""
        try:
            written = self._draft.save(self.library.store)
        except ValidationError as exc:
            name = self.draft.name.strip() if self.draft is not None else ""
            show_problems(
                self,
                self.tr("Routine not saved"),
                exc.problems,
                intro=self.tr("“{name}” was not saved:").format(name=name),
            )
            return False
        except StoreError as exc:
            show_problems(self, self.tr("Routine not saved"), [str(exc)])
            return False
        if written is None:
            return False
        stored = written.routine
        self.routine_list.show_name(stored)
        self._show_routine(stored, keep_block=self.block_list.currentRow())
        saved = f"Saved to {written.path}."
        kept = written.kept_copy
        if kept is not None:
            # Another window or a CLI command wrote the file since it was read here.
            saved += (
                " It had been changed elsewhere since it was opened here; "
                f"that version is kept as {kept}."
            )
            show_notice(self, self.tr("Routine saved"), saved)
        self.status_label.setText(saved)
        self.saved.emit(stored.id)
        self.routines_changed.emit()
        return True

    def revert(self) -> None:
        if self._current_id is None:
            return
        routine = self.library.routines.get(self._current_id)
        self._show_routine(routine, keep_block=self.block_list.currentRow())
        self.status_label.setText(self.tr("Changes thrown away."))

    def _ask_name(self, title: str, label: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        name = name.strip()
        return name if ok and name else None

    def new_routine(self, name: str | None = None) -> Routine | None:
        """Make a routine (asking for its name unless given) and select it."""
        if not self._may_leave():
            return None
        name = name or self._ask_name("New routine", "Name of the new routine:", "My routine")
        if not name:
            return None
        try:
            routine = self.library.store.new(name)
        except (ValidationError, StoreError) as exc:
            show_problems(self, self.tr("Routine not created"), [str(exc)])
            return None
        return self._after_store_change(routine, f"Made “{routine.name}”.")

    def duplicate_routine(self, new_name: str | None = None) -> Routine | None:
        """Save a copy of the selected routine (built-in or not) and select it."""
        source = self.selected_id()
        if source is None or not self._may_leave():
            return None
        try:
            routine = self.library.store.duplicate(source, new_name)
        except (ValidationError, StoreError) as exc:
            show_problems(self, self.tr("Routine not copied"), [str(exc)])
            return None
        return self._after_store_change(routine, f"Copied to “{routine.name}”; you can edit it.")

    def rename_routine(self, new_name: str | None = None) -> Routine | None:
        """Change the selected routine's name; its id (and file) stay the same."""
        if self.draft is None or not self.editable:
            return None
        new_name = new_name or self._ask_name("Rename routine", "New name:", self.draft.name)
        if not new_name:
            return None
        try:
            stored = self._draft.rename_stored(self.library.store, new_name)
        except (ValidationError, StoreError) as exc:
            show_problems(self, self.tr("Routine not renamed"), [str(exc)])
            return None
        if stored is None:
            return None
        self._loading = True
        self.name_edit.setText(stored.name)
        self._loading = False
        self.routine_list.show_name(stored)
        self._update_enabled()
        self.status_label.setText(
            self.tr("Renamed to “{name}” (id {id}).").format(name=stored.name, id=stored.id)
        )
        self.saved.emit(stored.id)
        self.routines_changed.emit()
        return stored

    def delete_routine(self) -> bool:
        """Delete the selected user routine after asking; a backup file is kept."""
        if self.draft is None or not self.editable:
            return False
        routine = self.draft
        if not confirm(
            self,
            self.tr("Delete the routine “{name}”? A backup of its file is kept.").format(
                name=routine.name
            ),
            yes=self.tr("Delete"),
            no=self.tr("Keep it"),
        ):
            return False
        try:
            backup = self.library.store.delete(routine.id)
        except StoreError as exc:
            show_problems(self, self.tr("Routine not deleted"), [str(exc)])
            return False
        self._draft.dirty = False
        self._current_id = None
        self.reload_list(next(iter(self.library.routines), None))
        where = f" A backup was kept at {backup}." if backup else ""
        self.status_label.setText(
            self.tr("Deleted “{name}”.{where}").format(name=routine.name, where=where)
        )
        self.routines_changed.emit()
        return True

    def import_routine(self) -> None:
        from .sharing import import_routine_dialog

        if not self._may_leave():
            return
        routine = import_routine_dialog(self, self.library)
        if routine is not None:
            self._after_store_change(routine, f"Imported “{routine.name}”.")

    def export_routine(self) -> None:
        from .sharing import export_routine_dialog

        routine_id = self.selected_id()
        if routine_id is None:
            return
        if self.dirty:
            self.status_label.setText(
                self.tr("Exporting the saved version; unsaved changes are not in it.")
            )
        written = export_routine_dialog(self, self.library, routine_id)
        if written is not None:
            self.status_label.setText(self.tr("Exported to {written}.").format(written=written))

    def _after_store_change(self, routine: Routine, message: str) -> Routine:
        self._draft.dirty = False
        self._current_id = None
        self.reload_list(routine.id)
        self.status_label.setText(message)
        self.saved.emit(routine.id)
        self.routines_changed.emit()
        return routine

    # -- closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        if self._may_leave():
            super().reject()


__all__ = ["RoutineEditor"]
