"""The last resort for a sitting reminder: a small always-on-top window with three buttons.

Used where neither a notification server nor a tray can show the reminder.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ReminderWindow(QWidget):
    """A frameless-free, always-on-top tool window offering the reminder's choices.

    Signals:
        chosen(str): the key of the button pressed; the window then closes.
    """

    chosen = Signal(str)

    def __init__(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderWindow")
        self.setWindowTitle(summary)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(self.tr("<b>{summary}</b>").format(summary=summary), self)
        text = QLabel(body, self)
        text.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label in actions:
            button = QPushButton(label, self)
            button.setObjectName(f"reminder_{key}")
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            row.addWidget(button)
            self.buttons[key] = button
        if actions:
            self.buttons[actions[0][0]].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        self.setMinimumWidth(380)

    def _choose(self, key: str) -> None:
        self.chosen.emit(key)
        self.close()
