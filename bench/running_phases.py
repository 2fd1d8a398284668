"""Running cost, phase by phase: where a running session's CPU goes.

Runs the release routine in this process with the window shown (as
``running_cost.py`` does in a subprocess) and prints the CPU share of one core
over its first lift (the figure drawn for the first time), its first hold
(only the pacer and the countdown move), the second rep's lift (the same
movement again) and the same 5-65 s window ``running_cost.py`` samples. The
windows come from the routine's own timeline, trimmed by 0.3 s at each end so
a step change does not fall in them. A diagnostic, not a target: the target
is the whole figure in ``running_cost.py``.

Run under a real X server for honest paint costs:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python bench/running_phases.py
"""

from __future__ import annotations

import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, throwaway_home

os.environ.update(throwaway_home(), PSOAS_TIMER_AUDIO="off", PSOAS_TIMER_NO_DIALOGS="1")
from PySide6.QtCore import QTimer

from psoas_timer.app import _application, build_window
from psoas_timer.core.model import Phase
from psoas_timer.core.timeline import Timeline

TRIM = 0.3
WHOLE = (5.0, 65.0)


def windows(timeline: Timeline) -> dict[str, tuple[float, float]]:
    """{label: (start, end)} in seconds from the session's start."""
    steps = timeline.steps
    first_lift = next(s for s in steps if s.phase is Phase.LIFT)
    first_hold = next(s for s in steps if s.phase is Phase.HOLD)
    repeat = next(
        s
        for s in steps
        if s.phase is Phase.LIFT
        and s.start > first_lift.start
        and (s.exercise_id, s.pose_from, s.pose_to, s.side)
        == (first_lift.exercise_id, first_lift.pose_from, first_lift.pose_to, first_lift.side)
    )
    found = {
        "first lift": first_lift,
        "first hold": first_hold,
        "repeat lift": repeat,
    }
    out = {
        f"{label} ({step.start:.0f}-{step.start + step.duration:.0f} s)": (
            step.start + TRIM,
            step.start + step.duration - TRIM,
        )
        for label, step in found.items()
    }
    out[f"{WHOLE[0]:.0f}-{WHOLE[1]:.0f} s"] = WHOLE
    return out


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    print(f"machine: {machine()}")
    app = _application()
    window = build_window(["--routine", "release", "--start"])
    window.show()
    timeline = window.controller.timeline
    assert timeline is not None
    marks: dict[tuple[str, int], tuple[float, float]] = {}
    spans = windows(timeline)
    for label, (start, end) in spans.items():
        for edge, at in enumerate((start, end)):
            QTimer.singleShot(
                round(at * 1000),
                lambda key=(label, edge): marks.__setitem__(key, (cpu_seconds(), time.monotonic())),
            )

    def report() -> None:
        for label in spans:
            (c0, t0), (c1, t1) = marks[(label, 0)], marks[(label, 1)]
            print(f"  {label:28s} {100 * (c1 - c0) / (t1 - t0):5.2f} % of one core")
        sys.stdout.flush()
        os._exit(0)

    QTimer.singleShot(round(max(end for _, end in spans.values()) * 1000) + 100, report)
    app.exec()


if __name__ == "__main__":
    main()
