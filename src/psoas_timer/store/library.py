"""Everything a session is planned from: the catalogue, every routine, the user's dosage.

The window and ``psoas-timer plan`` both go through :func:`load_library`, so
the CLI always shows exactly what the window will run. The editors change the
library through :attr:`Library.store` and :attr:`Library.settings`; because
:attr:`Library.overrides` is the settings' own dosage table, :meth:`Library.timeline`
reflects a change at once (for live totals), before it is saved.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..core.catalogue import load_catalogue
from ..core.content_language import environment_language, supported
from ..core.dosage import Number, did_you_mean
from ..core.model import Catalogue, Routine
from ..core.problems import Problem, ValidationError
from ..core.routine import builtin_routines, load_routine_file
from ..core.timeline import Step, Timeline, block_seconds, compile_timeline, iter_steps
from ..core.words import Words, words_for
from . import paths
from .routines import RoutineStore
from .settings import Settings, load_settings

log = logging.getLogger(__name__)

#: The settings key of the language the window shows ("" or absent: the system's).
LANGUAGE_PREFERENCE = "language"


class Library:
    """The catalogue, the routines and the settings, loaded together.

    (A plain class, like :class:`Settings`: it is on the start-up path.)

    Attributes:
        problems: problems met while loading the user's files, for one notice.
        notices: what was done about them (backups made, files skipped), one
            sentence each, each naming the file and, where one was made, the backup.
        language: the language of the catalogue's words.
        words: the words the timeline composes around them, in that language.
    """

    def __init__(
        self,
        catalogue: Catalogue,
        store: RoutineStore,
        settings: Settings,
        problems: list[Problem] | None = None,
        notices: list[str] | None = None,
        language: str = "en",
        words: Words | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.store = store
        self.settings = settings
        self.problems: list[Problem] = [] if problems is None else problems
        self.notices: list[str] = [] if notices is None else notices
        self.language = language
        self.words: Words = words or words_for(language)

    def __repr__(self) -> str:
        return f"Library(routines={list(self.routines)!r}, problems={len(self.problems)})"

    @property
    def builtin(self) -> Mapping[str, Routine]:
        return self.store.builtin

    @property
    def user(self) -> Mapping[str, Routine]:
        return self.store.routines

    @property
    def overrides(self) -> Mapping[str, Mapping[str, Number]]:
        """The user's dosage overrides by exercise id (live: the settings' own table)."""
        return self.settings.dosage

    @property
    def routines(self) -> dict[str, Routine]:
        """Built-in routines first, then the user's, by id."""
        merged = dict(self.store.builtin)
        merged.update(self.store.routines)
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
        """Every step of ``routine`` with the user's current dosage (saved or not)."""
        return compile_timeline(routine, self.catalogue, self.overrides, self.words)

    def steps(self, routine: Routine) -> Iterator[Step]:
        """:meth:`timeline`'s steps a set at a time, for printing a plan of any length."""
        return iter_steps(routine, self.catalogue, self.overrides, self.words)

    def planned_seconds(self, routine: Routine) -> float:
        """The length of :meth:`timeline`, worked out without making its steps."""
        return sum(block_seconds(routine.blocks, self.catalogue, self.overrides))


def load_library(language: str | None = None, words: Words | None = None) -> Library:
    """Read the catalogue, built-in routines, the user's routines and settings; never raises
    for the user's files (their problems land in :attr:`Library.problems` and ``notices``).

    The catalogue's and built-in routines' words are in ``language`` (a code or a
    locale name); ``None`` takes the window's: the ``language`` preference when
    one is set, else the environment's (:func:`environment_language`).
    The words alone change: every id, number and side is the same in each language.
    ``words`` composes the timeline's titles (the window passes Qt's translation);
    ``None`` reads the language's own, without Qt (:func:`words_for`).
    """
    catalogue = load_catalogue()
    settings = load_settings(catalogue)
    if language is None:
        language = str(settings.preferences.get(LANGUAGE_PREFERENCE) or "")
        language = language or environment_language(os.environ)
    if language != "en":  # English lists no overlays
        language = supported(language)
    catalogue = load_catalogue(language)
    store = RoutineStore(paths.routines_dir(), catalogue, builtin_routines(language))
    store.reload()
    return Library(
        catalogue=catalogue,
        store=store,
        settings=settings,
        problems=[*settings.problems, *store.problems],
        notices=[*settings.notices, *store.notices],
        language=language,
        words=words,
    )
