"""After an exercise: "Where did you feel it?", and progression suggestions.

:class:`SelfCheckPrompt` is a one-click, skippable question with four answers;
after an answer it shows the matching tip: for a mistake, the exercise's own fix
from the catalogue.
:class:`SuggestionsPanel` lists the progression suggestions the history has
earned, each with *Apply* and *Not now*.

Neither imports pyqtgraph; both are cheap to build with the main window.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Catalogue
from ...core.progress import (
    FEELING_LABELS,
    DosageSetter,
    DosageSource,
    ExerciseResult,
    Feeling,
    Suggestion,
    SuggestionKind,
    apply_suggestion,
    suggest,
    tip_for,
)
from ...store.history import HistoryStore
from ..common.vocabulary import QT_TRANSLATE_NOOP, in_sentence, phrase
from .history_recorder import HistoryRecorder

log = logging.getLogger(__name__)

QUESTION = QT_TRANSLATE_NOOP("SelfCheck", "Where did you feel it?")


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _catalogue() -> Catalogue:
    from ...core.catalogue import load_catalogue

    return load_catalogue()


def should_ask(result: ExerciseResult) -> bool:
    """Ask after a strengthening exercise that was actually worked (a hold done).

    The answers and tips come from the guide's mistakes in strengthening (the
    thigh or the lower back taking over a lift); a stretch is not judged that way.
    """
    from ...core.model import Category

    exercise = _catalogue().exercises.get(result.exercise_id)
    strengthening = exercise is not None and exercise.category is Category.STRENGTHEN
    return strengthening and result.holds_completed > 0


class SelfCheckPrompt(QFrame):
    """The optional "Where did you feel it?" question, then a tip.

    Hidden until :meth:`ask`. Given a recorder, it asks after every exercise
    that ``ask_when`` accepts and stores the answers through it.

    Signals:
        answered(ExerciseResult, Feeling): the user picked an answer.
        skipped(ExerciseResult): the user chose not to answer.
        closed(): the prompt hid itself (after *Skip* or *OK*).
    """

    answered = Signal(object, object)
    skipped = Signal(object)
    closed = Signal()

    def __init__(
        self,
        recorder: HistoryRecorder | None = None,
        parent: QWidget | None = None,
        *,
        ask_when: Callable[[ExerciseResult], bool] = should_ask,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckPrompt")
        self._catalogue = catalogue
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._recorder = recorder
        self._ask_when = ask_when
        self._result: ExerciseResult | None = None

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.addWidget(self._stack)

        # The question.
        question = QWidget()
        q_layout = QVBoxLayout(question)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.setSpacing(10)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.question_label = _bold(QLabel(self.tr(QUESTION)), 1.3)
        self.exercise_label = QLabel()
        titles.addWidget(self.question_label)
        titles.addWidget(self.exercise_label)
        header.addLayout(titles, 1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Don't answer this time (Esc)"))
        self.skip_button.clicked.connect(self.skip)
        header.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignTop)
        q_layout.addLayout(header)
        answers = QHBoxLayout()
        answers.setSpacing(8)
        self.answer_buttons: dict[Feeling, QPushButton] = {}
        for number, feeling in enumerate(Feeling, start=1):
            button = QPushButton(phrase(FEELING_LABELS[feeling]))
            button.setMinimumHeight(44)
            button.setToolTip(
                self.tr("{answer} (key {number})").format(
                    answer=phrase(FEELING_LABELS[feeling]), number=number
                )
            )
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, f=feeling: self.answer(f))
            QShortcut(QKeySequence(str(number)), question, lambda f=feeling: self.answer(f))
            answers.addWidget(button)
            self.answer_buttons[feeling] = button
        q_layout.addLayout(answers)
        self._stack.addWidget(question)

        # The tip.
        tip = QWidget()
        t_layout = QVBoxLayout(tip)
        t_layout.setContentsMargins(0, 0, 0, 0)
        t_layout.setSpacing(6)
        self.answer_label = QLabel()
        self.tip_title = _bold(QLabel(), 1.3)
        self.tip_text = _wrapping()
        t_layout.addWidget(self.answer_label)
        t_layout.addWidget(self.tip_title)
        t_layout.addWidget(self.tip_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setMinimumWidth(96)
        self.ok_button.clicked.connect(self._close)
        row.addWidget(self.ok_button)
        t_layout.addLayout(row)
        self._stack.addWidget(tip)

        self.hide()
        if recorder is not None:
            recorder.exerciseEnded.connect(self._on_exercise_ended)

    def event(self, event: QEvent) -> bool:
        # Esc skips or closes the prompt while the keyboard focus is in it. It is not a
        # QShortcut: the window's Esc (stop) would make both ambiguous, and neither would fire.
        if (
            event.type() is QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._escape()
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def result(self) -> ExerciseResult | None:
        """The exercise being asked about."""
        return self._result

    @property
    def showing_tip(self) -> bool:
        return not self.isHidden() and self._stack.currentIndex() == 1

    def ask(self, result: ExerciseResult) -> None:
        """Show the question about ``result``'s exercise."""
        self._result = result
        self.exercise_label.setText(
            self.tr("After {exercise_name}. Optional: one click, or skip.").format(
                exercise_name=result.exercise_name
            )
        )
        self._stack.setCurrentIndex(0)
        self.show()

    def answer(self, feeling: Feeling) -> None:
        result = self._result
        if result is None or self._stack.currentIndex() != 0:
            return
        if self._recorder is not None:
            self._recorder.record_self_check(result, feeling)
        tip = tip_for(feeling, self._catalogue or _catalogue(), result.exercise_id, phrase)
        self.answer_label.setText(
            self.tr("You felt it: {answer}").format(answer=in_sentence(phrase(feeling.label)))
        )
        self.tip_title.setText(tip.title)
        self.tip_text.setText(tip.text)
        self._stack.setCurrentIndex(1)
        self.ok_button.setFocus()
        self.answered.emit(result, feeling)

    def skip(self) -> None:
        result = self._result
        self._close()
        if result is not None:
            self.skipped.emit(result)

    def _escape(self) -> None:
        if self._stack.currentIndex() == 0:
            self.skip()
        else:
            self._close()

    def _close(self) -> None:
        self._result = None
        self.hide()
        self.closed.emit()

    def _on_exercise_ended(self, result: ExerciseResult) -> None:
        if self._ask_when(result):
            self.ask(result)


class SuggestionsPanel(QFrame):
    """Progression suggestions, each with *Apply* (or *Got it*) and *Not now*.

    Args:
        store: the history the rules read, and where answers are kept.
        catalogue: the exercises.
        current: the user's effective dosage per exercise, e.g.
            ``lambda ex: settings.effective_dosage(catalogue, ex)``.
        set_dosage: applies a change, e.g. ``settings.set_dosage`` followed by
            a save; without it *Apply* only records the answer.

    Call :meth:`refresh` when the history may have changed (after a session).
    Hidden while there is nothing to suggest.

    Signals:
        accepted(Suggestion): the user applied a suggestion (dosage already set).
        dismissed(Suggestion): the user chose *Not now*.
    """

    accepted = Signal(object)
    dismissed = Signal(object)

    def __init__(
        self,
        store: HistoryStore,
        catalogue: Catalogue,
        *,
        current: DosageSource | None = None,
        set_dosage: DosageSetter | None = None,
        wall: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._store = store
        self._catalogue = catalogue
        self._current = current
        self._set_dosage = set_dosage
        self._wall = wall
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 12)
        self._layout.setSpacing(10)
        self.suggestions: list[Suggestion] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            history = self._store.history()
        except sqlite3.Error as exc:
            log.warning("could not read the history for suggestions: %s", exc)
            history = None
        self.suggestions = (
            suggest(
                history.results,
                history.self_checks,
                history.dismissals,
                self._catalogue,
                self._current,
            )
            if history is not None
            else []
        )
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for suggestion in self.suggestions:
            self._layout.addWidget(self._card(suggestion))
        self.setVisible(bool(self.suggestions))

    def accept(self, suggestion: Suggestion) -> None:
        if self._set_dosage is not None:
            apply_suggestion(suggestion, self._set_dosage)
        self._store.add_dismissal(suggestion.dismissal(accepted=True, at_unix=self._wall()))
        self.accepted.emit(suggestion)
        self.refresh()

    def dismiss(self, suggestion: Suggestion) -> None:
        self._store.add_dismissal(suggestion.dismissal(at_unix=self._wall()))
        self.dismissed.emit(suggestion)
        self.refresh()

    def _card(self, suggestion: Suggestion) -> QWidget:
        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(_bold(QLabel(suggestion.title_in(phrase)), 1.15))
        layout.addWidget(_wrapping(suggestion.text_in(phrase)))
        row = QHBoxLayout()
        row.addStretch(1)
        later = QPushButton(self.tr("Not now"))
        later.clicked.connect(lambda: self.dismiss(suggestion))
        ok = QPushButton(
            self.tr("Got it") if suggestion.kind is SuggestionKind.NEXT else self.tr("Apply")
        )
        ok.setDefault(True)
        ok.clicked.connect(lambda: self.accept(suggestion))
        row.addWidget(later)
        row.addWidget(ok)
        layout.addLayout(row)
        return card
