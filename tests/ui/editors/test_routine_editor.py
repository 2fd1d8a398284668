"""The routine editor: read-only built-ins, whole-routine actions, and block editing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from psoas_timer.core.dosage import BOUNDS
from psoas_timer.store import paths
from psoas_timer.store.library import Library, load_library
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.editors.routine_blocks import OVERRIDE_KEYS
from psoas_timer.ui.editors.routine_editor import RoutineEditor


def make_editor(qtbot: QtBot, library: Library, routine_id: str | None = None) -> RoutineEditor:
    editor = RoutineEditor(library, routine_id)
    qtbot.addWidget(editor)
    return editor


def copy_of_starter(qtbot: QtBot, library: Library) -> RoutineEditor:
    editor = make_editor(qtbot, library, "strength-starter")
    copy = editor.duplicate_routine("Mine")
    assert copy is not None
    assert editor.selected_id() == copy.id == "mine"
    return editor


def unsaved(editor: RoutineEditor) -> bool:
    return editor.dirty


def saved_order(routine_id: str) -> list[str]:
    return [b.exercise for b in load_library().store.get(routine_id).blocks]


def test_builtin_routines_are_locked_but_can_be_duplicated(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "strength-starter")
    assert editor.selected_id() == "strength-starter"
    item = editor.routine_list.currentItem()
    assert item is not None
    assert not item.icon().isNull()
    assert "built-in" in item.text()
    assert not editor.read_only_label.isHidden()
    for widget in (
        editor.name_edit,
        editor.add_button,
        editor.remove_button,
        editor.up_button,
        editor.down_button,
        editor.rename_button,
        editor.delete_button,
        editor.save_button,
        editor.override_grid,
    ):
        assert not widget.isEnabled(), widget
    assert not editor.block_list.dragEnabled()
    assert editor.duplicate_button.isEnabled()
    # Even when asked directly, nothing changes a built-in.
    editor.move_selected(1)
    assert not editor.dirty
    assert editor.save() is False

    with qtbot.waitSignal(editor.routines_changed):
        editor.duplicate_button.click()
    copy_id = editor.selected_id()
    assert copy_id is not None
    assert copy_id in library.user
    assert editor.name_edit.isEnabled()
    assert editor.read_only_label.isHidden()
    assert library.store.path_for(copy_id).is_file()


def test_override_spin_boxes_match_the_bounds(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    assert set(OVERRIDE_KEYS) == set(BOUNDS)
    for key, bound in BOUNDS.items():
        spin = editor.override_spin(key)
        assert (spin.minimum(), spin.maximum()) == (bound.low, bound.high), key
        assert spin.accessibleName(), key


def test_move_buttons_change_the_saved_order(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    assert saved_order("mine") == ["supine-march", "seated-leg-lift"]
    editor.block_list.setCurrentRow(0)
    assert not editor.up_button.isEnabled()
    editor.down_button.click()
    assert editor.block_list.currentRow() == 1
    assert editor.dirty
    assert saved_order("mine") == ["supine-march", "seated-leg-lift"]  # not saved yet
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert saved_order("mine") == ["seated-leg-lift", "supine-march"]
    editor.up_button.click()
    assert editor.save()
    assert saved_order("mine") == ["supine-march", "seated-leg-lift"]


def test_drag_and_drop_changes_the_saved_order(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.block_list.setCurrentRow(1)
    editor.add_exercise("supported-bridge")  # after the selected exercise
    assert editor.save()
    assert saved_order("mine") == ["supine-march", "seated-leg-lift", "supported-bridge"]
    # What an internal drag does to the list's model: move row 2 to the top.
    with qtbot.waitSignal(editor.block_list.reordered):
        assert editor.block_list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [b.exercise for b in editor.draft.blocks] == [  # type: ignore[union-attr]
        "supported-bridge",
        "supine-march",
        "seated-leg-lift",
    ]
    first = editor.block_list.item(0)
    assert first is not None and first.text().startswith("1. Supported bridge")
    assert editor.save()
    assert saved_order("mine") == ["supported-bridge", "supine-march", "seated-leg-lift"]


def test_add_and_remove_blocks_update_the_total(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    total = editor.total_label.text()
    editor.block_list.setCurrentRow(0)
    index = editor.exercise_combo.findData("half-kneeling-stretch")
    editor.exercise_combo.setCurrentIndex(index)
    editor.add_button.click()
    assert [b.exercise for b in editor.draft.blocks] == [  # type: ignore[union-attr]
        "supine-march",
        "half-kneeling-stretch",
        "seated-leg-lift",
    ]
    assert editor.block_list.currentRow() == 1
    assert editor.total_label.text() != total
    editor.remove_button.click()
    editor.block_list.setCurrentRow(0)
    editor.remove_button.click()
    assert len(editor.draft.blocks) == 1  # type: ignore[union-attr]
    assert not editor.remove_button.isEnabled()  # a routine keeps at least one exercise


def test_block_overrides_store_only_what_is_overridden(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.block_list.setCurrentRow(1)
    total = editor.total_label.text()
    editor.override_spin("reps").setValue(12)
    editor.override_spin("hold_seconds_left").setValue(9)
    assert dict(editor.draft.blocks[1].overrides) == {  # type: ignore[union-attr]
        "reps": 12,
        "hold_seconds_left": 9,
    }
    assert editor.total_label.text() != total
    row = editor.override_box.rows["reps"]
    assert row.label.font().bold()
    assert row.reset.isEnabled()
    assert "default: 6" in row.hint.text()
    row.reset.click()
    assert dict(editor.draft.blocks[1].overrides) == {"hold_seconds_left": 9}  # type: ignore[union-attr]
    assert not editor.override_box.rows["reps"].label.font().bold()
    assert editor.save()
    text = library.store.path_for("mine").read_text()
    assert "hold_seconds_left = 9" in text
    assert "reps" not in text
    assert dict(load_library().store.get("mine").blocks[1].overrides) == {"hold_seconds_left": 9}
    editor.clear_block_overrides()
    assert dict(editor.draft.blocks[1].overrides) == {}  # type: ignore[union-attr]


def test_a_breath_hold_override_replaces_the_seconds(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.block_list.setCurrentRow(0)
    editor.override_spin("hold_seconds").setValue(4)
    editor.override_spin("hold_breaths").setValue(2)
    assert dict(editor.draft.blocks[0].overrides) == {"hold_breaths": 2}  # type: ignore[union-attr]


def test_name_and_description_are_saved(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    QTest.keyClicks(editor.name_edit, " plus")
    editor.description_edit.setPlainText("For Tuesdays.")
    assert editor.dirty
    assert editor.save()
    stored = load_library().store.get("mine")
    assert (stored.name, stored.description) == ("Mine plus", "For Tuesdays.")


def test_an_empty_name_is_refused(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.name_edit.clear()
    editor._name_edited("")
    assert not editor.save()
    assert dialogs.shown_messages()[-1].kind == "problems"
    assert load_library().store.get("mine").name == "Mine"


def test_rename_keeps_the_id(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    renamed = editor.rename_routine("Morning strength")
    assert renamed is not None
    assert renamed.id == "mine"
    stored = load_library().store.get("mine")
    assert stored.name == "Morning strength"
    item = editor.routine_list.currentItem()
    assert item is not None and item.text() == "Morning strength"
    assert not (paths.routines_dir() / "morning-strength.toml").exists()


def test_new_routine(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library)
    routine = editor.new_routine("Evening stretch")
    assert routine is not None
    assert editor.selected_id() == routine.id == "evening-stretch"
    assert editor.name_edit.isEnabled()
    assert len(routine.blocks) == 1


def test_delete_asks_and_keeps_a_backup(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    path = library.store.path_for("mine")
    dialogs.set_confirm_answer(False)
    assert not editor.delete_routine()
    assert path.is_file()
    dialogs.set_confirm_answer(True)
    assert editor.delete_routine()
    assert not path.exists()
    backups = list(path.parent.glob("mine.toml.deleted-*"))
    assert len(backups) == 1
    assert "mine" not in library.user
    assert editor.selected_id() != "mine"
    assert "backup" in editor.status_label.text()


def test_leaving_unsaved_changes_asks(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.block_list.setCurrentRow(0)
    editor.down_button.click()
    dialogs.set_confirm_answer(False)
    assert not editor.select_routine("release")
    assert editor.selected_id() == "mine"
    assert unsaved(editor)
    dialogs.set_confirm_answer(True)
    assert editor.select_routine("release")
    assert not unsaved(editor)
    assert saved_order("mine") == ["supine-march", "seated-leg-lift"]


def test_revert_throws_changes_away(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.block_list.setCurrentRow(0)
    editor.override_spin("sets").setValue(5)
    assert editor.revert_button.isEnabled()
    editor.revert_button.click()
    assert not editor.dirty
    assert dict(editor.draft.blocks[0].overrides) == {}  # type: ignore[union-attr]


def test_keyboard_access(qtbot: QtBot, library: Library) -> None:
    editor = copy_of_starter(qtbot, library)
    for widget in (editor.routine_list, editor.block_list, editor.name_edit):
        assert widget.accessibleName()
    editor.block_list.setCurrentRow(0)
    editor.show()
    editor.block_list.setFocus()
    QTest.keyClick(editor.block_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [b.exercise for b in editor.draft.blocks] == [  # type: ignore[union-attr]
        "seated-leg-lift",
        "supine-march",
    ]


def test_a_routines_own_value_past_the_exercises_range_warns(
    qtbot: QtBot, library: Library
) -> None:
    editor = copy_of_starter(qtbot, library)
    editor.show()
    editor.block_list.setCurrentRow(1)  # the seated leg lift
    assert editor.override_warning("hold_seconds").isHidden()
    editor.override_spin("hold_seconds").setValue(8)
    warning = editor.override_warning("hold_seconds")
    assert warning.isVisible() and warning.text() == "⚠ usual: 2–3 s"
    assert "above the usual 2–3 s" in warning.toolTip()
    assert "above the usual" in editor.override_spin("hold_seconds").accessibleDescription()
    assert dict(editor.draft.blocks[1].overrides) == {"hold_seconds": 8}  # type: ignore[union-attr]
    editor.use_default("hold_seconds")
    assert editor.override_warning("hold_seconds").isHidden()


def test_in_german_the_list_the_block_form_and_its_rows_speak_german(
    qtbot: QtBot, library: Library
) -> None:
    """The list and the block form left the dialog's module with their words' context."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from psoas_timer.ui.common import language

    app = QCoreApplication.instance()
    assert app is not None
    installed = language.install(app, "de")
    try:
        editor = copy_of_starter(qtbot, library)
        builtin = editor.routine_list.item(0)
        assert builtin is not None and builtin.text().endswith("(mitgeliefert)")
        editor.block_list.setCurrentRow(0)
        box = editor.override_box
        assert box.title().endswith("in dieser Routine")
        assert box.clear_button.text() == "Dosierung der Übung für &alle verwenden"
        assert box.rows["reps"].reset.text() == "Standard verwenden"
        assert box.rows["reps"].label.text() == "Wiederholungen pro Seite:"
        editor.block_list.setCurrentRow(-1)
        assert box.intro.text() == "Übung markieren, um ihre Werte zu sehen."
    finally:
        for translator in installed:
            app.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(QLocale.c())
