"""Clocks. The session reads time only through an injected monotonic clock."""

from __future__ import annotations

import time
from collections.abc import Callable

#: A function returning monotonic seconds.
Clock = Callable[[], float]


def monotonic() -> float:
    return time.monotonic()


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
