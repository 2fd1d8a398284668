"""The voice speaks the interface's language, or gives way to the beeps and says why."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from psoas_timer.ui.common import language
from psoas_timer.ui.session import audio


class _State(enum.Enum):
    Ready = 0
    Speaking = 1
    Error = 3


class _FakeTts:
    """The part of ``QTextToSpeech`` that ``QtSpeech`` uses, with a set of voices."""

    State = _State
    locales: ClassVar[list[QLocale]] = []
    said: ClassVar[list[str]] = []

    def __init__(self, engine: str, parent: QObject) -> None:
        self._locale = QLocale("en_US")
        self.stateChanged = SimpleNamespace(connect=lambda slot: None)

    def state(self) -> _State:
        return _State.Ready

    def locale(self) -> QLocale:
        return self._locale

    def availableLocales(self) -> list[QLocale]:
        return list(self.locales)

    def setLocale(self, locale: QLocale) -> None:
        self._locale = locale

    def say(self, text: str) -> None:
        self.said.append(text)


def _module(*locales: str) -> Any:
    _FakeTts.locales = [QLocale(name) for name in locales]
    _FakeTts.said = []
    return SimpleNamespace(QTextToSpeech=_FakeTts)


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    language.install(qapp, "de")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.c())


def test_the_voice_takes_the_interface_language_and_says_its_words(german: None) -> None:
    parent = QObject()
    speech = audio.QtSpeech(_module("en_US", "de_DE"), "fake", parent)
    speech.say("Switch sides")
    speech.say("Hold")
    assert _FakeTts.said == ["Seite wechseln", "Halten"]


def test_without_a_voice_for_the_language_the_engine_is_refused(german: None) -> None:
    with pytest.raises(audio.Unavailable, match="has no German voice"):
        audio.QtSpeech(_module("en_US", "fr_FR"), "fake", QObject())


def test_english_keeps_the_engine_voice(qapp: QCoreApplication) -> None:
    speech = audio.QtSpeech(_module("en_US"), "fake", QObject())
    speech.say("Hold")
    assert _FakeTts.said == ["Hold"]
