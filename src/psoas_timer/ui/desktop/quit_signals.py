"""SIGTERM, SIGINT and SIGHUP end the app as the Quit command does.

Python runs a signal handler only when the interpreter gets control, which a
process asleep in Qt's event loop does not. The usual cure, a timer that
wakes the loop every few hundred ms, costs wake-ups all day long. Instead,
:func:`signal.set_wakeup_fd` has the C-level handler write the signal's
number into a pipe, and a :class:`QSocketNotifier` on its other end wakes the
loop then, and only then. (A pipe, not a socket pair: no ``socket`` import
before the first paint.)
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

#: Logout and ``kill`` (TERM), Ctrl+C in a terminal (INT), the terminal closing (HUP).
QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    # The work happens in the event loop (see QuitSignals); the handler only
    # has to exist, so that the signal no longer kills the process outright.
    return


class QuitSignals(QObject):
    """Delivers quit signals as a Qt signal, from the event loop.

    Call :meth:`uninstall` to put the previous handlers back.

    Signals:
        received(int): the process got this signal number.
    """

    received = Signal(int)

    def __init__(
        self, signals: Iterable[signal.Signals] = QUIT_SIGNALS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._reader, self._writer = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous: dict[signal.Signals, Any] = {
            signum: signal.signal(signum, _ignore) for signum in signals
        }
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def uninstall(self) -> None:
        """Stop listening and put the previous handlers back."""
        self._notifier.setEnabled(False)
        if not self._previous:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._reader)
        os.close(self._writer)

    def _drain(self) -> None:
        try:
            data = os.read(self._reader, 64)
        except OSError:  # nothing to read after all
            return
        for signum in data:
            log.info("got signal %d: quitting", signum)
            self.received.emit(signum)


def on_quit_signal(parent: QObject, quit_now: Callable[[int], None]) -> QuitSignals:
    """Call ``quit_now(signum)`` from the event loop on SIGTERM, SIGINT or SIGHUP."""
    watcher = QuitSignals(parent=parent)
    watcher.received.connect(quit_now)
    return watcher
