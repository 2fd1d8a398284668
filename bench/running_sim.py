"""Running cost without the noise: a running minute replayed on a manual clock.

Builds the real window under Xvfb (or offscreen) with the release routine on a
manual clock, then plays the event loop's part itself: it moves the clock to
whichever of the controller's and the animation ticker's single-shots is due
first (the intervals they armed), calls that handler, and processes the
events it posted (paints and flushes included). The CPU of each handler is
summed over the same 5-65 s window that ``running_cost.py`` samples, by kind:
the second's tick, a step change, and an animation frame by phase.

What it leaves out is what the event loop costs by itself: waking up,
polling X, and the caches going cold between wake-ups (about as much again
on our test machines). So its total is lower than ``running_cost.py``'s, but
it scatters far less: run old and new code alternately (``PYTHONPATH`` set to
each tree's ``src``) and a change of a few per cent shows, where the real
benchmark's noise would hide it. A diagnostic, not a target.

``--instructions`` counts instead the machine instructions the handlers
execute over that window of a second run, under valgrind's callgrind: the
same count to a twentieth of a per cent from run to run, whatever else the
machine is doing, so it tells two versions of the code apart where timings
cannot. It counts work, not the caches' misses, and takes about half a minute.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python bench/running_sim.py [--runs N]
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python bench/running_sim.py --instructions
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, throwaway_home

os.environ.update(throwaway_home(), PSOAS_TIMER_AUDIO="off", PSOAS_TIMER_NO_DIALOGS="1")
from psoas_timer.core.clock import ManualClock

START, END = 5.0, 65.0


def one_run(
    counting: Callable[[bool], None] = lambda on: None,
) -> tuple[float, Counter[str], Counter[str]]:
    """CPU seconds over START..END, and the count and CPU seconds of each kind of wake-up.

    ``counting(True)`` is called before the first handler in the window, and
    ``counting(False)`` after the last.
    """
    from psoas_timer.app import _application, build_window

    app = _application()
    clock = ManualClock()
    window = build_window(["--routine", "release", "--start"], clock=clock)
    window.show()
    for _ in range(20):
        app.processEvents()
    # As the app does after its first paint (psoas_timer.startup.long_lived): start-up's
    # objects are kept out of the cycle collector's walks.
    gc.freeze()
    controller, ticker = window.controller, window.ticker
    begin = clock.now
    counts: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    total = 0.0
    # When each single-shot falls due on the manual clock: armed intervals
    # are read back and the real timers stopped, so only this loop fires them.
    due = {"tick": None, "frame": None}

    def read_back() -> None:
        for kind, timer, interval in (
            ("tick", controller._timer, controller.timer_interval),
            ("frame", ticker._timer, ticker.interval),
        ):
            if timer.isActive():
                due[kind] = clock.now + interval() / 1000
                timer.stop()

    read_back()
    inside = False
    while True:
        armed = [(at, kind) for kind, at in due.items() if at is not None]
        if not armed:
            break
        at, kind = min(armed)
        if at - begin > END:
            break
        due[kind] = None
        clock.set(at)
        step = controller.step
        counted = clock.now - begin >= START
        if counted and not inside:
            counting(True)
            inside = True
        started = time.process_time()
        if kind == "tick":
            controller.poll()
        else:
            ticker.refresh()
        app.processEvents()
        spent = time.process_time() - started
        read_back()
        if kind == "tick":
            kind = "step change" if controller.step is not step else "second"
        elif step is not None:
            kind = f"frame, {step.phase.value}"
        if counted:
            counts[kind] += 1
            cpu[kind] += spent
            total += spent
    counting(False)
    controller.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    return total, counts, cpu


_UNDER_CALLGRIND = "PSOAS_TIMER_UNDER_CALLGRIND"


def _callgrind_counting(on: bool) -> None:
    """Switch callgrind's counting on or off for this process (it answers first)."""
    subprocess.run(
        ["callgrind_control", "--instr=on" if on else "--instr=off", str(os.getpid())],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )


def count_instructions() -> None:
    """Run this script again under callgrind, counting only the window, and print the count."""
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={scratch}/callgrind.out",
                sys.executable,
                __file__,
                "--instructions",
            ],
            env={**os.environ, _UNDER_CALLGRIND: "1"},
            capture_output=True,
            text=True,
            check=False,
        )
    # Each fork that runs callgrind_control reports its own (empty) count too.
    counts = [int(n) for n in re.findall(r"Collected : (\d+)", result.stderr)]
    if result.returncode != 0 or not counts:
        sys.exit(f"callgrind did not finish:\n{result.stderr[-2000:]}")
    count = max(counts)
    print(
        f"instructions over {START:.0f}-{END:.0f} s of the release routine: "
        f"{count / 1e9:.3f} billion (callgrind; the same to ~0.05 % run to run)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions under callgrind"
    )
    args = parser.parse_args()
    if args.instructions and not os.environ.get(_UNDER_CALLGRIND):
        count_instructions()
        return
    # Each run ends by stopping its session, and the app then preloads the
    # history page (pyqtgraph, ~0.6 s) a moment later: in the next run's
    # minute, unless it is loaded already. In the app it waits while a
    # session runs, so it is no part of a running minute.
    import psoas_timer.ui.history.history_page  # noqa: F401
    print(f"machine: {machine()}")
    if args.instructions:  # under callgrind: a first run warms up, the second counts
        one_run()
        one_run(_callgrind_counting)
        sys.stdout.flush()
        os._exit(0)
    totals = []
    for run in range(args.runs):
        total, counts, cpu = one_run()
        totals.append(total)
        print(
            f"run {run + 1}: {1000 * total:.0f} ms of handler CPU over {END - START:.0f} s "
            f"({100 * total / (END - START):.3f} % of one core)"
        )
        if run == 0:
            for kind, n in sorted(counts.items()):
                each, spent = 1e6 * cpu[kind] / n, 1000 * cpu[kind]
                print(f"    {kind:18s} {n:4d} x {each:6.0f} us = {spent:5.1f} ms")
    totals.sort()
    print(
        f"median {1000 * totals[len(totals) // 2]:.0f} ms, best {1000 * totals[0]:.0f} ms "
        f"(the first run also works out the shapes' outlines, which later runs find kept)"
    )
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
