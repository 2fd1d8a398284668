"""Which pose a step shows, mirrored for its side, and the pose view with the packaged poses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...core.model import Side
from ...core.timeline import Step

if TYPE_CHECKING:
    from .pose_view import PoseView


def mirrored_for(side: Side | None) -> bool:
    """Whether to mirror the figure so the working side is the one shown.

    Unmirrored, the drawing shows ``UNMIRRORED_SIDE`` (the right) working.
    """
    from ...core.pose import UNMIRRORED_SIDE

    return side in (Side.LEFT, Side.RIGHT) and side is not None and side.value != UNMIRRORED_SIDE


def make_pose_view(parent: QWidget | None = None) -> PoseView:
    """The pose view, with the packaged poses."""
    from ...core.pose import load_poses
    from .pose_view import PoseView

    view = PoseView(load_poses(), parent)
    view.setObjectName("poseView")
    return view


def show_step_pose(view: QWidget, step: Step, fraction: float) -> None:
    """Show a step's pose on a pose view (real or placeholder)."""
    show = getattr(view, "show_pose", None)
    clear = getattr(view, "clear", None)
    if step.exercise_id is None or step.pose_from is None or step.pose_to is None:
        if clear is not None:
            clear()
        return
    if show is not None:
        show(
            step.exercise_id,
            step.pose_from,
            step.pose_to,
            mirrored=mirrored_for(step.side),
            fraction=fraction,
        )
