"""The running copy's end of :mod:`~psoas_timer.startup.single_instance`: requests from
later launches, read from the event loop.

A :class:`QSocketNotifier` on the listening socket wakes the loop only when a
launch connects: no timer, no QtNetwork.
"""

from __future__ import annotations

import logging
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from ...startup.single_instance import Primary, Request

log = logging.getLogger(__name__)

#: How long a connected launch may take to send its one line.
READ_TIMEOUT = 1.0
MAX_REQUEST = 64 * 1024


class InstanceServer(QObject):
    """Takes the requests of later launches.

    Signals:
        requested(Request): a later launch asked to raise the window, and
            perhaps to open (and start) a routine.
    """

    requested = Signal(object)

    def __init__(self, primary: Primary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.primary = primary
        self._listener = primary.listen()
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.debug("accepting a launch failed: %s", exc)
                return
            with conn:
                request = self._read(conn)
            if request is not None:
                self.requested.emit(request)

    def _read(self, conn: socket.socket) -> Request | None:
        conn.settimeout(READ_TIMEOUT)
        try:
            line = conn.makefile("rb").readline(MAX_REQUEST)
            request = Request.decode(line)
            conn.sendall(b"ok\n")
        except (OSError, ValueError) as exc:
            log.info("ignored a launch's request: %s", exc)
            return None
        return request
