"""Timing: how late each step starts against its deadline, and the drift at the end.

1. Real time: a ~2-minute routine of short steps runs through SessionController
   in the real Qt event loop. For every step, lateness = the moment the
   window is told (stepStarted reaches a slot) minus the step's deadline.
   Targets: never early, p99 <= 20 ms, drift at the end <= 50 ms.
2. Simulated: a 60-minute routine on a fake clock with jittered updates.
   Target: drift 0.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timing.py [--seconds 120]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))

from _common import long_routine, machine, percentile, short_routine

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.session import Finished, Session, State, StepStarted


def realtime(seconds: float) -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QTimer

    from psoas_timer.ui.session.controller import SessionController

    app = QCoreApplication.instance() or QCoreApplication([])
    timeline = short_routine(seconds)
    controller = SessionController()
    late_ms: list[float] = []
    origin = [0.0]
    end_drift = [float("nan")]

    def on_step(step: object) -> None:
        now = time.monotonic()
        session = controller.session
        assert session is not None
        if session.state is State.IDLE:
            return
        planned = origin[0] + step.start  # type: ignore[attr-defined]
        late_ms.append((now - planned) * 1000)

    def on_event(event: object) -> None:
        if isinstance(event, StepStarted) and event.step.index == 0:
            origin[0] = event.at  # the instant start was pressed
        if isinstance(event, Finished):
            end_drift[0] = (time.monotonic() - (origin[0] + timeline.total_seconds)) * 1000
            QTimer.singleShot(0, app.quit)

    controller.stepStarted.connect(on_step)
    controller.engineEvent.connect(on_event)
    controller.load(timeline)
    controller.start()
    app.exec()
    late = late_ms[1:]  # the first step starts when we press start
    early = [x for x in late if x < 0]
    p50, p99, worst = percentile(late, 50), percentile(late, 99), max(late)
    print(f"real time: {len(late)} steps over {timeline.total_seconds:.0f} s")
    print(f"  lateness  p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   max {worst:6.2f} ms")
    print(f"  early starts: {len(early)}   end drift: {end_drift[0]:.2f} ms")
    ok = not early and p99 <= 20 and abs(end_drift[0]) <= 50
    print(f"  targets (never early, p99 <= 20 ms, drift <= 50 ms): {'met' if ok else 'MISSED'}")
    return ok


def simulated(minutes: float = 60) -> bool:
    timeline = long_routine(minutes * 60)
    rng = random.Random(1)
    clock = ManualClock(start=5000.0)
    session = Session(timeline, clock)
    session.start()
    origin = clock.now
    worst = 0.0
    finished_at = float("nan")
    while session.state is State.RUNNING:
        clock.advance(rng.uniform(0.001, 1.0))
        for event in session.update():
            if isinstance(event, StepStarted):
                worst = max(worst, abs(event.at - (origin + event.step.start)))
            if isinstance(event, Finished):
                finished_at = event.at
    drift = finished_at - (origin + timeline.total_seconds)
    print(f"simulated: {timeline.total_seconds / 60:.1f} min, {len(timeline)} steps")
    print(f"  worst step-start error {worst * 1000:.6f} ms   end drift {drift * 1000:.6f} ms")
    ok = drift == 0 and worst == 0
    print(f"  target (drift 0): {'met' if ok else 'MISSED'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--skip-realtime", action="store_true")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    simulated()
    if not args.skip_realtime:
        realtime(args.seconds)


if __name__ == "__main__":
    main()
