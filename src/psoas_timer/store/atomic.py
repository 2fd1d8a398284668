"""Safe file writes: atomic replacement and backups of files the app cannot use.

Every file the app writes goes through :func:`atomic_write`. Temporary files
are named ``.<name>.<random>.tmp`` in the target's folder, so a ``*.toml`` glob
never mistakes one for data, even when a crash leaves it behind.

Backups keep the original bytes next to the file, under a name that no longer
ends in ``.toml``: ``<name>.bak-<timestamp>`` for a file that could not be read,
``<name>.deleted-<timestamp>`` for a deleted routine, ``<name>.replaced-<timestamp>``
for a routine replaced by an import or a file replaced by ``export --force``,
``<name>.changed-<timestamp>`` for a routine another copy of the app changed
while this one had it open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: Every temporary file ends with this, never with ``.toml``.
TEMP_SUFFIX = ".tmp"


class StoreError(Exception):
    """A file could not be saved. The message is written for the user."""


class ReadOnlyError(StoreError):
    """The file must not be written: it is from a newer version, unreadable, or read-only."""


def is_temp_file(path: Path) -> bool:
    """Whether ``path`` is a temporary file left by an interrupted :func:`atomic_write`."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


def atomic_write(path: Path, data: bytes, *, keep: str | None = None) -> Path | None:
    """Replace ``path`` with ``data`` so that a crash leaves the old file or the new one, whole.

    Writes a temporary file in the same folder, fsyncs it, renames it over the
    target and fsyncs the folder, so the rename itself survives a power cut. A
    symbolic link (a dotfiles manager's, say) is kept: its target is replaced.

    With ``keep`` (``"replaced"``, say), the old file is first kept as
    ``<name>.<keep>-<timestamp>``, after the new bytes are safely on disk and
    before the rename: at every instant the file is the old one or the new one,
    and once it is the new one the old one is in the copy.

    Returns:
        The copy of the old file, or None when none was made (no ``keep``, or no old file).

    Raises:
        OSError: the folder or the file cannot be written. Nothing is changed then
            (and no copy is left behind).
    """
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    copy: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes 0600 files; keep the mode the user gave the old file.
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o777)
        if keep is not None and path.exists():
            copy = keep_copy(path, keep)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if copy is not None:
            # The old file is still in place, so its copy would only be clutter.
            with contextlib.suppress(OSError):
                os.unlink(copy)
        raise
    _fsync_dir(path.parent)
    return copy


def keep_copy(path: Path, kind: str) -> Path:
    """Keep ``path``'s current bytes as ``<name>.<kind>-<timestamp>``; return the copy.

    A hard link when the file system allows it: it costs no space (which
    matters on a full disk) and is whole at once. An atomic replacement of
    ``path`` later gives ``path`` a new inode, so the link keeps the old bytes.
    Otherwise the bytes are copied, through a temporary file so that a crash
    never leaves a torn copy under the copy's name.

    Raises:
        OSError: no copy could be made; ``path`` is unchanged.
    """
    target = backup_path(path, kind)
    try:
        os.link(path, target, follow_symlinks=True)
    except OSError:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle, open(path, "rb") as source:
                shutil.copyfileobj(source, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    _fsync_dir(path.parent)
    return target


def remove_stale_temp_files(folder: Path, older_than: float = 60.0) -> list[Path]:
    """Remove temporary files an interrupted :func:`atomic_write` left in ``folder``.

    Only files last changed more than ``older_than`` seconds ago: a write in
    flight (by a copy of the app that does not take the writer lock, an older
    version say) is never more than a moment old. Returns the files removed;
    a file that cannot be removed is left and logged.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    cutoff = time.time() - older_than
    for entry in entries:
        if not is_temp_file(entry):
            continue
        try:
            info = entry.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_mtime > cutoff:
                continue
            entry.unlink()
        except OSError as exc:
            log.info("left %s in place: %s", entry, exc)
            continue
        log.info("removed %s, left by an interrupted write", entry)
        removed.append(entry)
    return removed


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
