"""The reminder settings as text: days of the week and times of day.

Kept apart from :mod:`.sitting` so that reading ``settings.toml`` at start-up
checks these values without importing :mod:`datetime`.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The default sitting time before a reminder, in minutes.
DEFAULT_MINUTES = 50
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS = frozenset(range(7))


def parse_days(text: str) -> frozenset[int]:
    """``"mon,tue,fri"`` as weekday numbers (Monday 0).

    Raises:
        ValueError: an unknown day name; the message names it.
    """
    days: set[int] = set()
    for part in text.split(","):
        name = part.strip().lower()[:3]
        if not name:
            continue
        if name not in DAY_NAMES:
            raise ValueError(f"unknown day {part.strip()!r} (use {', '.join(DAY_NAMES)})")
        days.add(DAY_NAMES.index(name))
    return frozenset(days)


def format_days(days: Iterable[int]) -> str:
    return ",".join(DAY_NAMES[d] for d in sorted(set(days)))


def parse_clock(text: str) -> int | None:
    """``"22:30"`` as minutes after midnight; ``""`` is ``None`` (not set).

    Raises:
        ValueError: not ``HH:MM`` on a 24-hour clock.
    """
    text = text.strip()
    if not text:
        return None
    hours, sep, minutes = text.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"{text!r} is not a time of day as HH:MM")
    h, m = int(hours), int(minutes)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(f"{text!r} is not a time of day as HH:MM")
    return h * 60 + m
