"""The dosage editor: one exercise's holds, reps, tempo and rests, as the user likes them.

The dialog's widgets hold the values being edited; what they mean (the user's
layer of the dosage, the totals it gives, saving it) is
:class:`psoas_timer.store.dosage_draft.DosageDraft`. Nothing changes in
:attr:`Library.settings` until Save; Cancel leaves it exactly as it was. The
fields' names, spin boxes and texts are in :mod:`.dosage_fields`.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dosage import Number, merge
from ...core.model import Routine, SidePattern
from ...store.atomic import StoreError
from ...store.dosage_draft import DosageDraft
from ...store.library import Library
from ..common.dialogs import show_problems
from ..common.theme import muted_text, warning_colour
from ..common.vocabulary import in_sentence
from .dosage_fields import (
    Spin,
    delta_text,
    field_label,
    make_spin,
    set_spin,
    show_warning,
    spin_value,
    total_text,
    value_text,
    warning_label,
)


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
        self.draft = DosageDraft(library, exercise_id)
        self.exercise = self.draft.exercise
        self._spins: dict[str, Spin] = {}
        self._labels: dict[str, QLabel] = {}
        self._hints: dict[str, QLabel] = {}
        self._warnings: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        self.setObjectName("dosage-editor")
        self.setWindowTitle(self.tr("Dosage — {name}").format(name=self.exercise.name))
        self._build()
        self.load(self.draft.current())

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
        return self.draft.default_value(key)

    def load(self, values: Mapping[str, Number]) -> None:
        """Show an effective dosage (catalogue merged with overrides) in the widgets."""
        breaths_mode = "hold_breaths" in values
        for key, value in self.draft.shown(values).items():
            set_spin(self._spins[key], value)
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
        return self.draft.layer(
            {key: spin_value(spin) for key, spin in self._spins.items()},
            breaths=self.breaths_radio.isChecked(),
            per_side=self.per_side_check.isChecked(),
        )

    def effective(self) -> dict[str, Number]:
        """The exercise's dosage as it will run outside routines that override it."""
        return merge(self.draft.defaults, self.overrides())

    # -- reacting -----------------------------------------------------------------

    def _mode_changed(self, _checked: bool) -> None:
        self._refresh()

    def _per_side_changed(self, checked: bool) -> None:
        if checked:
            # Start both sides at the current hold, so ticking the box changes nothing yet.
            base = float(self.draft.base_hold(self._current_hold_values()))
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
        mode_changed = ("hold_breaths" in self.draft.defaults) != breaths
        for radio in (self.seconds_radio, self.breaths_radio):
            font = QFont(radio.font())
            font.setBold(mode_changed and radio.isChecked())
            radio.setFont(font)
        self.reset_button.setEnabled(bool(changed) or bool(self._saved_overrides()))
        self._update_totals(changed)

    def _default_text(self, key: str) -> str:
        if key == "hold_seconds" and "hold_breaths" in self.draft.defaults:
            return f"{value_text('hold_breaths', self.draft.defaults['hold_breaths'])}"
        if key == "hold_breaths" and "hold_breaths" not in self.draft.defaults:
            return f"{value_text('hold_seconds', self.default_value('hold_seconds'))}"
        return value_text(key, self.default_value(key))

    def _saved_overrides(self) -> dict[str, Number]:
        return self.draft.saved_layer()

    # -- totals -------------------------------------------------------------------

    def routines_using(self) -> list[Routine]:
        """Every routine (built-in and the user's) with a block of this exercise."""
        return self.draft.routines_using()

    def totals(self) -> dict[str, tuple[float, float]]:
        """``{routine id: (total now, total as saved)}``; the exercise alone: ``exercise:<id>``."""
        return self.draft.totals(self.overrides())

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
                note = self.tr("keeps its own {fields}").format(fields=words)
            now, before = totals[routine.id]
            row(routine.name, now, before, note)
        header = "" if routines else f"<p>{self.tr('No routine uses this exercise yet.')}</p>"
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
        self.load(self.draft.defaults)

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
        try:
            self.draft.save(self.overrides())
        except (ValueError, StoreError) as exc:
            show_problems(
                self,
                self.tr("Dosage not saved"),
                [str(exc)],
                intro=self.tr("The dosage of {name} could not be saved:").format(
                    name=self.exercise.name
                ),
            )
            return False
        self.saved.emit(exercise_id)
        self.accept()
        return True
