"""Start-up: time to the first painted main window and peak RSS, against bare Qt.

Runs ``psoas-timer --exit-after-startup`` (the installed script, or
``python -m psoas_timer`` without one) and a bare PySide6 QMainWindow with a
QLabel, alternating, and prints the medians and the ratios. Targets: time
ratio <= 1.5, RSS ratio <= 1.3.

Both follow the same rule: on the window's first paint event, exit from the
event loop's next turn with ``os._exit`` (as ``--exit-after-startup`` does), so
neither pays for tearing down, and neither runs work queued behind the first
frame. (Until 2026-11-30 the bare script quit normally and paid ~13 ms of
teardown that the app skipped, which flattered the ratio.)

Bytecode is compiled first, as an installed wheel would have it, so neither
side pays for compiling sources.

With ``--compare OTHER`` (another checkout, e.g. ``git worktree add`` or
``git archive | tar -x`` of an older commit; repeatable) the other
checkout's app runs too, in the same alternation (``PYTHONPATH`` set to each checkout's ``src``),
so a change is measured before and after in one sitting, against the same
bare windows.

With ``--instructions``, each also runs once under valgrind's callgrind and
the instructions it executes to the first frame are printed, with their
ratio to the bare window's: the same to ~0.1 % from run to run however busy
the machine is, where wall times on a shared machine move by ±10 % (about
20 s a run). It counts work, not cache misses or waiting, so it ranks
versions of the code; the target is the wall-time ratio.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5] [--compare OTHER]
     [--instructions]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, median, throwaway_home

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("psoas-timer"))
window.resize(1280, 800)


def exit_now():
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, exit_now)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""

def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
        start = time.perf_counter()
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", out.name, *cmd],
            env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - start
        rss_mb = int(out.read().strip().splitlines()[-1]) / 1024
    return elapsed, rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--compare",
        metavar="OTHER",
        type=Path,
        action="append",
        default=[],
        help="another checkout whose app runs in the same alternation (repeatable)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each one's instructions once under callgrind",
    )
    args = parser.parse_args()
    trees = {"psoas-timer": ROOT}
    for number, other in enumerate(args.compare, 1):
        if not (other / "src" / "psoas_timer").is_dir():
            parser.error(f"--compare {other}: no src/psoas_timer in it")
        trees[f"other {number}"] = other.resolve()
    for tree in trees.values():
        compileall.compile_dir(tree / "src", quiet=1)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        **throwaway_home(),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(BARE)
        bare_script = handle.name
    # The command people run: the installed ``psoas-timer`` script, run by this
    # Python (``python -m psoas_timer`` would add runpy's imports, ~3 ms).
    script = Path(sys.executable).with_name("psoas-timer")
    if script.is_file():
        app_cmd = [sys.executable, str(script), "--exit-after-startup"]
    else:
        app_cmd = [sys.executable, "-m", "psoas_timer", "--exit-after-startup"]
    # Each checkout's package first on the path (ahead of the editable install's).
    runs: dict[str, tuple[list[str], dict[str, str]]] = {
        label: (app_cmd, {**env, "PYTHONPATH": str(tree / "src")})
        for label, tree in trees.items()
    }
    runs["bare Qt"] = ([sys.executable, bare_script], env)
    # One warm-up each, so the file cache is warm for all.
    for cmd, run_env in runs.values():
        measure(cmd, run_env)
    times: dict[str, list[float]] = {label: [] for label in runs}
    rss: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(args.runs):
        for label, (cmd, run_env) in runs.items():
            t, m = measure(cmd, run_env)
            times[label].append(t)
            rss[label].append(m)
    bt, bm = median(times["bare Qt"]), median(rss["bare Qt"])
    print(f"machine: {machine()}")
    print(f"start-up to first paint, median of {args.runs} alternating runs")
    for label, tree in trees.items():
        print(f"  {label:<12} {median(times[label]) * 1000:7.0f} ms   "
              f"peak RSS {median(rss[label]):6.1f} MB   ({tree})")
    print(f"  {'bare Qt':<12} {bt * 1000:7.0f} ms   peak RSS {bm:6.1f} MB")
    for label in trees:
        time_ratio = median(times[label]) / bt
        rss_ratio = median(rss[label]) / bm if bm else float("nan")
        print(f"  {label:<12} ratio time {time_ratio:.2f} (target <= 1.5)   "
              f"RSS {rss_ratio:.2f} (target <= 1.3)")
    if args.instructions:
        counts = {label: instructions(cmd, run_env) for label, (cmd, run_env) in runs.items()}
        print("instructions to the first frame (callgrind, all threads)")
        for label, count in counts.items():
            ratio = count / counts["bare Qt"]
            print(f"  {label:<12} {count / 1e6:8.1f} M   ratio {ratio:.3f}")
    os.unlink(bare_script)


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """The instructions ``cmd`` executes, all threads, counted by callgrind."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from callgrind:\n{result.stderr[-500:]}")
    return int(found.group(1))


if __name__ == "__main__":
    main()
