"""A writer for the history kill test: records sessions until killed.

Usage: ``python history_writer.py DATABASE``. Like ``atomic_writer.py``, it
starts once and forks a fresh writer per round: a line on stdin starts one,
its pid is printed, the test SIGKILLs it, and ``reaped`` follows. Each child
prints ``committed N`` after every commit, so the test knows what must survive.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from psoas_timer.store.history import HistoryStore

LIFETIME_SECONDS = 5.0


def write_forever(path: Path) -> None:
    store = HistoryStore(path)
    deadline = time.monotonic() + LIFETIME_SECONDS
    while time.monotonic() < deadline:
        store.start_session("full-session", "Full session", planned_seconds=1200.0)
        count = store._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        os.write(1, f"committed {count}\n".encode())


def main() -> int:
    path = Path(sys.argv[1])
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(path)
            finally:
                os._exit(0)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
