"""The first-run sheet: the safety note and the floor keys, once, where the app opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.app import AppLogic
from psoas_timer.arguments import parse_args
from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.session import State
from psoas_timer.store.library import load_library
from psoas_timer.ui.main_window import SESSION_TAB, MainWindow
from tests.ui.helpers import shown_window


def started(qtbot: QtBot, clock: ManualClock) -> MainWindow:
    """A window as ``psoas-timer`` opens it: built, shown, then greeted."""
    win = shown_window(qtbot, clock, [])
    assert isinstance(win.logic, AppLogic)
    win.logic.greet()
    return win


def sheet_showing(win: MainWindow) -> bool:
    sheet = win.first_run_sheet
    return sheet is not None and sheet.isVisible()


def test_the_first_start_shows_the_sheet_on_the_session_page(
    qtbot: QtBot, clock: ManualClock
) -> None:
    win = started(qtbot, clock)
    assert sheet_showing(win)
    assert win.tabs.currentIndex() == SESSION_TAB
    sheet = win.first_run_sheet
    assert sheet is not None
    text = sheet.safety_label.text()
    assert load_catalogue().safety_note in text
    assert "pregnant" in text and "surgery" in text
    keys = sheet.keys_label.text()
    for key in ("Space", "→", "←", "F", "?"):
        assert f"<b>{key}" in keys, key
    assert "focus mode" in keys
    # Large enough to read from the mat: well above the window's own text.
    window_size = QFont(win.font()).pointSizeF()
    assert sheet.safety_label.font().pointSizeF() >= 1.5 * window_size
    # It lies over the middle of the page, fully visible, and the page keeps its layout.
    page = win.tabs.widget(SESSION_TAB)
    assert sheet.page_area().contains(sheet.geometry())
    assert sheet.geometry().width() >= page.width() // 2
    assert win.splitter.count() == 3
    # Another tab hides it; back on the Session page, it is there until dismissed.
    win.tabs.setCurrentIndex(1)
    assert not sheet.isVisible() and sheet.open
    win.tabs.setCurrentIndex(SESSION_TAB)
    assert sheet.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Space])
def test_a_key_closes_the_sheet_and_does_not_start_or_stop(
    qtbot: QtBot, clock: ManualClock, key: Qt.Key
) -> None:
    win = started(qtbot, clock)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key)
    assert not sheet_showing(win)
    assert win.controller.state is State.IDLE
    # With the sheet gone, Space is the window's start again.
    QTest.keyClick(win, Qt.Key.Key_Space)
    assert win.controller.state is State.RUNNING


def test_a_dismissed_sheet_is_remembered_and_not_shown_at_the_next_start(
    qtbot: QtBot, clock: ManualClock
) -> None:
    first = started(qtbot, clock)
    sheet = first.first_run_sheet
    assert sheet is not None
    qtbot.mouseClick(sheet.ok_button, Qt.MouseButton.LeftButton)
    assert not sheet_showing(first)
    assert load_library().settings.preferences["first_run_seen"] is True
    second = started(qtbot, clock)
    assert second.first_run_sheet is None  # not even built


def test_an_undismissed_sheet_shows_again_at_the_next_start(
    qtbot: QtBot, clock: ManualClock
) -> None:
    started(qtbot, clock)
    again = started(qtbot, clock)
    assert sheet_showing(again)


def test_help_shows_the_sheet_again(qtbot: QtBot, clock: ManualClock) -> None:
    first = started(qtbot, clock)
    assert first.first_run_sheet is not None
    first.first_run_sheet.dismiss()
    win = started(qtbot, clock)
    assert win.first_run_sheet is None
    win.tabs.setCurrentIndex(1)  # the Library
    help_menu = next(
        m.menu() for m in win.menuBar().actions() if m.text().replace("&", "") == "Help"
    )
    action = next(a for a in help_menu.actions() if a.text() == "Safety and first steps")
    action.trigger()
    assert sheet_showing(win)
    assert win.tabs.currentIndex() == SESSION_TAB


def test_run_greets_the_user_before_the_event_loop(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psoas_timer import app

    greeted: list[bool] = []
    monkeypatch.setattr(AppLogic, "greet", lambda self: greeted.append(True) or True)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.run(parse_args([])) == 0
    assert greeted == [True]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)
