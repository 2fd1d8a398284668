"""One exercise's dosage as the user is editing it, and saving it to the settings.

What is edited is the user's layer of the dosage (settings), between the
catalogue's defaults and a routine's own block overrides. Only values that
differ from the catalogue are stored, so "Reset to defaults" is simply an empty
layer. The dosage editor's widgets hold the values being edited; a
:class:`DosageDraft` turns them into that layer, works out what every routine
using the exercise would then take, and writes the layer, leaving the settings
in memory as they were when the write fails. Nothing here knows about Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from ..core.dosage import BOUNDS, DEFAULT_BREATH_IN, DEFAULT_BREATH_OUT, Number
from ..core.model import Routine
from ..core.timeline import compile_timeline
from .atomic import StoreError
from .library import Library

log = logging.getLogger(__name__)

#: The keys a layer keeps when they differ from the catalogue's value; the
#: hold is decided by how it is counted (seconds or breaths) and per side.
_PLAIN_KEYS: tuple[str, ...] = (
    "reps",
    "sets",
    "lift_seconds",
    "lower_seconds",
    "rest_seconds",
    "prepare_seconds",
    "rest_between_sides_seconds",
    "rest_between_sets_seconds",
    "rest_between_exercises_seconds",
    "breath_in_seconds",
    "breath_out_seconds",
)


class DosageDraft:
    """The user's dosage of one exercise, between the catalogue's and a routine's own.

    Attributes:
        exercise: the exercise whose dosage is edited.
        defaults: the catalogue's dosage of it.
    """

    def __init__(self, library: Library, exercise_id: str) -> None:
        self.library = library
        self.exercise = library.catalogue.exercise(exercise_id)
        self.defaults: dict[str, Number] = dict(self.exercise.dosage)

    def current(self) -> dict[str, Number]:
        """The dosage as saved: the catalogue merged with the user's layer."""
        return self.library.settings.effective_dosage(self.library.catalogue, self.exercise.id)

    def saved_layer(self) -> dict[str, Number]:
        """The user's layer as saved in the settings."""
        return self.library.settings.user_dosage(self.exercise.id)

    def default_value(self, key: str) -> Number:
        """The catalogue's value for ``key``, as this exercise would run without overrides."""
        d = self.defaults
        if key in d:
            return d[key]
        if key == "breath_in_seconds":
            return DEFAULT_BREATH_IN
        if key == "breath_out_seconds":
            return DEFAULT_BREATH_OUT
        return self.base_hold(d)

    @staticmethod
    def base_hold(values: Mapping[str, Number]) -> Number:
        """The hold in seconds that ``values`` give, whether counted in seconds or breaths."""
        if "hold_breaths" in values:
            pace = float(values.get("breath_in_seconds", DEFAULT_BREATH_IN)) + float(
                values.get("breath_out_seconds", DEFAULT_BREATH_OUT)
            )
            return min(600.0, float(values["hold_breaths"]) * pace)
        return values.get("hold_seconds", 1)

    def shown(self, values: Mapping[str, Number]) -> dict[str, float]:
        """What each field shows for a dosage: a hold in the other count, or per side,
        starts from the hold as it is, so switching to it changes nothing yet."""
        pace_in = float(values.get("breath_in_seconds", DEFAULT_BREATH_IN))
        pace_out = float(values.get("breath_out_seconds", DEFAULT_BREATH_OUT))
        base = float(self.base_hold(values))
        shown: dict[str, float] = {
            "hold_seconds": float(values.get("hold_seconds", base)),
            "hold_breaths": float(
                values.get("hold_breaths", max(1, min(60, round(base / (pace_in + pace_out)))))
            ),
            "breath_in_seconds": pace_in,
            "breath_out_seconds": pace_out,
            "hold_seconds_left": float(values.get("hold_seconds_left", base)),
            "hold_seconds_right": float(values.get("hold_seconds_right", base)),
        }
        return {
            key: shown[key] if key in shown else float(values[key])
            for key in BOUNDS
            if key in shown or key in values
        }

    def layer(
        self, values: Mapping[str, Number], *, breaths: bool, per_side: bool
    ) -> dict[str, Number]:
        """The user's layer for the fields' ``values``: only what differs from the catalogue.

        ``breaths``: the hold is counted in breaths; ``per_side``: each side has its own hold.
        """
        d = self.defaults
        out: dict[str, Number] = {}
        for key in _PLAIN_KEYS:
            if values[key] != self.default_value(key):
                out[key] = values[key]
        if breaths:
            if d.get("hold_breaths") != values["hold_breaths"]:
                out["hold_breaths"] = values["hold_breaths"]
        elif d.get("hold_seconds") != values["hold_seconds"]:
            out["hold_seconds"] = values["hold_seconds"]
        if per_side:
            for key in ("hold_seconds_left", "hold_seconds_right"):
                if d.get(key) != values[key]:
                    out[key] = values[key]
        return out

    # -- totals ---------------------------------------------------------------------

    def routines_using(self) -> list[Routine]:
        """Every routine (built-in and the user's) with a block of this exercise."""
        return [
            r
            for r in self.library.routines.values()
            if any(b.exercise == self.exercise.id for b in r.blocks)
        ]

    def totals(self, layer: Mapping[str, Number]) -> dict[str, tuple[float, float]]:
        """``{routine id: (total with layer, total as saved)}``; the exercise alone:
        ``exercise:<id>``."""
        edited: dict[str, Mapping[str, Number]] = dict(self.library.overrides)
        edited[self.exercise.id] = layer
        result: dict[str, tuple[float, float]] = {}
        single = Routine.single(self.exercise)
        for routine in [single, *self.routines_using()]:
            now = compile_timeline(routine, self.library.catalogue, edited).total_seconds
            before = self.library.timeline(routine).total_seconds
            result[routine.id] = (now, before)
        return result

    # -- the file -------------------------------------------------------------------

    def save(self, layer: Mapping[str, Number]) -> None:
        """Make ``layer`` the user's dosage of the exercise and write the settings atomically.

        Raises:
            ValueError, StoreError: it could not be saved; the settings in
                memory are as they were before.
        """
        settings = self.library.settings
        exercise_id = self.exercise.id
        previous = settings.user_dosage(exercise_id)
        try:
            settings.reset_dosage(exercise_id)
            for key, value in layer.items():
                settings.set_dosage(exercise_id, key, value)
            settings.save()
        except (ValueError, StoreError) as exc:
            settings.reset_dosage(exercise_id)
            for key, value in previous.items():
                settings.set_dosage(exercise_id, key, value)
            log.warning("could not save the dosage of %s: %s", exercise_id, exc)
            raise
        log.info("saved dosage of %s: %s", exercise_id, dict(layer))


__all__ = ["DosageDraft"]
