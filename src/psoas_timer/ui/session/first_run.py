"""The first-run sheet: the safety note and how to follow a routine from the floor.

It lies over the Session page, where the app opens, rather than in a dialog:
nothing blocks, and it is read from a mat a metre or two away, so its text is
large. Enter, Esc or Space close it (the window's own Space and Esc wait
until it is gone). :class:`psoas_timer.app.AppLogic` shows it at the first
start and remembers its dismissal in the settings; Help → "Safety and first
steps" shows it again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.shortcuts import BY_NAME
from ..common.vocabulary import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("FirstRunSheet", "Before you start")

#: How the keys help on the floor: (shortcut name, what it does for you there).
FLOOR_KEYS: tuple[tuple[str, str], ...] = (
    ("toggle", QT_TRANSLATE_NOOP("FirstRunSheet", "start, pause or carry on")),
    ("skip", QT_TRANSLATE_NOOP("FirstRunSheet", "skip ahead")),
    ("back", QT_TRANSLATE_NOOP("FirstRunSheet", "go back a step")),
    ("focus", QT_TRANSLATE_NOOP("FirstRunSheet", "focus mode: a big countdown, full screen")),
    ("help", QT_TRANSLATE_NOOP("FirstRunSheet", "every key")),
)

#: Keys that close the sheet while it has the keyboard.
_CLOSE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Space})

#: The text is scaled from the window's font so it reads from the floor.
TEXT_SCALE = 1.6
TITLE_SCALE = 2.2


def keys_html() -> str:
    """The floor keys as a list, their key names taken from the shortcut table."""
    rows = "".join(
        f"<li><b>{escape(BY_NAME[name].key_text())}</b> — "
        f"{escape(QCoreApplication.translate('FirstRunSheet', what))}</li>"
        for name, what in FLOOR_KEYS
    )
    intro = QCoreApplication.translate("FirstRunSheet", "Following a routine from the floor:")
    return f"<p>{escape(intro)}</p><ul>{rows}</ul>"


def _scaled(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


class FirstRunSheet(QFrame):
    """The sheet; hidden until :meth:`present`.

    It covers the middle of ``page`` and is a child of ``parent``, an ancestor
    of the page that does not lay out its children (a splitter would take the
    sheet in as one more pane). It hides while the page does (another tab) and
    comes back with it until dismissed.

    Signals:
        dismissed(): the user closed it (button, Enter, Esc or Space).
    """

    dismissed = Signal()

    def __init__(self, safety_note: str, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._page = page
        self._open = False
        self.setObjectName("firstRunSheet")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr(TITLE))
        self.setAccessibleDescription(safety_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(16)

        self.title_label = QLabel(self.tr(TITLE), self)
        _scaled(self.title_label, TITLE_SCALE, bold=True)
        layout.addWidget(self.title_label)

        self.safety_label = QLabel(
            self.tr("<b>Safety.</b> {escape}").format(escape=escape(safety_note)), self
        )
        self.safety_label.setObjectName("firstRunSafety")
        self.safety_label.setTextFormat(Qt.TextFormat.RichText)
        self.safety_label.setWordWrap(True)
        _scaled(self.safety_label, TEXT_SCALE)
        layout.addWidget(self.safety_label)

        self.keys_label = QLabel(keys_html(), self)
        self.keys_label.setObjectName("firstRunKeys")
        self.keys_label.setTextFormat(Qt.TextFormat.RichText)
        self.keys_label.setWordWrap(True)
        _scaled(self.keys_label, TEXT_SCALE)
        layout.addWidget(self.keys_label)

        self.later_label = QLabel(
            self.tr("You can read this again from Help → Safety and first steps.")
        )
        _scaled(self.later_label, 1.1)
        self.later_label.setWordWrap(True)
        layout.addWidget(self.later_label)

        self.ok_button = QPushButton(self.tr("I have read this — close (Enter)"), self)
        self.ok_button.setObjectName("firstRunOk")
        self.ok_button.setDefault(True)
        _scaled(self.ok_button, 1.3, bold=True)
        self.ok_button.setMinimumHeight(52)
        self.ok_button.clicked.connect(self.dismiss)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignRight)

        page.installEventFilter(self)
        self.hide()

    @property
    def open(self) -> bool:
        """Presented and not dismissed yet (it may be hidden behind another tab)."""
        return self._open

    def present(self) -> None:
        """Show the sheet over the page, with the keyboard, until dismissed."""
        self._open = True
        self._show_now()

    def dismiss(self) -> None:
        if not self._open:
            return
        self._open = False
        self.hide()
        self.dismissed.emit()

    def page_area(self) -> QRect:
        """The page's rectangle in the parent's coordinates."""
        parent = self.parentWidget()
        if parent is None:
            return self._page.rect()
        return QRect(self._page.mapTo(parent, QPoint(0, 0)), self._page.size())

    def _show_now(self) -> None:
        self._place()
        self.show()
        self.raise_()
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self) -> None:
        area = self.page_area()
        margin = 24
        width = max(320, min(area.width() - 2 * margin, max(720, area.width() * 2 // 3)))
        layout = self.layout()
        wanted = layout.totalHeightForWidth(width) if layout is not None else -1
        if wanted <= 0:
            wanted = self.sizeHint().height()
        height = min(area.height() - 2 * margin, wanted)
        self.setGeometry(
            area.x() + (area.width() - width) // 2,
            area.y() + max(0, (area.height() - height) // 2),
            width,
            height,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and self._open:
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Move) and self.isVisible():
                self._place()
            elif kind is QEvent.Type.Show:
                self._show_now()
            elif kind is QEvent.Type.Hide:
                self.hide()
        return False

    def event(self, event: QEvent) -> bool:
        # The window's Space (start) and Esc (stop) are shortcuts; while the sheet has
        # the keyboard these keys close it instead, so claim them before the shortcuts.
        if (
            event.type() is QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _CLOSE_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CLOSE_KEYS:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)
