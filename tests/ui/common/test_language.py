"""The interface language: the shipped translations, the choice, and the translator."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.progress import (
    FEELING_LABELS,
    Feeling,
    Suggestion,
    SuggestionKind,
    tip_for,
)
from psoas_timer.core.reminder_settings import DAY_NAMES
from psoas_timer.core.timeline import PHASE_WORDS, RELEASE_PHASE_WORDS
from psoas_timer.core.words import tables, words_for
from psoas_timer.store.library import load_library
from psoas_timer.ui.common import language
from psoas_timer.ui.common.vocabulary import MARKED, in_sentence, phrase
from psoas_timer.ui.session.picker import props_text
from tests.ui.helpers import shown_window, shown_window_in

TRANSLATIONS = Path(__file__).resolve().parents[3] / "assets" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _messages(language_code: str) -> Iterator[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every message of one .ts file."""
    root = ET.parse(TRANSLATIONS / f"psoas_timer_{language_code}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            yield name, message.findtext("source") or "", forms, translation.get("type")


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_every_string_is_translated_and_keeps_its_placeholders(code: str) -> None:
    problems = []
    count = 0
    for context, source, forms, kind in _messages(code):
        count += 1
        if kind is not None:
            problems.append(f"{context}: {source!r} is {kind}")
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert count > 300
    assert problems == []


def test_the_preference_wins_then_the_environment_then_english() -> None:
    assert language.choose("fr", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert language.choose("", {"LANGUAGE": "pt_BR:es_MX:de", "LANG": "de_DE"}) == "es"
    assert language.choose("", {"LANG": "de_AT.UTF-8"}) == "de"
    assert language.choose("", {"LANG": "ja_JP.UTF-8"}) == "en"
    assert language.choose("", {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"


def test_one_rule_for_the_window_and_the_content_when_the_variables_disagree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # gettext reads LANGUAGE first: a French window must get French exercises, not German.
    monkeypatch.setenv("LANGUAGE", "fr")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert language.choose("") == "fr"
    library = load_library()
    assert library.language == "fr"
    assert library.builtin["release"].name != load_library("de").builtin["release"].name
    assert library.words("Hold") == "Tenez"


def test_english_loads_no_translator(restore_translators: None) -> None:
    # English is the source language: nothing to load, nothing to pay at start-up.
    app = QCoreApplication.instance()
    assert app is not None
    assert language.install(app, "en") == []
    assert QCoreApplication.translate("MainWindow", "History") == "History"


@pytest.mark.parametrize(
    ("code", "history", "hold"),
    [("de", "Verlauf", "Halten"), ("fr", "Historique", "Tenez"), ("es", "Historial", "Mantén")],
)
def test_each_language_translates_the_window_and_the_core_words(
    code: str, history: str, hold: str, restore_translators: None
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = language.install(app, code)
    assert len(installed) == 2  # Qt's own (standard buttons) and ours
    assert QCoreApplication.translate("MainWindow", "History") == history
    assert phrase("Hold") == hold
    paced = phrase("Breathe in for {inhale} s, out for {exhale} s").format(inhale=4, exhale=6)
    assert paced.count("4") == 1 and "Breathe" not in paced


def test_german_keeps_its_nouns_capitalised_inside_sentences(
    restore_translators: None,
) -> None:
    QLocale.setDefault(QLocale("de"))
    assert in_sentence("Haltezeit") == "Haltezeit"
    QLocale.setDefault(QLocale("fr"))
    assert in_sentence("Maintien") == "maintien"


def test_every_word_the_core_makes_is_marked_for_translation() -> None:
    asked: set[str] = set()

    def recording(text: str) -> str:
        asked.add(text)
        return text

    library = load_library("en", words=recording)
    for routine in library.routines.values():
        library.timeline(routine)
    for routine in library.catalogue.exercises:
        library.timeline(library.resolve(routine))
    for feeling in Feeling:
        tip_for(feeling, library.catalogue, "supine-march", recording)
    for kind in SuggestionKind:
        suggestion = Suggestion(
            "supine-march", "March", kind, "reps", 6, 8, 3, "", 1, "seated-leg-lift", "Lift"
        )
        suggestion.title_in(recording)
        suggestion.text_in(recording)
    made = {*asked, *PHASE_WORDS.values(), *RELEASE_PHASE_WORDS.values(), *FEELING_LABELS.values()}
    made |= {day.capitalize() for day in DAY_NAMES}
    assert {"Next: {name}", "Rest — set {n} of {m} next", "exhale", "Ready for {name}?"} <= made
    assert made - set(MARKED) == set()


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_the_cli_has_every_core_word_of_each_language_without_qt(code: str) -> None:
    """core/words.marshal (the CLI's copy of the .ts) lacks no word and keeps placeholders."""
    table: Mapping[str, str] = tables()[code]
    assert set(MARKED) - set(table) == set()
    for english, translated in table.items():
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(english))
    assert words_for(code)("Next: {name}") != "Next: {name}"


def test_a_german_start_shows_the_window_in_german(
    qtbot: QtBot, clock: ManualClock, restore_translators: None
) -> None:
    win = shown_window_in("de", qtbot, clock, [])
    assert [win.tabs.tabBar().tabText(i) for i in range(3)] == ["Einheit", "Bibliothek", "Verlauf"]
    assert win.buttons["toggle"].text() == "Start"
    assert win.buttons["stop"].text() == "Stopp"
    assert win.session_view.phase_label.text() == "Bereit machen"


def test_the_language_is_chosen_in_preferences_for_the_next_start(
    qtbot: QtBot, clock: ManualClock
) -> None:
    win = shown_window(qtbot, clock, [])
    logic = win.logic
    assert logic is not None
    dialog = logic.show_preferences()  # type: ignore[attr-defined]
    assert "starts again" in dialog.language_note.text()
    # The label reads "Language:" with Alt+L, not a literal "&Language:".
    from PySide6.QtWidgets import QLabel

    labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.language]
    assert len(labels) == 1 and labels[0].text().replace("&", "") == "Language:"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert load_library().settings.preferences["language"] == "es"


def test_a_language_we_do_not_ship_is_refused_in_settings() -> None:
    settings = load_library().settings
    with pytest.raises(ValueError, match="must be one of"):
        settings.set_preference("language", "xx")


def test_the_props_are_named_in_the_interface_language(restore_translators: None) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    language.install(app, "de")
    assert props_text(("stability-ball", "wall")) == "Gymnastikball, Wand"
    assert props_text(("mat",)) == "Matte"
