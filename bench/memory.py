"""Memory: an 8-hour session with the real window on a fake clock.

Builds the real window (``build_window``) on a ManualClock, runs routines back
to back for 8 simulated hours, advancing the clock in small steps and letting
Qt process events and paint, and compares RSS after a warm-up hour with RSS at
the end. Target: growth <= 5 MB.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/memory.py [--hours 8]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, throwaway_home


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hours", type=float, default=8)
    parser.add_argument("--step", type=float, default=0.5, help="fake seconds per update")
    args = parser.parse_args()
    os.environ.update(
        throwaway_home(),
        PSOAS_TIMER_NO_DIALOGS="1",
        PSOAS_TIMER_AUDIO="off",
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from psoas_timer.app import build_window
    from psoas_timer.core.clock import ManualClock
    from psoas_timer.core.session import State

    clock = ManualClock()
    window = build_window(["--routine", "full-session"], clock=clock)
    window.resize(1280, 800)
    window.show()
    app = QApplication.instance()
    assert app is not None
    controller = window.controller
    total = args.hours * 3600
    warmup = min(3600.0, total / 8)
    simulated = 0.0
    baseline = None
    runs = 0
    started = time.perf_counter()
    samples: list[tuple[float, float]] = []
    while simulated < total:
        if controller.state in (State.IDLE, State.FINISHED, State.STOPPED):
            if controller.state is not State.IDLE:
                controller.reload()
            controller.start()
            runs += 1
        clock.advance(args.step)
        simulated += args.step
        controller.poll()
        app.processEvents()
        if baseline is None and simulated >= warmup:
            gc.collect()
            baseline = rss_mb()
        if int(simulated) % 1800 == 0 and simulated % 1800 < args.step:
            samples.append((simulated / 3600, rss_mb()))
    gc.collect()
    end = rss_mb()
    assert baseline is not None
    print(f"machine: {machine()}")
    print(
        f"simulated {args.hours:g} h ({runs} routine runs) in {time.perf_counter() - started:.0f} s"
    )
    print("  RSS by hour: " + ", ".join(f"{h:.1f} h {m:.1f} MB" for h, m in samples))
    growth = end - baseline
    print(
        f"  RSS after warm-up {baseline:.1f} MB, at the end {end:.1f} MB: growth {growth:+.1f} MB "
        f"[target <= 5 MB: {'met' if growth <= 5 else 'MISSED'}]"
    )


if __name__ == "__main__":
    main()
