"""The movement grid: how many positions a movement between two keyframes is drawn at.

Pure Python; never imports Qt.
"""

from __future__ import annotations

import math

from .kinematics import interpolate, joints
from .pose import Pose

MOVE_POSITIONS = 50
#: Positions a second, at most: a leg rising over seconds looks smooth at
#: this rate, and each position is a full redraw of the figure.
MOVE_FPS = 10


def move_positions(duration: float, travel_px: float | None = None) -> int:
    """How many positions a movement lasting ``duration`` seconds is drawn at.

    ``travel_px``, how many pixels the farthest-moving joint travels on screen
    (see :func:`joint_travel`), caps it further: a position that moves nothing
    by a whole pixel is not worth drawing.
    """
    return max(1, min(move_grid(travel_px), round(duration * MOVE_FPS)))


def move_grid(travel_px: float | None) -> int:
    """The positions a movement's figure is drawn from, whatever its duration:
    one per pixel the farthest-moving joint travels, up to :data:`MOVE_POSITIONS`.

    A movement drawn at fewer positions (:func:`move_positions`) takes them from
    this grid, so a lift and the lower back along the same path, whatever
    their durations, share their drawings.
    """
    if travel_px is None:
        return MOVE_POSITIONS
    return max(1, min(MOVE_POSITIONS, round(travel_px)))


def joint_travel(a: Pose, b: Pose, samples: int = 16) -> float:
    """How far the farthest-moving joint goes from ``a`` to ``b``, along its path (units)."""
    path = [joints(interpolate(a, b, i / samples)) for i in range(samples + 1)]
    return max(
        sum(math.dist(path[i][name], path[i + 1][name]) for i in range(samples))
        for name in path[0]
    )
