"""The session history: an SQLite database other programs can read.

Where: ``$XDG_DATA_HOME/psoas-timer/history.sqlite3`` (:func:`paths.history_file`).

How it is written:
    * WAL journal, ``synchronous=FULL``: a reader (another program, a backup)
      never blocks the app, and a committed write survives a crash.
    * Write as you go: a ``sessions`` row with status ``running`` when a
      session starts; one transaction per exercise as it ends (its
      ``session_exercises`` and ``exercise_sides`` rows, and the session's
      running totals); the end status last. A crash loses at most the exercise
      in progress. A session still ``running`` when the database is next
      opened, whose writer process is gone, is marked ``interrupted``.
    * The schema version is ``PRAGMA user_version``. Migrations only move
      forward, one version at a time, each in one transaction, after a copy
      of the old file is kept as ``history.sqlite3.v<N>.bak``. A database from
      a newer version is opened read-only: its columns are only ever added to,
      so reading what this version knows stays safe.

The tables and their migrations are in :mod:`.history_schema`, the writes in
:mod:`.history_writes`, the queries in :mod:`.history_queries`. This module
opens the file, migrates it, and handles one that is damaged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from . import paths
from .history_queries import HistoryQueries
from .history_schema import MIGRATIONS, SCHEMA_VERSION
from .history_writes import HistoryWrites

log = logging.getLogger(__name__)


class HistoryError(Exception):
    """The history database could not be opened or written. Written for the user."""


class HistoryDamaged(HistoryError):
    """The file is not a usable database; the window moves it aside when it next opens."""


class HistoryStore(HistoryWrites, HistoryQueries):
    """The open history database.

    Args:
        path: the database file; ``:memory:`` for a throwaway one; by default
            :func:`paths.history_file`.
        wall: returns the current unix time (for tests).
        read_only: open for reading only (``psoas-timer history``): nothing is
            created, migrated or marked, so a read-only file or folder is fine.
            A database from an older version is opened as usual instead, which
            migrates it (keeping a copy) as the window would.

    Attributes:
        read_only: the file is from a newer version, or was opened read-only; writes are skipped.
    """

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        wall: Callable[[], float] = time.time,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else paths.history_file()
        self._wall = wall
        self.read_only = False
        memory = str(path) == ":memory:"
        if read_only and not memory and self._open_read_only():
            return
        if not memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if not memory and self._newer_on_disk():
                # Never change a newer version's file, not even its journal mode.
                self._db = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
                self._migrate()
                return
            self._db = sqlite3.connect(
                ":memory:" if memory else str(self.path), isolation_level=None, timeout=5.0
            )
            self._db.execute("PRAGMA foreign_keys = ON")
            if not memory:
                mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.warning("history database is in %s mode, not WAL", mode)
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
            if not self.read_only:
                self.mark_interrupted()
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.path} cannot be opened as a history database: {exc}"
            ) from exc

    def _open_read_only(self) -> bool:
        """Open the file with ``mode=ro``; False when it needs migrating first."""
        try:
            self._db = _connect_read_only(self.path)
            version = self.version
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.path} cannot be opened as a history database: {exc}"
            ) from exc
        if version < SCHEMA_VERSION:
            self._db.close()
            return False
        self.read_only = True
        return True

    def _newer_on_disk(self) -> bool:
        if not self.path.is_file() or self.path.stat().st_size == 0:
            return False
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as peek:
            return int(peek.execute("PRAGMA user_version").fetchone()[0]) > SCHEMA_VERSION

    # ------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            log.warning(
                "%s is from a newer psoas-timer (schema %d > %d); opened read-only",
                self.path,
                version,
                SCHEMA_VERSION,
            )
            self.read_only = True
            return
        if version == SCHEMA_VERSION:
            return
        if version > 0 and str(self.path) != ":memory:":
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            with contextlib.closing(sqlite3.connect(str(backup))) as copy:
                self._db.backup(copy)
            log.info("kept a copy of the version %d history as %s", version, backup)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction() as db:
                for statement in MIGRATIONS[target - 1]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
            log.info("history database migrated to version %d", target)

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    def quick_check(self) -> str:
        """``ok``, or what SQLite's quick check found wrong (cheaper than the full check)."""
        return str(self._db.execute("PRAGMA quick_check").fetchone()[0])

def read_history(path: Path) -> HistoryStore:
    """Open the history for reading only (``psoas-timer history``), checked like the window does.

    Raises:
        HistoryDamaged: the file is damaged (not a database, or it fails its
            quick check); :func:`open_history` moves such a file aside.
        HistoryError: it cannot be read for another reason (permissions, an
            I/O error), which says nothing about the file itself.
    """
    try:
        store = HistoryStore(path, read_only=True)
    except HistoryError as exc:
        if _corrupt(exc.__cause__):
            raise HistoryDamaged(f"{path} is damaged ({exc.__cause__})") from exc
        raise
    try:
        status = store.quick_check()
    except sqlite3.DatabaseError as exc:
        store.close()
        if _corrupt(exc):
            raise HistoryDamaged(f"{path} is damaged ({exc})") from exc
        raise HistoryError(f"{path} cannot be read: {exc}") from exc
    if status != "ok":
        store.close()
        raise HistoryDamaged(f"{path} is damaged (it failed its integrity check: {status})")
    return store


def _corrupt(exc: BaseException | None) -> bool:
    """Whether SQLite says the file itself is bad, rather than that it could not read it."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection, also for a file in a folder nobody may write to.

    A WAL database normally needs its ``-shm`` file, which SQLite cannot create
    in a read-only folder; then the file is opened ``immutable``, which is
    safe there because nobody can be writing it either.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    db = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        db.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError:
        db.close()
        if os.access(path.parent, os.W_OK):
            raise
        db = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
    return db



def open_history(path: Path | None = None) -> tuple[HistoryStore | None, list[str]]:
    """Open the history, never losing a damaged file and never failing.

    A file that is not a usable database (garbage, truncated, a failed
    integrity check) is moved aside to ``history.sqlite3.bak-<timestamp>``
    (with its ``-wal`` and ``-shm`` companions) and a fresh database is
    started; the notice names both files. If even that fails (a folder in the
    way, a read-only disk), the app runs without history and says so.
    """
    from .atomic import move_aside

    path = path or paths.history_file()
    notices: list[str] = []
    try:
        problem = _damage(path)
        if problem is None:
            return HistoryStore(path), notices
    except HistoryError as exc:
        if not _corrupt(exc.__cause__):
            return None, [_not_now(path, exc.__cause__ or exc)]
        problem = str(exc.__cause__)
    except sqlite3.Error as exc:
        return None, [_not_now(path, exc)]
    except OSError as exc:
        return None, [_not_now(path, exc.strerror or exc)]
    if path.is_dir():
        return None, [f"{path} is a folder, not a database; history is not recorded this time."]
    try:
        backup = move_aside(path)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, backup.with_name(backup.name + suffix))
        store = HistoryStore(path)
    except (OSError, HistoryError) as exc:
        return None, [f"{path} cannot be read ({problem}) or replaced ({exc}); "
                      "history is not recorded this time."]
    notices.append(
        f"{path} could not be read ({problem}); the original is kept as {backup} "
        "and a new history was started."
    )
    return store, notices


def _damage(path: Path) -> str | None:
    """What is wrong with the database file, checked read-only so nothing is changed.

    Raises:
        sqlite3.DatabaseError: SQLite could not read it (locked, an I/O error),
            which says nothing about the file itself.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            status = str(db.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if not _corrupt(exc):
            raise  # locked, an I/O error, no permission: nothing wrong with the file itself
        return str(exc)
    return None if status == "ok" else f"it failed its integrity check ({status})"


def _not_now(path: Path, reason: object) -> str:
    """The notice for a history that cannot be used this time but is not damaged."""
    return (
        f"{path} cannot be used now ({reason}); it is left as it is, and history is "
        "not recorded this time."
    )
