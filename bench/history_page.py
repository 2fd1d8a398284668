"""How long the history page takes to open with three years of daily sessions.

Seeds a temporary database with a session every day for 3 years (see
``scripts/seed_history.py``), then times "open the page": construct
``HistoryPage`` and paint it once (offscreen), median of 5.

Two figures:
    cold -- the first open in a fresh process that has imported what the app
            imports at start-up (not pyqtgraph): importing the page module and
            pyqtgraph (numpy, pyqtgraph's Qt modules) included. What a user waits
            for the first time they open the page. Each run is a new process.
    warm -- later opens in the same process: the page's own cost (SQL,
            aggregation, plotting, first paint).

    python bench/history_page.py [--runs 5] [--days 1095]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1.0


def _seed(path: Path, days: int) -> int:
    spec = importlib.util.spec_from_file_location(
        "seed_history", ROOT / "scripts" / "seed_history.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from psoas_timer.store.history import HistoryStore

    with HistoryStore(path) as store:
        count: int = module.seed(store, days=days, rest_days=0.0)
    return count


def _open_once(path: Path) -> float:
    """Import (if not yet imported), construct and paint the page; seconds taken."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    from psoas_timer.ui.history.history_page import HistoryPage

    page = HistoryPage(path)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.grab()  # forces the first full paint, offscreen
    took = time.perf_counter() - started
    page.close()
    page.deleteLater()
    app.processEvents()
    return took


#: What the running app has imported long before the page is first opened.
APP_MODULES = (
    "psoas_timer.core.catalogue",
    "psoas_timer.store.library",
    "psoas_timer.store.history",
    "psoas_timer.ui.session.controller",
    "psoas_timer.ui.history.history_recorder",
    "psoas_timer.ui.history.self_check",
)


def _child(path: Path) -> None:
    """One cold open in this fresh process; prints the seconds as JSON."""
    from PySide6.QtWidgets import QApplication

    QApplication([])
    for name in APP_MODULES:
        importlib.import_module(name)
    assert "pyqtgraph" not in sys.modules
    print(json.dumps(_open_once(path)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=3 * 365)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return 0

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        started = time.perf_counter()
        count = _seed(path, args.days)
        took = time.perf_counter() - started
        print(f"seeded {count} sessions over {args.days} days in {took:.1f} s")

        cold = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            cold.append(json.loads(done.stdout.strip().splitlines()[-1]))
        _open_once(path)  # warm up: imports, first-use caches
        warm = [_open_once(path) for _ in range(args.runs)]

    ok = True
    for name, runs in (("cold (first open, imports included)", cold), ("warm (page only)", warm)):
        median = statistics.median(runs)
        verdict = "ok" if median <= LIMIT else "OVER"
        ok = ok and median <= LIMIT
        spread = ", ".join(f"{r:.3f}" for r in runs)
        print(f"{name}: median {median:.3f} s  [{spread}]  <= {LIMIT:.0f} s: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
