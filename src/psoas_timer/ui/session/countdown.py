"""The big countdown digits and the elapsed/remaining clock labels."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...core.debug_switches import Mechanism, enabled


class CountdownLabel(QLabel):
    """The big digits. Drawn centred on the digits' own height, not the font's line box,
    so a huge font does not waste a line of descender space.

    The text lives here, not in QLabel: ``QLabel.setText`` asks every layout up to
    the window to recompute, each second, although the digits' new width rarely
    changes what the layout would do. :meth:`setText` asks for a new layout only
    when the size hint changes, and repaints only the digits' ink.

    Qt fills glyphs this big as outlines on every paint (it keeps images of
    glyphs up to 64 pixels only), so each character is drawn once into an
    image per font, colour and pixel ratio, and a second's digits are those
    images, each placed where the whole text would put it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownLabel")
        # Changes every second: filling its own background spares the parents a repaint.
        self.setAutoFillBackground(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time left in this step"))
        self._text = ""
        #: The font's metrics, its digits' ink box, and each text's advance, ink
        #: box and characters' starts: measured once per font (a second's new
        #: digits only look them up).
        self._metrics: QFontMetricsF | None = None
        self._digits = QRectF()
        self._measured: dict[str, tuple[float, QRectF, tuple[float, ...]]] = {}
        #: Each character drawn once (see :meth:`_glyph`), for ``_glyphs_key``.
        self._glyphs: dict[str, tuple[QPointF, QImage]] = {}
        self._glyphs_key: tuple[object, ...] | None = None
        self._glyph_cache = enabled(Mechanism.GLYPH_CACHE)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        hint = self.sizeHint()
        before = self._ink(self._text)
        self._text = text
        if self.sizeHint() != hint:
            self.updateGeometry()
            self.update()
        else:
            self.update(before.united(self._ink(text)))

    def clear(self) -> None:
        self.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
        super().changeEvent(event)

    def _font_metrics(self) -> QFontMetricsF:
        """The current font's metrics (measured, with its digits' ink box, once per font)."""
        metrics = self._metrics
        if metrics is None:
            metrics = self._metrics = QFontMetricsF(self.font())
            self._digits = metrics.tightBoundingRect("0123456789")
            self._measured.clear()
        return metrics

    def _measure(self, text: str) -> tuple[float, QRectF, tuple[float, ...]]:
        """``text``'s advance, ink box and where each of its characters starts
        (kerning included) in the current font."""
        metrics = self._font_metrics()
        found = self._measured.get(text)
        if found is None:
            if len(self._measured) > 256:
                self._measured.clear()
            found = self._measured[text] = (
                metrics.horizontalAdvance(text),
                metrics.tightBoundingRect(text),
                tuple(metrics.horizontalAdvance(text[:i]) for i in range(len(text))),
            )
        return found

    def digit_height(self) -> float:
        self._font_metrics()
        return self._digits.height()

    def sizeHint(self) -> QSize:
        advance, _, _ = self._measure(self._text or "0:00")
        return QSize(int(advance) + 8, int(self._digits.height() * 1.3) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self.sizeHint().height())

    def _origin(self, text: str) -> QPointF:
        """Where ``text`` starts on its baseline: centred across, and its digits'
        ink box centred down (baseline = centre + half the ink height)."""
        advance, _, _ = self._measure(text)
        digits = self._digits
        x = (self.width() - advance) / 2
        return QPointF(x, self.height() / 2 - (digits.top() + digits.bottom()) / 2)

    def _ink(self, text: str) -> QRect:
        """The pixels ``text`` covers when painted (with a margin for antialiasing)."""
        if not text:
            return QRect()
        _, ink, _ = self._measure(text)
        return ink.translated(self._origin(text)).toAlignedRect().adjusted(-2, -2, 2, 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self._text
        origin = self._origin(text)
        colour = self.palette().color(self.foregroundRole())
        painter = QPainter(self)
        if not self._glyph_cache:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            painter.setPen(colour)
            painter.drawText(origin, text)
            painter.end()
            return
        ratio = self.devicePixelRatioF()
        key = (self.font().key(), colour.rgba(), ratio)
        if key != self._glyphs_key:
            self._glyphs_key = key
            self._glyphs.clear()
        for char, start in zip(text, self._measure(text)[2], strict=True):
            offset, image = self._glyph(char, colour, ratio)
            # Whole pixels: an image placed between pixels would be resampled.
            x = round((origin.x() + start + offset.x()) * ratio) / ratio
            y = round((origin.y() + offset.y()) * ratio) / ratio
            painter.drawImage(QPointF(x, y), image)
        painter.end()

    def _glyph(self, char: str, colour: QColor, ratio: float) -> tuple[QPointF, QImage]:
        """``char`` drawn in ``colour`` on a clear image, and where the image's top
        left lies from the character's origin on the baseline."""
        found = self._glyphs.get(char)
        if found is None:
            box = self._font_metrics().boundingRect(char).adjusted(-2, -2, 2, 2).toAlignedRect()
            image = QImage(
                max(1, math.ceil(box.width() * ratio)),
                max(1, math.ceil(box.height() * ratio)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            painter.setPen(colour)
            painter.drawText(QPointF(-box.x(), -box.y()), char)
            painter.end()
            found = self._glyphs[char] = (QPointF(box.topLeft()), image)
        return found


class ClockLabel(QLabel):
    """A label whose text changes every second without asking for a new layout.

    ``QLabel.setText`` always asks the parent's layout to recompute, and that
    request climbs to the window. Qt skips it for a widget of fixed size, so
    this label is fixed to fit the longest text it can show (``template``, any
    digit standing for the widest one) and refitted when its font changes.
    """

    def __init__(self, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        # Filling its own background spares the parents a repaint every second.
        self.setAutoFillBackground(True)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        longest = "".join(widest if c.isdigit() else c for c in self._template)
        margins = self.contentsMargins()
        extra = 2 * self.margin() + margins.left() + margins.right() + 2
        self.setFixedSize(
            metrics.horizontalAdvance(longest) + extra,
            metrics.height() + 2 * self.margin() + margins.top() + margins.bottom(),
        )
