"""Helpers shared by the bench scripts."""

from __future__ import annotations

import platform
import statistics
from types import MappingProxyType

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.model import Block, Routine
from psoas_timer.core.timeline import Timeline, compile_timeline


def throwaway_home() -> dict[str, str]:
    """HOME and the XDG folders in a new empty temporary folder, so a bench
    never reads or writes the user's settings, routines or history."""
    import tempfile

    home = tempfile.mkdtemp()
    return {
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/.config",
        "XDG_DATA_HOME": f"{home}/.local/share",
    }


def machine() -> str:
    import os

    return (
        f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · {platform.platform(terse=True)}"
    )


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values)


def short_routine(seconds: float = 120) -> Timeline:
    """A routine of short steps lasting about ``seconds``."""
    catalogue = load_catalogue()
    fast = {
        "lift_seconds": 1, "hold_seconds": 2, "lower_seconds": 1, "rest_seconds": 1,
        "prepare_seconds": 2, "rest_between_sides_seconds": 2, "rest_between_sets_seconds": 2,
        "rest_between_exercises_seconds": 2, "sets": 1,
    }
    blocks: list[Block] = []
    total = 0.0
    exercises = ["supine-march", "seated-leg-lift", "supported-bridge", "half-kneeling-stretch"]
    i = 0
    while total < seconds:
        overrides = dict(fast, reps=2)
        blocks.append(Block(exercises[i % len(exercises)], MappingProxyType(overrides)))
        total = compile_timeline(Routine("b", "Bench", "", tuple(blocks)), catalogue).total_seconds
        i += 1
    return compile_timeline(Routine("bench", "Bench", "", tuple(blocks)), catalogue)


def long_routine(minimum_seconds: float) -> Timeline:
    """Built-in exercises at their default dosage, repeated to last at least this long."""
    catalogue = load_catalogue()
    ids = list(catalogue.exercises)
    blocks: list[Block] = []
    while True:
        blocks.append(Block(ids[len(blocks) % len(ids)], MappingProxyType({})))
        timeline = compile_timeline(Routine("long", "Long", "", tuple(blocks)), catalogue)
        if timeline.total_seconds >= minimum_seconds:
            return timeline
