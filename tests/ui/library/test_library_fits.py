"""The library page in a longer language, at 1280×800 and on a 1024×600 screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from psoas_timer.ui.library.library_page import LibraryPage
from tests.ui.conftest import WindowIn


def _library(window_in: WindowIn, language: str, size: tuple[int, int]) -> LibraryPage:
    win = window_in(language, size)
    win.show_library()
    QApplication.processEvents()
    page = win.library_page()
    assert page is not None
    return page


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
@pytest.mark.parametrize("language", ["es", "de"])
def test_every_exercise_name_shows_whole_in_the_list(
    window_in: WindowIn, language: str, size: tuple[int, int]
) -> None:
    """ "Estiramiento del psoas con una rodilla en el suelo" ran past the list's
    edge, behind a horizontal scroll bar."""
    page = _library(window_in, language, size)
    widest = page.list.sizeHintForColumn(0)
    assert page.list.viewport().width() >= widest
    assert not page.list.horizontalScrollBar().isVisible()


def test_the_picture_and_the_key_poses_do_not_overlap_at_1024x600(window_in: WindowIn) -> None:
    """The page needed 550 px and had 533: the key poses were drawn over the
    bottom of the big picture."""
    page = _library(window_in, "de", (1024, 600))
    assert page.minimumSizeHint().height() <= page.height()
    assert page.pose_view.geometry().bottom() < page.key_poses.geometry().top()
    assert page.key_poses.geometry().bottom() < page.details.geometry().top()
