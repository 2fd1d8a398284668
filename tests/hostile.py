"""Helpers for tests that feed the app hostile files: FIFOs, and calls that must not hang."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: Nested 600 deep: the standard parser's RecursionError on the unfixed code.
DEEP = b"a = " + b"[" * 600 + b"]" * 600 + b"\n"


def finishes(call: Callable[[], Any], seconds: float = 5.0) -> bool:
    """Whether ``call`` returns within ``seconds`` (it is left running in the background if not)."""
    done = threading.Event()

    def run() -> None:
        try:
            call()
        finally:
            done.set()

    threading.Thread(target=run, daemon=True).start()
    return done.wait(seconds)


@contextmanager
def fifo_at(path: Path) -> Iterator[Path]:
    """A named pipe at ``path`` with no writer; a reader stuck on it is released on exit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    try:
        yield path
    finally:
        # ENXIO when no reader waits: the fixed code never is one.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
