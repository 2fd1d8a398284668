"""Sitting reminders: how long the user has sat, and when to suggest a release break.

Pure Python on injected clocks, so every rule below is tested without Qt,
a desktop or a real hour of sitting.

The count is in *sitting seconds*: seconds of the monotonic clock during which
the user was present. Three clocks are read:

- ``mono`` (``CLOCK_MONOTONIC``) counts sitting; it stops while the machine
  sleeps, so suspend is never counted as sitting.
- ``boot`` (``CLOCK_BOOTTIME``) runs on through suspend; ``boot - mono`` growing
  between two looks means the machine slept, even when no "sleeping" signal came.
- ``wall`` (Unix time) for quiet hours, the days of the week, and for telling
  how long the app was not running between two starts.

The rules (what a break is):

- The user is *away* while idle (past the desktop's idle threshold), while the
  screen is locked, while the machine sleeps, while a routine runs, and outside
  the reminder hours (quiet hours, days switched off). Away time never counts.
- An absence of :data:`BREAK_SECONDS` (5 minutes) or more is a break: the count
  starts again from zero. A shorter one only pauses it.
- A finished routine, and Skip, start the count again. "In 10 minutes", and a
  reminder left unanswered, ask again after :data:`SNOOZE_SECONDS` more sitting.
- The count survives a restart (:meth:`SittingTracker.to_state`); if the app
  was not running for 5 minutes or more, that was a break too.
"""

from __future__ import annotations

import enum
import logging
import math
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, tzinfo
from typing import Any

from .clock import Clock
from .record import Record
from .reminder_settings import (  # noqa: F401 - re-exported
    ALL_DAYS,
    DAY_NAMES,
    DEFAULT_MINUTES,
    format_days,
    parse_clock,
    parse_days,
)

log = logging.getLogger(__name__)

#: An absence this long (seconds) or longer resets the count; a shorter one pauses it.
BREAK_SECONDS = 5 * 60
#: "In 10 minutes", and how soon an unanswered reminder comes back.
SNOOZE_SECONDS = 10 * 60
STATE_SCHEMA = 1


def boottime() -> float:
    """``CLOCK_BOOTTIME`` in seconds (it counts suspend); ``CLOCK_MONOTONIC`` where absent."""
    try:
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    except (AttributeError, OSError):  # not Linux
        return time.monotonic()


class Away(enum.Enum):
    """Why the user is not counted as sitting."""

    IDLE = "idle"
    LOCKED = "locked"
    SLEEPING = "sleeping"
    SESSION = "session"
    QUIET = "quiet"


class Schedule(Record):
    """When reminders may come: after ``minutes`` of sitting, on ``days``, outside quiet hours.

    Quiet hours run from ``quiet_start`` to ``quiet_end`` (minutes after local
    midnight) and may wrap past midnight (22:00 to 07:00). Either unset, or
    both equal, means no quiet hours.
    """

    minutes: float = DEFAULT_MINUTES
    days: frozenset[int] = ALL_DAYS
    quiet_start: int | None = None
    quiet_end: int | None = None

    def active_at(self, when: datetime) -> bool:
        """Whether reminders (and the count) run at local time ``when``."""
        if when.weekday() not in self.days:
            return False
        start, end = self.quiet_start, self.quiet_end
        if start is None or end is None or start == end:
            return True
        minute = when.hour * 60 + when.minute
        quiet = start <= minute < end if start < end else minute >= start or minute < end
        return not quiet

    def next_change(self, when: datetime) -> datetime | None:
        """The first local time after ``when`` at which :meth:`active_at` changes, if any."""
        midnight = when.replace(hour=0, minute=0, second=0, microsecond=0)
        marks = [0] + [m for m in (self.quiet_start, self.quiet_end) if m is not None]
        now_active = self.active_at(when)
        for day in range(9):
            base = midnight + timedelta(days=day)
            for mark in sorted(set(marks)):
                candidate = base + timedelta(minutes=mark)
                if candidate > when and self.active_at(candidate) != now_active:
                    return candidate
        return None


class SittingTracker:
    """The sitting count and the reminder's due point, on injected clocks.

    Args:
        schedule: the user's reminder settings.
        mono: monotonic seconds that stop during suspend (the count's clock).
        boot: monotonic seconds that run through suspend.
        wall: Unix seconds (quiet hours, days, restarts).
        tz: the time zone for quiet hours; ``None`` is the local one.
        state: what :meth:`to_state` returned before a restart, if anything.
    """

    def __init__(
        self,
        schedule: Schedule,
        *,
        mono: Clock,
        boot: Clock = boottime,
        wall: Callable[[], float] = time.time,
        tz: tzinfo | None = None,
        state: Mapping[str, Any] | None = None,
    ) -> None:
        self.schedule = schedule
        self._mono, self._boot, self._wall, self._tz = mono, boot, wall, tz
        self._last_mono, self._last_boot = mono(), boot()
        self._sitting = 0.0
        self._due_at = self._full()
        self.away: set[Away] = set()
        self._away_since = self._last_boot
        if state is not None:
            self._restore(state)
        if not schedule.active_at(self._local()):
            self.away.add(Away.QUIET)

    # ------------------------------------------------------------ reading

    @property
    def sitting_seconds(self) -> float:
        self._settle()
        return self._sitting

    @property
    def due_at(self) -> float:
        """The sitting seconds at which the next reminder is due."""
        return self._due_at

    def is_due(self) -> bool:
        """Whether a reminder should be offered now (present, in hours, count reached)."""
        self._settle()
        return not self.away and self._sitting >= self._due_at

    def seconds_to_next_check(self) -> float | None:
        """Seconds until something may change without a signal: the count reaching
        its due point, or the reminder hours starting or ending. ``None``: nothing
        will, until the user comes back (a signal says so).
        """
        self._settle()
        waits: list[float] = []
        if not self.away:
            waits.append(max(0.0, self._due_at - self._sitting))
        change = self.schedule.next_change(self._local())
        if change is not None:
            waits.append(max(0.0, change.timestamp() - self._wall()))
        return min(waits) if waits else None

    # ------------------------------------------------------------ events

    def update(self) -> None:
        """Look at the clocks: count sitting, notice a suspend, enter or leave quiet hours."""
        self._settle()

    def set_away(self, reason: Away, away: bool, *, already: float = 0.0) -> None:
        """The user left (``away``) or came back, for ``reason``.

        Args:
            already: how long ago the absence began (an idle signal comes only
                after the desktop's idle threshold); that much counted sitting
                is taken back.
        """
        self._settle()
        if away:
            self._enter(reason, self._last_boot - max(0.0, already))
            if already > 0:
                self._sitting = max(0.0, self._sitting - already)
        else:
            self._leave(reason, self._last_boot)

    def set_schedule(self, schedule: Schedule) -> None:
        self._settle()
        if math.isclose(self._due_at, self._full()):
            self._due_at = schedule.minutes * 60
        self.schedule = schedule
        self._settle()

    def reminded(self) -> None:
        """A reminder was shown: if nothing is chosen, ask again after the snooze time."""
        self.snooze()

    def snooze(self, seconds: float = SNOOZE_SECONDS) -> None:
        """"In 10 minutes": due again after ``seconds`` more sitting."""
        self._settle()
        self._due_at = self._sitting + seconds

    def skip(self) -> None:
        """Skip this break: the count starts again."""
        self._settle()
        self.reset()

    def routine_finished(self) -> None:
        """A routine ran to its end: that was the break."""
        self._settle()
        self.reset()

    def reset(self) -> None:
        self._sitting = 0.0
        self._due_at = self._full()

    # ------------------------------------------------------------ persistence

    def to_state(self) -> dict[str, Any]:
        """What a restart needs, as plain TOML/JSON values."""
        self._settle()
        return {
            "schema": STATE_SCHEMA,
            "sitting_seconds": round(self._sitting, 3),
            "due_at_seconds": round(self._due_at, 3),
            "saved_unix": round(self._wall(), 3),
        }

    def _restore(self, state: Mapping[str, Any]) -> None:
        try:
            sitting = float(state["sitting_seconds"])
            due_at = float(state["due_at_seconds"])
            saved = float(state["saved_unix"])
        except (KeyError, TypeError, ValueError):
            log.info("reminder state not usable; counting from zero")
            return
        if not all(math.isfinite(v) for v in (sitting, due_at, saved)) or sitting < 0:
            return
        gap = self._wall() - saved
        if 0 <= gap < BREAK_SECONDS:
            self._sitting = sitting
            self._due_at = max(due_at, 0.0)

    # ------------------------------------------------------------ internals

    def _full(self) -> float:
        return float(self.schedule.minutes * 60)

    def _local(self) -> datetime:
        return datetime.fromtimestamp(self._wall(), self._tz)

    def _settle(self) -> None:
        mono, boot = self._mono(), self._boot()
        d_mono = max(0.0, mono - self._last_mono)
        slept = (boot - self._last_boot) - d_mono
        self._last_mono, self._last_boot = mono, boot
        if not self.away:
            self._sitting += d_mono
        if slept >= BREAK_SECONDS:
            # A suspend that no signal told us about: a break like any other.
            self.reset()
        active = self.schedule.active_at(self._local())
        if active and Away.QUIET in self.away:
            self._leave(Away.QUIET, boot)
        elif not active and Away.QUIET not in self.away:
            self._enter(Away.QUIET, boot)

    def _enter(self, reason: Away, since: float) -> None:
        if not self.away:
            self._away_since = since
        self.away.add(reason)

    def _leave(self, reason: Away, now: float) -> None:
        if reason not in self.away:
            return
        self.away.discard(reason)
        if not self.away and now - self._away_since >= BREAK_SECONDS:
            self.reset()


def schedule_from_preferences(prefs: Mapping[str, Any]) -> Schedule:
    """The :class:`Schedule` the user's preferences describe; a bad value means its default."""

    def text(key: str) -> str:
        value = prefs.get(key)
        return value if isinstance(value, str) else ""

    minutes = prefs.get("reminder_minutes")
    try:
        days_text = prefs.get("reminder_days")
        days = parse_days(days_text) if isinstance(days_text, str) else ALL_DAYS
        start, end = parse_clock(text("quiet_start")), parse_clock(text("quiet_end"))
    except ValueError as exc:  # settings.toml is checked on load; this is a second line
        log.warning("reminder settings: %s", exc)
        days, start, end = ALL_DAYS, None, None
    return Schedule(
        minutes=float(minutes) if isinstance(minutes, int | float) else DEFAULT_MINUTES,
        days=days,
        quiet_start=start,
        quiet_end=end,
    )
