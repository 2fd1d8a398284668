"""Points in the plane, and the steps the figure is built from: directions and moves along them.

Pure Python; never imports Qt.
"""

from __future__ import annotations

import math
from typing import TypeAlias

Point: TypeAlias = tuple[float, float]


def direction(deg: float) -> Point:
    """The unit vector ``deg`` degrees counter-clockwise from ``+x``."""
    rad = math.radians(deg)
    return (math.cos(rad), math.sin(rad))


def offset(p: Point, *terms: tuple[float, Point]) -> Point:
    """``p`` moved by each ``(distance, unit vector)`` in turn."""
    x, y = p
    for k, (dx, dy) in terms:
        x += k * dx
        y += k * dy
    return (x, y)


def local_point(origin: Point, axis_deg: float, u: float, v: float) -> Point:
    """Point at (u along axis, v toward axis - 90°) from origin."""
    return offset(origin, (u, direction(axis_deg)), (v, direction(axis_deg - 90.0)))
