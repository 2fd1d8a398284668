"""The keyboard: one table of every shortcut, turned into window-wide actions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...core.record import Record


class Shortcut(Record):
    """One keyboard shortcut, with the texts that show it."""

    name: str
    keys: tuple[str, ...]  # QKeySequence portable text
    text: str  # the menu / button text
    description: str  # what it does, for tooltips and the ? dialog

    def key_text(self) -> str:
        """Keys as shown to people: "→ or N"."""
        shown = [DISPLAY.get(key, key) for key in self.keys]
        return " or ".join(shown)

    def tooltip(self) -> str:
        if not self.keys:
            return self.description
        return f"{self.description} ({self.key_text()})"


DISPLAY: Mapping[str, str] = {
    "Space": "Space",
    "Right": "→",
    "Left": "←",
    "Esc": "Esc",
    "Ctrl+Q": "Ctrl+Q",
}

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("toggle", ("Space",), "Start", "Start, pause or resume"),
    Shortcut("back", ("Left", "B"), "Back", "Back: restart this step, or go to the one before"),
    Shortcut("skip", ("Right", "N"), "Skip", "Skip to the next step"),
    Shortcut("skip_exercise", (), "Skip exercise", "Skip the rest of this exercise"),
    Shortcut("extend", ("+",), "+10 s", "Add 10 seconds to this hold or rest"),
    Shortcut("stop", ("Esc",), "Stop", "Stop the session (asks first); leaves focus mode"),
    Shortcut("focus", ("F", "F11"), "Focus mode", "Focus mode: full screen, only what you need"),
    Shortcut("mute", ("M",), "Mute sound", "Mute or unmute the sound and voice cues"),
    Shortcut(
        "preferences", ("Ctrl+,",), "Preferences…", "Preferences: volume, beeps or voice, ticks"
    ),
    Shortcut("next_page", ("Ctrl+Tab", "Ctrl+PgDown"), "Next page", "Next page: Library, History"),
    Shortcut(
        "previous_page", ("Ctrl+Shift+Tab", "Ctrl+PgUp"), "Previous page", "Previous page"
    ),
    Shortcut("quit", ("Ctrl+Q",), "Quit", "Quit"),
    Shortcut("help", ("?",), "Keyboard shortcuts", "Show all keyboard shortcuts"),
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
        action = new_action(shortcut.text, window)
        action.setObjectName(f"{shortcut.name}Action")
        action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(shortcut.tooltip())
        action.setStatusTip(shortcut.description)
        window.addAction(action)
        actions[shortcut.name] = action
    return actions


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut, for the ? dialog."""
    return [(s.key_text(), s.description) for s in SHORTCUTS if s.keys]
