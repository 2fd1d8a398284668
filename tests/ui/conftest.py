"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from psoas_timer.store.library import Library, load_library
from psoas_timer.ui.common import dialogs


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
