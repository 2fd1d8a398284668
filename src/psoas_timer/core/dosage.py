"""Dosage keys, their bounds, and how layers of overrides combine.

The same keys serve the catalogue's defaults, the user's settings and a
routine's blocks; the same checks apply to all three.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from .model import Side
from .record import Record


class Bound(Record):
    """The allowed range of one dosage key."""

    low: float
    high: float
    integer: bool = False
    unit: str = "s"

    def describe(self) -> str:
        return f"{_fmt(self.low)} and {_fmt(self.high)}"


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


BOUNDS: dict[str, Bound] = {
    "reps": Bound(1, 100, integer=True, unit=""),
    "sets": Bound(1, 20, integer=True, unit=""),
    "lift_seconds": Bound(1, 60),
    "hold_seconds": Bound(1, 600),
    "hold_seconds_left": Bound(1, 600),
    "hold_seconds_right": Bound(1, 600),
    "hold_breaths": Bound(1, 60, integer=True, unit=""),
    "breath_in_seconds": Bound(1, 30),
    "breath_out_seconds": Bound(1, 30),
    "lower_seconds": Bound(1, 60),
    "rest_seconds": Bound(0, 600),
    "rest_between_sides_seconds": Bound(0, 600),
    "rest_between_sets_seconds": Bound(0, 600),
    "rest_between_exercises_seconds": Bound(0, 600),
    "prepare_seconds": Bound(0, 600),
}

DOSAGE_KEYS: tuple[str, ...] = tuple(BOUNDS)

#: Keys every catalogue entry must set (a hold may be in seconds or in breaths).
REQUIRED_DEFAULT_KEYS: tuple[str, ...] = (
    "reps",
    "sets",
    "lift_seconds",
    "lower_seconds",
    "rest_seconds",
    "rest_between_sides_seconds",
    "rest_between_sets_seconds",
    "rest_between_exercises_seconds",
    "prepare_seconds",
)

#: Breath pace used for a breath-counted hold when no pace is given.
DEFAULT_BREATH_IN = 4.0
DEFAULT_BREATH_OUT = 6.0

Number = float | int


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``" (did you mean 'x'?)"`` suffix, or an empty string."""
    import difflib  # only a misspelt key needs it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def check_value(key: str, value: Any) -> str | None:
    """Return what is wrong with ``value`` for ``key``, or ``None`` when it is fine."""
    bound = BOUNDS[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        kind = "a whole number" if bound.integer else "a number"
        return f"must be {kind}, got {_describe_type(value)}"
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return f"must be a finite number, got {value}"
    if bound.integer and not isinstance(value, int):
        return f"must be a whole number, got {value!r}"
    if not bound.low <= value <= bound.high:
        return f"must be between {bound.describe()}, got {_fmt(value)}"
    return None


def _describe_type(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, str):
        return f'"{value}" (text)'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def validate_dosage(
    table: Mapping[str, Any], path: str, *, extra_keys: Iterable[str] = ()
) -> tuple[dict[str, Number], list[tuple[str, str]]]:
    """Check a table of dosage keys.

    Returns the valid entries and a list of ``(key path, message)`` problems.
    ``extra_keys`` are keys the caller handles itself (such as ``exercise``).
    """
    allowed = set(extra_keys)
    good: dict[str, Number] = {}
    problems: list[tuple[str, str]] = []
    prefix = f"{path}." if path else ""
    for key, value in table.items():
        if key in allowed:
            continue
        if key not in BOUNDS:
            hint = did_you_mean(key, [*DOSAGE_KEYS, *allowed])
            problems.append((f"{prefix}{key}", f"unknown key{hint}"))
            continue
        error = check_value(key, value)
        if error:
            problems.append((f"{prefix}{key}", error))
        else:
            good[key] = value
    if "hold_seconds" in table and "hold_breaths" in table:
        problems.append(
            (
                f"{prefix}hold_breaths",
                "give either hold_seconds or hold_breaths, not both",
            )
        )
    return good, problems


def merge(*layers: Mapping[str, Number]) -> dict[str, Number]:
    """Combine dosage layers, later layers winning.

    A layer that sets ``hold_seconds`` drops an earlier ``hold_breaths`` and
    the other way round, so a hold is never counted both ways at once.
    """
    result: dict[str, Number] = {}
    for layer in layers:
        if "hold_seconds" in layer:
            result.pop("hold_breaths", None)
        if "hold_breaths" in layer:
            result.pop("hold_seconds", None)
        result.update(layer)
    return result


class Dosage(Record):
    """A fully resolved dosage for one exercise in one routine."""

    reps: int
    sets: int
    lift_seconds: float
    lower_seconds: float
    hold_left: float
    hold_right: float
    hold_breaths: int | None
    paced_left: bool
    paced_right: bool
    breath_in: float
    breath_out: float
    rest_seconds: float
    rest_between_sides: float
    rest_between_sets: float
    rest_between_exercises: float
    prepare_seconds: float

    @classmethod
    def resolve(cls, values: Mapping[str, Number]) -> Dosage:
        breath_in = float(values.get("breath_in_seconds", DEFAULT_BREATH_IN))
        breath_out = float(values.get("breath_out_seconds", DEFAULT_BREATH_OUT))
        breaths = values.get("hold_breaths")
        if breaths is not None:
            base_hold = float(breaths) * (breath_in + breath_out)
        else:
            base_hold = float(values.get("hold_seconds", 1))
        return cls(
            reps=int(values["reps"]),
            sets=int(values["sets"]),
            lift_seconds=float(values["lift_seconds"]),
            lower_seconds=float(values["lower_seconds"]),
            hold_left=float(values.get("hold_seconds_left", base_hold)),
            hold_right=float(values.get("hold_seconds_right", base_hold)),
            hold_breaths=int(breaths) if breaths is not None else None,
            paced_left=breaths is not None and "hold_seconds_left" not in values,
            paced_right=breaths is not None and "hold_seconds_right" not in values,
            breath_in=breath_in,
            breath_out=breath_out,
            rest_seconds=float(values["rest_seconds"]),
            rest_between_sides=float(values["rest_between_sides_seconds"]),
            rest_between_sets=float(values["rest_between_sets_seconds"]),
            rest_between_exercises=float(values["rest_between_exercises_seconds"]),
            prepare_seconds=float(values["prepare_seconds"]),
        )

    def hold_for(self, side: Side) -> float:
        if side is Side.LEFT:
            return self.hold_left
        if side is Side.RIGHT:
            return self.hold_right
        return max(self.hold_left, self.hold_right)

    def paced(self, side: Side) -> bool:
        """Whether the hold on ``side`` is counted in breaths rather than seconds."""
        if side is Side.LEFT:
            return self.paced_left
        if side is Side.RIGHT:
            return self.paced_right
        return self.paced_left and self.paced_right
