"""Everything a session is planned from: the catalogue, every routine, the user's dosage.

The window and ``psoas-timer plan`` both go through :func:`load_library`, so
the CLI always shows exactly what the window will run.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..core.catalogue import load_catalogue
from ..core.dosage import Number, did_you_mean
from ..core.model import Catalogue, Routine
from ..core.problems import Problem, ValidationError
from ..core.routine import builtin_routines, load_routine_file
from ..core.timeline import Timeline, compile_timeline
from . import paths

log = logging.getLogger(__name__)


@dataclass
class Library:
    catalogue: Catalogue
    builtin: Mapping[str, Routine]
    user: dict[str, Routine] = field(default_factory=dict)
    overrides: Mapping[str, Mapping[str, Number]] = field(default_factory=dict)
    #: Problems met while loading the user's files, for one notice.
    problems: list[Problem] = field(default_factory=list)
    #: Human-readable notes (such as backups made) for the same notice.
    notices: list[str] = field(default_factory=list)

    @property
    def routines(self) -> dict[str, Routine]:
        """Built-in routines first, then the user's, by id."""
        merged = dict(self.builtin)
        merged.update(self.user)
        return merged

    def resolve(self, id_or_file: str) -> Routine:
        """A routine by id, ``exercise:<id>``, exercise id, or ``.toml`` path.

        Raises :class:`ValidationError` naming what was asked for when nothing fits.
        """
        routines = self.routines
        if id_or_file in routines:
            return routines[id_or_file]
        exercise_id = id_or_file.removeprefix("exercise:")
        if exercise_id in self.catalogue.exercises:
            return Routine.single(self.catalogue.exercise(exercise_id))
        path = Path(id_or_file)
        if id_or_file.endswith(".toml") or path.exists() or "/" in id_or_file:
            return load_routine_file(path, self.catalogue)
        known = [*routines, *self.catalogue.exercises]
        hint = did_you_mean(id_or_file, known)
        raise ValidationError(
            [
                Problem(
                    id_or_file,
                    "",
                    f"no routine or exercise with this id{hint}; "
                    f"known routines: {', '.join(routines)}",
                )
            ]
        )

    def timeline(self, routine: Routine) -> Timeline:
        return compile_timeline(routine, self.catalogue, self.overrides)


def load_user_routines(folder: Path, catalogue: Catalogue) -> tuple[dict[str, Routine], list[Problem]]:
    found: dict[str, Routine] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return found, problems
    for path in sorted(folder.glob("*.toml")):
        try:
            found[path.name[:-5]] = load_routine_file(path, catalogue)
        except ValidationError as exc:
            problems.extend(exc.problems)
    return found, problems


def load_library() -> Library:
    """Read the catalogue, built-in routines, the user's routines and dosage settings."""
    from .settings import load_settings

    catalogue = load_catalogue()
    library = Library(catalogue=catalogue, builtin=builtin_routines())
    user, problems = load_user_routines(paths.routines_dir(), catalogue)
    library.user = user
    library.problems.extend(problems)
    settings = load_settings(catalogue)
    library.overrides = settings.dosage
    library.problems.extend(settings.problems)
    library.notices.extend(settings.notices)
    return library
