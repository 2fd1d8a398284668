"""The centre of the window (what to do now, in big type) and the side panel (pose and form).

Both subscribe to the :class:`SessionController` and only render. Font sizes
follow the window's height so the countdown stays readable from the floor.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.debug_switches import Mechanism, enabled
from ...core.model import Catalogue, Phase, Side
from ...core.movement import move_positions
from ...core.session import CueDue, State
from ...core.timeline import Step, Timeline
from ..common import theme
from ..common.clock_text import format_clock, format_countdown
from ..common.screen_reader import announce
from ..common.vocabulary import QT_TRANSLATE_NOOP
from .breath_pacer import BreathPacer
from .button_rows import ButtonRows
from .controller import SessionController
from .countdown import ClockLabel, CountdownLabel
from .frame_ticker import FrameTicker
from .step_pose import show_step_pose
from .timeline_strip import TimelineStrip

if TYPE_CHECKING:
    from .pose_view import PoseView

log = logging.getLogger(__name__)

#: The phases in which the figure moves; it holds still in the others.
MOVING = (Phase.LIFT, Phase.LOWER)
#: Positions are taken this far (in positions) short of halfway between two,
#: and the next frame is due half as far short: rounding in the clock's
#: arithmetic cannot leave a frame that is due showing the last position.
_HALF_SLACK = 1e-9


def _position(fraction: float, positions: int) -> int:
    """Which of a movement's ``positions`` the figure is drawn at, ``fraction`` of
    the way through: the nearest, the later one from halfway on."""
    return math.floor(min(1.0, fraction) * positions + 0.5 + _HALF_SLACK)

#: Share of the window height for each text; the countdown's digits (ink, not
#: line box) are at least a fifth of the window.
SIZES: Mapping[str, float] = {
    "countdown": 0.30,
    "phase": 0.075,
    "exercise": 0.042,
    "title": 0.034,
    "breath": 0.046,
    "rep": 0.036,
    "next": 0.03,
    "side": 0.024,
}
#: Never smaller than the system font times this.
MIN_FACTOR: Mapping[str, float] = {
    "countdown": 3.0,
    "phase": 1.6,
    "exercise": 1.2,
    "title": 1.1,
    "breath": 1.3,
    "rep": 1.1,
    "next": 1.0,
    "side": 1.0,
}

#: Translated where shown (:func:`side_text`); left and right are the body's.
SIDE_WORDS: Mapping[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("SessionView", "Left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("SessionView", "Right side"),
    Side.BOTH: QT_TRANSLATE_NOOP("SessionView", "Both sides"),
}


def side_text(side: Side) -> str:
    return QCoreApplication.translate("SessionView", SIDE_WORDS[side])


# ----------------------------------------------------------------- wording


def short_title(step: Step) -> str:
    """The step's title without its breath suffix ("Left knee up — exhale" -> "Left knee up")
    or a repeat of the phase ("Rest — set 2 of 2 next" -> "Set 2 of 2 next"), as the
    timeline composed it in the interface's words."""
    return step.headline or step.title


def exercise_text(step: Step) -> str:
    """The exercise line: its name, marked done on the finished screen."""
    if step.phase is Phase.FINISHED:
        return QCoreApplication.translate("SessionView", "{exercise} — done").format(
            exercise=step.exercise_name
        )
    return step.exercise_name


def title_text(step: Step) -> str:
    """The line under the phase: the step's short title (none when finished)."""
    return "" if step.phase is Phase.FINISHED else short_title(step)


def where_text(step: Step) -> str:
    """Where you are: "Set 1 · Rep 3 of 8 · Left side", adapted to the step."""
    if step.phase is Phase.FINISHED:
        return step.title  # "Routine complete", in the words the timeline was given
    exercise = QCoreApplication.translate("SessionView", "Exercise {number} of {count}").format(
        number=step.block_no, count=step.block_count
    )
    if step.phase is Phase.TRANSITION:
        return QCoreApplication.translate("SessionView", "{exercise} next").format(
            exercise=exercise
        )
    if step.phase is Phase.PREPARE:
        # Two forms, chosen here: lupdate reads no plural from a module-level translate().
        if step.set_count == 1:
            sets = QCoreApplication.translate("SessionView", "1 set")
        else:
            sets = QCoreApplication.translate("SessionView", "{count} sets")
        if step.rep_count == 1:
            reps = QCoreApplication.translate("SessionView", "1 rep")
        else:
            reps = QCoreApplication.translate("SessionView", "{count} reps")
        if step.side is not Side.BOTH:
            reps = QCoreApplication.translate("SessionView", "{reps} each side").format(reps=reps)
        sets = sets.format(count=step.set_count)
        reps = reps.format(count=step.rep_count)
        return QCoreApplication.translate("SessionView", "{exercise} · {sets} of {reps}").format(
            exercise=exercise, sets=sets, reps=reps
        )
    set_no = QCoreApplication.translate("SessionView", "Set {number}").format(number=step.set_no)
    rep_of = QCoreApplication.translate("SessionView", "Rep {number} of {count}").format(
        number=step.rep_no, count=step.rep_count
    )
    if step.phase is Phase.SWITCH_SIDES:
        if step.side in SIDE_WORDS:
            side = side_text(step.side or Side.RIGHT)
        else:
            side = QCoreApplication.translate("SessionView", "Other side")
        return QCoreApplication.translate("SessionView", "{set} · {side} next").format(
            set=set_no, side=side
        )
    if step.phase is Phase.REST:
        if step.side is None:  # between sets: a rest within a set belongs to a side
            return QCoreApplication.translate("SessionView", "Set {number} of {count} done").format(
                number=step.set_no, count=step.set_count
            )
        return QCoreApplication.translate("SessionView", "{set} · {rep} done").format(
            set=set_no, rep=rep_of
        )
    parts = [set_no, rep_of]
    if step.side is not None:
        parts.append(side_text(step.side))
    return " · ".join(parts)


def next_text(timeline: Timeline, index: int) -> str:
    """ "Next: …": the next step, or the next exercise when this one is about to end."""
    step = timeline[index]
    if step.phase is Phase.FINISHED or index + 1 >= len(timeline):
        return ""
    following = timeline[index + 1]
    if following.phase is Phase.FINISHED:
        return QCoreApplication.translate("SessionView", "Next: finished, well done")
    if following.block_no != step.block_no:
        return QCoreApplication.translate("SessionView", "Next: {exercise}").format(
            exercise=following.exercise_name
        )
    return QCoreApplication.translate("SessionView", "Next: {step} ({duration})").format(
        step=short_title(following), duration=format_clock(following.duration)
    )


def state_words(state: State) -> str:
    words = {
        State.IDLE: QT_TRANSLATE_NOOP("SessionView", "ready"),
        State.RUNNING: QT_TRANSLATE_NOOP("SessionView", "running"),
        State.PAUSED: QT_TRANSLATE_NOOP("SessionView", "paused"),
        State.FINISHED: QT_TRANSLATE_NOOP("SessionView", "finished"),
        State.STOPPED: QT_TRANSLATE_NOOP("SessionView", "stopped"),
    }
    return QCoreApplication.translate("SessionView", words[state])


# How much smaller than its size a line of text may get to stay one line.
ONE_LINE_SHRINK = 0.2

#: Focus mode has room to spare: everything it shows grows by this much.
FOCUS_SCALE = 1.25


def _scaled(base: QFont, key: str, height: int, *, bold: bool = False, scale: float = 1.0) -> QFont:
    size = max(SIZES[key] * height * scale, MIN_FACTOR[key] * theme.base_pixel_size(base))
    return theme.pixel_font(base, round(size), bold=bold)


#: The step title's text while paused.
PAUSED_TITLE = QT_TRANSLATE_NOOP("SessionView", "Paused — press Space to resume")


def paused_title() -> str:
    return QCoreApplication.translate("SessionView", PAUSED_TITLE)


def _label(name: str, parent: QWidget, accessible: str) -> SteadyLabel:
    label = SteadyLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class SessionView(QWidget):
    """Exercise, phase, countdown, breath, where you are, what comes next, progress, controls.

    Args:
        controller: the one session controller.
        ticker: the animation tick for the breath pacer.
        buttons: the control buttons, in order, made by the window from its actions.
    """

    def __init__(
        self,
        controller: SessionController,
        ticker: FrameTicker,
        buttons: list[QPushButton],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self._controller = controller
        self._focus_mode = False
        self._last_announcement = ""
        self._panels: list[QWidget] = []
        self._sized_for: Timeline | None = None  # the routine the labels are sized for
        # The countdown's and each line's font for the window's height, before
        # _fit_texts makes them smaller to fit.
        self._countdown_font = QFont()
        self._fonts: dict[SteadyLabel, QFont] = {}

        self.exercise_label = _label("exerciseLabel", self, self.tr("Exercise"))
        self.phase_label = _label("phaseLabel", self, self.tr("Phase"))
        self.title_label = _label("stepTitleLabel", self, self.tr("Step"))
        self.countdown_label = CountdownLabel(self)
        self.pacer = BreathPacer(controller, ticker, self)
        self.breath_prompt = PromptLabel(self)
        self.breath_prompt.setObjectName("breathPrompt")
        self.breath_prompt.setAccessibleName(self.tr("Breath"))
        self.rep_label = _label("repLabel", self, self.tr("Where you are"))
        self.next_label = _label("nextUpLabel", self, self.tr("Next"))
        self.strip = TimelineStrip(controller, self)
        self.elapsed_label = ClockLabel(self.tr("Elapsed 0:00:00"), self)
        self.elapsed_label.setObjectName("elapsedLabel")
        self.elapsed_label.setAccessibleName(self.tr("Elapsed"))
        self.remaining_label = ClockLabel(self.tr("Remaining 0:00:00"), self)
        self.remaining_label.setObjectName("remainingLabel")
        self.remaining_label.setAccessibleName(self.tr("Remaining"))
        self.remaining_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.exercise_label)
        layout.addStretch(1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.countdown_label)
        breath_row = QHBoxLayout()
        breath_row.setSpacing(20)
        breath_row.addStretch(1)
        breath_row.addWidget(self.pacer)
        breath_row.addWidget(self.breath_prompt, 0)
        breath_row.addStretch(1)
        layout.addLayout(breath_row)
        layout.addStretch(1)
        layout.addWidget(self.rep_label)
        layout.addWidget(self.next_label)
        layout.addSpacing(8)
        self.progress = QWidget(self)
        progress_layout = QVBoxLayout(self.progress)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.setSpacing(2)
        progress_layout.addWidget(self.strip)
        times = QHBoxLayout()
        times.addWidget(self.elapsed_label)
        times.addStretch(1)
        times.addWidget(self.remaining_label)
        progress_layout.addLayout(times)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        self.controls = QWidget(self)
        # Lays the buttons out whole: one row, or two on a narrow window.
        self.button_rows = ButtonRows(self.controls)
        self.button_rows.setContentsMargins(0, 0, 0, 0)
        self.button_rows.setSpacing(8)
        for button in buttons:
            button.setParent(self.controls)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.button_rows.addWidget(button)
        layout.addWidget(self.controls)

        controller.stepStarted.connect(self._on_step)
        controller.secondChanged.connect(self._on_second)
        controller.stateChanged.connect(self._on_state)
        controller.extended.connect(lambda _event: self._on_second(controller.display_seconds()))
        self._apply_colours()

    # ------------------------------------------------------------ public

    @property
    def last_announcement(self) -> str:
        """What was last sent to screen readers (phase changes only)."""
        return self._last_announcement

    def add_panel(self, widget: QWidget) -> None:
        """Put a panel that shows itself when needed (the self-check) above the progress bar."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.progress), widget)
        self._panels.append(widget)
        # While it shows, the big type makes room for it rather than being clipped.
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._panels and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.apply_fonts()
        return super().eventFilter(watched, event)

    def _type_height(self) -> int:
        """The height the type is sized from: the window's, less any panel showing."""
        window = self.window()
        height = window.height() if window is not None else self.height()
        for panel in self._panels:
            if panel.isVisibleTo(self):
                height -= panel.sizeHint().height() + self.layout().spacing()  # type: ignore[union-attr]
        return max(1, height)

    def one_row_width(self) -> int:
        """The width this column needs to show its buttons in one row."""
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        return self.button_rows.sizeHint().width() + margins.left() + margins.right()

    def set_focus_mode(self, on: bool) -> None:
        """Show only the countdown, phase and breath prompt (the pose is in the side panel)."""
        self._focus_mode = on
        for widget in (
            self.exercise_label,
            self.title_label,
            self.rep_label,
            self.next_label,
            self.progress,
            self.controls,
        ):
            widget.setVisible(not on)
        self.apply_fonts()

    # ------------------------------------------------------------ slots

    def _on_step(self, step: Step) -> None:
        timeline = self._controller.timeline
        self.exercise_label.setText(exercise_text(step))
        self.phase_label.setText(step.phase_word)
        self.title_label.setText(title_text(step))
        if timeline is not self._sized_for:
            self._sized_for = timeline
            self._size_labels_for(timeline)
            self._fit_texts()
        self.breath_prompt.setText(step.breath_prompt)
        self._fit_prompt()
        self.rep_label.setText(where_text(step))
        self.next_label.setText(next_text(timeline, step.index) if timeline else "")
        self._apply_phase_colour(step.phase)
        self._on_second(self._controller.display_seconds())
        if self._controller.state is State.RUNNING or step.phase is Phase.FINISHED:
            text = self.tr("{phase}: {step}. {breath}.").format(
                phase=step.phase_word,
                step=short_title(step),
                breath=step.breath_prompt,
            )
            self._last_announcement = text
            announce(self.phase_label, text)

    def _size_labels_for(self, timeline: Timeline | None) -> None:
        """Size each label for every text the routine will put in it (see :class:`SteadyLabel`)."""
        steps = timeline.steps if timeline else ()
        self.exercise_label.set_texts(exercise_text(s) for s in steps)
        self.phase_label.set_texts(s.phase_word for s in steps)
        self.title_label.set_texts([*(title_text(s) for s in steps), paused_title()])
        self.breath_prompt.set_texts(s.breath_prompt for s in steps)
        self.rep_label.set_texts(where_text(s) for s in steps)
        if timeline:
            self.next_label.set_texts(next_text(timeline, s.index) for s in steps)

    def _on_second(self, seconds: int) -> None:
        step = self._controller.step
        if step is not None and step.phase is Phase.FINISHED:
            self.countdown_label.setText("✓")
        else:
            self.countdown_label.setText(format_countdown(seconds))
        session = self._controller.session
        if session is not None:
            elapsed = format_clock(session.position())
            remaining = format_clock(session.total_remaining())
            self.elapsed_label.setText(self.tr("Elapsed {clock}").format(clock=elapsed))
            self.remaining_label.setText(self.tr("Remaining {clock}").format(clock=remaining))

    def _on_state(self, state: State) -> None:
        paused = state is State.PAUSED
        self.countdown_label.setEnabled(not paused)
        if paused:
            self.title_label.setText(paused_title())
        elif self._controller.step is not None:
            step = self._controller.step
            self.title_label.setText(title_text(step))

    # ------------------------------------------------------------ look

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colours()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.apply_fonts()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_fonts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        """Size the type for the window's height (less any panel showing).

        Called on every resize and show, and by the window once it has its
        size, before it is first shown: the first layout comes before the show
        event, and would otherwise measure every text of the word-wrapped
        labels (:class:`SteadyLabel`) in the default font, only to measure
        them all again in these.
        """
        height = self._type_height()
        base = QApplication.font()
        scale = FOCUS_SCALE if self._focus_mode else 1.0
        self._countdown_font = _scaled(base, "countdown", height, bold=True, scale=scale)
        self.countdown_label.setFont(self._countdown_font)
        self._fonts = {
            self.phase_label: _scaled(base, "phase", height, bold=True, scale=scale),
            self.exercise_label: _scaled(base, "exercise", height, bold=True),
            self.title_label: _scaled(base, "title", height),
            self.breath_prompt: _scaled(base, "breath", height, scale=scale),
            self.rep_label: _scaled(base, "rep", height),
            self.next_label: _scaled(base, "next", height),
        }
        self._set_line_fonts()
        pacer = round(self.breath_prompt.fontMetrics().height() * 2.2)
        self.pacer.set_diameter(pacer)
        self._fit_prompt()
        self.strip.setFixedHeight(max(24, round(height * 0.035)))
        button_height = max(36, round(height * 0.05))
        for button in self.buttons:
            button.setMinimumHeight(button_height)
        self._fit_countdown()

    def _fit_prompt(self) -> None:
        """One line when it fits beside the pacer; wrapped only on narrow windows."""
        available = max(120, self.width() - self.pacer.width() - 56)
        self.breath_prompt.setMaximumWidth(available)
        self.breath_prompt.updateGeometry()

    def _fit_texts(self) -> None:
        """The lines, then the countdown in the room they leave (a new routine's texts)."""
        self._set_line_fonts()
        self._fit_countdown()

    def _set_line_fonts(self) -> None:
        """Each line around the countdown a little smaller if that keeps it one
        line (see :meth:`SteadyLabel.set_font_to_fit`). The phase and the breath
        prompt, read from the floor, keep their size; so does every line before
        the first show, when the view has no width yet."""
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        across = self.width() - margins.left() - margins.right()
        fixed = (self.phase_label, self.breath_prompt)
        for label, font in self._fonts.items():
            if label in fixed or not self.isVisible():
                label.setFont(font)
            else:
                label.set_font_to_fit(font, across)

    def _fit_countdown(self) -> None:
        """The countdown in its full size, shrunk only as far as it must be to fit.

        Across, "m:ss" must fit the width. Down, the digits take what the other
        texts leave: a long translation that wraps the breath prompt to two
        lines (German, say) makes the digits a little smaller, never cut.
        """
        label = self.countdown_label
        font = QFont(self._countdown_font)
        label.setFont(font)
        width = label.fontMetrics().horizontalAdvance(label.text() or "0")
        available = max(50, self.width() - 32)
        if width > available:
            font.setPixelSize(max(12, int(font.pixelSize() * available / width)))
            label.setFont(font)
        layout = self.layout()
        # Down: lay out now and see what the countdown got. When the texts need
        # more than the height, Qt takes the difference from the biggest item,
        # which is the countdown. (Before the first show there is no height yet.)
        for _ in range(3):
            if layout is None or not self.isVisible():
                break
            layout.activate()
            # The digits are drawn centred on their own ink, so the label may
            # be squeezed down to that (and the antialiasing's edge) unharmed.
            digits = label.digit_height()
            short = math.ceil(digits) + 6 - label.height()
            if short <= 0:
                break
            size = int(font.pixelSize() * max(0.1, (digits - short) / digits))
            if size >= font.pixelSize() or size < 12:
                break
            font.setPixelSize(size)
            label.setFont(font)
        label.updateGeometry()

    def _apply_colours(self) -> None:
        palette = self.palette()
        muted = theme.muted_text(palette)
        for label in (self.title_label, self.next_label, self.elapsed_label, self.remaining_label):
            _set_text_colour(label, muted)
        step = self._controller.step
        self._apply_phase_colour(step.phase if step else Phase.PREPARE)

    def _apply_phase_colour(self, phase: Phase) -> None:
        _set_text_colour(self.phase_label, theme.phase_colour(phase, self.palette()))


class SteadyLabel(QLabel):
    """A word-wrapped label as tall as the tallest of the texts it is to show.

    :meth:`set_texts` names them (every step's, say), so a new step's text
    that wraps to one line more or less does not move what is laid out
    around it: the breath circle, above all, stays where the eye left it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._texts: tuple[str, ...] = ()
        #: The height asked for, per width, text shown, font and margins: a new
        #: step asks again for every label it changes, and Qt lays out
        #: wrapped text afresh each time it is asked.
        self._heights: dict[tuple[object, ...], int] = {}
        #: The tallest of the texts, per width inside the margins and font.
        self._tallest: dict[tuple[int, str], int] = {}
        #: Each text's (width, height) unwrapped, per font: a text no wider than
        #: the label is that tall whatever the width, so only the texts wider
        #: than it are laid out again for each width the layout asks about.
        self._unwrapped: dict[str, list[tuple[int, int, str]]] = {}
        self._keeps_heights = enabled(Mechanism.LABEL_HEIGHT_CACHE)

    def set_texts(self, texts: Iterable[str]) -> None:
        """The texts it will show (besides whatever it shows now)."""
        self._texts = tuple(dict.fromkeys(texts))
        self._heights.clear()
        self._tallest.clear()
        self._unwrapped.clear()
        self.updateGeometry()

    def set_font_to_fit(self, font: QFont, width: int) -> None:
        """``font``, or up to :data:`ONE_LINE_SHRINK` smaller if that keeps every
        text on one line ``width`` pixels wide: a translation a little longer
        than the English keeps the screen's lines, and the digits their room.
        A text that would wrap anyway keeps the full size."""
        margins = self.contentsMargins()
        inside = width - 2 * self.margin() - margins.left() - margins.right()
        widest = self._widest(font)
        if widest > inside > 0 and widest * (1 - ONE_LINE_SHRINK) <= inside:
            font = QFont(font)
            # Widths grow with the size about linearly: guess, then step down.
            font.setPixelSize(int(font.pixelSize() * inside / widest))
            while font.pixelSize() > 1 and self._widest(font) > inside:
                font.setPixelSize(font.pixelSize() - 1)
        self.setFont(font)

    def _widest(self, font: QFont) -> int:
        return max((w for w, _, _ in self._unwrapped_in(font)), default=0)

    def _unwrapped_in(self, font: QFont) -> list[tuple[int, int, str]]:
        """Each text's (width, height, text) on one line in ``font``."""
        key = font.key()
        unwrapped = self._unwrapped.get(key) if self._keeps_heights else None
        if unwrapped is None:
            metrics = QFontMetrics(font)
            unbounded = QRect(0, 0, 1 << 20, 1 << 20)
            flags = int(Qt.TextFlag.TextWordWrap)
            unwrapped = self._unwrapped[key] = [
                (rect.width(), rect.height(), text)
                for text in self._texts
                for rect in (metrics.boundingRect(unbounded, flags, text),)
            ]
        return unwrapped

    def heightForWidth(self, width: int) -> int:
        if not self._texts:
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        inside = width - margins.left() - margins.right() - 2 * self.margin()
        font = self.font().key()
        key = (width, inside, margins.top(), margins.bottom(), self.text(), font)
        height = self._heights.get(key) if self._keeps_heights else None
        if height is None:
            box = QRect(0, 0, max(1, inside), 1 << 20)
            metrics = self.fontMetrics()
            flags = int(Qt.TextFlag.TextWordWrap)
            tallest = self._tallest.get((inside, font)) if self._keeps_heights else None
            if tallest is None:
                tallest = tallest_wrapped(
                    self._unwrapped_in(self.font()),
                    inside,
                    lambda text: metrics.boundingRect(box, flags, text).height(),
                )
                self._tallest[(inside, font)] = tallest
            extra = max(0, tallest - metrics.boundingRect(box, flags, self.text()).height())
            height = super().heightForWidth(width) + extra
            if len(self._heights) > 256:
                self._heights.clear()
                self._tallest.clear()
                self._unwrapped.clear()
            self._heights[key] = height
        return height


def tallest_wrapped(
    unwrapped: Iterable[tuple[int, int, str]], inside: int, wrapped_height: Callable[[str], int]
) -> int:
    """The tallest of texts word-wrapped to ``inside`` pixels, given each text's
    unwrapped ``(width, height, text)``: one that fits keeps its height, and
    only the others are measured wrapped (``wrapped_height``)."""
    return max(
        (height if width <= inside else wrapped_height(text) for width, height, text in unwrapped),
        default=0,
    )


class PromptLabel(SteadyLabel):
    """The breath prompt: asks for one line's width of the widest of its texts (up
    to its maximum), not a guess, so the circle beside it keeps its place too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in (*self._texts, self.text()))
        width = min(widest + 12, self.maximumWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(120, hint.width()), hint.height())


def _set_text_colour(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


# ----------------------------------------------------------------- side panel


class WatchOutNote(QFrame):
    """The "watch out" note: the mistake's name in bold over how to avoid it.

    Two plain-text labels rather than one rich-text label: Qt lays rich text
    out as a whole document each time a layout asks its height, several times
    a step change (3 % of a running minute's instructions).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchOutLabel")
        self.setAccessibleName(self.tr("Watch out"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("watchOutTitle")
        self.body = QLabel(self)
        self.body.setObjectName("watchOutText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)  # inside the frame, as the label's margin was
        layout.setSpacing(0)
        for label in (self.title, self.body):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self._embolden()

    def set_note(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.body.setText(text)
        self.setAccessibleDescription(f"{title}. {text}" if title else text)

    def clear(self) -> None:
        self.set_note("", "")

    def text(self) -> str:
        """The whole note, title first."""
        return f"{self.title.text()}\n{self.body.text()}"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:
            self._embolden()

    def _embolden(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        self.title.setFont(font)


CUE_ROLE = Qt.ItemDataRole.UserRole + 1

#: The figure's share of the side panel's height, in per cent (the checks below get the rest).
POSE_SHARE = 40


class SidePanel(QWidget):
    """The pose, the form checks for this phase (timed cues light up) and a watch-out note."""

    def __init__(
        self,
        controller: SessionController,
        catalogue: Catalogue,
        pose_view: PoseView,
        ticker: FrameTicker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self._controller = controller
        self._catalogue = catalogue
        self.pose_view = pose_view
        #: The moving figure's step, positions and position last shown (see :meth:`_frame`).
        self._shown: tuple[Step, int, int] | None = None
        self._positions_for: tuple[tuple[Step, float, QSize], int] | None = None

        self.checks_heading = QLabel(self.tr("Form checks"), self)
        self.checks_heading.setObjectName("formChecksHeading")
        self.form_checks = QListWidget(self)
        self.form_checks.setObjectName("formChecks")
        self.form_checks.setAccessibleName(self.tr("Form checks"))
        self.form_checks.setToolTip(
            self.tr("What to check in this phase; timed cues light up when due")
        )
        self.form_checks.setWordWrap(True)
        self.form_checks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_checks.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.form_checks.setFrameShape(QFrame.Shape.NoFrame)
        self.form_checks.setSpacing(3)
        self.watch_out = WatchOutNote(self)

        # The text under the figure changes from step to step (more checks or
        # fewer, a watch-out note or none). It makes do with its own share of
        # the panel, scrolled on a window too small for it, so the figure keeps
        # one size and place through the routine instead of jumping when a
        # step starts.
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(8)
        details_layout.addWidget(self.checks_heading)
        details_layout.addWidget(self.form_checks, 1)
        details_layout.addWidget(self.watch_out)
        self.details = QScrollArea(self)
        self.details.setObjectName("sideDetails")
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setWidgetResizable(True)
        self.details.setWidget(details)
        for part in (pose_view, self.details):
            policy = part.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)  # shared by stretch alone
            part.setSizePolicy(policy)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(pose_view, POSE_SHARE)
        layout.addWidget(self.details, 100 - POSE_SHARE)

        self._ticker = ticker
        ticker.watch(pose_view)
        ticker.animate(self._frame)
        controller.stepStarted.connect(self._on_step)
        controller.cueDue.connect(self._on_cue)

    def set_focus_mode(self, on: bool) -> None:
        """Only the figure (it takes the whole panel), or the figure and its checks."""
        self.details.setVisible(not on)

    def highlighted_cues(self) -> list[str]:
        """Texts of the cues that have fallen due in this step."""
        found = []
        for row in range(self.form_checks.count()):
            item = self.form_checks.item(row)
            if item.data(CUE_ROLE) == "due":
                found.append(item.text())
        return found

    def check_texts(self) -> list[str]:
        return [self.form_checks.item(row).text() for row in range(self.form_checks.count())]

    # ------------------------------------------------------------ slots

    def _on_step(self, step: Step) -> None:
        self.form_checks.clear()
        if step.phase is Phase.FINISHED:
            self._show_summary()
            return
        self.checks_heading.setText(self.tr("Form checks"))
        self._show_pose(step)
        for check in step.checks:
            item = QListWidgetItem(f"• {check}")
            self.form_checks.addItem(item)
        for cue in step.cues:
            item = QListWidgetItem(
                self.tr("At {time}: {cue}").format(time=format_clock(cue.at), cue=cue.text)
            )
            item.setData(CUE_ROLE, "pending")
            item.setData(Qt.ItemDataRole.UserRole, cue.text)
            self.form_checks.addItem(item)
        self._restyle()
        self._apply_fonts()
        mistake = self._catalogue.mistakes.get(step.watch_out) if step.watch_out else None
        if mistake is None:
            self.watch_out.clear()
            self.watch_out.hide()
        else:
            self.watch_out.set_note(
                self.tr("Watch out: {mistake}").format(mistake=mistake.name),
                step.watch_out_fix or mistake.fix
            )
            self.watch_out.show()

    def _show_summary(self) -> None:
        """At the end: the last exercise at rest, and what the routine held."""
        self.checks_heading.setText(self.tr("What you did"))
        timeline = self._controller.timeline
        steps = [s for s in timeline.steps if s.exercise_id] if timeline else []
        if steps:
            last = steps[-1]
            self._shown = None
            show_step_pose(self.pose_view, last.replace(pose_from=last.pose_to), 0.0)
        blocks: dict[int, list[Step]] = {}
        for s in steps:
            blocks.setdefault(s.block_no, []).append(s)
        for block in blocks.values():
            first = block[0]
            sided = any(s.side in (Side.LEFT, Side.RIGHT) for s in block)
            if sided:
                done = self.tr("{exercise}: {sets} × {reps} each side")
            else:
                done = self.tr("{exercise}: {sets} × {reps}")
            done = done.format(
                exercise=first.exercise_name, sets=first.set_count, reps=first.rep_count
            )
            text = f"✓ {done}"
            self.form_checks.addItem(QListWidgetItem(text))
        self._restyle()
        self._apply_fonts()
        self.watch_out.clear()
        self.watch_out.hide()

    def _on_cue(self, event: CueDue) -> None:
        text = event.cue.text
        for row in range(self.form_checks.count()):
            item = self.form_checks.item(row)
            if item.data(CUE_ROLE) == "pending" and item.data(Qt.ItemDataRole.UserRole) == text:
                item.setData(CUE_ROLE, "due")
                item.setText(f"▶ {text}")
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self._restyle()
                self.form_checks.scrollToItem(item)
                announce(self.form_checks, text)
                break

    def _restyle(self) -> None:
        """Colours of pending (soft) and due (highlighted) cues, from the current palette."""
        # The panel's own palette: on a theme change the panel hears of it before its list does.
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        soft = theme.ensure_contrast(theme.muted_text(palette), base)
        for row in range(self.form_checks.count()):
            item = self.form_checks.item(row)
            state = item.data(CUE_ROLE)
            if state == "pending":
                item.setForeground(soft)
                item.setBackground(base)
            elif state == "due":
                text = palette.color(QPalette.ColorRole.HighlightedText)
                # Darken (or lighten) the highlight until its text reads at 4.5:1.
                back = theme.ensure_contrast(palette.color(QPalette.ColorRole.Highlight), text)
                item.setBackground(back)
                item.setForeground(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)

    def _frame(self) -> float | None:
        """The figure where it is now in a lift or lower; the seconds until it next moves.

        Most frames in a movement are the breath circle's: the figure's position
        is then worked out from one reading of the clock and, unchanged, not
        shown again.
        """
        at = self._moving_position()
        if at is None:
            return None
        step, positions, now, until = at
        if self._shown != (step, positions, now):
            self._show_at(step, positions, now)
            self._ticker.posted()  # the figure's update: the circle's paint joins it
        return until

    def next_change(self) -> float | None:
        """Seconds until the moving figure reaches its next drawn position (for the
        ticker): exactly when the movement passes halfway to it."""
        at = self._moving_position()
        return None if at is None else at[3]

    def _moving_position(self) -> tuple[Step, int, int, float | None] | None:
        """In a lift or lower: the step, its positions, the one to show now and
        the seconds until the next (``None`` at the last); else ``None``."""
        session = self._controller.session
        if session is None:
            return None
        step = session.step
        if step.phase not in MOVING:
            return None
        duration = session.duration
        positions = self._positions(step, duration)
        if duration <= 0:
            return step, positions, positions, None
        elapsed = session.elapsed()
        now = _position(elapsed / duration, positions)
        if now >= positions:
            return step, positions, positions, None
        return step, positions, now, max(
            0.0, (now + 0.5 - _HALF_SLACK / 2) / positions * duration - elapsed
        )

    def _positions(self, step: Step, duration: float) -> int:
        """Positions the figure is drawn at over this movement: 10 a second at
        most, and no more than the pixels its farthest-moving joint travels
        (worked out once per step, duration and size of the figure)."""
        key = (step, duration, self.pose_view.size())
        if self._positions_for is not None and self._positions_for[0] == key:
            return self._positions_for[1]
        pixels = None
        if step.exercise_id and step.pose_from and step.pose_to:
            pixels = self.pose_view.travel_pixels(step.exercise_id, step.pose_from, step.pose_to)
        positions = move_positions(duration, pixels)
        self._positions_for = (key, positions)
        return positions

    def _show_pose(self, step: Step) -> None:
        # The figure moves over lift and lower steps and holds still otherwise.
        session = self._controller.session
        if step.phase in MOVING and session is not None:
            positions = self._positions(step, session.duration)
            self._show_at(step, positions, _position(self._controller.fraction(), positions))
        else:
            self._shown = None
            show_step_pose(self.pose_view, step, 0.0)

    def _show_at(self, step: Step, positions: int, position: int) -> None:
        """Show ``step``'s figure at ``position`` of ``positions``, and remember it."""
        self._shown = (step, positions, position)
        show_step_pose(self.pose_view, step, position / positions)

    # ------------------------------------------------------------ look

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        height = self.window().height()
        base = QApplication.font()
        self.checks_heading.setFont(_scaled(base, "side", height, bold=True))
        font = _scaled(base, "side", height)
        self.form_checks.setFont(font)
        for row in range(self.form_checks.count()):
            item = self.form_checks.item(row)
            item_font = QFont(font)
            item_font.setBold(item.data(CUE_ROLE) == "due")
            item.setFont(item_font)
        self.watch_out.setFont(_scaled(base, "side", height))
