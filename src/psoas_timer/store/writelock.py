"""One writer at a time: a lock shared by every psoas-timer process of a user.

Two windows, or a window and a CLI command, may write the same files. Each
write is atomic on its own, but a read-check-write (is this id free? what is
in settings.toml now?) is not: without a lock, two imports can both find an id
free and both report success while one routine is lost. :func:`writer_lock`
holds an ``fcntl.flock`` on ``<config dir>/.lock`` for the short critical
section of each write.

Plain stdlib rather than ``QLockFile``, so the CLI (which never imports Qt) and
the window share the same lock. ``flock`` locks are released by the kernel
when a process dies, so a killed writer never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from . import paths
from .atomic import StoreError

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"

#: Seconds to wait for another copy of the app to finish its write. A write
#: takes milliseconds, so this is only reached when something is badly stuck.
TIMEOUT = 10.0

_POLL = 0.02


class LockTimeout(StoreError):
    """Another process held the writer lock for longer than the timeout."""


class _Held:
    """This process's hold on one lock file: re-entrant, and serialising threads."""

    def __init__(self) -> None:
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd = -1


_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


def lock_path(folder: Path | None = None) -> Path:
    """The lock file: ``.lock`` in ``folder``, by default the config folder."""
    return (folder if folder is not None else paths.config_dir()) / LOCK_NAME


@contextlib.contextmanager
def writer_lock(folder: Path | None = None, timeout: float | None = None) -> Iterator[None]:
    """Hold the writer lock of ``folder`` (default: the config folder) for the ``with`` body.

    Re-entrant within a process (a routine save inside an import takes it once)
    and exclusive between threads and processes.

    Raises:
        LockTimeout: another copy of psoas-timer held it for ``timeout`` seconds
            (default :data:`TIMEOUT`); nothing was written then.
    """
    path = lock_path(folder)
    limit = TIMEOUT if timeout is None else timeout
    with _held_guard:
        held = _held.setdefault(path, _Held())
    deadline = time.monotonic() + limit
    if not held.thread_lock.acquire(timeout=limit):
        raise _timeout(path, limit)
    try:
        if held.depth == 0:
            held.fd = _acquire(path, deadline, limit)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0 and held.fd >= 0:
                os.close(held.fd)  # closing the file releases the flock
                held.fd = -1
    finally:
        held.thread_lock.release()


def _acquire(path: Path, deadline: float, limit: float) -> int:
    """The locked file's descriptor, or -1 when the folder cannot hold a lock file.

    A folder that cannot be written cannot have its files changed either, so
    the write that follows fails with its own, clearer, message.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        log.warning("cannot create the writer lock %s (%s); writing without it", path, exc)
        return -1
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
            if time.monotonic() >= deadline:
                raise _timeout(path, limit, _holder(fd))
            time.sleep(_POLL)
        # Who holds it, for the message another copy shows if we take too long.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode("ascii").strip())
        return f" (process {pid})"
    return ""


def _timeout(path: Path, limit: float, holder: str = "") -> LockTimeout:
    return LockTimeout(
        f"another copy of psoas-timer{holder} has been writing your files for more than "
        f"{limit:g} s (it holds {path}); nothing was changed. Close it or wait, then try again"
    )
