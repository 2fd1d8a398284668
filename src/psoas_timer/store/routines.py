"""The user's routines: ``$XDG_CONFIG_HOME/psoas-timer/routines/<id>.toml``.

:class:`RoutineStore` lists, saves, creates, duplicates, renames, deletes,
imports and exports routines. Built-in routines are read-only; they can be
duplicated and exported. A routine being edited, and the pure block edits
that make a new :class:`Routine` for :meth:`RoutineStore.save`, are in
:mod:`.routine_draft`.

Rules that keep the user's data safe:

- **Ids are stable.** The id is the file name; :meth:`RoutineStore.rename`
  changes only the name shown, so history and shared files keep pointing at
  the same routine.
- **Nothing is unlinked.** Deleting moves the file to
  ``<id>.toml.deleted-<timestamp>``; replacing by an import keeps the old file
  as ``<id>.toml.replaced-<timestamp>`` (made after the new file is on disk
  and before it is renamed over the old one, so the routine is always there,
  old or new); saving over a file another copy of the app changed since this
  one read it keeps that version as ``<id>.toml.changed-<timestamp>``.
- **One writer at a time.** Every write holds the writer lock
  (:mod:`.writelock`) across its check and its write, so two copies of the app
  never both take the same id.
- **Unreadable files are moved aside** to ``<id>.toml.bak-<timestamp>`` with
  their original bytes, and a notice names the file and the backup.
- **Files the app must not touch are skipped, not moved:** a newer schema (the
  user is told to update the app), a folder, a file that cannot be read, a
  file name that is not a usable id, or a built-in routine's id. The store
  then refuses to save over that id.
- **Imports are all or nothing.** The whole file is validated before anything
  is written.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..core.dosage import DOSAGE_KEYS, did_you_mean
from ..core.model import Block, Catalogue, Category, Routine
from ..core.problems import Problem, ValidationError
from ..core.routine import (
    ID_PATTERN,
    SCHEMA_VERSION,
    builtin_routines,
    parse_routine,
    routine_from_table,
    routine_id_from_name,
)
from ..core.tomlio import parse_toml, read_file, read_limited
from . import paths
from .atomic import ReadOnlyError, StoreError, atomic_write, move_aside

log = logging.getLogger(__name__)

SUFFIX = ".toml"


class RoutineExists(StoreError):
    """An import would replace a routine with the same id; pass ``replace=True`` to allow it."""

    def __init__(self, routine_id: str, name: str) -> None:
        self.routine_id = routine_id
        self.name = name
        super().__init__(f"a routine with the id '{routine_id}' ({name}) already exists")


class RoutineNotFound(StoreError, LookupError):
    """No routine with this id."""


class ExportExists(StoreError):
    """The export target exists; pass ``force=True`` to replace it (a copy is kept)."""


#: What identifies one version of a file: inode, modification time and size.
_Stamp = tuple[int, int, int]


def _stamp(path: Path) -> _Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def routine_to_toml(routine: Routine) -> bytes:
    """The file for ``routine``. Parsing it back gives an identical routine.

    The id is not in the file: it is the file's name.
    """
    data: dict[str, Any] = {"schema": SCHEMA_VERSION, "name": routine.name}
    if routine.description:
        data["description"] = routine.description
    data["blocks"] = [
        {"exercise": block.exercise}
        | {k: block.overrides[k] for k in DOSAGE_KEYS if k in block.overrides}
        for block in routine.blocks
    ]
    import tomli_w  # writing only: start-up reads

    return tomli_w.dumps(data).encode("utf-8")


class RoutineStore:
    """The user's routines in ``folder``, checked against ``catalogue``.

    Call :meth:`reload` to read the folder; it fills :attr:`problems` and
    :attr:`notices` for the start-up notice. Every method that writes does so
    atomically and raises :class:`StoreError` (or its subclass
    :class:`ReadOnlyError`) with a message for the user when it cannot.
    """

    def __init__(
        self,
        folder: Path,
        catalogue: Catalogue,
        builtin: Mapping[str, Routine] | None = None,
    ) -> None:
        self.folder = folder
        self.catalogue = catalogue
        self.builtin: Mapping[str, Routine] = builtin if builtin is not None else builtin_routines()
        self._user: dict[str, Routine] = {}
        #: Ids whose files must not be written, with the reason.
        self._locked: dict[str, str] = {}
        #: Everything wrong with the files found by the last :meth:`reload`.
        self.problems: list[Problem] = []
        #: One sentence per file moved aside or skipped, naming the file (and the backup).
        self.notices: list[str] = []
        #: Where the last write kept the file it replaced, or None when it kept nothing.
        self.kept_copy: Path | None = None
        #: The version of each user routine's file this store last read or wrote.
        self._stamps: dict[str, _Stamp | None] = {}

    # -- reading --------------------------------------------------------------

    @property
    def routines(self) -> Mapping[str, Routine]:
        """The user's routines by id, sorted by id (read-only view)."""
        return MappingProxyType(self._user)

    def get(self, routine_id: str) -> Routine:
        """A user or built-in routine. Raises :class:`RoutineNotFound`."""
        if routine_id in self._user:
            return self._user[routine_id]
        if routine_id in self.builtin:
            return self.builtin[routine_id]
        known = [*self.builtin, *self._user]
        raise RoutineNotFound(
            f"no routine with the id '{routine_id}'{did_you_mean(routine_id, known)}; "
            f"known routines: {', '.join(known)}"
        )

    def is_builtin(self, routine_id: str) -> bool:
        return routine_id in self.builtin

    def path_for(self, routine_id: str) -> Path:
        return self.folder / f"{routine_id}{SUFFIX}"

    def reload(self) -> None:
        """Read every ``*.toml`` in the folder; never raises (see the module docstring)."""
        self._user = {}
        self._locked = {}
        self._stamps = {}
        self.problems = []
        self.notices = []
        try:
            entries = sorted(self.folder.iterdir(), key=lambda p: p.name)
        except FileNotFoundError:
            return
        except OSError as exc:
            self.notices.append(
                f"{self.folder} cannot be read ({exc.strerror}); your routines are not shown "
                "and new ones cannot be saved."
            )
            return
        for path in entries:
            if path.name.endswith(SUFFIX):
                self._load_one(path)
        self._user = dict(sorted(self._user.items()))

    def _load_one(self, path: Path) -> None:
        routine_id = path.name[: -len(SUFFIX)]
        source = str(path)

        def skip(reason: str) -> None:
            self._locked[routine_id] = f"{path} {reason}"
            self.notices.append(f"{path} {reason}; it is skipped and left untouched.")
            log.info("skipped %s: %s", path, reason)

        if path.is_dir():
            skip("is a folder, not a routine file")
            return
        if not ID_PATTERN.match(routine_id):
            self.notices.append(
                f"{path} is skipped: its name is not a usable routine id; rename it using "
                "lower-case letters, digits, '-' and '_' only."
            )
            return
        if routine_id in self.builtin:
            self.notices.append(
                f"{path} is skipped: '{routine_id}' is the id of a built-in routine; "
                "rename the file to use it."
            )
            return
        # Taken before reading: if the file changes in between, a later save
        # sees a different version on disk and keeps a copy rather than lose it.
        stamp = _stamp(path)
        try:
            data = read_limited(path)
        except OSError as exc:
            skip(f"cannot be read ({exc.strerror})")
            return
        table, problems = parse_toml(data, source)
        if table is None:
            self._move_aside(path, problems)
            return
        schema = table.get("schema")
        if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
            skip(
                f"was written by a newer version of psoas-timer (schema {schema}, this app "
                f"reads {SCHEMA_VERSION}); update psoas-timer to use it"
            )
            return
        try:
            routine = routine_from_table(table, source, routine_id, self.catalogue)
        except ValidationError as exc:
            self._move_aside(path, list(exc.problems))
            return
        self._user[routine_id] = routine
        self._stamps[routine_id] = stamp

    def _move_aside(self, path: Path, problems: list[Problem]) -> None:
        routine_id = path.name[: -len(SUFFIX)]
        self.problems.extend(problems)
        try:
            backup = move_aside(path)
        except OSError as exc:
            self._locked[routine_id] = f"{path} could not be read or moved aside"
            self.notices.append(
                f"{path} could not be read or moved aside ({exc.strerror}); "
                "it is skipped and left untouched."
            )
            return
        log.info("moved unreadable %s to %s", path, backup)
        self.notices.append(
            f"{path} could not be read, so it was moved aside to {backup}; "
            "the other routines are loaded without it."
        )

    # -- writing --------------------------------------------------------------

    def save(self, routine: Routine) -> Routine:
        """Validate and write ``routine`` to ``<id>.toml``; return it as stored.

        Raises:
            ReadOnlyError: a built-in id, or a file the store must leave alone.
            ValidationError: the routine breaks the same rules a file must follow.
            StoreError: the file could not be written; the old one is unchanged.
        """
        self._check_writable(routine.id)
        return self._write(routine.id, routine_to_toml(routine))

    def new(self, name: str, exercise_id: str | None = None) -> Routine:
        """Create and save a routine with a fresh id made from ``name``.

        A routine needs at least one block, so it starts with ``exercise_id``,
        or with the first strengthening exercise of the catalogue.
        """
        exercise_id = exercise_id or self._first_exercise()
        routine = Routine(
            id=self.unique_id(name),
            name=name.strip(),
            description="",
            blocks=(Block(exercise_id),),
        )
        return self.save(routine)

    def duplicate(self, routine_id: str, new_name: str | None = None) -> Routine:
        """Save a copy of a user or built-in routine under a fresh id; return the copy."""
        original = self.get(routine_id)
        name = (new_name or f"{original.name} (copy)").strip()
        copy = original.replace(id=self.unique_id(name), name=name, builtin=False, source="")
        return self.save(copy)

    def rename(self, routine_id: str, new_name: str) -> Routine:
        """Change the name shown; the id (and so the file name) stays the same."""
        routine = self._user_routine(routine_id)
        return self.save(routine.replace(name=new_name.strip()))

    def delete(self, routine_id: str) -> Path | None:
        """Move the routine's file to ``<id>.toml.deleted-<timestamp>``; return that path.

        Returns None when the file had already gone from the folder.
        """
        self._user_routine(routine_id)
        path = self.path_for(routine_id)
        try:
            with self._writing():
                backup: Path | None = move_aside(path, "deleted")
        except FileNotFoundError:
            backup = None
        except OSError as exc:
            raise StoreError(f"could not delete {path}: {exc.strerror or exc}") from exc
        del self._user[routine_id]
        self._stamps.pop(routine_id, None)
        self.kept_copy = backup
        return backup

    def import_file(
        self, path: Path, replace: bool = False, routine_id: str | None = None
    ) -> Routine:
        """Add the routine in ``path``; all or nothing.

        The id is ``routine_id`` or the file's name (made file-safe if needed:
        ``Anna's routine.toml`` becomes ``anna-s-routine``). The file's bytes,
        comments included, are copied only after the whole file is valid.
        Whether the id is free is checked again under the writer lock, so of
        two imports racing for one id, one is refused. A replaced routine is
        kept (see :attr:`kept_copy`).

        Raises:
            ValidationError: every problem in the file; nothing is added.
            RoutineExists: the id is taken and ``replace`` is false.
            ReadOnlyError: the id is a built-in routine's, or a file the store leaves alone.
            StoreError: the file could not be written.
        """
        data = read_routine_bytes(path)
        if routine_id is None:
            stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
            routine_id = stem if ID_PATTERN.match(stem) else routine_id_from_name(stem)
        parse_routine(data, str(path), routine_id, self.catalogue)
        if routine_id in self.builtin:
            raise ReadOnlyError(
                f"'{routine_id}' is the id of a built-in routine, which cannot be replaced; "
                f"rename the file (for example to {self.unique_id(routine_id)}{SUFFIX}) "
                "and import it again"
            )
        self._check_writable(routine_id)
        target = self.path_for(routine_id)
        with self._writing():
            exists = routine_id in self._user or target.exists() or target.is_symlink()
            if exists and not replace:
                existing = self._user.get(routine_id)
                raise RoutineExists(routine_id, existing.name if existing else target.name)
            return self._write(routine_id, data, keep="replaced" if exists else None)

    def export(self, routine_id: str, path: Path, *, force: bool = False) -> Path:
        """Write a user or built-in routine to ``path`` (a folder gets ``<id>.toml``).

        An existing file is replaced only with ``force``, and then its bytes are
        kept first (see :attr:`kept_copy`). Never, even with ``force``, over a
        file a newer version of the app wrote, or over one of the app's own
        files (:func:`paths.is_own_file`).

        Returns the file written.

        Raises:
            RoutineNotFound: no such routine.
            ExportExists: ``path`` exists and ``force`` is false.
            ReadOnlyError: ``path`` must never be overwritten.
            StoreError: the file could not be written; nothing was changed.
        """
        routine = self.get(routine_id)
        if path.is_dir():
            path = path / f"{routine_id}{SUFFIX}"
        if paths.is_own_file(path):
            raise ReadOnlyError(
                f"{path} is one of psoas-timer's own files and is never overwritten by an "
                "export; export to another folder (to add a routine, use import instead)"
            )
        with self._writing():
            exists = path.exists() or path.is_symlink()
            if exists:
                _check_export_target(path, force)
            try:
                self.kept_copy = atomic_write(
                    path, routine_to_toml(routine), keep="replaced" if exists else None
                )
            except OSError as exc:
                raise StoreError(f"could not write {path}: {exc.strerror or exc}") from exc
        return path

    def unique_id(self, name: str) -> str:
        """An id made from ``name`` that no routine, file or skipped file uses."""
        base = routine_id_from_name(name)
        candidate, n = base, 1
        while self._taken(candidate):
            n += 1
            suffix = f"-{n}"
            candidate = base[: 64 - len(suffix)].rstrip("-_") + suffix
        return candidate

    # -- helpers --------------------------------------------------------------

    def _taken(self, routine_id: str) -> bool:
        return (
            routine_id in self.builtin
            or routine_id in self._user
            or routine_id in self._locked
            or self.path_for(routine_id).exists()
        )

    def _user_routine(self, routine_id: str) -> Routine:
        if routine_id in self.builtin:
            raise ReadOnlyError(
                f"'{routine_id}' is a built-in routine and cannot be changed; duplicate it first"
            )
        if routine_id not in self._user:
            self.get(routine_id)  # raises RoutineNotFound with a hint
        return self._user[routine_id]

    def _writing(self) -> AbstractContextManager[None]:
        """The writer lock of the config folder (see :mod:`.writelock`), held while writing."""
        from .writelock import writer_lock  # writing only: start-up reads

        return writer_lock(self.folder.parent)

    def _check_writable(self, routine_id: str) -> None:
        if routine_id in self.builtin:
            raise ReadOnlyError(
                f"'{routine_id}' is a built-in routine and cannot be changed; duplicate it first"
            )
        if routine_id in self._locked:
            raise ReadOnlyError(f"{self._locked[routine_id]}; it is not overwritten")

    def _write(self, routine_id: str, data: bytes, keep: str | None = None) -> Routine:
        """Write one routine's file under the writer lock; set :attr:`kept_copy`.

        ``keep`` names the copy of a file being replaced on purpose. A file
        that changed on disk since this store read or wrote it (another window
        or a CLI command saved it) is kept as ``<id>.toml.changed-<timestamp>``
        rather than lost.
        """
        path = self.path_for(routine_id)
        # Parsed from the very bytes written, so memory always matches the file.
        stored = parse_routine(data, str(path), routine_id, self.catalogue)
        with self._writing():
            on_disk = _stamp(path)
            if keep is None and on_disk is not None and on_disk != self._stamps.get(routine_id):
                keep = "changed"
                log.warning("%s changed on disk since it was read; keeping that version", path)
            try:
                self.kept_copy = atomic_write(path, data, keep=keep)
            except OSError as exc:
                raise StoreError(f"could not save {path}: {exc.strerror or exc}") from exc
            self._stamps[routine_id] = _stamp(path)
        self._user[routine_id] = stored
        self._user = dict(sorted(self._user.items()))
        return stored

    def _first_exercise(self) -> str:
        for category in Category:
            exercises = self.catalogue.by_category(category)
            if exercises:
                return exercises[0].id
        raise StoreError("the exercise catalogue is empty")


def _check_export_target(path: Path, force: bool) -> None:
    """Refuse to export over ``path`` unless it may be replaced (:meth:`RoutineStore.export`)."""
    if not path.is_file():
        raise ReadOnlyError(f"{path} exists and is not a regular file; it is not overwritten")
    if not force:
        raise ExportExists(
            f"{path} already exists; nothing was written. Use --force to replace it "
            "(a copy of the old file is kept)"
        )
    try:
        head = read_limited(path)
    except OSError as exc:
        raise StoreError(f"could not read {path}: {exc.strerror or exc}") from exc
    table, _problems = parse_toml(head, str(path))
    schema = table.get("schema") if table is not None else None
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        raise ReadOnlyError(
            f"{path} was written by a newer version of psoas-timer (schema {schema}, this app "
            f"writes {SCHEMA_VERSION}); it is never overwritten, export to another file"
        )


def read_routine_bytes(path: Path) -> bytes:
    """A routine file's bytes, with every failure reported as a :class:`ValidationError`."""
    return read_file(path)
