"""ButtonRows: the session's buttons in one row, or two when one would cut a word."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QWidget


def widest_text_width(button: QPushButton, texts: Iterable[str], padding: int) -> int:
    """The width ``button`` needs to show its text and each of ``texts`` whole:
    the text plus the style's ``padding`` (see :func:`button_padding`), without
    the least width most styles give a button (80 px in Fusion): "+10 s" does
    not need it, and six buttons in a row cannot all have it on a small screen."""
    metrics = button.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in (button.text(), *texts))
    return max(button.minimumWidth(), widest + padding)


def button_padding(font: QFont) -> int:
    """The room a push button in ``font`` leaves around its text.

    Read from a stand-in button with a text longer than any least width:
    setting a real one's text while it is laid out would ask for another
    layout, and that one for another.
    """
    probe = QPushButton()
    probe.setFont(font)
    probe.setText(PROBE_TEXT)
    return probe.sizeHint().width() - QFontMetrics(font).horizontalAdvance(PROBE_TEXT)


# Wider than any style's least button width.
PROBE_TEXT = "M" * 30


class ButtonRows(QLayout):
    """Buttons side by side, each at least as wide as its longest text.

    A button whose text changes (Start, Pause, Resume) is told all its texts
    with :meth:`set_texts`, so the row does not jump when it changes. When one
    row cannot hold every button whole, they go in two rows of equal buttons:
    read from a mat two metres away, a whole word in the same size beats a
    smaller font or a word cut short. Within a row the buttons share the
    width equally where their texts allow, as expanding buttons in a
    QHBoxLayout do.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._texts: dict[QPushButton, tuple[str, ...]] = {}
        self._widths: list[int] | None = None  # each button's least width, cached
        self._paddings: dict[str, int] = {}  # button_padding by font

    # ------------------------------------------------------------ QLayout

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def invalidate(self) -> None:
        self._widths = None
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self.rows_for(width))

    def sizeHint(self) -> QSize:
        return QSize(self._row_width(1), self._height(1))

    def minimumSize(self) -> QSize:
        return QSize(self._row_width(2), self._height(1))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows = self.rows_for(rect.width())
        per_row = math.ceil(len(self._items) / rows)
        spacing = self.spacing()
        # A full window (two rows at 600 px high) squeezes every line a little:
        # the rows get lower rather than the second fall off the bottom.
        height = min(self._item_height(), (inner.height() - spacing * (rows - 1)) // rows)
        for row in range(rows):
            items = self._items[row * per_row : (row + 1) * per_row]
            least = self._least_widths()[row * per_row : (row + 1) * per_row]
            widths = share(inner.width() - spacing * (len(items) - 1), least)
            x = inner.left()
            y = inner.top() + row * (height + spacing)
            for item, width in zip(items, widths, strict=True):
                item.setGeometry(QRect(x, y, width, height))
                x += width + spacing

    # ------------------------------------------------------------ ours

    def set_texts(self, button: QPushButton, texts: Iterable[str]) -> None:
        """Every text ``button`` may show, so its width holds the longest."""
        self._texts[button] = tuple(texts)
        self.invalidate()

    def rows_for(self, width: int) -> int:
        """1 when every button fits whole across ``width``, else 2."""
        return 1 if width >= self._row_width(1) else 2

    def _least_widths(self) -> list[int]:
        if self._widths is None:
            self._widths = []
            for item in self._items:
                widget = item.widget()
                if isinstance(widget, QPushButton):
                    key = widget.font().key()
                    if key not in self._paddings:
                        self._paddings[key] = button_padding(widget.font())
                    texts = self._texts.get(widget, ())
                    least = widest_text_width(widget, texts, self._paddings[key])
                else:
                    least = item.minimumSize().width()
                self._widths.append(least)
        return self._widths

    def _row_width(self, rows: int) -> int:
        least = self._least_widths()
        if not least:
            return 0
        per_row = math.ceil(len(least) / rows)
        margins = self.contentsMargins()
        return (
            margins.left()
            + margins.right()
            + max(
                sum(least[start : start + per_row]) + self.spacing() * (per_row - 1)
                for start in range(0, len(least), per_row)
            )
        )

    def _item_height(self) -> int:
        return max((item.sizeHint().height() for item in self._items), default=0)

    def _height(self, rows: int) -> int:
        margins = self.contentsMargins()
        content = rows * self._item_height() + (rows - 1) * self.spacing()
        return margins.top() + margins.bottom() + content


def share(total: int, least: list[int]) -> list[int]:
    """``total`` split into parts as equal as ``least`` (each part's minimum) allows."""
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(least)) if i not in fixed]
        room = total - sum(least[i] for i in fixed)
        narrow = {i for i in free if least[i] * len(free) > room}
        if narrow:
            fixed |= narrow
            continue
        widths = list(least)
        # Rounded as QBoxLayout rounds (carrying each part's fraction to the
        # next), so that English buttons stay where they were to the pixel.
        carried = 0.0
        for i in free:
            carried += max(0, room) / len(free)
            widths[i] = math.floor(carried + 0.5)
            carried -= widths[i]
        return widths
