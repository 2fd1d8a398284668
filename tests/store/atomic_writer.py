"""A writer for the kill test: saves two versions of a file in turn until killed.

Usage: ``python atomic_writer.py TARGET VERSION_A VERSION_B``

Starting Python for each of the test's hundreds of kills would take most of a
minute, so this process starts once and forks a fresh writer for each round:

1. it reads a line from stdin (EOF: exit);
2. it forks a child that loops ``atomic_write(TARGET, A)``, ``atomic_write(TARGET, B)``, ...
   with the app's own :func:`psoas_timer.store.atomic.atomic_write`;
3. it prints the child's pid; the test kills that child with SIGKILL at a random moment;
4. it reaps the child, prints ``reaped`` and waits for the next line.

A child that nobody kills stops by itself after a few seconds, so a failed
test leaves nothing running.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from psoas_timer.store.atomic import atomic_write

LIFETIME_SECONDS = 5.0


def write_forever(target: Path, versions: tuple[bytes, bytes]) -> None:
    deadline = time.monotonic() + LIFETIME_SECONDS
    i = 0
    while time.monotonic() < deadline:
        atomic_write(target, versions[i % 2])
        i += 1


def main() -> int:
    target = Path(sys.argv[1])
    versions = (Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes())
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(target, versions)
            finally:
                os._exit(0)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
