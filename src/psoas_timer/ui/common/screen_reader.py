"""Screen-reader announcements: a polite spoken line when a phase or form check changes."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Send ``text`` to screen readers as a polite announcement.

    Uses ``QAccessibleAnnouncementEvent`` (Qt 6.8+); older Qt gets the text
    as the widget's accessible description plus a NameChanged event.
    """
    from PySide6.QtGui import QAccessible, QAccessibleEvent  # not needed until a phase starts

    widget.setAccessibleDescription(text)
    announcement_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if announcement_type is None:  # pragma: no cover - Qt before 6.8
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        return
    QAccessible.updateAccessibility(announcement_type(widget, text))
