"""The routine editor in a longer language on a small screen: nothing off screen, nothing cut."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from psoas_timer.app import AppLogic
from psoas_timer.core.clock import ManualClock
from psoas_timer.ui.editors.routine_editor import RoutineEditor
from tests.ui.helpers import shown_window_in


def test_the_routine_editor_fits_the_screen_and_cuts_no_label(
    qtbot: QtBot, clock: ManualClock, restore_translators: None
) -> None:
    """It used to open at 1180×760 whatever the screen: on a 1024×600 laptop its
    Save and Close buttons lay below the screen's edge. Narrower, its grid of
    Spanish labels ("Repeticiones por lado:") and "Usar predeterminado" buttons
    kept the columns of the texts before them and were cut."""
    win = shown_window_in("es", qtbot, clock, ["--routine", "full-session"])
    logic = win.logic
    assert isinstance(logic, AppLogic)
    editor = logic.edit_routines()
    assert isinstance(editor, RoutineEditor)
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    screen = editor.screen()
    assert screen is not None
    room = screen.availableGeometry().size()
    assert editor.height() <= max(room.height(), editor.minimumSizeHint().height())
    assert editor.width() <= max(room.width(), editor.minimumSizeHint().width())
    # As on a 1024×600 screen, where the dialog is wider than its least width.
    editor.resize(1024, 600)
    QApplication.processEvents()
    editor.block_list.setCurrentRow(1)
    QApplication.processEvents()
    cut = [
        f"{widget.text()!r}: {widget.width()} px of {widget.minimumSizeHint().width()}"
        for widget in [*editor.findChildren(QLabel), *editor.findChildren(QAbstractButton)]
        if widget.isVisible()
        and widget.text()
        and not (isinstance(widget, QLabel) and widget.wordWrap())
        and widget.width() < widget.minimumSizeHint().width()
    ]
    assert cut == []
    editor.close()


def test_the_block_grid_is_laid_out_for_its_translated_labels(
    qtbot: QtBot, clock: ManualClock, restore_translators: None
) -> None:
    """Opened at 1024×600 (a small screen's size), the grid in its scroll area kept
    the columns of the labels before translation: "Repeticiones por lado:" and
    "Usar predeterminado" were cut at the old columns' edges."""
    win = shown_window_in("es", qtbot, clock, ["--routine", "full-session"])
    editor = RoutineEditor(win.library, "full-session", win)
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    grid = editor.override_box.grid
    cut = [
        f"{widget.text()!r}: {widget.width()} px of {widget.minimumSizeHint().width()}"
        for widget in [*grid.findChildren(QLabel), *grid.findChildren(QAbstractButton)]
        if widget.isVisible()
        and widget.text()
        and widget.width() < widget.minimumSizeHint().width()
    ]
    assert cut == []
