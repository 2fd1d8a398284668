"""The keyboard: one table of every shortcut, turned into window-wide actions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...core.record import Record
from .vocabulary import QT_TRANSLATE_NOOP


class Shortcut(Record):
    """One keyboard shortcut, with the texts that show it."""

    name: str
    keys: tuple[str, ...]  # QKeySequence portable text
    text: str  # the menu / button text
    description: str  # what it does, for tooltips and the ? dialog

    def label(self) -> str:
        """The menu / button text in the interface language."""
        return QCoreApplication.translate("Shortcuts", self.text)

    def what(self) -> str:
        """The description in the interface language."""
        return QCoreApplication.translate("Shortcuts", self.description)

    def key_text(self) -> str:
        """Keys as shown to people: "→ or N"."""
        shown = [DISPLAY.get(key, key) for key in self.keys]
        return QCoreApplication.translate("Shortcuts", " or ").join(shown)

    def tooltip(self) -> str:
        if not self.keys:
            return self.what()
        return f"{self.what()} ({self.key_text()})"


DISPLAY: Mapping[str, str] = {
    "Space": "Space",
    "Right": "→",
    "Left": "←",
    "Esc": "Esc",
    "Ctrl+Q": "Ctrl+Q",
}

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "toggle",
        ("Space",),
        QT_TRANSLATE_NOOP("Shortcuts", "Start"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start, pause or resume"),
    ),
    Shortcut(
        "back",
        ("Left", "B"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back: restart this step, or go to the one before"),
    ),
    Shortcut(
        "skip",
        ("Right", "N"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip to the next step"),
    ),
    Shortcut(
        "skip_exercise",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip exercise"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip the rest of this exercise"),
    ),
    Shortcut(
        "extend",
        ("+",),
        QT_TRANSLATE_NOOP("Shortcuts", "+10 s"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add 10 seconds to this hold or rest"),
    ),
    Shortcut(
        "stop",
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop the session (asks first); leaves focus mode"),
    ),
    Shortcut(
        "focus",
        ("F", "F11"),
        QT_TRANSLATE_NOOP("Shortcuts", "Focus mode"),
        QT_TRANSLATE_NOOP("Shortcuts", "Focus mode: full screen, only what you need"),
    ),
    Shortcut(
        "mute",
        ("M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Mute sound"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mute or unmute the sound and voice cues"),
    ),
    Shortcut(
        "preferences",
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Shortcuts", "Preferences…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Preferences: volume, beeps or voice, ticks"),
    ),
    Shortcut(
        "next_page",
        ("Ctrl+Tab", "Ctrl+PgDown"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next page"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next page: Library, History"),
    ),
    Shortcut(
        "previous_page",
        ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous page"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous page"),
    ),
    Shortcut(
        "quit",
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Shortcuts", "Quit"),
        QT_TRANSLATE_NOOP("Shortcuts", "Quit"),
    ),
    Shortcut(
        "help",
        ("?",),
        QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Shortcuts", "Show all keyboard shortcuts"),
    ),
)

BY_NAME: Mapping[str, Shortcut] = {s.name: s for s in SHORTCUTS}


def new_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)``, without building QIcon's enums at start-up.

    PySide tries the ``QAction(QIcon, str, parent)`` overload first, which
    builds the QIcon class and its 150-value ``ThemeIcon`` enum (~1.5 ms);
    none of our actions has an icon.
    """
    action = QAction(parent)
    action.setText(text)
    return action


def make_actions(window: QWidget) -> dict[str, QAction]:
    """One action per shortcut, added to ``window`` so its keys work anywhere in it."""
    actions: dict[str, QAction] = {}
    for shortcut in SHORTCUTS:
        action = new_action(shortcut.label(), window)
        action.setObjectName(f"{shortcut.name}Action")
        action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(shortcut.tooltip())
        action.setStatusTip(shortcut.what())
        window.addAction(action)
        actions[shortcut.name] = action
    return actions


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut, for the ? dialog."""
    return [(s.key_text(), s.what()) for s in SHORTCUTS if s.keys]
