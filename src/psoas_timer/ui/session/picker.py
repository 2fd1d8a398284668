"""The picker: routines (built-in and the user's) and exercises grouped Strengthen / Release."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...core.model import Category
from ...core.problems import ValidationError
from ...core.words import value_word
from ...store.library import Library
from ..common import theme
from ..common.clock_text import format_clock
from ..common.vocabulary import QT_TRANSLATE_NOOP, phrase

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


def category_title(category: Category) -> str:
    return QCoreApplication.translate("RoutinePicker", CATEGORY_TITLES[category])


CATEGORY_TITLES = {
    Category.STRENGTHEN: QT_TRANSLATE_NOOP("RoutinePicker", "Strengthen"),
    Category.RELEASE: QT_TRANSLATE_NOOP("RoutinePicker", "Release"),
}


def props_text(props: tuple[str, ...]) -> str:
    # Props are ids in the catalogue; their words are the core's (core.words).
    shown = ", ".join(phrase(value_word(p)) for p in props)
    return shown or QCoreApplication.translate("RoutinePicker", "no props")


class TwoLineDelegate(QStyledItemDelegate):
    """Draws "Name\nDetails" items with the details smaller and softer."""

    PAD = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        first = QFont(option.font)
        second = QFont(first)
        if first.pointSizeF() > 0:
            second.setPointSizeF(max(6.0, first.pointSizeF() * 0.9))
        return first, second

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = str(index.data() or "")
        if "\n" not in text:
            return size
        name, details = text.split("\n", 1)
        first, second = (QFontMetrics(font) for font in self._fonts(option))
        width = max(first.horizontalAdvance(name), second.horizontalAdvance(details))
        height = first.height() + second.height() + 3 * self.PAD
        return QSize(max(size.width(), width + 2 * self.TEXT_MARGIN), height)

    #: Space between an item's edge and its text: what Qt's common and Fusion
    #: styles leave (the focus frame's margin plus one).
    TEXT_MARGIN = 3

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if "\n" in str(index.data() or ""):
            option.text = ""  # the style draws the item; paint() draws its two lines

    def lines(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> list[tuple[str, str]]:
        """Each line of the item as (full text, text drawn in ``option.rect``).

        A line too long for the column ends in "…" (never a hard cut), and
        :meth:`helpEvent` then shows the full text as a tooltip. Names of
        items of one line are drawn by the style, which elides the same way.
        """
        text = str(index.data() or "")
        available = option.rect.width() - 2 * self.TEXT_MARGIN
        fonts = self._fonts(option) if "\n" in text else (QFont(option.font),)
        return [
            (line, QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideRight, available))
            for line, font in zip(text.split("\n", 1), fonts, strict=False)
        ]

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() is QEvent.Type.ToolTip and index.column() == 0:
            tip = self.tooltip(option, index)
            if tip:
                from PySide6.QtWidgets import QToolTip  # here: not needed for the first frame

                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)

    def tooltip(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The item's tooltip, led by its full text when a line of it is elided."""
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if all(full == drawn for full, drawn in self.lines(option, index)):
            return tip
        full = str(index.data() or "")
        return f"{full}\n\n{tip}" if tip else full

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The background, selection and focus come from the style. Nothing here
        # reads QStyle's flags: PySide builds all of QStyle's enums (~6 ms) the
        # first time Python touches one, and this paints in the first frame.
        super().paint(painter, option, index)
        if "\n" not in str(index.data() or ""):
            return
        (_, name), (_, details) = self.lines(option, index)
        view = self.parent()
        # Asked of the item, not the view's selection model: Python touching
        # QItemSelectionModel would build its enums in the first frame.
        item = view.itemFromIndex(index) if isinstance(view, QTreeWidget) else None
        selected = item is not None and item.isSelected()
        palette: QPalette = option.palette
        rect = option.rect.adjusted(self.TEXT_MARGIN, 0, -self.TEXT_MARGIN, 0)
        first, second = self._fonts(option)
        main_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        base = palette.color(QPalette.ColorRole.Base)
        soft = main_colour
        if not selected:
            soft = theme.ensure_contrast(theme.mix(main_colour, base, 0.35), base)
        painter.save()
        top = rect.top() + self.PAD
        painter.setFont(first)
        painter.setPen(main_colour)
        line = QFontMetrics(first).height()
        painter.drawText(
            QRect(rect.left(), top, rect.width(), line), Qt.AlignmentFlag.AlignLeft, name
        )
        painter.setFont(second)
        painter.setPen(soft)
        painter.drawText(
            QRect(rect.left(), top + line + self.PAD, rect.width(), QFontMetrics(second).height()),
            Qt.AlignmentFlag.AlignLeft,
            details,
        )
        painter.restore()


class RoutinePicker(QTreeWidget):
    """Choose what to do. Selecting loads it; double-click or Enter also starts it.

    The context menu offers *Edit dosage…* on exercises, and *Edit routine…*
    plus the dosage of each of its exercises on routines.

    Signals:
        chosen(str, bool): the routine or ``exercise:<id>`` chosen, and whether to start it.
        dosageRequested(str): edit the dosage of this exercise id.
        routineEditRequested(str): open the routine editor on this routine id.
    """

    chosen = Signal(str, bool)
    dosageRequested = Signal(str)
    routineEditRequested = Signal(str)

    #: Keys the window handles (shortcuts), which the tree must not swallow.
    WINDOW_KEYS = frozenset(
        {
            Qt.Key.Key_Space,
            Qt.Key.Key_N,
            Qt.Key.Key_B,
            Qt.Key.Key_F,
            Qt.Key.Key_M,
            Qt.Key.Key_Plus,
            Qt.Key.Key_Question,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        }
    )

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinePicker")
        self.setAccessibleName(self.tr("Routines and exercises"))
        self.setToolTip(
            self.tr("Choose a routine or a single exercise; double-click or Enter starts it")
        )
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._library = library
        self._suppress = False
        self.setItemDelegate(TwoLineDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._populate()
        # Total times need every routine planned: they follow the first paint.
        self._times_pending = True
        self.currentItemChanged.connect(self._on_current)
        self.itemActivated.connect(self._on_activated)
        self.customContextMenuRequested.connect(self._show_context_menu)
        self.installEventFilter(self)

    def reload(self) -> None:
        """List the routines again (after an edit or import) with fresh total times.

        The current choice stays selected when it still exists; nothing is emitted.
        """
        current = self.currentItem()
        choice = str(current.data(0, ID_ROLE)) if current is not None else None
        self._suppress = True
        try:
            self.clear()
            self._populate()
        finally:
            self._suppress = False
        self.fill_times()
        self.select_id(choice)

    def _populate(self) -> None:
        library = self._library
        routines = QTreeWidgetItem(self, [self.tr("Routines"), ""])
        self._heading(routines)
        for routine in library.routines.values():
            name = routine.name if routine.builtin else f"{routine.name} (yours)"
            item = QTreeWidgetItem(routines, [name, ""])
            item.setData(0, ID_ROLE, routine.id)
            item.setToolTip(0, routine.description)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for category in Category:
            group = QTreeWidgetItem(self, [category_title(category), ""])
            self._heading(group)
            for exercise in library.catalogue.by_category(category):
                details = self.tr("Level {level} · {props}").format(
                    level=exercise.level, props=props_text(exercise.props)
                )
                label = f"{exercise.name}\n{details}"
                item = QTreeWidgetItem(group, [label, ""])
                item.setData(0, ID_ROLE, f"exercise:{exercise.id}")
                item.setToolTip(0, exercise.purpose)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.expandAll()

    def fill_times(self) -> None:
        """Show each choice's total time (as ``psoas-timer plan`` would plan it)."""
        for item in self._choices():
            if item.text(1):
                continue
            choice = str(item.data(0, ID_ROLE))
            try:
                total = self._library.timeline(self._library.resolve(choice)).total_seconds
            except ValidationError:
                log.warning("cannot plan %s", choice, exc_info=True)
                continue
            item.setText(1, format_clock(total))

    def _heading(self, item: QTreeWidgetItem) -> None:
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)

    def _choices(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for top in range(self.topLevelItemCount()):
            group = self.topLevelItem(top)
            if group is None:
                continue
            for row in range(group.childCount()):
                child = group.child(row)
                if child is not None:
                    found.append(child)
        return found

    def preferred_width(self) -> int:
        """The width that shows every name, details line and total time whole."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        widest = 0
        for top in range(self.topLevelItemCount()):
            group = self.topLevelItem(top)
            if group is None:
                continue
            widest = max(widest, delegate.sizeHint(option, self.indexFromItem(group)).width())
            for item in (group.child(row) for row in range(group.childCount())):
                if item is not None:
                    name = delegate.sizeHint(option, self.indexFromItem(item)).width()
                    widest = max(widest, self.indentation() + name + self._time_width())
        # No room kept for a scroll bar: the built-in list needs none, and a long
        # list of the user's routines elides rather than pushes the session aside.
        return widest + 2 * self.frameWidth()

    def _time_width(self) -> int:
        # The times come after the first paint (see fill_times): room for "00:00".
        return self.fontMetrics().horizontalAdvance("00:00") + 4 * TwoLineDelegate.TEXT_MARGIN

    def shown_lines(self, item: QTreeWidgetItem) -> list[tuple[str, str]]:
        """Each line of ``item``'s name as (full text, text drawn) at the column's width."""
        option, index = self._option_for(item)
        return self._delegate().lines(option, index)

    def tooltip_for(self, item: QTreeWidgetItem) -> str:
        """The tooltip ``item`` shows now: its full name first when that is elided."""
        option, index = self._option_for(item)
        return self._delegate().tooltip(option, index)

    def _delegate(self) -> TwoLineDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, TwoLineDelegate)
        return delegate

    def _option_for(self, item: QTreeWidgetItem) -> tuple[QStyleOptionViewItem, QModelIndex]:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        index = self.indexFromItem(item)
        option.rect = self.visualRect(index)
        self._delegate().initStyleOption(option, index)
        return option, index

    def ids(self) -> list[str]:
        """Every choosable id, in display order."""
        return [str(item.data(0, ID_ROLE)) for item in self._choices()]

    def item_for(self, choice_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._choices() if i.data(0, ID_ROLE) == choice_id), None)

    def select_id(self, choice_id: str | None) -> None:
        """Show ``choice_id`` as current without emitting :attr:`chosen`."""
        self._suppress = True
        try:
            item = self.item_for(choice_id) if choice_id else None
            if item is None:
                self.clearSelection()
            else:
                self.setCurrentItem(item)
        finally:
            self._suppress = False

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._suppress or item is None:
            return
        choice = item.data(0, ID_ROLE)
        if choice:
            self.chosen.emit(str(choice), False)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        choice = item.data(0, ID_ROLE)
        if choice:
            self.chosen.emit(str(choice), True)

    def context_menu_for(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """The context menu of ``item`` (None for headings): its editing actions."""
        choice = str(item.data(0, ID_ROLE) or "") if item is not None else ""
        if not choice:
            return None
        menu = QMenu(self)
        menu.setObjectName("pickerMenu")
        if choice.startswith("exercise:"):
            exercise_id = choice.removeprefix("exercise:")
            edit = menu.addAction(self.tr("Edit dosage…"))
            edit.setObjectName("editDosageAction")
            edit.triggered.connect(lambda: self.dosageRequested.emit(exercise_id))
            return menu
        routine = self._library.routines.get(choice)
        if routine is None:
            return None
        edit = menu.addAction(
            self.tr("Edit routine…") if not routine.builtin else self.tr("Open in routine editor…")
        )
        edit.setObjectName("editRoutineAction")
        edit.triggered.connect(lambda: self.routineEditRequested.emit(choice))
        dosage = menu.addMenu(self.tr("Edit dosage"))
        dosage.setObjectName("editDosageMenu")
        seen: set[str] = set()
        for block in routine.blocks:
            if block.exercise in seen or block.exercise not in self._library.catalogue.exercises:
                continue
            seen.add(block.exercise)
            name = self._library.catalogue.exercise(block.exercise).name
            action = dosage.addAction(f"{name}…")
            action.setData(block.exercise)
            action.triggered.connect(
                lambda _=False, ex=block.exercise: self.dosageRequested.emit(ex)
            )
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu_for(self.itemAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.viewport().mapToGlobal(pos))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._times_pending:
            self._times_pending = False
            QTimer.singleShot(0, self.fill_times)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Let the window's single-key shortcuts win over the tree's keyboard search.
        if event.type() is QEvent.Type.ShortcutOverride:
            from PySide6.QtGui import QKeyEvent  # here: its enums cost ms at start-up

            if isinstance(event, QKeyEvent) and Qt.Key(event.key()) in self.WINDOW_KEYS:
                event.ignore()
                return True
        return super().eventFilter(watched, event)
