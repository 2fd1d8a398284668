"""Clocks. The session reads time only through an injected monotonic clock."""

from __future__ import annotations

import time
from collections.abc import Callable

#: A function returning monotonic seconds.
Clock = Callable[[], float]


def monotonic() -> float:
    return time.monotonic()


def boottime_clock() -> Clock | None:
    """A clock that keeps counting while the machine is suspended, or ``None``.

    Linux stops ``CLOCK_MONOTONIC`` (the session's clock) during suspend, so a
    laptop that slept mid-hold shows no gap on it; ``CLOCK_BOOTTIME`` counts the
    sleep. Comparing the two between updates tells that the machine slept.
    Platforms without ``CLOCK_BOOTTIME`` get ``None``: no sleep detection, and
    nothing else changes.
    """
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    try:
        time.clock_gettime(clock_id)
    except OSError:  # a kernel that lacks it
        return None

    def boottime() -> float:
        return time.clock_gettime(clock_id)

    return boottime


class ManualClock:
    """A clock that moves only when told to; for tests, benches and simulations."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.now += seconds
        return self.now

    def set(self, now: float) -> float:
        if now < self.now:
            raise ValueError("a monotonic clock never goes back")
        self.now = now
        return self.now
