"""The history page: minutes per day, holds per exercise, left/right balance, streak.

This is the only module that imports pyqtgraph, and nothing imports it at
start-up: the main window imports it the first time the page is opened::

    def _open_history(self) -> None:
        if self._history_page is None:
            from .history_page import HistoryPage  # pulls in pyqtgraph now
            self._history_page = HistoryPage(self._history_store, self)
            ...

Every chart shows its value under the mouse, both in a tooltip and in the
line under the chart. Colours follow the widget's palette, so the page reads
in light and dark themes alike.
"""

from __future__ import annotations

import html
import logging
import math
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...core.catalogue import load_catalogue
from ...core.model import Catalogue, Category
from ...core.progress import RANGES, Totals, day_range, mean_hold
from ...store.history import HistoryStore
from ..common.vocabulary import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# A chart's least height: two of them, the cards and their headings fit the
# page of a 1024×600 window (about 530 px) without one running under the next.
PLOT_LEAST_HEIGHT = 130

DAY = 86400.0
#: Colour-blind-safe line colours (Okabe & Ito), readable on light and dark backgrounds.
LINE_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#0072B2", "#F0E442")
LEFT_COLOUR = "#0072B2"
RIGHT_COLOUR = "#E69F00"
RANGE_NAMES = {
    30: QT_TRANSLATE_NOOP("HistoryPage", "30 days"),
    90: QT_TRANSLATE_NOOP("HistoryPage", "90 days"),
    365: QT_TRANSLATE_NOOP("HistoryPage", "1 year"),
}
HOLD_HINT = QT_TRANSLATE_NOOP("HistoryPage", "Point at a line to see the average hold that day.")
EMPTY_TITLE = QT_TRANSLATE_NOOP("HistoryPage", "No sessions yet…")
EMPTY_TEXT = (
    "Your minutes per day, how long you hold each exercise and your streak will "
    "appear here after your first session."
)


def _day_x(day: date) -> float:
    """The chart x of a day: local noon, in unix seconds (what DateAxisItem expects)."""
    return datetime(day.year, day.month, day.day, 12).timestamp()


def _x_day(x: float) -> date:
    return datetime.fromtimestamp(x).date()


def format_minutes(minutes: float) -> str:
    total = round(minutes)
    if total < 60:
        return QCoreApplication.translate("HistoryPage", "{minutes} min").format(minutes=total)
    return QCoreApplication.translate("HistoryPage", "{hours} h {minutes:02d} min").format(
        hours=total // 60, minutes=total % 60
    )


def format_seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    return format_minutes(seconds / 60)


def _day_text(day: date) -> str:
    # The interface language's day and month names (English: "Mon 1 Dec 2026").
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


class _LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """Dates on the charts' axis in the interface language ("Dez." for "Dec"):
    pyqtgraph's own names the months in English whatever the language."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        # As pyqtgraph's own: days as "08", months as "Dec", years as "2026".
        day = 86_400
        form = "yyyy" if spacing >= 365 * day else "MMM" if spacing >= 28 * day else "dd"
        locale = QLocale()
        return [
            locale.toString(QDateTime.fromSecsSinceEpoch(int(v)).date(), form) for v in values
        ]


class _AbsAxis(pg.AxisItem):  # type: ignore[misc]
    """Tick labels without the sign: left bars grow to the left of zero."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [f"{abs(v) * scale:g}" for v in values]


class _StatCard(QFrame):
    """A big value ("12 days") over its caption.

    Five of them share the page's width: on a small window a long value (a
    longer language's, or "12 h 05 min") takes a smaller type rather than be
    cut at the card's edge.
    """

    # The value's type, times the interface's; the least it shrinks to.
    VALUE_SCALE = 1.8
    LEAST_SCALE = 1.0

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel("–")
        # Its width is the card's to give; _fit_value makes the text fit it.
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._value_font = QFont(self.value.font())
        self._value_font.setPointSizeF(self._value_font.pointSizeF() * self.VALUE_SCALE)
        self._value_font.setBold(True)
        self.value.setFont(self._value_font)
        self.caption = QLabel(caption)
        self.detail = QLabel("")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._fit_value()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        font = QFont(self._value_font)
        full = font.pointSizeF()
        room = self.contentsRect().width() - 28  # the layout's margins
        least = full * self.LEAST_SCALE / self.VALUE_SCALE
        while (
            font.pointSizeF() > least
            and QFontMetrics(font).horizontalAdvance(self.value.text()) > room
        ):
            font.setPointSizeF(max(least, font.pointSizeF() - 0.5))
        self.value.setFont(font)


class HistoryPage(QWidget):
    """Charts of the session history.

    Args:
        db_path_or_store: an open :class:`HistoryStore` (shared with the
            recorder), or a database path; ``None`` opens the default file.
        parent: the parent widget.
        today: the day the charts end on (for tests and screenshots).
        catalogue: tells strengthening from release exercises; read from the
            assets when not given.

    Call :meth:`reload` after a session ends to bring the page up to date.

    Signals:
        rangeChanged(int): the chart range changed, in days.
    """

    rangeChanged = Signal(int)

    def __init__(
        self,
        db_path_or_store: HistoryStore | Path | str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        if isinstance(db_path_or_store, HistoryStore):
            self.store = db_path_or_store
            self._owns_store = False
        else:
            self.store = HistoryStore(db_path_or_store)
            self._owns_store = True
        self._fixed_today = today
        self.days = RANGES[0]
        self._minutes: list[tuple[date, float]] = []
        self._holds: dict[str, list[tuple[date, float]]] = {}
        self.hold_category = Category.STRENGTHEN
        catalogue = catalogue or load_catalogue()
        self._categories = {ex.id: ex.category for ex in catalogue.exercises.values()}
        self._balance: list[tuple[str, float, float]] = []
        self._names: dict[str, str] = {}
        self.totals = Totals()
        self._proxies: list[pg.SignalProxy] = []
        self._build()
        self.reload()
        self.destroyed.connect(self._release)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)

        header = QHBoxLayout()
        title = QLabel(self.tr("History"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        header.addStretch(1)
        self.range_buttons: dict[int, QPushButton] = {}
        self._range_group = QButtonGroup(self)
        self._range_group.setExclusive(True)
        for days in RANGES:
            button = QPushButton(self._range_name(days))
            button.setCheckable(True)
            button.setToolTip(self.tr("Show the last {span}").format(span=self._range_name(days)))
            button.clicked.connect(lambda _=False, d=days: self.set_range(d))
            self._range_group.addButton(button)
            header.addWidget(button)
            self.range_buttons[days] = button
        self.range_buttons[self.days].setChecked(True)
        outer.addLayout(header)

        self._stack = QStackedWidget()
        outer.addWidget(self._stack, 1)

        # Empty state.
        empty = QWidget()
        e_layout = QVBoxLayout(empty)
        e_layout.addStretch(1)
        self.empty_title = QLabel(self.tr(EMPTY_TITLE))
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(EMPTY_TEXT)
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        e_layout.addWidget(self.empty_title)
        e_layout.addWidget(self.empty_text)
        e_layout.addStretch(2)
        self._stack.addWidget(empty)

        # Charts.
        charts = QWidget()
        c_layout = QVBoxLayout(charts)
        c_layout.setContentsMargins(0, 0, 0, 0)
        c_layout.setSpacing(12)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.streak_card = _StatCard(self.tr("current streak"))
        self.best_card = _StatCard(self.tr("longest streak"))
        self.sessions_card = _StatCard(self.tr("sessions"))
        self.time_card = _StatCard(self.tr("time exercising"))
        self.hold_card = _StatCard(self.tr("time holding"))
        for card in (
            self.streak_card,
            self.best_card,
            self.sessions_card,
            self.time_card,
            self.hold_card,
        ):
            cards.addWidget(card)
        c_layout.addLayout(cards)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.minutes_plot, self.minutes_readout, _ = self._chart(
            grid, 0, 0, 2, self.tr("Minutes per day"), date_axis=True
        )
        self.hold_kind = QComboBox()
        self.hold_kind.addItem(self.tr("Strengthening"), Category.STRENGTHEN)
        self.hold_kind.addItem(self.tr("Release"), Category.RELEASE)
        self.hold_kind.setToolTip(self.tr("Which exercises to show"))
        self.hold_kind.currentIndexChanged.connect(self._on_hold_kind)
        self.hold_plot, self.hold_readout, self.hold_legend = self._chart(
            grid, 3, 0, 1, self.tr("Average hold"), date_axis=True, extra=self.hold_kind
        )
        self.balance_plot, self.balance_readout, self.balance_legend = self._chart(
            grid, 3, 1, 1, self.tr("Left and right"), balance=True
        )
        grid.setRowStretch(1, 5)
        grid.setRowStretch(4, 6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        c_layout.addLayout(grid, 1)
        self._stack.addWidget(charts)

        self.minutes_plot.setMouseEnabled(x=False, y=False)
        self.hold_plot.setMouseEnabled(x=False, y=False)
        self.balance_plot.setMouseEnabled(x=False, y=False)
        self.minutes_plot.setLabel("left", self.tr("minutes"))
        self.hold_plot.setLabel("left", self.tr("seconds per hold"))
        self.balance_plot.getPlotItem().hideAxis("left")
        sides = [(self.tr("left"), LEFT_COLOUR), (self.tr("right"), RIGHT_COLOUR)]
        self.balance_legend.setText(_swatches(sides))
        for plot, slot in (
            (self.minutes_plot, self._hover_minutes),
            (self.hold_plot, self._hover_hold),
            (self.balance_plot, self._hover_balance),
        ):
            proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30, slot=slot)
            self._proxies.append(proxy)
        self._apply_palette()

    def _chart(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        span: int,
        title: str,
        *,
        date_axis: bool = False,
        balance: bool = False,
        extra: QWidget | None = None,
    ) -> tuple[pg.PlotWidget, QLabel, QLabel]:
        row_widget = QWidget()
        heading_row = QHBoxLayout(row_widget)
        heading_row.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        heading_row.addWidget(heading)
        if extra is not None:
            heading_row.addWidget(extra)
        legend = QLabel()
        legend.setTextFormat(Qt.TextFormat.RichText)
        heading_row.addWidget(legend, 1)
        axes: dict[str, Any] = {}
        if date_axis:
            axes["bottom"] = _LocalDateAxis(orientation="bottom")
        if balance:
            axes["bottom"] = _AbsAxis(orientation="bottom")
        plot = pg.PlotWidget(axisItems=axes)
        plot.setMinimumHeight(PLOT_LEAST_HEIGHT)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getPlotItem().showGrid(x=False, y=True, alpha=0.25)
        readout = QLabel(" ")
        readout.setObjectName("readout")
        grid.addWidget(row_widget, row, column, 1, span)
        grid.addWidget(plot, row + 1, column, 1, span)
        grid.addWidget(readout, row + 2, column, 1, span)
        return plot, readout, legend

    # ----------------------------------------------------------------- palette

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "minutes_plot"):
            self._apply_palette()
            self._render()

    def _colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def _apply_palette(self) -> None:
        base = self._colour(QPalette.ColorRole.Base)
        text = self._colour(QPalette.ColorRole.Text)
        for plot in (self.minutes_plot, self.hold_plot, self.balance_plot):
            plot.setBackground(base)
            item = plot.getPlotItem()
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
        muted = QColor(text)
        muted.setAlpha(170)
        for readout in (self.minutes_readout, self.hold_readout, self.balance_readout):
            palette = readout.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            readout.setPalette(palette)

    # -------------------------------------------------------------------- data

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    @property
    def is_empty(self) -> bool:
        return self._stack.currentIndex() == 0

    def set_range(self, days: int) -> None:
        """Show the last ``days`` days (30, 90 or 365)."""
        if days not in self.range_buttons:
            raise ValueError(f"range must be one of {RANGES}, got {days}")
        self.range_buttons[days].setChecked(True)
        if days == self.days:
            return
        self.days = days
        self._load_range()
        self._render()
        self.rangeChanged.emit(days)

    def reload(self) -> None:
        """Read the history again (after a session ended)."""
        started = time.perf_counter()
        self.totals = self.store.totals(self.today)
        self._names = self.store.exercise_names()
        self._show_totals()
        self._stack.setCurrentIndex(0 if self.totals.sessions == 0 else 1)
        self._load_range()
        self._render()
        log.debug("history page loaded in %.0f ms", (time.perf_counter() - started) * 1000)

    def _load_range(self) -> None:
        since = self.today - timedelta(days=self.days - 1)
        daily = self.store.daily_seconds(since)
        self._minutes = [(d, daily.get(d, 0.0) / 60.0) for d in day_range(self.days, self.today)]
        holds = {ex: mean_hold(points) for ex, points in self.store.hold_per_day(since).items()}
        if self.days > 90:  # a year of daily points is noise: one point a week
            holds = {ex: _weekly_mean(points) for ex, points in holds.items()}
        self._holds = {ex: points for ex, points in holds.items() if points}
        self._balance = [
            (ex, left, right) for ex, (left, right) in self.store.side_balance(since).items()
        ]

    def _show_totals(self) -> None:
        t = self.totals
        self.streak_card.set(
            _days(t.current_streak), self.tr("keep it going") if t.current_streak else ""
        )
        self.best_card.set(_days(t.longest_streak))
        self.sessions_card.set(
            str(t.sessions),
            self.tr("{finished} finished").format(finished=t.finished) if t.sessions else "",
        )
        self.time_card.set(
            format_minutes(t.minutes),
            self.tr("over {days}").format(days=_days(t.days)) if t.days else "",
        )
        self.hold_card.set(format_seconds(t.hold_seconds))

    def name(self, exercise_id: str) -> str:
        return self._names.get(exercise_id, exercise_id)

    # ------------------------------------------------------------------ charts

    def _render(self) -> None:
        highlight = self._colour(QPalette.ColorRole.Highlight)
        first = _day_x(self.today - timedelta(days=self.days - 1)) - DAY / 2
        last = _day_x(self.today) + DAY / 2

        plot = self.minutes_plot
        plot.clear()
        if self._minutes:
            xs = [_day_x(d) for d, _ in self._minutes]
            ys = [m for _, m in self._minutes]
            width = DAY * (0.8 if self.days <= 90 else 1.0)
            plot.addItem(
                pg.BarGraphItem(x=xs, height=ys, width=width, brush=pg.mkBrush(highlight), pen=None)
            )
            plot.setYRange(0, max(5.0, max(ys) * 1.1), padding=0)
        plot.setXRange(first, last, padding=0)

        plot = self.hold_plot
        plot.clear()
        shown = self.shown_holds()
        swatches: list[tuple[str, str]] = []
        for n, (exercise_id, points) in enumerate(shown.items()):
            colour = LINE_COLOURS[n % len(LINE_COLOURS)]
            swatches.append((self.name(exercise_id), colour))
            plot.plot(
                [_day_x(d) for d, _ in points],
                [s for _, s in points],
                pen=pg.mkPen(colour, width=2),
                symbol="o" if len(points) <= 45 else None,
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=None,
                name=self.name(exercise_id),
                antialias=True,
            )
        plot.setXRange(first, last, padding=0)
        top = max((s for pts in shown.values() for _, s in pts), default=10.0)
        plot.setYRange(0, max(top * 1.2, 5.0), padding=0)
        self.hold_legend.setText(
            _swatches(swatches) if swatches else self.tr("nothing in this period")
        )

        self._render_balance()
        for readout, hint in (
            (self.minutes_readout, self.tr("Point at a bar to see that day's minutes.")),
            (self.hold_readout, self.tr(HOLD_HINT)),
            (self.balance_readout, self._balance_summary()),
        ):
            readout.setText(hint)

    def _render_balance(self) -> None:
        plot = self.balance_plot
        plot.clear()
        rows = self._balance
        text_colour = self._colour(QPalette.ColorRole.Text)
        if not rows:
            text = pg.TextItem(
                self.tr("No one-sided exercises in this period"),
                color=text_colour,
                anchor=(0.5, 0.5),
            )
            plot.addItem(text)
            text.setPos(0, 0)
            plot.setXRange(-1, 1)
            plot.setYRange(-1, 1)
            return
        largest = max(max(left, right) for _, left, right in rows)
        # Long totals read better in minutes than in thousands of seconds.
        unit, divisor = ("minutes held", 60.0) if largest >= 600 else ("seconds held", 1.0)
        plot.setLabel("bottom", unit)
        # Top to bottom in name order: row 0 is drawn highest.
        ys = [float(len(rows) - 1 - n) for n in range(len(rows))]
        lefts = [left / divisor for _, left, _ in rows]
        rights = [right / divisor for _, _, right in rows]
        for x0, widths, colour in (
            ([-v for v in lefts], lefts, LEFT_COLOUR),
            ([0.0] * len(rows), rights, RIGHT_COLOUR),
        ):
            plot.addItem(
                pg.BarGraphItem(
                    x0=x0, width=widths, y=ys, height=0.42, brush=pg.mkBrush(colour), pen=None
                )
            )
        extent = max(max(lefts), max(rights), 1e-6) * 1.35
        for y, (ex, left, right) in zip(ys, rows, strict=True):
            name = pg.TextItem(self.name(ex), color=text_colour, anchor=(0.5, 1.0))
            plot.addItem(name)
            name.setPos(0, y + 0.24)
            total = left + right
            if total <= 0:
                continue
            for value, sign, anchor in (
                (left / divisor, -1, (1, 0.5)),
                (right / divisor, 1, (0, 0.5)),
            ):
                share = value * divisor / total
                label = pg.TextItem(f"{100 * share:.0f}%", color=text_colour, anchor=anchor)
                plot.addItem(label)
                label.setPos(sign * (value + extent * 0.02), y)
        plot.setXRange(-extent, extent, padding=0)
        plot.setYRange(-0.45, len(rows) - 0.05, padding=0)

    def _balance_summary(self) -> str:
        if not self._balance:
            return " "
        ex, left, right = max(
            self._balance, key=lambda r: abs(r[1] - r[2]) / max(r[1] + r[2], 1e-9)
        )
        total = left + right
        if total <= 0:
            return " "
        if abs(left - right) / total < 0.05:
            return self.tr("Left and right are even. Point at a bar for the details.")
        return self.tr("Least even: {exercise}, {left} % left, {right} % right.").format(
            exercise=self.name(ex),
            left=QLocale().toString(100 * left / total, "f", 0),
            right=QLocale().toString(100 * right / total, "f", 0),
        )

    # ------------------------------------------------------------------- hover

    def minutes_text_at(self, x: float) -> str | None:
        """What the minutes chart says about the day at chart x, or ``None``."""
        if not self._minutes:
            return None
        first = _day_x(self._minutes[0][0])
        index = round((x - first) / DAY)
        if not 0 <= index < len(self._minutes):
            return None
        day, minutes = self._minutes[index]
        if minutes <= 0:
            return self.tr("{day}: no exercise").format(day=_day_text(day))
        return self.tr("{day}: {minutes} min").format(
            day=_day_text(day), minutes=QLocale().toString(minutes, "f", 1)
        )

    def shown_holds(self) -> dict[str, list[tuple[date, float]]]:
        """The hold lines for the chosen kind of exercise, by exercise id."""
        return {
            ex: points
            for ex, points in sorted(self._holds.items())
            if self._categories.get(ex, Category.STRENGTHEN) is self.hold_category
        }

    def set_hold_category(self, category: Category) -> None:
        self.hold_kind.setCurrentIndex(self.hold_kind.findData(category))

    def _on_hold_kind(self, index: int) -> None:
        self.hold_category = self.hold_kind.itemData(index)
        if hasattr(self, "minutes_plot"):
            self._render()

    def hold_text_at(self, x: float, y: float) -> str | None:
        """The nearest point of the hold chart to (x, y), described, or ``None``."""
        best: tuple[float, str] | None = None
        view = self.hold_plot.getPlotItem().vb
        (x_lo, x_hi), (y_lo, y_hi) = view.viewRange()
        x_span = max(x_hi - x_lo, 1.0)
        y_span = max(y_hi - y_lo, 1.0)
        for exercise_id, points in self.shown_holds().items():
            for day, seconds in points:
                dx = (_day_x(day) - x) / x_span
                dy = (seconds - y) / y_span
                distance = math.hypot(dx * 3, dy)  # x matters more: bars are days
                if best is None or distance < best[0]:
                    when = f"week of {_day_text(day)}" if self.days > 90 else _day_text(day)
                    label = f"{self.name(exercise_id)}, {when}: {seconds:.1f} s per hold"
                    best = (distance, label)
        if best is None or best[0] > 0.12:
            return None
        return best[1]

    def balance_text_at(self, y: float) -> str | None:
        index = len(self._balance) - 1 - round(y)
        if not self._balance or not 0 <= index < len(self._balance):
            return None
        ex, left, right = self._balance[index]
        return (
            f"{self.name(ex)}: {format_seconds(left)} held on the left, "
            f"{format_seconds(right)} on the right "
            f"in the last {RANGE_NAMES.get(self.days, f'{self.days} days')}"
        )

    def _map(self, plot: pg.PlotWidget, args: tuple[Any, ...]) -> QPointF | None:
        pos = args[0]
        item = plot.getPlotItem()
        if not item.sceneBoundingRect().contains(pos):
            return None
        point: QPointF = item.vb.mapSceneToView(pos)
        return point

    def _show(self, plot: pg.PlotWidget, readout: QLabel, text: str | None, idle: str) -> None:
        readout.setText(text or idle)
        if text:
            QToolTip.showText(QCursor.pos(), text, plot)
        else:
            QToolTip.hideText()

    def _hover_minutes(self, args: tuple[Any, ...]) -> None:
        point = self._map(self.minutes_plot, args)
        text = self.minutes_text_at(point.x()) if point is not None else None
        self._show(
            self.minutes_plot,
            self.minutes_readout,
            text,
            self.tr("Point at a bar to see that day's minutes."),
        )

    def _hover_hold(self, args: tuple[Any, ...]) -> None:
        point = self._map(self.hold_plot, args)
        text = self.hold_text_at(point.x(), point.y()) if point is not None else None
        self._show(self.hold_plot, self.hold_readout, text, self.tr(HOLD_HINT))

    def _hover_balance(self, args: tuple[Any, ...]) -> None:
        point = self._map(self.balance_plot, args)
        text = self.balance_text_at(point.y()) if point is not None else None
        self._show(self.balance_plot, self.balance_readout, text, self._balance_summary())

    def _range_name(self, days: int) -> str:
        if days in RANGE_NAMES:
            return self.tr(RANGE_NAMES[days])
        return _days(days)

    def _release(self) -> None:
        if self._owns_store:
            self.store.close()


def _swatches(items: Sequence[tuple[str, str]]) -> str:
    """Rich text: a coloured square before each name."""
    return "&nbsp;&nbsp;".join(
        f'<span style="color:{colour}">■</span>&nbsp;{html.escape(name)}' for name, colour in items
    )


def _days(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("HistoryPage", "1 day")
    return QCoreApplication.translate("HistoryPage", "{count} days").format(count=n)


def _short(name: str, limit: int = 24) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _weekly_mean(points: list[tuple[date, float]]) -> list[tuple[date, float]]:
    """Average per active day, one point per week (dated on the week's Monday)."""
    weeks: dict[date, list[float]] = {}
    for day, seconds in points:
        monday = day - timedelta(days=day.weekday())
        weeks.setdefault(monday, []).append(seconds)
    return [(monday, sum(v) / len(v)) for monday, v in sorted(weeks.items())]
