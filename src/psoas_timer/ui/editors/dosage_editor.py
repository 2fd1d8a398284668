"""The dosage editor: one exercise's holds, reps, tempo and rests, as the user likes them.

What is edited is the user's layer of the dosage (settings), between the
catalogue's defaults and a routine's own block overrides. Only values that
differ from the catalogue are stored, so "Reset to defaults" is simply an empty
layer. Nothing changes in :attr:`Library.settings` until Save; Cancel leaves it
exactly as it was.

The spin boxes here (and in the routine editor) are built by :func:`make_spin`,
whose ranges are :data:`psoas_timer.core.dosage.BOUNDS`, so an editor can never
produce a value a file would be refused for.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.dosage import BOUNDS, DEFAULT_BREATH_IN, DEFAULT_BREATH_OUT, Number, merge
from ...core.model import Category, Exercise, Routine, SidePattern
from ...core.timeline import compile_timeline
from ...store.atomic import StoreError
from ...store.library import Library
from ..common.clock_text import format_clock
from ..common.dialogs import show_problems
from ..common.theme import muted_text, warning_colour
from ..common.vocabulary import QT_TRANSLATE_NOOP, in_sentence

log = logging.getLogger(__name__)


# -- what each dosage key is called on screen -----------------------------------


@dataclass(frozen=True)
class Field:
    label: str
    unit: str  # shown after the number: "s", "breaths", "" (a plain count)
    help: str


FIELDS: dict[str, Field] = {
    "hold_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Hold"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "How long to hold the end position."),
    ),
    "hold_breaths": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Hold for"),
        "breaths",
        QCoreApplication.translate(
            "dosage_editor", "A hold counted in breaths instead of seconds."
        ),
    ),
    "breath_in_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Breathe in"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "Breath pace for a hold counted in breaths."),
    ),
    "breath_out_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Breathe out"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "Breath pace for a hold counted in breaths."),
    ),
    "hold_seconds_left": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Left hold"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "The hold on the left side."),
    ),
    "hold_seconds_right": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Right hold"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "The hold on the right side."),
    ),
    "reps": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Reps per side"),
        "",
        QT_TRANSLATE_NOOP("DosageEditor", "Repetitions on each side, in every set."),
    ),
    "sets": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Sets"),
        "",
        QT_TRANSLATE_NOOP("DosageEditor", "How many sets."),
    ),
    "lift_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Lift tempo"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "Seconds to move into the position."),
    ),
    "lower_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Lower tempo"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "Seconds to come back."),
    ),
    "rest_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Rest between reps"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "A pause after each rep (0 for none)."),
    ),
    "prepare_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Get ready"),
        "s",
        QCoreApplication.translate(
            "dosage_editor", "Time to get into position before the first set."
        ),
    ),
    "rest_between_sides_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Switch sides"),
        "s",
        QCoreApplication.translate(
            "dosage_editor", "Time to change sides, when all reps of one side come first."
        ),
    ),
    "rest_between_sets_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Rest between sets"),
        "s",
        QT_TRANSLATE_NOOP("DosageEditor", "A rest between sets."),
    ),
    "rest_between_exercises_seconds": Field(
        QT_TRANSLATE_NOOP("DosageEditor", "Set-up from previous"),
        "s",
        QCoreApplication.translate(
            "dosage_editor", "Time to set up when this exercise follows another."
        ),
    ),
}

#: Labels that read better for a release exercise (a stretch is eased into, not lifted).
RELEASE_LABELS = {
    "lift_seconds": QT_TRANSLATE_NOOP("DosageEditor", "Ease-in time"),
    "lower_seconds": QT_TRANSLATE_NOOP("DosageEditor", "Ease-out time"),
}

#: Keys whose breath-pace step is half a second; other seconds step by one.
_FINE_KEYS = frozenset({"breath_in_seconds", "breath_out_seconds"})

Spin = QSpinBox | QDoubleSpinBox


def field_label(key: str, exercise: Exercise | None = None) -> str:
    if exercise is not None and exercise.category is Category.RELEASE and key in RELEASE_LABELS:
        return QCoreApplication.translate("DosageEditor", RELEASE_LABELS[key])
    if key == "reps" and exercise is not None and exercise.sides is SidePattern.BOTH:
        return QCoreApplication.translate("DosageEditor", "Reps")
    return QCoreApplication.translate("DosageEditor", FIELDS[key].label)


def number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def value_text(key: str, value: float) -> str:
    """``2 s``, ``8 breaths``, ``10`` — a value with its unit, for hints and summaries."""
    unit = FIELDS[key].unit
    return f"{number_text(value)} {unit}" if unit else number_text(value)


def sensible_warning(exercise: Exercise, key: str, value: float, *, brief: bool = False) -> str:
    """A note when ``value`` is outside the range the catalogue gives as suiting
    ``exercise`` (an empty text inside it, or where the catalogue gives none).

    It only warns: the hard limits are the spin boxes' ranges. ``brief`` gives
    the few words a crowded row has room for.
    """
    span = exercise.sensible_range(key)
    if span is None or span[0] <= value <= span[1]:
        return ""
    unit = FIELDS[key].unit
    usual = f"{number_text(span[0])}–{number_text(span[1])}" + (f" {unit}" if unit else "")
    if brief:
        return QCoreApplication.translate("DosageEditor", "⚠ usual: {usual}").format(usual=usual)
    if value > span[1]:
        above = QCoreApplication.translate(
            "DosageEditor", "⚠ above the usual {usual} for this exercise"
        )
        return above.format(usual=usual)
    below = QCoreApplication.translate(
        "DosageEditor", "⚠ below the usual {usual} for this exercise"
    )
    return below.format(usual=usual)


def warning_label(key: str, parent: QWidget) -> QLabel:
    """The label :func:`sensible_warning` fills, in the palette's warning colour."""
    label = QLabel(parent)
    label.setObjectName(f"{key}-warning")
    label.setStyleSheet(f"color: {warning_colour(parent.palette()).name()}; font-weight: bold;")
    label.setVisible(False)
    return label


def show_warning(
    label: QLabel, spin: Spin, exercise: Exercise, key: str, *, brief: bool = False
) -> None:
    """Fill ``label`` for the spin box's value, and tell a screen reader too."""
    value = spin_value(spin)
    text = sensible_warning(exercise, key, value) if spin.isEnabled() else ""
    label.setText(sensible_warning(exercise, key, value, brief=True) if brief else text)
    label.setToolTip(text)
    label.setVisible(bool(text))
    description = spin.accessibleDescription().split("; ⚠")[0]
    spin.setAccessibleDescription(f"{description}; {text}" if text else description)


class SecondsSpinBox(QDoubleSpinBox):
    """Seconds to one decimal, shown without a trailing ``.0`` (``2 s``, ``2.5 s``)."""

    def textFromValue(self, value: float) -> str:
        return number_text(round(value, 1))


def make_spin(key: str, parent: QWidget | None = None) -> Spin:
    """A spin box for one dosage key whose range is exactly the key's bounds."""
    bound = BOUNDS[key]
    unit = FIELDS[key].unit
    spin: Spin
    if bound.integer:
        spin = QSpinBox(parent)
        spin.setRange(int(bound.low), int(bound.high))
    else:
        spin = SecondsSpinBox(parent)
        spin.setDecimals(1)
        spin.setRange(bound.low, bound.high)
        spin.setSingleStep(0.5 if key in _FINE_KEYS else 1.0)
    if unit == "breaths" and isinstance(spin, QSpinBox):
        # "1 breath", "8 breaths": the suffix follows the number.
        def follow(value: int, box: QSpinBox = spin) -> None:
            box.setSuffix(
                QCoreApplication.translate("dosage_editor", " breath")
                if value == 1
                else QCoreApplication.translate("dosage_editor", " breaths")
            )

        spin.valueChanged.connect(follow)
        follow(spin.value())
    elif unit:
        spin.setSuffix(f" {unit}")
    spin.setObjectName(key)
    spin.setKeyboardTracking(False)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumWidth(110)
    spin.setToolTip(
        QCoreApplication.translate("dosage_editor", "{help} Between {bounds}{unit}.").format(
            help=QCoreApplication.translate("DosageEditor", FIELDS[key].help),
            bounds=bound.describe(),
            unit=" " + unit if unit else "",
        )
    )
    return spin


def spin_value(spin: Spin) -> Number:
    """The spin box's value as a file would store it: an int when it is whole."""
    value = spin.value()
    if isinstance(spin, QSpinBox):
        return int(value)
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def set_spin(spin: Spin, value: float) -> None:
    """Show ``value`` without emitting a change."""
    was = spin.blockSignals(True)
    try:
        if isinstance(spin, QSpinBox):
            spin.setValue(round(value))
        else:
            spin.setValue(float(value))
    finally:
        spin.blockSignals(was)


def hold_summary(values: Mapping[str, Number]) -> str:
    """``hold 5 s``, ``hold 8 breaths``, ``hold left 5 s, right 3 s``."""
    left, right = values.get("hold_seconds_left"), values.get("hold_seconds_right")
    if "hold_breaths" in values:
        base = value_text("hold_breaths", values["hold_breaths"])
    elif "hold_seconds" in values:
        base = value_text("hold_seconds", values["hold_seconds"])
    else:
        base = ""
    if left is not None or right is not None:
        sides = [
            f"{word} {value_text('hold_seconds', value)}"
            for word, value in (("left", left), ("right", right))
            if value is not None
        ]
        if base and len(sides) == 1:
            sides.append(f"{'right' if left is not None else 'left'} {base}")
        return "hold " + ", ".join(sides)
    return f"hold {base}" if base else ""


def total_text(seconds: float) -> str:
    return format_clock(seconds)


def delta_text(now: float, before: float) -> str:
    diff = round(now - before)
    if diff == 0:
        return "no change"
    sign = "+" if diff > 0 else "−"
    return f"{sign}{format_clock(abs(diff))}"


# -- the editor ----------------------------------------------------------------


class DosageEditor(QDialog):
    """Edit the user's dosage for one exercise.

    Signals:
        saved(str): the settings were written; the argument is the exercise id.
            Views showing totals or plans should refresh.
    """

    saved = Signal(str)

    def __init__(self, library: Library, exercise_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.exercise = library.catalogue.exercise(exercise_id)
        self._defaults: dict[str, Number] = dict(self.exercise.dosage)
        self._spins: dict[str, Spin] = {}
        self._labels: dict[str, QLabel] = {}
        self._hints: dict[str, QLabel] = {}
        self._warnings: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        self.setObjectName("dosage-editor")
        self.setWindowTitle(self.tr("Dosage — {name}").format(name=self.exercise.name))
        self._build()
        self.load(library.settings.effective_dosage(library.catalogue, exercise_id))

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        ex = self.exercise
        outer = QVBoxLayout(self)
        outer.setSpacing(12)

        title = QLabel(ex.name)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "Your values apply to every routine that uses this exercise, unless the routine "
                "sets its own. Values you changed are shown in <b>bold</b>, with the default."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setObjectName("read-only-notice")
        colour = warning_colour(self.palette()).name()
        self.read_only_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.read_only_label.setVisible(False)
        outer.addWidget(self.read_only_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        outer.addLayout(grid)

        # Hold: seconds or breaths, the breath pace, and a different hold per side.
        hold_box = QGroupBox(self.tr("Hold"))
        hold_layout = QVBoxLayout(hold_box)
        mode_row = QHBoxLayout()
        self.seconds_radio = QRadioButton(self.tr("Timed in &seconds"))
        self.breaths_radio = QRadioButton(self.tr("Counted in &breaths"))
        self.seconds_radio.setAccessibleName(self.tr("Hold timed in seconds"))
        self.breaths_radio.setAccessibleName(self.tr("Hold counted in breaths"))
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self.seconds_radio)
        self._mode_group.addButton(self.breaths_radio)
        mode_row.addWidget(self.seconds_radio)
        mode_row.addWidget(self.breaths_radio)
        mode_row.addStretch(1)
        hold_layout.addLayout(mode_row)
        hold_form = self._form(
            hold_layout,
            ("hold_seconds", "hold_breaths", "breath_in_seconds", "breath_out_seconds"),
        )
        self.per_side_check = QCheckBox(self.tr("A &different hold for each side"))
        self.per_side_check.setToolTip(
            self.tr(
                "For a tighter or weaker side: hold one side longer than the other. "
                "The two holds below then replace the hold above."
            )
        )
        if ex.sides is SidePattern.BOTH:
            self.per_side_check.setEnabled(False)
            self.per_side_check.setToolTip(self.tr("This exercise works both sides at once."))
        hold_layout.addWidget(self.per_side_check)
        self._form(hold_layout, ("hold_seconds_left", "hold_seconds_right"))
        self._hold_form = hold_form
        grid.addWidget(hold_box, 0, 0)

        reps_box = QGroupBox(self.tr("Reps, sets and tempo"))
        reps_layout = QVBoxLayout(reps_box)
        self._form(reps_layout, ("reps", "sets", "lift_seconds", "lower_seconds", "rest_seconds"))
        grid.addWidget(reps_box, 1, 0)

        rests_box = QGroupBox(self.tr("Getting ready and rests"))
        rests_layout = QVBoxLayout(rests_box)
        self._form(
            rests_layout,
            (
                "prepare_seconds",
                "rest_between_sides_seconds",
                "rest_between_sets_seconds",
                "rest_between_exercises_seconds",
            ),
        )
        if ex.sides is not SidePattern.SEQUENTIAL:
            self._set_row_visible("rest_between_sides_seconds", False)
        grid.addWidget(rests_box, 0, 1)

        totals_box = QGroupBox(self.tr("Total time"))
        totals_layout = QVBoxLayout(totals_box)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.totals_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        totals_layout.addWidget(self.totals_label)
        totals_layout.addStretch(1)
        grid.addWidget(totals_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        buttons = QDialogButtonBox()
        self.reset_button = QPushButton(self.tr("&Reset to defaults"))
        self.reset_button.setToolTip(
            self.tr("Go back to the catalogue's values for this exercise.")
        )
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        outer.addWidget(buttons)

        self.reset_button.clicked.connect(self.reset_to_defaults)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.seconds_radio.toggled.connect(self._mode_changed)
        self.per_side_check.toggled.connect(self._per_side_changed)
        for spin in self._spins.values():
            spin.valueChanged.connect(self._changed)

        reason = self.library.settings.read_only_reason
        if reason:
            self.read_only_label.setText(
                self.tr("Changes cannot be saved: {reason}.").format(reason=reason)
            )
            self.read_only_label.setVisible(True)
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(reason)

    def _form(self, parent: QVBoxLayout, keys: tuple[str, ...]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hint_colour = muted_text(self.palette()).name()
        for key in keys:
            spin = make_spin(key, self)
            label = QLabel(f"{field_label(key, self.exercise)}:")
            label.setBuddy(spin)
            spin.setAccessibleName(field_label(key, self.exercise))
            hint = QLabel()
            hint.setObjectName(f"{key}-hint")
            hint.setStyleSheet(f"color: {hint_colour};")
            policy = hint.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            hint.setSizePolicy(policy)
            hint.setMinimumWidth(hint.fontMetrics().horizontalAdvance("default: 600 breaths"))
            row = QHBoxLayout()
            row.setSpacing(10)
            warning = warning_label(key, self)
            row.addWidget(spin)
            row.addWidget(hint)
            row.addWidget(warning)
            row.addStretch(1)
            form.addRow(label, row)
            self._spins[key] = spin
            self._labels[key] = label
            self._hints[key] = hint
            self._warnings[key] = warning
            self._forms[key] = form
        parent.addLayout(form)
        return form

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self._forms[key].setRowVisible(self._labels[key], visible)

    # -- values -------------------------------------------------------------------

    def spin(self, key: str) -> Spin:
        """The spin box for one dosage key (for tests and the routine editor's reuse)."""
        return self._spins[key]

    def warning(self, key: str) -> QLabel:
        """The note shown past the exercise's sensible range for ``key``."""
        return self._warnings[key]

    @property
    def spins(self) -> Mapping[str, Spin]:
        return dict(self._spins)

    def default_value(self, key: str) -> Number:
        """The catalogue's value for ``key``, as this exercise would run without overrides."""
        d = self._defaults
        if key in d:
            return d[key]
        if key == "breath_in_seconds":
            return DEFAULT_BREATH_IN
        if key == "breath_out_seconds":
            return DEFAULT_BREATH_OUT
        return self._base_hold(d)

    @staticmethod
    def _base_hold(values: Mapping[str, Number]) -> Number:
        if "hold_breaths" in values:
            pace = float(values.get("breath_in_seconds", DEFAULT_BREATH_IN)) + float(
                values.get("breath_out_seconds", DEFAULT_BREATH_OUT)
            )
            return min(600.0, float(values["hold_breaths"]) * pace)
        return values.get("hold_seconds", 1)

    def load(self, values: Mapping[str, Number]) -> None:
        """Show an effective dosage (catalogue merged with overrides) in the widgets."""
        breaths_mode = "hold_breaths" in values
        pace_in = float(values.get("breath_in_seconds", DEFAULT_BREATH_IN))
        pace_out = float(values.get("breath_out_seconds", DEFAULT_BREATH_OUT))
        base = float(self._base_hold(values))
        shown: dict[str, float] = {
            "hold_seconds": float(values.get("hold_seconds", base)),
            "hold_breaths": float(
                values.get("hold_breaths", max(1, min(60, round(base / (pace_in + pace_out)))))
            ),
            "breath_in_seconds": pace_in,
            "breath_out_seconds": pace_out,
            "hold_seconds_left": float(values.get("hold_seconds_left", base)),
            "hold_seconds_right": float(values.get("hold_seconds_right", base)),
        }
        for key in BOUNDS:
            if key in shown:
                set_spin(self._spins[key], shown[key])
            elif key in values:
                set_spin(self._spins[key], float(values[key]))
        for button in (self.seconds_radio, self.breaths_radio, self.per_side_check):
            button.blockSignals(True)
        self.breaths_radio.setChecked(breaths_mode)
        self.seconds_radio.setChecked(not breaths_mode)
        per_side = "hold_seconds_left" in values or "hold_seconds_right" in values
        self.per_side_check.setChecked(per_side and self.exercise.sides is not SidePattern.BOTH)
        for button in (self.seconds_radio, self.breaths_radio, self.per_side_check):
            button.blockSignals(False)
        self._refresh()

    def overrides(self) -> dict[str, Number]:
        """The user's layer as the widgets show it: only what differs from the catalogue."""
        d = self._defaults
        out: dict[str, Number] = {}
        for key in (
            "reps",
            "sets",
            "lift_seconds",
            "lower_seconds",
            "rest_seconds",
            "prepare_seconds",
            "rest_between_sides_seconds",
            "rest_between_sets_seconds",
            "rest_between_exercises_seconds",
            "breath_in_seconds",
            "breath_out_seconds",
        ):
            value = spin_value(self._spins[key])
            if value != self.default_value(key):
                out[key] = value
        if self.breaths_radio.isChecked():
            breaths = spin_value(self._spins["hold_breaths"])
            if d.get("hold_breaths") != breaths:
                out["hold_breaths"] = breaths
        else:
            seconds = spin_value(self._spins["hold_seconds"])
            if d.get("hold_seconds") != seconds:
                out["hold_seconds"] = seconds
        if self.per_side_check.isChecked():
            for key in ("hold_seconds_left", "hold_seconds_right"):
                value = spin_value(self._spins[key])
                if d.get(key) != value:
                    out[key] = value
        return out

    def effective(self) -> dict[str, Number]:
        """The exercise's dosage as it will run outside routines that override it."""
        return merge(self._defaults, self.overrides())

    # -- reacting -----------------------------------------------------------------

    def _mode_changed(self, _checked: bool) -> None:
        self._refresh()

    def _per_side_changed(self, checked: bool) -> None:
        if checked:
            # Start both sides at the current hold, so ticking the box changes nothing yet.
            base = float(self._base_hold(self._current_hold_values()))
            for key in ("hold_seconds_left", "hold_seconds_right"):
                set_spin(self._spins[key], base)
        self._refresh()

    def _current_hold_values(self) -> dict[str, Number]:
        values: dict[str, Number] = {
            "breath_in_seconds": spin_value(self._spins["breath_in_seconds"]),
            "breath_out_seconds": spin_value(self._spins["breath_out_seconds"]),
        }
        if self.breaths_radio.isChecked():
            values["hold_breaths"] = spin_value(self._spins["hold_breaths"])
        else:
            values["hold_seconds"] = spin_value(self._spins["hold_seconds"])
        return values

    def _changed(self, *_: object) -> None:
        self._refresh()

    def _refresh(self) -> None:
        breaths = self.breaths_radio.isChecked()
        per_side = self.per_side_check.isChecked()
        self._set_row_visible("hold_seconds", not breaths)
        for key in ("hold_breaths", "breath_in_seconds", "breath_out_seconds"):
            self._set_row_visible(key, breaths)
        for key in ("hold_seconds_left", "hold_seconds_right"):
            self._set_row_visible(key, per_side)
        # While each side has its own hold (in seconds), the shared hold is not used.
        for widget in (
            self.seconds_radio,
            self.breaths_radio,
            self._spins["hold_seconds"],
            self._spins["hold_breaths"],
        ):
            widget.setEnabled(not per_side)
        changed = self.overrides()
        for key, label in self._labels.items():
            font = QFont(label.font())
            font.setBold(key in changed)
            label.setFont(font)
            hint = self._hints[key]
            if key in changed:
                hint.setText(
                    self.tr("default: {default_text}").format(default_text=self._default_text(key))
                )
                hint.setVisible(True)
            else:
                hint.setVisible(False)
            self._spins[key].setAccessibleDescription(
                self.tr("changed; default {default_text}").format(
                    default_text=self._default_text(key)
                )
                if key in changed
                else "default"
            )
            show_warning(self._warnings[key], self._spins[key], self.exercise, key)
        mode_changed = ("hold_breaths" in self._defaults) != breaths
        for radio in (self.seconds_radio, self.breaths_radio):
            font = QFont(radio.font())
            font.setBold(mode_changed and radio.isChecked())
            radio.setFont(font)
        self.reset_button.setEnabled(bool(changed) or bool(self._saved_overrides()))
        self._update_totals(changed)

    def _default_text(self, key: str) -> str:
        if key == "hold_seconds" and "hold_breaths" in self._defaults:
            return f"{value_text('hold_breaths', self._defaults['hold_breaths'])}"
        if key == "hold_breaths" and "hold_breaths" not in self._defaults:
            return f"{value_text('hold_seconds', self.default_value('hold_seconds'))}"
        return value_text(key, self.default_value(key))

    def _saved_overrides(self) -> dict[str, Number]:
        return self.library.settings.user_dosage(self.exercise.id)

    # -- totals -------------------------------------------------------------------

    def routines_using(self) -> list[Routine]:
        """Every routine (built-in and the user's) with a block of this exercise."""
        return [
            r
            for r in self.library.routines.values()
            if any(b.exercise == self.exercise.id for b in r.blocks)
        ]

    def totals(self) -> dict[str, tuple[float, float]]:
        """``{routine id: (total now, total as saved)}``; the exercise alone: ``exercise:<id>``."""
        edited: dict[str, Mapping[str, Number]] = dict(self.library.overrides)
        edited[self.exercise.id] = self.overrides()
        result: dict[str, tuple[float, float]] = {}
        single = Routine.single(self.exercise)
        for routine in [single, *self.routines_using()]:
            now = compile_timeline(routine, self.library.catalogue, edited).total_seconds
            before = self.library.timeline(routine).total_seconds
            result[routine.id] = (now, before)
        return result

    def _update_totals(self, changed: Mapping[str, Number]) -> None:
        totals = self.totals()
        rows: list[str] = []

        def row(name: str, now: float, before: float, note: str = "") -> None:
            diff = delta_text(now, before)
            diff_html = "" if diff == "no change" else f" <small>({escape(diff)})</small>"
            note_html = f"<br><small>{escape(note)}</small>" if note else ""
            rows.append(
                f"<tr><td style='padding:2px 12px 2px 0'>{escape(name)}{note_html}</td>"
                f"<td align='right' style='padding:2px 0'><b>{total_text(now)}</b>{diff_html}"
                "</td></tr>"
            )

        now, before = totals[f"exercise:{self.exercise.id}"]
        row(self.tr("This exercise on its own"), now, before)
        routines = self.routines_using()
        for routine in routines:
            own = sorted(
                {k for b in routine.blocks if b.exercise == self.exercise.id for k in b.overrides}
            )
            note = ""
            if own:
                words = ", ".join(in_sentence(field_label(k, self.exercise)) for k in own)
                note = f"keeps its own {words}"
            now, before = totals[routine.id]
            row(routine.name, now, before, note)
        header = "" if routines else "<p>No routine uses this exercise yet.</p>"
        self.totals_label.setText(
            self.tr("{header}<table width='100%'>{join}</table>").format(
                header=header, join="".join(rows)
            )
        )
        summary = "; ".join(f"{r}: {total_text(n)}" for r, (n, _b) in totals.items())
        self.totals_label.setAccessibleName(
            self.tr("Total time. {summary}").format(summary=summary)
        )

    # -- actions ------------------------------------------------------------------

    def reset_to_defaults(self) -> None:
        """Show the catalogue's values; Save then removes the user's overrides."""
        self.load(self._defaults)

    def save(self) -> bool:
        """Write the shown values to the settings file atomically; close on success.

        On failure the settings in memory are left as they were and the user is
        told why; the dialog stays open.
        """
        settings = self.library.settings
        exercise_id = self.exercise.id
        if settings.read_only:
            show_problems(self, self.tr("Dosage not saved"), [settings.read_only_reason])
            return False
        previous = settings.user_dosage(exercise_id)
        edited = self.overrides()
        try:
            settings.reset_dosage(exercise_id)
            for key, value in edited.items():
                settings.set_dosage(exercise_id, key, value)
            settings.save()
        except (ValueError, StoreError) as exc:
            settings.reset_dosage(exercise_id)
            for key, value in previous.items():
                settings.set_dosage(exercise_id, key, value)
            log.warning("could not save the dosage of %s: %s", exercise_id, exc)
            show_problems(
                self,
                self.tr("Dosage not saved"),
                [str(exc)],
                intro=self.tr("The dosage of {name} could not be saved:").format(
                    name=self.exercise.name
                ),
            )
            return False
        log.info("saved dosage of %s: %s", exercise_id, edited)
        self.saved.emit(exercise_id)
        self.accept()
        return True
