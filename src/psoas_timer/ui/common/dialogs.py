"""The one way the app talks to the user in a message box.

Set ``PSOAS_TIMER_NO_DIALOGS=1`` (the tests do) and nothing blocks: every
message is logged and recorded in a list the tests read with
:func:`shown_messages`, and :func:`confirm` returns the answer set with
:func:`set_confirm_answer`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ...core.problems import Problem
from ...core.record import Record

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: More problems than this go into the expandable details as well.
MAX_LISTED = 12


class ShownMessage(Record):
    """A dialog that would have shown (tests run without dialogs)."""

    kind: str  # "problems", "notice", "confirm"
    title: str
    text: str
    lines: tuple[str, ...] = ()


_shown: list[ShownMessage] = []
_confirm_answer = True


def dialogs_disabled() -> bool:
    return os.environ.get("PSOAS_TIMER_NO_DIALOGS", "") == "1"


def shown_messages() -> list[ShownMessage]:
    """Messages shown (or, with dialogs off, recorded) so far."""
    return list(_shown)


def clear_shown() -> None:
    _shown.clear()


def set_confirm_answer(answer: bool) -> None:
    """What :func:`confirm` answers while dialogs are off."""
    global _confirm_answer
    _confirm_answer = answer


def show_problems(
    parent: QWidget | None, title: str, problems: Iterable[Problem | str], intro: str = ""
) -> None:
    """Every problem in one warning box, never one box per problem."""
    lines = tuple(str(p) for p in problems)
    text = intro or f"{len(lines)} problem{'s' if len(lines) != 1 else ''} found:"
    _shown.append(ShownMessage("problems", title, text, lines))
    if dialogs_disabled():
        log.warning("%s: %s\n  %s", title, text, "\n  ".join(lines))
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    from html import escape  # not on the start-up path

    listed = "".join(f"<li>{escape(line)}</li>" for line in lines[:MAX_LISTED])
    extra = len(lines) - MAX_LISTED
    more = f"<p>…and {extra} more (see Details).</p>" if extra > 0 else ""
    box.setInformativeText(f"<ul>{listed}</ul>{more}")
    if len(lines) > MAX_LISTED:
        box.setDetailedText("\n".join(lines))
    box.exec()


def show_notice(parent: QWidget | None, title: str, text: str, *, rich: bool = False) -> None:
    """An information box (the About box, the shortcut list, notes after start-up)."""
    _shown.append(ShownMessage("notice", title, text))
    if dialogs_disabled():
        log.info("%s: %s", title, text)
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    box.exec()


def confirm(
    parent: QWidget | None, question: str, *, yes: str = "Stop", no: str = "Keep going"
) -> bool:
    """Ask a yes/no question; the safe answer (``no``) is the default."""
    _shown.append(ShownMessage("confirm", "Are you sure?", question))
    if dialogs_disabled():
        log.info("confirm: %s -> %s", question, _confirm_answer)
        return _confirm_answer
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("psoas-timer")
    box.setText(question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def shortcut_html(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table of keys and what they do."""
    from html import escape

    body = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{escape(keys)}</b></td>"
        f"<td>{escape(what)}</td></tr>"
        for keys, what in rows
    )
    return f"<table>{body}</table>"
