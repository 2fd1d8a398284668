"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.store.library import Library, load_library
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.main_window import MainWindow
from tests.ui.helpers import shown_window, shown_window_in


@pytest.fixture(autouse=True)
def _fresh_dialogs() -> Iterator[None]:
    """Every test starts with no recorded messages and confirmations answered yes."""
    dialogs.clear_shown()
    dialogs.set_confirm_answer(True)
    yield
    dialogs.clear_shown()
    dialogs.set_confirm_answer(True)


@pytest.fixture
def library() -> Library:
    return load_library()


@pytest.fixture
def restore_translators(qapp: QCoreApplication) -> Iterator[None]:
    """Afterwards: no translator of ours (their parent is the app) and the C locale."""
    yield
    app = QCoreApplication.instance()
    assert app is not None
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def window(qtbot: QtBot, clock: ManualClock) -> Iterator[MainWindow]:
    """The real window on the strength starter, shown and active (a module may bring its own)."""
    win = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    yield win
    dialogs.set_confirm_answer(True)
    dialogs.clear_shown()


#: ``window_in(language, size)``: see :func:`window_in`.
WindowIn = Callable[[str, tuple[int, int]], MainWindow]


@pytest.fixture
def window_in(qtbot: QtBot, clock: ManualClock, restore_translators: None) -> WindowIn:
    """Builds the real window on the full session in a language ("pseudo": the
    pseudo-locale) at a size, with the picker's times filled in."""

    def build(language: str, size: tuple[int, int]) -> MainWindow:
        argv = ["--routine", "full-session"]
        if language == "pseudo":
            from tests.ui.test_pseudo_locale import PseudoTranslator

            app = QCoreApplication.instance()
            assert app is not None
            app.installTranslator(PseudoTranslator(app))  # removed by restore_translators
            win = shown_window(qtbot, clock, argv)
        else:
            win = shown_window_in(language, qtbot, clock, argv)
        win.resize(*size)
        qtbot.waitUntil(lambda: win.size().toTuple() == size)
        win.picker.fill_times()
        QApplication.processEvents()
        return win

    return build
