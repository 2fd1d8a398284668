"""The one real-time test: a routine of 1 s steps runs in the real event loop, on time."""

from __future__ import annotations

import gc
import time
from types import MappingProxyType

import pytest
from pytestqt.qtbot import QtBot

from psoas_timer.app import build_window
from psoas_timer.core.model import Block, Phase, Routine
from psoas_timer.core.timeline import Step

#: How late a phase may start, in seconds.
LATE = 0.050


@pytest.mark.realtime
def test_one_second_steps_run_start_to_finish_on_time(qtbot: QtBot) -> None:
    # What earlier tests left for the cycle collector is not the app's to pay for
    # mid-session (the app itself keeps its start-up out of the collector's way).
    gc.collect()
    window = build_window([])  # the real monotonic clock
    qtbot.addWidget(window)
    window.show()
    routine = Routine(
        id="quick",
        name="Quick",
        description="",
        blocks=(
            Block(
                "supported-bridge",
                MappingProxyType(
                    {
                        "reps": 2,
                        "sets": 1,
                        "prepare_seconds": 1,
                        "lift_seconds": 1,
                        "hold_seconds": 1,
                        "lower_seconds": 1,
                        "rest_seconds": 1,
                    }
                ),
            ),
        ),
    )
    timeline = window.library.timeline(routine)
    assert all(s.duration == 1 for s in timeline if s.phase is not Phase.FINISHED)
    controller = window.controller
    controller.load(timeline)
    started: list[tuple[Step, float]] = []
    controller.stepStarted.connect(lambda step: started.append((step, time.monotonic())))
    with qtbot.waitSignal(controller.finished, timeout=int(timeline.total_seconds * 1000) + 3000):
        t0 = time.monotonic()
        controller.start()
    assert [s.index for s, _ in started] == list(range(len(timeline)))
    for step, at in started:
        late = at - (t0 + step.start)
        assert -0.005 <= late <= LATE, (step.phase, late)
    assert window.session_view.phase_label.text() == "Finished"
