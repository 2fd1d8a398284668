"""Safe file writes: atomic replacement and backups of files the app cannot use.

Every file the app writes goes through :func:`atomic_write`. Temporary files
are named ``.<name>.<random>.tmp`` in the target's folder, so a ``*.toml`` glob
never mistakes one for data, even when a crash leaves it behind.

Backups keep the original bytes next to the file, under a name that no longer
ends in ``.toml``: ``<name>.bak-<timestamp>`` for a file that could not be read,
``<name>.deleted-<timestamp>`` for a deleted routine, ``<name>.replaced-<timestamp>``
for a routine replaced by an import.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

#: Every temporary file ends with this, never with ``.toml``.
TEMP_SUFFIX = ".tmp"


class StoreError(Exception):
    """A file could not be saved. The message is written for the user."""


class ReadOnlyError(StoreError):
    """The file must not be written: it is from a newer version, unreadable, or read-only."""


def is_temp_file(path: Path) -> bool:
    """Whether ``path`` is a temporary file left by an interrupted :func:`atomic_write`."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one, whole.

    Writes a temporary file in the same folder, fsyncs it, renames it over the
    target and fsyncs the folder, so the rename itself survives a power cut. A
    symbolic link (a dotfiles manager's, say) is kept: its target is replaced.

    Raises:
        OSError: the folder or the file cannot be written. Nothing is changed then.
    """
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes 0600 files; keep the mode the user gave the old file.
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_path(path: Path, kind: str = "bak", now: float | None = None) -> Path:
    """``<name>.<kind>-<timestamp>``, made unique if that name is taken."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    candidate = path.with_name(f"{path.name}.{kind}-{stamp}")
    n = 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.name}.{kind}-{stamp}-{n}")
    return candidate


def move_aside(path: Path, kind: str = "bak") -> Path:
    """Rename ``path`` to a backup name, keeping its bytes; return the backup's path.

    Raises:
        OSError: the file could not be moved (a read-only folder, say); it is unchanged then.
    """
    target = backup_path(path, kind)
    os.rename(path, target)
    _fsync_dir(path.parent)
    return target
