"""Importing and exporting routine files from the window.

:func:`import_routine_dialog` and :func:`export_routine_dialog` ask for a file
with :class:`QFileDialog`; :func:`import_routine_path` and
:func:`export_routine_path` do the work for a given path (tests call these).

An import is all or nothing (the store validates the whole file before
writing). A file with problems is reported in one :class:`ImportErrorDialog`
listing every problem the validator found, with its key path or line. A
routine with the same id is replaced only after the user agrees.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Routine
from ...core.problems import Problem, ValidationError
from ...store.atomic import ReadOnlyError, StoreError
from ...store.library import Library
from ...store.routines import SUFFIX, RoutineExists, RoutineNotFound
from ..common.dialogs import confirm, dialogs_disabled, show_notice, show_problems
from ..common.vocabulary import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP("Sharing", "Routine files (*.toml);;All files (*)")


def _start_folder() -> str:
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())


# -- the import-error dialog ---------------------------------------------------------


class ImportErrorDialog(QDialog):
    """Every problem of one file, in one window: where (key path or line) and what.

    Built without being shown, so a screenshot can be taken of it.
    """

    def __init__(
        self, path: Path, problems: Sequence[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.problems = tuple(problems)
        self.setObjectName("import-error")
        self.setWindowTitle(self.tr("Routine not imported"))
        count = len(self.problems)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        head = QHBoxLayout()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon)
        text = QVBoxLayout()
        title = QLabel(self.tr("{name} could not be imported").format(name=path.name))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        title.setObjectName("import-error-title")
        text.addWidget(title)
        summary = QLabel(
            self.tr(
                "Problems found: %n. Nothing was added: fix the file and import it again.",
                "",
                count,
            )
        )
        summary.setWordWrap(True)
        text.addWidget(summary)
        where = QLabel(str(path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setObjectName("import-error-path")
        where.setWordWrap(True)
        text.addWidget(where)
        head.addLayout(text, 1)
        layout.addLayout(head)

        self.table = QTreeWidget()
        self.table.setObjectName("import-problems")
        self.table.setAccessibleName(
            self.tr("{count} problems in {name}").format(count=count, name=path.name)
        )
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for problem in self.problems:
            item = QTreeWidgetItem([problem.where or "(whole file)", problem.message])
            item.setToolTip(1, problem.message)
            self.table.addTopLevelItem(item)
        self.table.setStyleSheet("QTreeView::item { padding: 4px 12px 4px 2px; }")
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy problems"))
        self.copy_button.setToolTip(self.tr("Copy the list, to send to whoever made the file"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if self._close is not None:
            self._close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        layout.addWidget(buttons)

        rows = min(max(count, 3), 12)
        line = self.table.fontMetrics().lineSpacing() + 10
        self.resize(780, 190 + rows * line)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter or Escape closes; the list is a Tab away for reading row by row.
        if self._close is not None:
            self._close.setFocus()

    def text(self) -> str:
        """The problems as plain lines, one per problem, each naming the file."""
        return "\n".join(str(p) for p in self.problems)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def show_import_problems(parent: QWidget | None, path: Path, problems: Sequence[Problem]) -> None:
    """Tell the user everything wrong with ``path``, in one dialog.

    With dialogs turned off (tests), the problems go through
    :func:`dialogs.show_problems`, which records and logs them instead.
    """
    if dialogs_disabled():
        show_problems(
            parent,
            QCoreApplication.translate("sharing", "Routine not imported"),
            problems,
            intro=QCoreApplication.translate(
                "sharing", "{name} could not be imported; nothing was added."
            ).format(name=path.name),
        )
        return
    ImportErrorDialog(path, problems, parent).exec()


# -- the work, for a given path ------------------------------------------------------


def import_routine_path(parent: QWidget | None, library: Library, path: Path) -> Routine | None:
    """Import ``path`` into the user's routines; return the routine, or None if nothing was added.

    An invalid file shows every problem; a routine with the same id is replaced
    only if the user agrees (the old file is kept as a backup by the store).
    """
    store = library.store
    try:
        return store.import_file(path)
    except ValidationError as exc:
        log.info("import of %s refused: %d problems", path, len(exc.problems))
        show_import_problems(parent, path, exc.problems)
        return None
    except RoutineExists as exc:
        question = (
            f"You already have a routine “{exc.name}” (id {exc.routine_id}). "
            f"Replace it with the one in {path.name}? The old one is kept as a backup file."
        )
        if not confirm(
            parent,
            question,
            yes=QCoreApplication.translate("sharing", "Replace"),
            no=QCoreApplication.translate("sharing", "Keep mine"),
        ):
            log.info("import of %s declined: %s exists", path, exc.routine_id)
            return None
    except ReadOnlyError as exc:
        show_problems(
            parent,
            QCoreApplication.translate("sharing", "Routine not imported"),
            [f"{path}: {exc}"],
            intro=QCoreApplication.translate("sharing", "Nothing was added:"),
        )
        return None
    except StoreError as exc:
        show_problems(
            parent,
            QCoreApplication.translate("sharing", "Routine not imported"),
            [str(exc)],
            intro=QCoreApplication.translate("sharing", "Nothing was added:"),
        )
        return None
    try:
        return store.import_file(path, replace=True)
    except ValidationError as exc:  # the file changed between the two reads
        show_import_problems(parent, path, exc.problems)
    except StoreError as exc:
        show_problems(
            parent,
            QCoreApplication.translate("sharing", "Routine not imported"),
            [str(exc)],
            intro=QCoreApplication.translate("sharing", "Nothing was added:"),
        )
    return None


def export_routine_path(
    parent: QWidget | None, library: Library, routine_id: str, path: Path
) -> Path | None:
    """Write a routine to ``path``; return the file written, or None (the user is told why).

    The save dialog has already asked before choosing an existing file, so one
    is replaced, but as on the command line its bytes are kept first (the user
    is told where), and a newer version's file or one of the app's own files
    is refused.
    """
    store = library.store
    try:
        written = store.export(routine_id, path, force=True)
    except (RoutineNotFound, StoreError) as exc:
        show_problems(
            parent, QCoreApplication.translate("sharing", "Routine not exported"), [str(exc)]
        )
        return None
    if store.kept_copy is not None:
        show_notice(
            parent,
            QCoreApplication.translate("sharing", "Routine exported"),
            QCoreApplication.translate(
                "sharing", "{written} was replaced; the file it replaced is kept as {kept_copy}."
            ).format(written=written, kept_copy=store.kept_copy),
        )
    return written


# -- with file dialogs ---------------------------------------------------------------


def import_routine_dialog(parent: QWidget | None, library: Library) -> Routine | None:
    """Ask for a ``.toml`` file and import it (see :func:`import_routine_path`)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("sharing", "Import a routine"),
        _start_folder(),
        QCoreApplication.translate("Sharing", FILE_FILTER),
    )
    if not name:
        return None
    routine = import_routine_path(parent, library, Path(name))
    if routine is not None:
        kept = library.store.kept_copy
        show_notice(
            parent,
            QCoreApplication.translate("sharing", "Routine imported"),
            f"“{routine.name}” was added to your routines "
            f"({len(routine.blocks)} exercise{'s' if len(routine.blocks) != 1 else ''})."
            + (f" The routine it replaced is kept as {kept}." if kept else ""),
        )
    return routine


def export_routine_dialog(parent: QWidget | None, library: Library, routine_id: str) -> Path | None:
    """Ask where to save a routine, then write it (``.toml`` is added if missing)."""
    suggested = str(Path(_start_folder()) / f"{routine_id}{SUFFIX}")
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("sharing", "Export a routine"),
        suggested,
        QCoreApplication.translate("Sharing", FILE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    return export_routine_path(parent, library, routine_id, path)
