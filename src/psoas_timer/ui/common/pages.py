"""Pages: a tab bar over a stack of pages, without QTabWidget's repaint on every relayout.

QTabWidget answers every layout request from inside its pages by repainting
its whole area. The countdown changes every second and sends one, so a
QTabWidget around the session made the whole window repaint once a second.
Here the tab bar and the stack sit in an ordinary layout, which moves only
what changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget


class Pages(QWidget):
    """The part of QTabWidget's interface the window uses, and :meth:`turn` for the keys.

    Signals:
        currentChanged(int): another page is shown.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QTabBar(self)
        self._bar.setDocumentMode(True)
        self._bar.setExpanding(False)
        self._bar.setDrawBase(True)
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar)
        layout.addWidget(self._stack, 1)
        self._bar.currentChanged.connect(self._show)

    def tabBar(self) -> QTabBar:
        return self._bar

    def addTab(self, page: QWidget, text: str) -> int:
        self._stack.addWidget(page)
        return self._bar.addTab(text)

    def count(self) -> int:
        return self._stack.count()

    def currentIndex(self) -> int:
        return self._stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        self._bar.setCurrentIndex(index)

    def currentWidget(self) -> QWidget | None:
        return self._stack.currentWidget()

    def widget(self, index: int) -> QWidget | None:
        return self._stack.widget(index)

    def _show(self, index: int) -> None:
        self._stack.setCurrentIndex(index)
        self.currentChanged.emit(index)

    def turn(self, step: int) -> None:
        """Show the page ``step`` places on, wrapping round (Ctrl+Tab, Ctrl+Shift+Tab)."""
        if self.count() and self._bar.isVisible():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())
