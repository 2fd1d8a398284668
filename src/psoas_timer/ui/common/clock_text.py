"""Seconds written for people: the countdown's digits and the clock's minutes:seconds."""

from __future__ import annotations


def format_countdown(seconds: int) -> str:
    """``45`` under a minute, ``1:30`` from a minute on: fewest digits, biggest font."""
    seconds = max(0, seconds)
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def format_clock(seconds: float) -> str:
    total = max(0, round(seconds))
    if total >= 3600:
        return f"{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}"
    return f"{total // 60}:{total % 60:02d}"
