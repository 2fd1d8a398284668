"""Running cost: CPU and wake-ups of the real app, while a routine runs and while idle.

Starts ``psoas-timer`` in a subprocess (a routine running with the window
visible and the pacer animating; then the app sitting idle), lets it settle,
and samples /proc for a minute: CPU seconds per minute (as a share of one
core) and wake-ups per second (voluntary context switches of all threads).
Targets: <= 1 % of one core while running, <= 0.1 % while idle.

In the same run it also measures a floor (``_floor.py``): bare PySide6
repainting a 96-px pixmap as often as the pacer repaints in a hold, and a
label once a second. The machines are noisy; the floor, taken minutes apart
from the app, shows how much of the app's figure this machine and Qt would
cost anyway.

Run under a real X server for honest paint costs:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python bench/running_cost.py
or offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/running_cost.py
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, throwaway_home

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def wakeups(pid: int) -> dict[str, int]:
    """Context switches per thread; threads come and go, so compare thread by thread."""
    counts: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            lines = (task / "status").read_text().splitlines()
        except OSError:
            continue
        counts[task.name] = sum(
            int(line.split()[1])
            for line in lines
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"))
        )
    return counts


def measure(
    args: list[str], settle: float, seconds: float, env: dict[str, str]
) -> tuple[float, float]:
    """CPU share of one core and wake-ups a second of ``python ARGS``."""
    proc = subprocess.Popen(
        [sys.executable, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(settle)
        c0, w0, t0 = cpu_seconds(proc.pid), wakeups(proc.pid), time.monotonic()
        time.sleep(seconds)
        c1, w1, t1 = cpu_seconds(proc.pid), wakeups(proc.pid), time.monotonic()
    finally:
        proc.terminate()
        proc.wait(10)
    span = t1 - t0
    return 100 * (c1 - c0) / span, sum(w1[t] - w0.get(t, 0) for t in w1) / span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--settle", type=float, default=5)
    args = parser.parse_args()
    env = {
        **os.environ,
        **throwaway_home(),
        "PSOAS_TIMER_NO_DIALOGS": "1",
    }
    platform = env.get("QT_QPA_PLATFORM") or ("xcb" if env.get("DISPLAY") else "offscreen")
    env["QT_QPA_PLATFORM"] = platform
    print(f"machine: {machine()}  (Qt platform: {platform})")
    app = ["-m", "psoas_timer"]
    cpu, wake = measure([*app, "--routine", "release", "--start"], args.settle, args.seconds, env)
    print(
        f"running (release routine, window visible, pacer animating): "
        f"CPU {cpu:.2f} % of one core, {wake:.1f} wake-ups/s  "
        f"[target <= 1 %: {'met' if cpu <= 1 else 'MISSED'}]"
    )
    floor, floor_wake = measure(
        [os.path.join(os.path.dirname(__file__), "_floor.py")], args.settle, args.seconds, env
    )
    print(
        f"  floor, in the same run: bare PySide6 repainting a 96-px pixmap 7.5 times a "
        f"second and a label once a second (_floor.py): CPU {floor:.2f} %, "
        f"{floor_wake:.1f} wake-ups/s"
    )
    cpu, wake = measure(app, args.settle, args.seconds, env)
    print(
        f"idle (window open, no session): CPU {cpu:.3f} % of one core, {wake:.2f} wake-ups/s  "
        f"[target <= 0.1 %: {'met' if cpu <= 0.1 else 'MISSED'}]"
    )


if __name__ == "__main__":
    main()
