"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
