"""What each dosage key is called on screen, its bounded spin box, and values as text.

Both editors build their spin boxes with :func:`make_spin`, whose ranges are
:data:`psoas_timer.core.dosage.BOUNDS`, so an editor can never produce a value
a file would be refused for. The words keep the ``DosageEditor`` and
``dosage_editor`` translation contexts they had when they lived in the dosage
editor's module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox, QWidget

from ...core.dosage import BOUNDS, Number
from ...core.model import Category, Exercise, SidePattern
from ..common.clock_text import format_clock
from ..common.theme import warning_colour
from ..common.vocabulary import QT_TRANSLATE_NOOP

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
