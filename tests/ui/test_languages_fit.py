"""German, French and Spanish at 1280×800 and on a 1024×600 screen: no label,
button, check box or radio button narrower than its text, on any page or dialog
(the pseudo-locale's walk, with the real translations)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowIn
from tests.ui.test_pseudo_locale import clipped_buttons, clipped_labels, walk_every_page


def _clipped(top: QWidget) -> list[str]:
    QApplication.processEvents()
    return clipped_labels(top) + clipped_buttons(top)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_nothing_is_clipped_in_a_longer_language(
    window_in: WindowIn, qtbot: QtBot, language: str, size: tuple[int, int]
) -> None:
    win = window_in(language, size)
    report = ["session, idle: " + p for p in _clipped(win)]
    report += walk_every_page(win, qtbot, _clipped)
    assert report == [], "\n".join(report)
