"""The words the Qt-free code makes, and how they reach another language.

The core and the CLI compose text around the catalogue's content: phase words,
breath prompts, session titles ("Next: {name}"), self-check tips, progression
suggestions, props, the CLI's headings. Each English text is listed once in
:data:`MARKED`, under the ``Vocabulary`` context, so ``pyside6-lupdate`` extracts
it into ``assets/translations/psoas_timer_<lang>.ts`` with the interface strings:
the ``.ts`` is the one place each is translated.

The code that composes takes a :data:`Words` function (English text to the
chosen language's) as a parameter, English by default. The window passes Qt's
translation (``ui.common.vocabulary.phrase``, so the pseudo-locale reaches these
words too); the CLI, which must not start Qt, passes :func:`words_for`, which
reads the same translations from ``core/words.marshal``, written from the
``.ts`` files by ``scripts/gen_translations.py`` and read only for a language
other than English.
"""

from __future__ import annotations

import functools
import logging
import marshal
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

log = logging.getLogger(__name__)

# English text (a template with ``{placeholders}``) -> the same in the chosen language.
Words = Callable[[str], str]

CONTEXT = "Vocabulary"
WORDS_FILE = "words.marshal"
_HERE = Path(__file__).resolve().parent


def english(text: str) -> str:
    """The :data:`Words` of English: every text as written."""
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for ``pyside6-lupdate`` under ``context``; returns it unchanged.

    PySide6's own returns ``object`` to the type checker (and needs Qt); tables of
    ``str`` need this one.
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
    QT_TRANSLATE_NOOP("Vocabulary", "Breathe in for {inhale} s, out for {exhale} s"),
    # core.timeline: the titles it composes, and the breath word after a title
    QT_TRANSLATE_NOOP("Vocabulary", "Next: {name}"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rest — breathe easily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rest — set {n} of {m} next"),
    QT_TRANSLATE_NOOP("Vocabulary", "Routine complete"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breathe easily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Set {n} of {m} next"),
    QT_TRANSLATE_NOOP("Vocabulary", "inhale"),
    QT_TRANSLATE_NOOP("Vocabulary", "exhale"),
    QT_TRANSLATE_NOOP("Vocabulary", "breathe {inhale} in, {exhale} out"),
    QT_TRANSLATE_NOOP("Vocabulary", "breathe steadily"),
    # core.progress.FEELING_LABELS
    QT_TRANSLATE_NOOP("Vocabulary", "Deep in the hip crease"),
    QT_TRANSLATE_NOOP("Vocabulary", "Front of the thigh"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lower back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nothing special"),
    # core.progress.TIP_TITLES and GOOD_SIGNS
    QT_TRANSLATE_NOOP("Vocabulary", "That's the right spot"),
    QT_TRANSLATE_NOOP("Vocabulary", "Let the hip do the work"),
    QT_TRANSLATE_NOOP("Vocabulary", "Protect your lower back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Good, keep going"),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "Feeling it deep in the hip crease means the psoas is doing the work. "
        "Keep moving slowly and breathing steadily.",
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "The deep hip flexors are quiet workers, so it can take a few sessions to "
        "notice them. Move slowly and think of the effort starting at the hip crease.",
    ),
    # core.progress.Suggestion
    QT_TRANSLATE_NOOP("Vocabulary", "Ready for {name}?"),
    QT_TRANSLATE_NOOP("Vocabulary", "{name}: hold {seconds} s?"),
    QT_TRANSLATE_NOOP("Vocabulary", "{name}: {n} sets?"),
    QT_TRANSLATE_NOOP("Vocabulary", "{name}: {n} reps?"),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "You did {name} completely {n} sessions in a row and felt it deep in the hip crease.",
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "Try holding {value} s instead of {current} s."),
    QT_TRANSLATE_NOOP("Vocabulary", "Try {value} reps instead of {current}."),
    QT_TRANSLATE_NOOP("Vocabulary", "Try {value} sets instead of {current}."),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "You are at the top of its range; {next} is the next step when you feel ready. "
        "Add it to your routine.",
    ),
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
    # The catalogue's props ("stability-ball" shown as "stability ball")
    QT_TRANSLATE_NOOP("Vocabulary", "mat"),
    QT_TRANSLATE_NOOP("Vocabulary", "table"),
    QT_TRANSLATE_NOOP("Vocabulary", "stability ball"),
    QT_TRANSLATE_NOOP("Vocabulary", "wall"),
    # The CLI's `list` and `plan`: headings, columns, and the values of phases,
    # categories, sides and breaths as its tables show them (ids in --json)
    QT_TRANSLATE_NOOP("Vocabulary", "Exercises"),
    QT_TRANSLATE_NOOP("Vocabulary", "Routines"),
    QT_TRANSLATE_NOOP("Vocabulary", "level {level}"),
    QT_TRANSLATE_NOOP("Vocabulary", "built-in"),
    QT_TRANSLATE_NOOP("Vocabulary", "yours"),
    QT_TRANSLATE_NOOP("Vocabulary", "start"),
    QT_TRANSLATE_NOOP("Vocabulary", "secs"),
    QT_TRANSLATE_NOOP("Vocabulary", "phase"),
    QT_TRANSLATE_NOOP("Vocabulary", "exercise"),
    QT_TRANSLATE_NOOP("Vocabulary", "side"),
    QT_TRANSLATE_NOOP("Vocabulary", "set"),
    QT_TRANSLATE_NOOP("Vocabulary", "rep"),
    QT_TRANSLATE_NOOP("Vocabulary", "breath"),
    QT_TRANSLATE_NOOP("Vocabulary", "title"),
    QT_TRANSLATE_NOOP("Vocabulary", "Total: {clock} ({seconds} s)"),
    QT_TRANSLATE_NOOP("Vocabulary", "prepare"),
    QT_TRANSLATE_NOOP("Vocabulary", "lift"),
    QT_TRANSLATE_NOOP("Vocabulary", "hold"),
    QT_TRANSLATE_NOOP("Vocabulary", "lower"),
    QT_TRANSLATE_NOOP("Vocabulary", "rest"),
    QT_TRANSLATE_NOOP("Vocabulary", "switch sides"),
    QT_TRANSLATE_NOOP("Vocabulary", "transition"),
    QT_TRANSLATE_NOOP("Vocabulary", "finished"),
    QT_TRANSLATE_NOOP("Vocabulary", "strengthen"),
    QT_TRANSLATE_NOOP("Vocabulary", "release"),
    QT_TRANSLATE_NOOP("Vocabulary", "left"),
    QT_TRANSLATE_NOOP("Vocabulary", "right"),
    QT_TRANSLATE_NOOP("Vocabulary", "both"),
    QT_TRANSLATE_NOOP("Vocabulary", "steady"),
    QT_TRANSLATE_NOOP("Vocabulary", "paced"),
)


def value_word(value: str) -> str:
    """An enum's value as the CLI's tables show it ("switch_sides" -> "switch sides"),
    which is also the English text its translation is listed under."""
    return value.replace("_", " ").replace("-", " ")


def _words_file() -> Traversable:
    if _HERE.is_dir():
        return _HERE / WORDS_FILE
    from importlib import resources  # a zipped install  # pragma: no cover

    return resources.files("psoas_timer.core") / WORDS_FILE  # pragma: no cover


@functools.cache
def tables() -> Mapping[str, Mapping[str, str]]:
    """{language: {English text: its translation}}, as the ``.ts`` files have them."""
    try:
        loaded = marshal.loads(_words_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.warning("%s: cannot read (%s); the words stay English", WORDS_FILE, exc)
        return {}
    return loaded if isinstance(loaded, dict) else {}


def words_for(language: str) -> Words:
    """The :data:`Words` of ``language`` (a shipped code), without Qt; English when
    it has no table. English reads nothing."""
    if language == "en":
        return english
    table = tables().get(language)
    if not table:
        return english
    return lambda text: table.get(text, text)
