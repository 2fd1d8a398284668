"""The companion's part of Preferences: tray, start at login, sitting reminders.

Every change is saved at once (like the sound preferences) and applied by
:meth:`Companion.apply`. Where the desktop has no tray, the tray switch is
greyed with the reason beside it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ... import desktop_entry
from ...core.reminder_settings import DAY_NAMES, format_days, parse_clock, parse_days
from ..common import theme
from ..common.vocabulary import phrase
from .companion import Companion
from .tray import unavailable_reason

log = logging.getLogger(__name__)


class CompanionPreferences(QGroupBox):
    """The companion's switches and the reminder settings.

    Args:
        companion: applies the changes.
        save: writes ``settings.toml`` (returns whether it could).
    """

    def __init__(
        self, companion: Companion, save: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Desktop companion"))
        self.setObjectName("companionPreferences")
        self._companion = companion
        self._save = save
        prefs = companion.prefs
        reason = unavailable_reason()

        self.tray = QCheckBox(
            self.tr("Show an icon in the tray; closing the window keeps it there"), self
        )
        self.tray.setObjectName("trayCheck")
        self.tray.setChecked(bool(prefs.get("tray")) and not reason)
        self.tray.setEnabled(not reason)
        self.tray.toggled.connect(lambda on: self._set("tray", on))
        self.tray_reason = QLabel(reason, self)
        self.tray_reason.setObjectName("trayReason")
        self.tray_reason.setWordWrap(True)
        self.tray_reason.setStyleSheet(f"color: {theme.muted_text(self.palette()).name()};")
        self.tray_reason.setVisible(bool(reason))
        if reason:
            self.tray.setToolTip(reason)

        self.autostart = QCheckBox(self.tr("Start at login, in the tray"), self)
        self.autostart.setObjectName("autostartCheck")
        self.autostart.setChecked(desktop_entry.autostart_enabled())
        self.autostart.toggled.connect(self._on_autostart)

        self.reminders = QCheckBox(self.tr("Remind me to get off the chair after"), self)
        self.reminders.setObjectName("remindersCheck")
        self.reminders.setChecked(bool(prefs.get("reminders")))
        self.reminders.toggled.connect(lambda on: self._set("reminders", on))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("reminderMinutes")
        self.minutes.setAccessibleName(self.tr("Minutes of sitting before a reminder"))
        self.minutes.setRange(10, 240)
        self.minutes.setSuffix(self.tr(" min of sitting"))
        self.minutes.setValue(round(float(prefs.get("reminder_minutes") or 50)))
        self.minutes.valueChanged.connect(lambda v: self._set("reminder_minutes", float(v)))
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminders)
        reminder_row.addWidget(self.minutes)
        reminder_row.addStretch(1)

        days = _days(prefs)
        self.days: dict[int, QCheckBox] = {}
        days_row = QHBoxLayout()
        for number, name in enumerate(DAY_NAMES):
            box = QCheckBox(phrase(name.capitalize()), self)
            box.setObjectName(f"reminderDay_{name}")
            box.setChecked(number in days)
            box.toggled.connect(self._on_days)
            self.days[number] = box
            days_row.addWidget(box)
        days_row.addStretch(1)

        start, end = _clock(prefs.get("quiet_start")), _clock(prefs.get("quiet_end"))
        self.quiet = QCheckBox(self.tr("Quiet from"), self)
        self.quiet.setObjectName("quietCheck")
        self.quiet.setChecked(start is not None and end is not None)
        self.quiet_start = self._time_edit("quietStart", start if start is not None else 22 * 60)
        self.quiet_end = self._time_edit("quietEnd", end if end is not None else 8 * 60)
        for widget in (self.quiet,):
            widget.toggled.connect(self._on_quiet)
        self.quiet_start.timeChanged.connect(self._on_quiet)
        self.quiet_end.timeChanged.connect(self._on_quiet)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to"), self))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)

        form = QFormLayout(self)
        # A longer language moves a field under its label rather than clipping the label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Tray:"), self.tray)
        form.addRow("", self.tray_reason)
        form.addRow(self.tr("Login:"), self.autostart)
        form.addRow(self.tr("Sitting:"), reminder_row)
        form.addRow(self.tr("On:"), days_row)
        form.addRow("", quiet_row)
        # QFormLayout squeezes a row's field a little before it wraps the row, so
        # a long check box ("Mostrar un icono en la bandeja; …") lost its last
        # letters in a dialog a few pixels narrower than this.
        self.setMinimumWidth(self.sizeHint().width())
        self._sync_enabled()

    def _time_edit(self, name: str, minutes: int) -> QTimeEdit:
        edit = QTimeEdit(QTime(minutes // 60, minutes % 60), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    def _sync_enabled(self) -> None:
        on = self.reminders.isChecked()
        for widget in (self.minutes, self.quiet, *self.days.values()):
            widget.setEnabled(on)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(on and self.quiet.isChecked())

    def _set(self, key: str, value: Any) -> None:
        settings = self._companion.logic.library.settings
        try:
            settings.set_preference(key, value)
        except ValueError as exc:  # the widgets' ranges make this a bug, not bad input
            log.warning("preference not set: %s", exc)
            return
        self._save()
        self._sync_enabled()
        self._companion.apply()

    def _on_days(self) -> None:
        chosen = (day for day, box in self.days.items() if box.isChecked())
        self._set("reminder_days", format_days(chosen))

    def _on_quiet(self) -> None:
        if self.quiet.isChecked():
            start = self.quiet_start.time().toString("HH:mm")
            end = self.quiet_end.time().toString("HH:mm")
        else:
            start = end = ""
        settings = self._companion.logic.library.settings
        settings.set_preference("quiet_start", start)
        self._set("quiet_end", end)

    def _on_autostart(self, on: bool) -> None:
        try:
            desktop_entry.set_autostart(on)
        except OSError as exc:
            log.warning("autostart not changed: %s", exc)
            self.autostart.blockSignals(True)
            self.autostart.setChecked(desktop_entry.autostart_enabled())
            self.autostart.blockSignals(False)
            self._companion.logic.window.show_status(f"Start at login not changed: {exc}")


def _days(prefs: dict[str, Any]) -> frozenset[int]:
    try:
        return parse_days(str(prefs.get("reminder_days") or ""))
    except ValueError:
        return frozenset(range(7))


def _clock(value: object) -> int | None:
    try:
        return parse_clock(value) if isinstance(value, str) else None
    except ValueError:
        return None
