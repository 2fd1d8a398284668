"""Two writers at once: the writer lock, racing imports and racing settings saves.

The races run in real processes that load first and then write at the same
moment (a file-system barrier), so the interleaving that lost data before is
the one tested every time, not one in ten.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.store import paths, writelock
from psoas_timer.store.atomic import StoreError
from psoas_timer.store.library import load_library
from psoas_timer.store.settings import load_settings
from psoas_timer.store.writelock import LockTimeout, writer_lock

CAT = load_catalogue()

ROUTINE = """schema = 1
name = "{name}"

[[blocks]]
exercise = "seated-leg-lift"
"""

# Each child loads, says it is ready, waits for "go", then does its write.
BARRIER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path

    def barrier(folder: Path, me: str) -> None:
        (folder / f"ready-{me}").touch()
        deadline = time.monotonic() + 20
        while not (folder / "go").exists():
            if time.monotonic() > deadline:
                sys.exit("no go")
            time.sleep(0.001)
    """
)


def _race(tmp_path: Path, body: str, names: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Run ``body`` in one process per name, releasing them together."""
    folder = tmp_path / "barrier"
    folder.mkdir(exist_ok=True)
    for name in ("go", *(f"ready-{n}" for n in names)):
        (folder / name).unlink(missing_ok=True)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", BARRIER + textwrap.dedent(body), str(folder), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    deadline = time.monotonic() + 30
    while not all((folder / f"ready-{n}").exists() for n in names):
        assert time.monotonic() < deadline, "the writers never got ready"
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
        time.sleep(0.005)
    (folder / "go").touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=30)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_the_lock_is_reentrant_in_one_process() -> None:
    with writer_lock(), writer_lock():
        pass
    assert writelock.lock_path() == paths.config_dir() / ".lock"


def test_a_writer_waits_then_says_who_holds_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    library = load_library()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "os.write(fd, f'{os.getpid()}\\n'.encode())\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n",
            str(writelock.lock_path()),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(writelock, "TIMEOUT", 0.3)
        started = time.monotonic()
        with pytest.raises(LockTimeout) as info:
            library.store.new("Mine")
        assert 0.3 <= time.monotonic() - started < 3
        message = str(info.value)
        assert "another copy of psoas-timer" in message
        assert f"process {holder.pid}" in message
        assert "nothing was changed" in message
        assert isinstance(info.value, StoreError)
        assert not paths.routines_dir().exists() or not list(paths.routines_dir().iterdir())
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    # Released by the holder's exit: the write goes through now.
    assert library.store.new("Mine").id == "mine"


def test_a_killed_holder_never_leaves_a_stale_lock() -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    fd = os.open(writelock.lock_path(), os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.close(fd)  # what the kernel does for a killed process
    with writer_lock(timeout=0.1):
        pass


IMPORT = """
import sys
from pathlib import Path
from psoas_timer.store.library import load_library
from psoas_timer.store.routines import RoutineExists

folder, me = Path(sys.argv[1]), sys.argv[2]
source = folder.parent / me / "mine.toml"
library = load_library()
barrier(folder, me)
try:
    library.store.import_file(source)
except RoutineExists as exc:
    print("refused", exc)
    sys.exit(2)
print("imported", me)
"""


def test_two_racing_imports_of_one_id_never_both_succeed(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "mine.toml").write_text(ROUTINE.format(name=f"Version {name}"))
    for _round in range(3):
        results = _race(tmp_path, IMPORT, ["a", "b"])
        codes = sorted(r.returncode for r in results)
        assert codes == [0, 2], [(r.returncode, r.stdout, r.stderr) for r in results]
        (winner,) = [r for r in results if r.returncode == 0]
        (loser,) = [r for r in results if r.returncode == 2]
        assert "already exists" in loser.stdout
        name = winner.stdout.split()[-1]
        target = paths.routines_dir() / "mine.toml"
        assert f'name = "Version {name}"' in target.read_text()
        target.unlink()


SETTINGS = """
import sys
from pathlib import Path
from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.store.settings import load_settings

folder, me = Path(sys.argv[1]), sys.argv[2]
catalogue = load_catalogue()
exercises = sorted(catalogue.exercises)
settings = load_settings(catalogue)
barrier(folder, me)
# "a" changes the even exercises, "b" the odd ones, saving after every change.
for n, exercise in enumerate(exercises):
    if (n % 2 == 0) != (me == "a"):
        continue
    settings.set_dosage(exercise, "reps", 3 + n)
    if me == "a":
        settings.set_dosage(exercise, "sets", 2)
    settings.save()
if me == "a":
    settings.set_preference("volume", 0.25)
else:
    settings.set_preference("muted", True)
settings.save()
"""


def test_two_processes_saving_settings_keep_both_changes(tmp_path: Path) -> None:
    results = _race(tmp_path, SETTINGS, ["a", "b"])
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    final = load_settings(CAT)
    assert not final.problems
    assert final.preferences["volume"] == 0.25
    assert final.preferences["muted"] is True
    for n, exercise in enumerate(sorted(CAT.exercises)):
        assert final.dosage[exercise]["reps"] == 3 + n, exercise
        assert ("sets" in final.dosage[exercise]) == (n % 2 == 0), exercise
