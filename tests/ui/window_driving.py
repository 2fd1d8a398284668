"""Driving the real window on a fake clock: a routine with every phase kind, keys, labels."""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.model import Block, Phase, Routine
from psoas_timer.core.timeline import Step, Timeline
from psoas_timer.ui.main_window import MainWindow


def walk_routine() -> Routine:
    """Every phase kind in under a minute: sequential sides, two sets, rests, a transition."""
    return Routine(
        id="walk",
        name="Walk-through",
        description="",
        blocks=(
            Block(
                "seated-leg-lift",
                MappingProxyType(
                    {
                        "reps": 2,
                        "sets": 2,
                        "prepare_seconds": 3,
                        "lift_seconds": 2,
                        "hold_seconds": 3,
                        "lower_seconds": 2,
                        "rest_seconds": 2,
                        "rest_between_sides_seconds": 4,
                        "rest_between_sets_seconds": 5,
                    }
                ),
            ),
            Block(
                "half-kneeling-stretch",
                MappingProxyType(
                    {
                        "reps": 1,
                        "hold_seconds": 12,
                        "prepare_seconds": 2,
                        "rest_between_exercises_seconds": 4,
                    }
                ),
            ),
        ),
    )


def load_walk(win: MainWindow) -> Timeline:
    timeline = win.library.timeline(walk_routine())
    win.controller.load(timeline)
    return timeline


def advance(win: MainWindow, clock: ManualClock, seconds: float, step: float = 0.5) -> None:
    """Move the fake clock in small steps (a big jump looks like a suspend and pauses)."""
    while seconds > 1e-9:
        dt = min(step, seconds)
        clock.advance(dt)
        win.controller.poll()
        seconds -= dt


def label(win: MainWindow, name: str) -> QLabel:
    found = win.findChild(QLabel, name)
    assert found is not None, name
    return found


#: The session view's labels a person reads from the mat.
SESSION_LABELS = (
    "exerciseLabel",
    "phaseLabel",
    "countdownLabel",
    "repLabel",
    "breathPrompt",
    "nextUpLabel",
)


def texts(win: MainWindow) -> dict[str, str]:
    return {name: label(win, name).text() for name in SESSION_LABELS}


def form_checks(win: MainWindow) -> list[str]:
    widget = win.findChild(QListWidget, "formChecks")
    assert widget is not None
    return [widget.item(row).text() for row in range(widget.count())]


def key(
    qtbot: QtBot,
    win: MainWindow,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(win, k, mod)


def to_phase(
    window: MainWindow, qtbot: QtBot, phase: Phase, routine: Routine | None = None
) -> Step:
    """The walk-through (or ``routine``) started and skipped to its first step of ``phase``."""
    if routine is None:
        load_walk(window)
    else:
        window.controller.load(window.library.timeline(routine))
    key(qtbot, window, Qt.Key.Key_Space)
    while window.controller.step.phase is not phase:  # type: ignore[union-attr]
        key(qtbot, window, Qt.Key.Key_N)
    step = window.controller.step
    assert step is not None
    return step


def to_hold(window: MainWindow, qtbot: QtBot) -> Step:
    return to_phase(window, qtbot, Phase.HOLD)
