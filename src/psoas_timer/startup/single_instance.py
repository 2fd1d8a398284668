"""One window per user and config folder: a second launch hands over and exits.

The first ``psoas-timer`` to take an ``fcntl`` lock on
``<runtime dir>/psoas-timer-<hash>.lock`` is the running copy; it listens on
``psoas-timer-<hash>.sock`` beside it. A later launch that finds the lock
taken connects to the socket, sends its ``--routine``/``--start`` as one JSON
line, waits for ``ok`` and exits 0 without importing Qt. The hash is of the
config folder, so copies with different ``XDG_CONFIG_HOME`` (the tests) never
meet.

Why a lock and not the socket alone: two copies started at the same instant
would both find no socket and both listen; the kernel's lock has exactly one
winner. A copy that crashed leaves its socket file behind but not its lock
(the kernel drops it with the process), so the next start takes the lock and
replaces the stale socket.

Only the standard library here, and only what start-up loads anyway: the
first copy takes its lock before Qt is imported, and binds its socket after
the first paint (:mod:`psoas_timer.ui.instance_server`), when ``socket`` and
``json`` are imported. A launch in between waits for it to listen.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import stat
import tempfile
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import socket

log = logging.getLogger(__name__)

#: How long a second launch waits for the running copy to listen and answer.
HAND_OVER_TIMEOUT = 10.0
#: AF_UNIX paths longer than this do not fit ``sun_path`` (108 bytes on Linux).
MAX_SOCKET_PATH = 100


class HandOverError(Exception):
    """Another copy holds the lock but did not take the request."""


class Request(NamedTuple):
    """What a second launch asks of the running window."""

    routine: str | None = None
    start: bool = False

    def encode(self) -> bytes:
        import json

        return (json.dumps({"routine": self.routine, "start": self.start}) + "\n").encode()

    @classmethod
    def decode(cls, data: bytes) -> Request:
        """The request in ``data``; raises ``ValueError`` when it is not one."""
        import json

        fields = json.loads(data.decode("utf-8"))
        if not isinstance(fields, dict):
            raise ValueError("not a JSON object")
        routine = fields.get("routine")
        if routine is not None and not isinstance(routine, str):
            raise ValueError("routine is not a string")
        return cls(routine=routine, start=bool(fields.get("start", False)))


def request_from(routine: str | None, start: bool, cwd: str | None = None) -> Request:
    """The request for ``--routine``/``--start``; a relative file is made absolute
    against ``cwd`` (this process's), since the running copy has its own."""
    if routine and (routine.endswith(".toml") or "/" in routine) and not os.path.isabs(routine):
        routine = os.path.join(cwd or os.getcwd(), routine)
    return Request(routine=routine, start=start)


def runtime_dir() -> Path:
    """``$XDG_RUNTIME_DIR``, or a private folder of this user's in the temp dir."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"psoas-timer-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        # Someone else's folder, or one others can enter: do not meet there.
        return Path(tempfile.mkdtemp(prefix="psoas-timer-"))
    return folder


def lock_and_socket(config_dir: Path) -> tuple[Path, Path]:
    """The lock file and the socket of the copy running on ``config_dir``."""
    # Not hashlib: it loads OpenSSL, some 4 MB, at start-up. Two CRCs make 64
    # bits, plenty to tell one user's config folders apart.
    name = os.fsencode(config_dir.resolve())
    key = f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}"
    folder = runtime_dir()
    sock = folder / f"psoas-timer-{key}.sock"
    if len(os.fsencode(sock)) > MAX_SOCKET_PATH:
        folder = Path(tempfile.gettempdir())
        sock = folder / f"psoas-timer-{os.getuid()}-{key}.sock"
    return sock.with_suffix(".lock"), sock


class Primary:
    """This process is the running copy: it holds the lock.

    Attributes:
        socket_path: where it listens, once :meth:`listen` was called.
        listener: the listening socket (non-blocking), once :meth:`listen` was called.
    """

    def __init__(self, lock_fd: int, lock_path: Path, socket_path: Path) -> None:
        self._lock_fd = lock_fd
        self._lock_path = lock_path
        self.socket_path = socket_path
        self.listener: socket.socket | None = None

    def listen(self) -> socket.socket:
        """Bind the socket later launches connect to (replacing a dead copy's)."""
        import socket

        if self.listener is not None:
            return self.listener
        # The lock is ours: whatever socket file is there was left by a copy that died.
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(os.fspath(self.socket_path))
            os.chmod(self.socket_path, 0o600)
            listener.listen(8)
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        log.debug("running copy; listening on %s", self.socket_path)
        self.listener = listener
        return listener

    def close(self) -> None:
        """Stop listening, tidy up and let the next launch be the running copy."""
        if self.listener is not None:
            with contextlib.suppress(OSError):
                self.socket_path.unlink()
            self.listener.close()
            self.listener = None
        # Removed while still held, so no launch can lock the old file afterwards.
        with contextlib.suppress(OSError):
            self._lock_path.unlink()
        os.close(self._lock_fd)


def claim(config_dir: Path) -> Primary | None:
    """Become the running copy, or ``None`` when another one already is."""
    lock_path, sock_path = lock_and_socket(config_dir)
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except OSError:
            os.close(fd)
            raise
        # A copy that quits removes its lock file while it still holds the lock;
        # one opened just before that is a dead end: open the path again.
        try:
            same = os.stat(lock_path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return Primary(fd, lock_path, sock_path)
        os.close(fd)


def hand_over(config_dir: Path, request: Request, timeout: float = HAND_OVER_TIMEOUT) -> None:
    """Send ``request`` to the running copy and wait for it to take it.

    The running copy may be starting at this very moment (it holds the lock
    but listens only after its first paint): connecting is retried until
    ``timeout``.
    """
    import socket

    _, sock_path = lock_and_socket(config_dir)
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.settimeout(max(0.1, deadline - time.monotonic()))
                conn.connect(os.fspath(sock_path))
                conn.sendall(request.encode())
                answer = conn.makefile("rb").readline()
            if answer.strip() == b"ok":
                return
            raise HandOverError(f"the running copy answered {answer!r}")
        except (FileNotFoundError, ConnectionRefusedError) as exc:
            if time.monotonic() >= deadline:
                raise HandOverError(f"no answer on {sock_path}: {exc}") from exc
            time.sleep(0.02)
        except OSError as exc:  # a timeout, a reset
            raise HandOverError(f"no answer on {sock_path}: {exc}") from exc


def hand_over_or_claim(routine: str | None, start: bool) -> Primary | None:
    """For ``psoas-timer [--routine X] [--start]``: the claim to run the window, or
    ``None`` once the running copy has taken the request (this launch exits 0).

    Raises :class:`HandOverError` when a running copy holds the lock but does
    not answer.
    """
    from ..store.paths import config_dir

    folder = config_dir()
    for _ in range(3):
        primary = claim(folder)
        if primary is not None:
            return primary
        try:
            hand_over(folder, request_from(routine, start))
            return None
        except HandOverError:
            # The running copy may have just quit and dropped its lock: try again.
            continue
    raise HandOverError(
        "psoas-timer is already running but does not answer; "
        "--new-instance opens a separate window"
    )
