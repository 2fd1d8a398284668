"""The pseudo-locale: every interface string wrapped in [ ] and 40 % longer.

A translator that rewrites every string it is asked for is installed before the
window is built; then every page and dialog is walked. Any visible text with
letters outside the brackets is a literal that never reached Qt's translation
(exercise content, translated by the catalogue's own overlays, is exempt), and
any one-line label narrower than its text is clipped: a longer language would
lose words there.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTabBar,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from psoas_timer.app import AppLogic
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import ENGLISH_SIDE_WORDS, Phase, Side
from psoas_timer.core.timeline import name_sides
from psoas_timer.ui.main_window import MainWindow
from psoas_timer.ui.session.button_rows import button_padding
from tests.ui.helpers import shown_window

ASSETS = Path(__file__).resolve().parents[2] / "assets"
#: Texts that are the same in every language: names, keys, numbers and units.
UNTRANSLATED = re.compile(
    r"psoas-timer|Psoas Timer|\b(?:Ctrl|Shift|Alt|Esc|Space|Tab|PgUp|PgDown|F11|Up|Down)\b"
    r"|\d+(?:[.,:]\d+)*|&\w|\b[a-zA-Z]\b"
)


class PseudoTranslator(QTranslator):
    """Wraps every source string in [ ] and pads it by 40 % of its length."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return ""
        return f"[{source}{'~' * round(len(source) * 0.4)}]"


def _content_strings() -> list[str]:
    """Every text of the catalogue and built-in routines (the other overlays' concern)."""
    found: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in [*ASSETS.glob("*.toml"), *ASSETS.glob("routines/*.toml")]:
        collect(tomllib.loads(path.read_text("utf-8")))
    # As a session shows them too: with the sides named ("Hold the left knee up").
    named = {
        name_sides(text, side, ENGLISH_SIDE_WORDS)
        for text in found
        for side in (None, Side.LEFT, Side.RIGHT, Side.BOTH)
    }
    # Longest first, so a sentence goes before a word inside it.
    return sorted({s for s in named if len(s) > 1}, key=len, reverse=True)


CONTENT = _content_strings()


def untranslated_rest(text: str) -> str:
    """What is left of ``text`` once translated parts, content, markup and numbers go."""
    text = re.sub(r"<[^>]*>", " ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\[[^\[\]]*\]", " ", text)
    for content in CONTENT:
        if content in text:
            text = text.replace(content, " ")
    text = UNTRANSLATED.sub(" ", text)
    return text if re.search(r"[A-Za-z]{2,}", text) else ""


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of each visible label, button, group box and tab of ``top``."""
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
        elif isinstance(widget, QTreeWidget):
            for item in widget.findItems(
                "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
            ):
                yield f"{where} item", item.text(0)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.item(i).text()
        elif isinstance(widget, QTextBrowser):
            for line in widget.toPlainText().splitlines():
                yield f"{where} line", line
        for action in widget.actions():
            if action.isVisible() and action.text():
                yield f"{where} action", action.text()


def clipped_labels(top: QWidget) -> list[str]:
    found = []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            continue
        if label.sizeHint().width() > label.width() + 1:
            found.append(
                f"{label.objectName() or label.text()!r}: needs {label.sizeHint().width()} px,"
                f" has {label.width()}"
            )
    return found


def clipped_buttons(top: QWidget) -> list[str]:
    """Buttons, check boxes and radio buttons narrower than their text needs."""
    found = []
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        need = button.minimumSizeHint().width()
        if isinstance(button, QPushButton):
            # Its text and the style's padding, without the style's least width.
            text = button.text().replace("&", "")
            need = button.fontMetrics().horizontalAdvance(text) + button_padding(button.font())
        if button.width() + 1 < need:
            found.append(f"{button.text()!r}: needs {need} px, has {button.width()}")
    return found


def problems(top: QWidget) -> list[str]:
    QApplication.processEvents()
    found = [
        f"{where}: {text!r} (untranslated: {rest.strip()!r})"
        for where, text in visible_texts(top)
        if (rest := untranslated_rest(text))
    ]
    return (
        found
        + [f"clipped {c}" for c in clipped_labels(top)]
        + [f"clipped button {c}" for c in clipped_buttons(top)]
    )


@pytest.fixture
def pseudo() -> Iterator[QTranslator]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def test_the_pseudo_translator_wraps_and_lengthens() -> None:
    assert PseudoTranslator().translate("C", "Hold") == "[Hold~~]"
    assert untranslated_rest("[Hold~~] 0:30") == ""
    assert untranslated_rest("Hold 0:30") != ""


def walk_every_page(
    win: MainWindow, qtbot: QtBot, check: Callable[[QWidget], list[str]]
) -> list[str]:
    """``check`` of the first-run sheet, a hold, the library, the history and each
    dialog, as "where: problem" lines."""
    logic = win.logic
    assert isinstance(logic, AppLogic)
    found: dict[str, list[str]] = {}

    logic.greet()
    sheet = win.first_run_sheet
    assert sheet is not None and sheet.isVisible()
    found["first-run sheet"] = check(win)
    logic.first_run_seen()
    sheet.hide()

    qtbot.keyClick(win, Qt.Key.Key_Space)
    while win.controller.step is not None and win.controller.step.phase is not Phase.HOLD:
        qtbot.keyClick(win, Qt.Key.Key_N)
    found["session in a hold"] = check(win)
    qtbot.keyClick(win, Qt.Key.Key_Space)
    found["session paused"] = check(win)

    for index, page in ((1, "library"), (2, "history")):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        found[page] = check(win)
    win.tabs.setCurrentIndex(0)

    for name, open_dialog in (
        ("preferences", logic.show_preferences),
        ("dosage editor", logic.edit_dosage),
        ("routine editor", logic.edit_routines),
    ):
        dialog = open_dialog()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        found[name] = check(dialog)
        dialog.close()
    return [f"{page}: {p}" for page, listed in found.items() for p in listed]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_every_page_and_dialog_is_translated_and_nothing_is_clipped(
    pseudo: QTranslator, qtbot: QtBot, clock: ManualClock, size: tuple[int, int]
) -> None:
    win = shown_window(qtbot, clock, ["--routine", "walk-through"])
    win.resize(*size)
    qtbot.waitUntil(lambda: win.size().toTuple() == size)
    report = walk_every_page(win, qtbot, problems)
    assert report == [], "\n".join(report)
