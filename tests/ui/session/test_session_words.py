"""Every text a whole session shows is in the chosen language (issue #24, the parts the
core composed: titles, breath words, the cue prefix, next-up, the finish screen)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.content_language import english_text, text_for
from psoas_timer.core.model import Phase
from psoas_timer.core.routine import builtin_routines
from psoas_timer.ui.main_window import MainWindow
from tests.ui.helpers import shown_window, shown_window_in
from tests.ui.test_pseudo_locale import (  # noqa: F401  (pseudo is a fixture)
    pseudo,
    untranslated_rest,
    visible_texts,
)

TRANSLATIONS = Path(__file__).resolve().parents[3] / "assets" / "translations"
ROUTINE = "full-session"  # every phase: set-up, sides in turn, release, the next exercise


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _pairs(language: str) -> Iterator[tuple[str, str]]:
    """(English, translation) of every interface string and every content text."""
    root = ET.parse(TRANSLATIONS / f"psoas_timer_{language}.ts").getroot()
    for message in root.iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        translation = message.findtext("translation") or ""
        for form in forms or [translation]:
            yield message.findtext("source") or "", form
    english = english_text(load_catalogue(), builtin_routines())
    yield from zip(_strings(english), _strings(dict(text_for(language))), strict=True)


def _word(fragment: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-zÀ-ÿ]){re.escape(fragment)}(?![A-Za-zÀ-ÿ])")


def english_fragments(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """The pieces of English between placeholders that a ``language`` screen must not show
    (pieces the language also uses, such as "Start" or "Psoas", are left out)."""
    pairs = [(e, t) for e, t in _pairs(language) if e != t]
    translated = " | ".join(t for _, t in _pairs(language))
    found: dict[str, re.Pattern[str]] = {}
    for english, _ in pairs:
        for piece in re.split(r"\{[^{}]*\}|%n|&\w", english):
            piece = piece.strip(" :—–,.;?!()·\n")
            if len(re.findall(r"[A-Za-z]", piece)) < 3 or piece in found:
                continue
            pattern = _word(piece)
            if not pattern.search(translated):
                found[piece] = pattern
    return sorted(found.items())


def walk(win: MainWindow) -> set[str]:
    """Every text the session page and the side panel show, step by step to the end."""
    controller = win.controller
    shown: set[str] = set()
    controller.start()
    for _ in range(2000):
        step = controller.step
        assert step is not None
        QApplication.processEvents()
        for top in (win.session_view, win.side_panel):
            shown.update(text for _, text in visible_texts(top) if text)
        if step.phase is Phase.FINISHED:
            return shown
        controller.skip()
    raise AssertionError("the routine never finished")


def english_in(texts: Iterable[str], language: str) -> list[str]:
    fragments = english_fragments(language)
    return sorted(
        f"{text!r} shows {piece!r}"
        for text in texts
        for piece, pattern in fragments
        if pattern.search(text)
    )


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_a_whole_session_shows_no_english(
    code: str, qtbot: QtBot, clock: ManualClock, restore_translators: None
) -> None:
    win = shown_window_in(code, qtbot, clock, ["--routine", ROUTINE])
    shown = walk(win)
    # The walk saw the composed texts, in the language.
    assert len(shown) > 50
    assert english_in(shown, code) == []


def test_the_german_session_composes_its_titles_in_german(
    qtbot: QtBot, clock: ManualClock, restore_translators: None
) -> None:
    win = shown_window_in("de", qtbot, clock, ["--routine", ROUTINE])
    shown = walk(win)
    assert "Locker atmen" in shown  # "Rest — breathe easily", after the phase word
    assert any(t.startswith("Als Nächstes: ") for t in shown)
    assert any(re.fullmatch(r"Bei \d+:\d\d: .+", t) for t in shown)  # "At 0:20: …"
    assert any(t.endswith("pro Seite") for t in shown)  # the finish screen's summary
    assert "Routine abgeschlossen" in shown
    assert "Satz 1 von 2 geschafft" in shown  # where you are, in a rest between sets


def test_a_whole_session_in_the_pseudo_locale_shows_no_english_source(
    pseudo: QTranslator, qtbot: QtBot, clock: ManualClock  # noqa: F811
) -> None:
    win = shown_window(qtbot, clock, ["--routine", ROUTINE])
    left = [f"{t!r}: {untranslated_rest(t).strip()!r}" for t in walk(win) if untranslated_rest(t)]
    assert sorted(left) == []
