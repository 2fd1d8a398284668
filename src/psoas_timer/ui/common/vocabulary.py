"""The core's words (phases, breath prompts, feelings, days) in the interface language.

The core is Qt-free and speaks English; the widgets pass what it says through
:func:`phrase`, which looks the English text up under the ``Vocabulary``
context. Every text the core can make is listed once below, so that
``pyside6-lupdate`` extracts it (a test checks the list against the core's tables).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "Vocabulary"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for ``pyside6-lupdate`` under ``context``; returns it unchanged.

    PySide6's own returns ``object`` to the type checker; tables of ``str`` need this one.
    """
    return source


MARKED = (
    # core.timeline.PHASE_WORDS and RELEASE_PHASE_WORDS
    QT_TRANSLATE_NOOP("Vocabulary", "Get ready"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lift"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lower"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rest"),
    QT_TRANSLATE_NOOP("Vocabulary", "Switch sides"),
    # core.cues: what the voice adds
    QT_TRANSLATE_NOOP("Vocabulary", "Last rep"),
    QT_TRANSLATE_NOOP("Vocabulary", "Next exercise"),
    QT_TRANSLATE_NOOP("Vocabulary", "Finished"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ease in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Stretch"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ease out"),
    # core.timeline.breath_prompt
    QT_TRANSLATE_NOOP("Vocabulary", "Inhale as you lift"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhale as you lift"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inhale as you lower"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhale as you lower"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inhale as you hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhale as you hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inhale as you ease in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhale as you ease in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inhale as you ease out"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhale as you ease out"),
    QT_TRANSLATE_NOOP("Vocabulary", "Inhale as you move"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhale as you move"),
    QT_TRANSLATE_NOOP("Vocabulary", "Settle in and breathe easily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breathe slowly and steadily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rest and breathe easily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breathe easily as you switch sides"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breathe easily as you set up"),
    QT_TRANSLATE_NOOP("Vocabulary", "Well done"),
    # core.progress.FEELING_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "Deep in the hip crease"),
    QT_TRANSLATE_NOOP("Vocabulary", "Front of the thigh"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lower back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nothing special"),
    # core.model key frames, as the library captions them
    QT_TRANSLATE_NOOP("Vocabulary", "Start"),
    QT_TRANSLATE_NOOP("Vocabulary", "Peak"),
    QT_TRANSLATE_NOOP("Vocabulary", "Setup"),
    # core.reminder_settings.DAY_NAMES, as the check boxes show them
    QT_TRANSLATE_NOOP("Vocabulary", "Mon"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tue"),
    QT_TRANSLATE_NOOP("Vocabulary", "Wed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Thu"),
    QT_TRANSLATE_NOOP("Vocabulary", "Fri"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sat"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sun"),
)

_PACED = re.compile(r"Breathe in for (?P<inhale>[\d.]+) s, out for (?P<exhale>[\d.]+) s")


def phrase(english: str) -> str:
    """``english``, as the core made it, in the interface language (unchanged when unknown)."""
    paced = _PACED.fullmatch(english)
    if paced is not None:
        return QCoreApplication.translate(
            CONTEXT, "Breathe in for {inhale} s, out for {exhale} s"
        ).format(**paced.groupdict())
    return QCoreApplication.translate(CONTEXT, english)


def in_sentence(label: str) -> str:
    """A label ("Hold") as a word inside a sentence ("hold"); German keeps its nouns' capitals."""
    if QLocale().language() is QLocale.Language.German:
        return label
    return label[:1].lower() + label[1:]
