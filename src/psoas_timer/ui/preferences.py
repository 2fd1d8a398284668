"""Preferences: volume, mute, beeps or voice, and the 3-2-1 ticks.

Every change goes straight to :class:`~psoas_timer.ui.session.audio.AudioCues`, which
saves it in ``settings.toml``; there is nothing to apply or cancel. When sound
or voice cannot be used on this machine, one line says so at the top.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from ..core.cues import Mode
from .common import language, theme
from .common.language import NATIVE_NAMES
from .common.vocabulary import QT_TRANSLATE_NOOP
from .session.audio import AudioCues, Preferences

log = logging.getLogger(__name__)

MODE_TEXTS = (
    (
        Mode.BEEPS,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Beeps"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "Short sounds only"),
    ),
    (
        Mode.VOICE,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Voice"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "Spoken steps and cues only"),
    ),
    (
        Mode.BOTH,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Both"),
        QT_TRANSLATE_NOOP("PreferencesDialog", "Sounds and spoken steps"),
    ),
)


# The dialog's least width (wider when its rows need it).
MINIMUM_WIDTH = 460


class PreferencesDialog(QDialog):
    """The sound preferences, saved as they change.

    Args:
        audio: the app's audio cues (volume, mute and mode go through it).
        prefs: where ``countdown_ticks`` is stored (the same preferences ``audio`` reads).
    """

    def __init__(self, audio: AudioCues, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._audio = audio
        self._prefs = prefs

        self.notice = QLabel(audio.status_text(), self)
        self.notice.setObjectName("audioNotice")
        self.notice.setAccessibleName(self.tr("Sound notice"))
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QLabel.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.notice.setStyleSheet(f"color: {theme.muted_text(self.palette()).name()};")
        self.notice.setVisible(bool(audio.status_text()))

        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        # Saved when the slider is let go, not on every pixel of a drag.
        self.volume.setTracking(False)
        self.volume.setValue(round(audio.volume * 100))
        self.volume_label = QLabel(self._percent(self.volume.value()), self)
        self.volume_label.setObjectName("volumeValue")
        self.volume_label.setMinimumWidth(
            self.volume_label.fontMetrics().horizontalAdvance("100 %")
        )
        self.volume.sliderMoved.connect(lambda v: self.volume_label.setText(self._percent(v)))
        self.volume.valueChanged.connect(self._on_volume)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)

        self.mute = QCheckBox(self.tr("Mute all sound and voice (M)"), self)
        self.mute.setObjectName("muteCheck")
        self.mute.setChecked(audio.muted)
        self.mute.toggled.connect(audio.set_muted)
        audio.mutedChanged.connect(self._on_muted)

        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        mode_row = QHBoxLayout()
        for mode, text, tip in MODE_TEXTS:
            button = QRadioButton(self.tr(text), self)
            button.setObjectName(f"cueMode_{mode.value}")
            button.setToolTip(self.tr(tip))
            button.setChecked(audio.mode is mode)
            button.toggled.connect(lambda on, m=mode: self._on_mode(m, on))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            mode_row.addWidget(button)
        mode_row.addStretch(1)

        self.ticks = QCheckBox(self.tr("Tick 3, 2, 1 before a hold or rest ends"), self)
        self.ticks.setObjectName("ticksCheck")
        self.ticks.setChecked(audio.options().ticks)
        self.ticks.toggled.connect(self._on_ticks)

        form = QFormLayout()
        # A longer language moves a field under its label rather than clipping the label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        volume_label = QLabel(self.tr("&Volume:"), self)
        volume_label.setBuddy(self.volume)
        form.addRow(volume_label, volume_row)
        form.addRow("", self.mute)
        form.addRow(self.tr("Cues:"), mode_row)
        form.addRow(self.tr("Countdown:"), self.ticks)
        language_row = self._language_row()
        # A label with a buddy draws "&L" as an underlined L (Alt+L); a bare
        # string beside a layout would show the "&" itself.
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, language_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # At least this wide, and at least as wide as its rows: a minimum width
        # set on the dialog would replace its layout's, and a longer language's
        # check boxes (or the companion's, added later) would be cut.
        margins = layout.contentsMargins()
        least = MINIMUM_WIDTH - margins.left() - margins.right()
        layout.insertItem(
            0, QSpacerItem(least, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        )

    def _language_row(self) -> QVBoxLayout:
        """The interface language: "" follows the system; read at start, so it says so."""
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        system = NATIVE_NAMES[language.choose("")]
        self.language.addItem(self.tr("System ({language})").format(language=system), "")
        for code in language.LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        chosen = self._prefs.get("language") or ""
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.currentIndexChanged.connect(self._on_language)
        self.language_note = QLabel(self.tr("Takes effect when psoas-timer starts again."), self)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(f"color: {theme.muted_text(self.palette()).name()};")
        column = QVBoxLayout()
        column.addWidget(self.language)
        column.addWidget(self.language_note)
        return column

    def _on_language(self, index: int) -> None:
        self._prefs.set("language", str(self.language.itemData(index) or ""))

    def add_section(self, section: QWidget) -> None:
        """Add a group of preferences below the sound ones (the companion's, say)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 2, section)

    @staticmethod
    def _percent(value: int) -> str:
        return f"{value} %"

    def _on_volume(self, value: int) -> None:
        self.volume_label.setText(self._percent(value))
        self._audio.set_volume(value / 100)

    def _on_mode(self, mode: Mode, on: bool) -> None:
        if on:
            self._audio.set_mode(mode)

    def _on_muted(self, muted: bool) -> None:
        if self.mute.isChecked() != muted:
            self.mute.setChecked(muted)

    def _on_ticks(self, on: bool) -> None:
        self._prefs.set("countdown_ticks", on)
        self._audio.reload_preferences()
