"""Kills during writes (issue #20): SIGKILL writers at random moments, then check every file.

Three kinds of write, each killed ``--count`` times (100 by default) after a
random delay:

- ``import --replace``: the real CLI (``python -m psoas_timer``) replaces a
  routine with one of two versions, alternately. After each kill the routine
  must be there, byte for byte one of the two versions.
- settings saves: a process saves ``settings.toml`` in a loop through the
  store API (``Settings.save``), each save a consistent pair of values
  (``volume = k/100`` with ``reps = k + 1``). After each kill the file must
  load without a problem and hold the pair of the last save reported, or of
  the one in flight.
- history writes: a process records sessions through the store API
  (``HistoryStore.start_session``). After each kill the database must pass
  ``PRAGMA integrity_check`` and hold every session it reported committed.

Writers of the second and third kind are forked from this script (no Python
start-up per round), so most kills land mid-write. The CLI is started afresh
each round; half its kills come after a delay drawn around its measured run
time (start-up, the write and the exit alike), half within a few milliseconds
of its temporary file appearing (the write itself).

Prints one table row per kind: kills (writers killed before they finished),
crashes (writers that failed on their own), files lost, torn files (present
but neither the old nor the new content, or not loadable), and the temporary
files the kills left behind (removed at the next start, once a minute old).

Run: .venv/bin/python bench/kill_writes.py [--count 100] [--seed 20]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, median, throwaway_home

VERSIONS = {
    "a": b'schema = 1\nname = "Version A"\n\n[[blocks]]\nexercise = "seated-leg-lift"\n',
    "b": b'schema = 1\nname = "Version B"\n\n[[blocks]]\nexercise = "supine-march"\nreps = 4\n',
}
# Some kilobytes, so the write itself is not instantaneous.
PADDING = b"".join(
    b"# a comment line to make the file take a moment to write %04d\n" % i for i in range(9000)
)


@dataclass
class Row:
    kind: str
    kills: int = 0
    finished: int = 0
    crashes: int = 0
    lost: int = 0
    torn: int = 0
    temp_left: int = 0
    notes: list[str] = field(default_factory=list)


def _temp_names(*folders: Path) -> set[str]:
    return {
        str(p)
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(".") and p.name.endswith(".tmp")
    }


def _temp_files(*folders: Path) -> int:
    return len(_temp_names(*folders))


# -- import --replace through the real CLI ------------------------------------------------


def kill_imports(count: int, rng: random.Random) -> Row:
    row = Row("`import --replace` (CLI)")
    env = {**os.environ, **throwaway_home()}
    home = Path(env["HOME"])
    sources = {}
    for name, body in VERSIONS.items():
        folder = home / name
        folder.mkdir()
        sources[name] = folder / "mine.toml"
        sources[name].write_bytes(body + PADDING)
    routines = Path(env["XDG_CONFIG_HOME"]) / "psoas-timer" / "routines"
    target = routines / "mine.toml"

    def run(name: str) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "psoas_timer", "import", "--replace", str(sources[name])]
        return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    timings = []
    for name in ("a", "b", "a", "b", "a"):
        started = time.perf_counter()
        proc = run(name)
        _, err = proc.communicate()
        assert proc.returncode == 0, err.decode()
        timings.append(time.perf_counter() - started)
    typical = median(timings)
    row.notes.append(f"an uninterrupted import takes {typical * 1000:.0f} ms")

    aimed = 0
    for n in range(count):
        name = "b" if n % 2 == 0 else "a"
        earlier = _temp_names(routines)  # left by earlier kills
        proc = run(name)
        if n % 2:
            # Half the kills land anywhere in the run...
            time.sleep(rng.uniform(0.3 * typical, 1.1 * typical))
        else:
            # ...and half while the new file is being written: from the moment
            # its temporary file appears, within a few milliseconds.
            deadline = time.monotonic() + 10 * typical
            while proc.poll() is None and time.monotonic() < deadline:
                if _temp_names(routines) - earlier:
                    aimed += 1
                    break
                time.sleep(0.0002)
            time.sleep(rng.uniform(0, 0.004))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        if proc.returncode == -signal.SIGKILL:
            row.kills += 1
        elif proc.returncode == 0:
            row.finished += 1
        else:
            row.crashes += 1
            row.notes.append(f"exit {proc.returncode}: {err.decode().strip()[:200]}")
        if not target.exists():
            row.lost += 1
        elif target.read_bytes() not in (s.read_bytes() for s in sources.values()):
            row.torn += 1
    row.temp_left = _temp_files(routines)
    kept = len(list(routines.glob("mine.toml.replaced-*")))
    row.notes.append(f"{aimed} kills aimed at the write (its temporary file had appeared)")
    row.notes.append(f"{kept} copies of replaced versions kept")
    return row


# -- forked writers ----------------------------------------------------------------------------


def _fork_writer(body: Callable[[int], None]) -> tuple[int, int]:
    """Fork a child that runs ``body(fd)``, writing reports to the pipe; (pid, read fd)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        code = 0
        try:
            body(write)
        except BaseException as exc:  # a crash: reported as such, never hidden
            os.write(write, f"crash {type(exc).__name__}: {exc}\n".encode())
            code = 3
        finally:
            os._exit(code)
    os.close(write)
    return pid, read


def _collect(pid: int, read: int, delay: float) -> tuple[int, list[str]]:
    """Kill ``pid`` after ``delay`` s; its exit status and the lines it reported."""
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    return status, b"".join(chunks).decode().splitlines()


def _tally(row: Row, status: int, lines: list[str]) -> None:
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        row.kills += 1
    elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        row.finished += 1
    else:
        row.crashes += 1
        row.notes.extend(line for line in lines if line.startswith("crash"))


def kill_settings_saves(count: int, rng: random.Random) -> Row:
    row = Row("settings saves (store API)")
    os.environ.update(throwaway_home())
    from psoas_timer.core.catalogue import load_catalogue
    from psoas_timer.store import paths
    from psoas_timer.store.settings import load_settings

    catalogue = load_catalogue()
    path = paths.settings_file()
    exercise = "supine-march"

    def save_forever(fd: int) -> None:
        settings = load_settings(catalogue)
        rounds = 0
        while rounds < 2000:
            k = rng_child.randrange(99)
            os.write(fd, f"saving {k}\n".encode())
            settings.set_preference("volume", k / 100)
            settings.set_dosage(exercise, "reps", k + 1)
            settings.save()
            os.write(fd, f"saved {k}\n".encode())
            rounds += 1

    rng_child = random.Random(rng.random())
    saves = 0
    for _ in range(count):
        rng_child.seed(rng.random())
        pid, read = _fork_writer(save_forever)
        status, lines = _collect(pid, read, rng.uniform(0.005, 0.08))
        _tally(row, status, lines)
        saved = [int(line.split()[1]) for line in lines if line.startswith("saved")]
        saves += len(saved)
        allowed = set()
        if saved:
            allowed.add(saved[-1])
        in_flight = [line for line in lines if line.startswith("saving")]
        if in_flight and (not saved or in_flight[-1].split()[1] != str(saved[-1])):
            allowed.add(int(in_flight[-1].split()[1]))
        if not path.exists():
            if saved:  # a file once saved is never gone
                row.lost += 1
            continue
        loaded = load_settings(catalogue)
        volume = loaded.preferences["volume"]
        k = round(volume * 100)
        whole = not loaded.problems and loaded.dosage.get(exercise, {}).get("reps") == k + 1
        if not whole:
            row.torn += 1
        elif allowed and k not in allowed and saved:
            row.torn += 1
            row.notes.append(f"holds {k}, expected one of {sorted(allowed)}")
    row.notes.append(f"{saves} saves completed between kills")
    row.temp_left = _temp_files(paths.config_dir())
    return row


def kill_history_writes(count: int, rng: random.Random) -> Row:
    row = Row("history writes (store API)")
    os.environ.update(throwaway_home())
    from psoas_timer.store import paths
    from psoas_timer.store.history import HistoryStore

    path = paths.history_file()
    HistoryStore(path).close()

    def record_forever(fd: int) -> None:
        store = HistoryStore(path)
        for _ in range(5000):
            sid = store.start_session("full-session", "Full session", planned_seconds=1200.0)
            os.write(fd, f"committed {sid}\n".encode())

    committed = 0
    for _ in range(count):
        pid, read = _fork_writer(record_forever)
        status, lines = _collect(pid, read, rng.uniform(0.005, 0.08))
        _tally(row, status, lines)
        for line in lines:
            if line.startswith("committed"):
                committed = max(committed, int(line.split()[1]))
        if not path.exists():
            row.lost += 1
            continue
        db = sqlite3.connect(path)
        try:
            ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            highest = db.execute("SELECT COALESCE(MAX(id), 0) FROM sessions").fetchone()[0]
        except sqlite3.DatabaseError:
            ok, highest = False, 0
        finally:
            db.close()
        if not ok:
            row.torn += 1
        if highest < committed:
            row.lost += 1
            row.notes.append(f"session {committed} was reported committed and is gone")
    row.notes.append(f"{committed} sessions committed between kills")
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100, help="kills per kind of write (100)")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    rows = [
        kill_imports(args.count, rng),
        kill_settings_saves(args.count, rng),
        kill_history_writes(args.count, rng),
    ]
    print(f"# kill_writes.py --count {args.count} --seed {args.seed}")
    print(f"# {machine()}")
    print()
    print(
        "| writes | rounds | killed mid-run | finished first | crashes | files lost "
        "| torn files | temp files left |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r.kind} | {args.count} | {r.kills} | {r.finished} | {r.crashes} | {r.lost} "
            f"| {r.torn} | {r.temp_left} |"
        )
    total = Row("total")
    for r in rows:
        total.kills += r.kills
        total.crashes += r.crashes
        total.lost += r.lost
        total.torn += r.torn
    print()
    print(
        f"kills {total.kills}, crashes {total.crashes}, files lost {total.lost}, "
        f"torn files {total.torn} ({time.perf_counter() - started:.0f} s)"
    )
    for r in rows:
        for note in r.notes:
            print(f"- {r.kind}: {note}")
    return 0 if total.crashes == total.lost == total.torn == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
