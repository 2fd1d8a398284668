"""The library: every exercise with its illustration, how-to, form checks and mistakes.

Built the first time it is shown, so start-up does not pay for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.dosage import Number
from ...core.model import MOVEMENT_PHASES, Catalogue, Category, Exercise
from ...core.timeline import PHASE_WORDS, RELEASE_PHASE_WORDS, name_sides
from ..common.vocabulary import QT_TRANSLATE_NOOP, phrase
from ..session.picker import category_title, props_text
from ..session.step_pose import make_pose_view, mirrored_for

log = logging.getLogger(__name__)

# The exercise list's width: the English one's, or its longest name's up to the most.
LIST_WIDTH = 280
LIST_MOST_WIDTH = 420
# The picture's least height, and on a page lower than SMALL_PAGE (a 1024×600
# window's is about 530 px) what it gives up so that the key poses, the text
# and the buttons fit under it rather than overlap it.
POSE_LEAST_HEIGHT = 220
POSE_SMALL_HEIGHT = 160
SMALL_PAGE = 560

ID_ROLE = Qt.ItemDataRole.UserRole

#: How each dosage value reads after its number ({n} is the number).
DOSAGE_WORDS = {
    "reps": QT_TRANSLATE_NOOP("LibraryPage", "{n} reps per side"),
    "sets": QT_TRANSLATE_NOOP("LibraryPage", "{n} sets"),
    "lift_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds to lift"),
    "hold_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds to hold"),
    "hold_breaths": QT_TRANSLATE_NOOP("LibraryPage", "{n} breaths to hold"),
    "lower_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds to lower"),
    "rest_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds rest between reps"),
    "rest_between_sides_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds to switch sides"),
    "rest_between_sets_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds rest between sets"),
    "prepare_seconds": QT_TRANSLATE_NOOP("LibraryPage", "{n} seconds to get ready"),
}


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else QLocale().toString(float(value), "g")


def dosage_text(values: Mapping[str, Number]) -> str:
    return ", ".join(
        QCoreApplication.translate("LibraryPage", words).format(n=_number(values[key]))
        for key, words in DOSAGE_WORDS.items()
        if key in values
    )


def exercise_html(
    exercise: Exercise, catalogue: Catalogue, yours: Mapping[str, Number] | None = None
) -> str:
    """Everything about one exercise, as simple rich text.

    ``yours`` is the user's effective dosage; it is shown when it differs from the default.
    """
    release = exercise.category is Category.RELEASE

    def items(lines: tuple[str, ...] | list[str]) -> str:
        return "".join(f"<li>{escape(line)}</li>" for line in lines)

    def heading(text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    level = QCoreApplication.translate("LibraryPage", "level {level}").format(level=exercise.level)
    parts = [
        f"<h2>{escape(exercise.name)}</h2>",
        f"<p><i>{category_title(exercise.category)} · {escape(level)} · "
        f"{escape(props_text(exercise.props))}</i></p>",
        f"<p>{escape(exercise.purpose)}</p>",
        heading(QCoreApplication.translate("LibraryPage", "Set up")),
        f"<ol>{items(exercise.setup)}</ol>",
        heading(QCoreApplication.translate("LibraryPage", "Movement")),
        f"<ol>{items(exercise.movement)}</ol>",
        heading(QCoreApplication.translate("LibraryPage", "Form checks")),
    ]
    for phase in MOVEMENT_PHASES:
        checks = exercise.checks.get(phase)
        if checks:
            word = (RELEASE_PHASE_WORDS if release else PHASE_WORDS).get(phase, PHASE_WORDS[phase])
            named = [name_sides(check, None, catalogue.side_words) for check in checks]
            parts.append(f"<p><b>{escape(phrase(word))}</b></p><ul>{items(named)}</ul>")
    parts.append(heading(QCoreApplication.translate("LibraryPage", "Common mistakes")))
    notice = escape(QCoreApplication.translate("LibraryPage", "Notice:"))
    fix = escape(QCoreApplication.translate("LibraryPage", "Fix:"))
    for mistake_id in exercise.mistakes:
        mistake = catalogue.mistakes.get(mistake_id)
        if mistake is None:
            continue
        aka = f" ({escape(mistake.aka)})" if mistake.aka else ""
        parts.append(
            f"<p><b>{escape(mistake.name)}</b>{aka}<br>{escape(mistake.why)}<br>"
            f"<i>{notice}</i> {escape(mistake.notice)}<br>"
            f"<i>{fix}</i> {escape(exercise.fix_for(mistake))}</p>"
        )
    default = dosage_text(exercise.dosage)
    mine = dosage_text(yours) if yours is not None else default
    if mine != default:
        parts.append(heading(QCoreApplication.translate("LibraryPage", "Your dosage")))
        parts.append(f"<p>{escape(mine)}</p>")
    parts.append(heading(QCoreApplication.translate("LibraryPage", "Default dosage")))
    parts.append(f"<p>{escape(default)}</p>")
    return "".join(parts)


class LibraryPage(QWidget):
    """Browse every exercise and start one.

    Args:
        catalogue: the exercises.
        dosage_of: the user's effective dosage of an exercise, shown beside the default.

    Signals:
        startRequested(str): ``exercise:<id>`` to load and start.
        dosageRequested(str): edit the dosage of this exercise id.
    """

    startRequested = Signal(str)
    dosageRequested = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        *,
        dosage_of: Callable[[str], Mapping[str, Number]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.setAccessibleName(self.tr("Exercise library"))
        self._catalogue = catalogue
        self._dosage_of = dosage_of

        safety = QLabel(
            self.tr("<b>Safety.</b> {escape}").format(escape=escape(catalogue.safety_note)), self
        )
        safety.setObjectName("safetyNote")
        safety.setAccessibleName(self.tr("Safety note"))
        safety.setWordWrap(True)
        safety.setTextFormat(Qt.TextFormat.RichText)
        safety.setFrameShape(QLabel.Shape.StyledPanel)
        safety.setMargin(10)
        self.safety_label = safety

        self.list = QListWidget(self)
        self.list.setObjectName("libraryList")
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setToolTip(self.tr("Choose an exercise to read about it"))
        for category in Category:
            heading = QListWidgetItem(category_title(category))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            for exercise in catalogue.by_category(category):
                item = QListWidgetItem(f"  {exercise.name}")
                item.setData(ID_ROLE, exercise.id)
                item.setToolTip(exercise.purpose)
                self.list.addItem(item)

        self.pose_view = make_pose_view(self)
        self.pose_view.setObjectName("libraryPoseView")
        self.pose_view.setAccessibleName(self.tr("Illustration of the exercise"))
        self.pose_view.setMinimumHeight(POSE_LEAST_HEIGHT)
        # The key poses, from the SVGs compiled into the Qt resources.
        self.key_poses = QWidget(self)
        self.key_poses.setObjectName("keyPoses")
        self.key_poses.setAccessibleName(self.tr("Key poses of the exercise"))
        self._key_layout = QHBoxLayout(self.key_poses)
        self._key_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QTextBrowser(self)
        self.details.setObjectName("libraryDetails")
        self.details.setAccessibleName(self.tr("About this exercise"))
        self.details.setOpenLinks(False)
        # Read at arm's length on a mat: a little larger than the system font.
        for widget, scale in ((self.details, 1.2), (self.list, 1.15), (safety, 1.1)):
            font = widget.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * scale)
                widget.setFont(font)
        self.start_button = QPushButton(self.tr("Start this exercise"), self)
        self.start_button.setObjectName("libraryStartButton")
        self.start_button.setAccessibleName(self.tr("Start this exercise"))
        self.start_button.setToolTip(self.tr("Load this exercise on its own and start it"))
        self.start_button.clicked.connect(self._start)
        self.dosage_button = QPushButton(self.tr("Edit dosage…"), self)
        self.dosage_button.setObjectName("libraryDosageButton")
        self.dosage_button.setAccessibleName(self.tr("Edit dosage"))
        self.dosage_button.setToolTip(
            self.tr("Change the holds, reps, sets and rests of this exercise in every routine")
        )
        self.dosage_button.clicked.connect(self._edit_dosage)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pose_view, 2)
        right_layout.addWidget(self.key_poses)
        right_layout.addWidget(self.details, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dosage_button)
        row.addWidget(self.start_button)
        right_layout.addLayout(row)

        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        # The list as wide as its longest name (Spanish ones are half as long
        # again as the English), within a third of the page.
        wanted = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 4
        listed = max(LIST_WIDTH, min(wanted, LIST_MOST_WIDTH))
        splitter.setSizes([listed, 1180 - listed])

        layout = QVBoxLayout(self)
        layout.addWidget(safety)
        layout.addWidget(splitter, 1)

        self.list.currentItemChanged.connect(self._on_current)
        items = [self.list.item(row) for row in range(self.list.count())]
        first = next((item for item in items if item.data(ID_ROLE)), None)
        if first is not None:
            self.list.setCurrentItem(first)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        small = self.height() < SMALL_PAGE
        self.pose_view.setMinimumHeight(POSE_SMALL_HEIGHT if small else POSE_LEAST_HEIGHT)

    def current_exercise(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and item.data(ID_ROLE) else None

    def select(self, exercise_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == exercise_id:
                self.list.setCurrentRow(row)
                return

    def refresh(self) -> None:
        """Show the current exercise again (after its dosage changed)."""
        self._on_current(self.list.currentItem(), None)

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        exercise_id = item.data(ID_ROLE) if item is not None else None
        if not exercise_id:
            return
        exercise = self._catalogue.exercise(str(exercise_id))
        yours = self._dosage_of(exercise.id) if self._dosage_of is not None else None
        scroll = self.details.verticalScrollBar().value()
        self.details.setHtml(exercise_html(exercise, self._catalogue, yours))
        if _previous is None:
            self.details.verticalScrollBar().setValue(scroll)
        show = getattr(self.pose_view, "show_pose", None)
        if show is not None:
            show(
                exercise.id,
                exercise.end_pose,
                exercise.end_pose,
                mirrored=mirrored_for(None),
                fraction=1.0,
            )
        self._show_key_poses(exercise)
        self.start_button.setText(self.tr("Start {name}").format(name=exercise.name))

    def _show_key_poses(self, exercise: Exercise) -> None:
        from ..common.art import pose_pixmap

        while self._key_layout.count():
            taken = self._key_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        size = QSize(200, 120)
        ratio = self.devicePixelRatioF()
        self._key_layout.addStretch(1)
        for number, keyframe in enumerate(exercise.keyframes, start=1):
            caption = f"{number}. {phrase(keyframe.capitalize())}"
            cell = QLabel(self.key_poses)
            cell.setObjectName(f"keyPose-{keyframe}")
            cell.setPixmap(pose_pixmap(exercise.id, keyframe, size, ratio))
            cell.setToolTip(caption)
            cell.setAccessibleName(
                self.tr("{name}: {keyframe} pose").format(name=exercise.name, keyframe=keyframe)
            )
            label = QLabel(caption, self.key_poses)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QVBoxLayout()
            column.addWidget(cell, 0, Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
            holder = QWidget(self.key_poses)
            holder.setLayout(column)
            self._key_layout.addWidget(holder)
        self._key_layout.addStretch(1)

    def _edit_dosage(self) -> None:
        exercise_id = self.current_exercise()
        if exercise_id:
            self.dosageRequested.emit(exercise_id)

    def _start(self) -> None:
        exercise_id = self.current_exercise()
        if exercise_id:
            self.startRequested.emit(f"exercise:{exercise_id}")
