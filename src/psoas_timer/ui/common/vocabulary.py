"""The core's words (phases, breath prompts, feelings, days) in the interface language.

The core is Qt-free and speaks English; it takes a ``Words`` function where it
composes text, and the window gives it :func:`phrase`, which looks the English
text up under the ``Vocabulary`` context. Every such text is listed once, in
``core.words.MARKED``, so that ``pyside6-lupdate`` extracts it (a test checks
the list against the core's tables).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...core.words import CONTEXT, MARKED, QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "MARKED", "QT_TRANSLATE_NOOP", "in_sentence", "phrase"]


def phrase(english: str) -> str:
    """``english``, a text of ``core.words.MARKED``, in the interface language (unchanged
    when unknown); the core fills a template's placeholders after this."""
    return QCoreApplication.translate(CONTEXT, english)


def in_sentence(label: str) -> str:
    """A label ("Hold") as a word inside a sentence ("hold"); German keeps its nouns' capitals."""
    if QLocale().language() is QLocale.Language.German:
        return label
    return label[:1].lower() + label[1:]
