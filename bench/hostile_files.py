"""Hostile files (issue #20): 1,000 generated files through validate, plan, import and start-up.

Each file is one of: arrays or inline tables nested past the limit, long dotted
keys and table headers, a FIFO, a link to ``/dev/zero``, files one byte over
and exactly at the 1 MB limit, random bytes, invalid UTF-8, a byte order mark,
control characters and bidi overrides in a name, NUL bytes, huge numbers,
routines of more than 4 hours, and random mutations of the built-in routines.

Every file goes through, each in a fresh XDG folder:

- ``psoas-timer validate FILE``;
- ``psoas-timer plan FILE``, with the file also as ``settings.toml``;
- ``psoas-timer import FILE``, with the file also in ``routines/``;
- start-up (``--exit-after-startup``, offscreen), in batches of ``--batch``
  files in ``routines/`` plus one of them as ``settings.toml``, so that the
  run stays within ~15 minutes on 2 cores.

Each run is killed after 10 s. It counts crashes (a signal, exit code 1 or a
traceback on stderr), hangs (a run more than 1 s slower than the same command
on a valid file; for a start-up batch, 1 s per file in it), exit codes other
than 0 and 2, and files lost: a hostile file in ``routines/`` or as
``settings.toml``, or one named on the command line, that is neither where it
was with its bytes nor moved aside byte-exact (``<name>.bak-*``).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/hostile_files.py [--count 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))
from _common import machine, median

from psoas_timer.core.assets import assets
from psoas_timer.core.tomlio import MAX_FILE_BYTES

TIMEOUT = 10.0
HANG = 1.0
_LOCK = threading.Lock()
MARCH = b'\n[[blocks]]\nexercise = "supine-march"\n'
VALID = b'schema = 1\nname = "Valid"\n' + MARCH


@dataclass(frozen=True)
class Case:
    """One hostile file: its kind ("file", "fifo" or "device") and, for a file, its bytes."""

    name: str
    category: str
    kind: str = "file"
    data: bytes = b""


def _builtin_routines() -> list[bytes]:
    folder = assets() / "routines"
    return [entry.read_bytes() for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".toml")]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    tokens = [b"[", b"]", b"{", b"}", b"=", b'"', b"'''", b'"""', b"\n", b".", b"#", b"\x00",
              b"\xff", b"\xef\xbb\xbf", b"\x1b[31m", b"\\u202e", b"[[blocks]]", b"9" * 5000]
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.3 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif choice < 0.6:
            buf[pos:pos] = rng.choice(tokens) * rng.choice([1, 1, 40, 700])
        elif choice < 0.8:
            del buf[pos : pos + rng.randint(1, 40)]
        else:
            buf = buf[:pos]
    return bytes(buf[:MAX_FILE_BYTES])


def _generators(rng: random.Random) -> dict[str, object]:
    limit = MAX_FILE_BYTES

    def deep_arrays() -> bytes:
        depth = rng.choice([33, 100, 600, 5000, 200_000])
        return b"a = " + b"[" * depth + b"]" * depth + b"\n"

    def deep_tables() -> bytes:
        depth = rng.choice([33, 600, 5000, 100_000])
        return b"a = " + b"{b = " * depth + b"1" + b"}" * depth + b"\n"

    def long_header() -> bytes:
        parts = rng.choice([33, 1000, 150_000, limit // 2 - 4])
        return b"[" + b"a." * (parts - 1) + b"a]\n"

    def long_key() -> bytes:
        parts = rng.choice([33, 1000, 150_000, limit // 2 - 8])
        return b"a." * (parts - 1) + b"a = 1\n"

    def long_key_chars() -> bytes:
        return b"a." * 10 + b"b" * rng.choice([1000, 100_000, limit - 100]) + b" = 1\n"

    def many_headers() -> bytes:
        line = b"[" + b".".join([b"a"] * 31)
        return b"".join(line + b".k%d]\n" % i for i in range(limit // (len(line) + 8)))

    def over_limit() -> bytes:
        return b"#" * (limit + rng.choice([1, 2, 1000, 4 * limit]))

    def at_limit() -> bytes:
        body = VALID + b"#" * (limit - len(VALID) - 1) + b"\n"
        assert len(body) == limit
        return body

    def random_bytes() -> bytes:
        return rng.randbytes(rng.choice([1, 100, 10_000, limit]))

    def bad_utf8() -> bytes:
        return VALID.replace(b"Valid", b"Va\xc3\x28lid\xff")

    def bom() -> bytes:
        return b"\xef\xbb\xbf" + VALID

    def control_name() -> bytes:
        code = rng.choice(["\\u001b[31m", "\\u0007", "\\u009b", "\\u007f", "\\r", "\\b"])
        return VALID.replace(b"Valid", f"{code}Valid".encode())

    def bidi_name() -> bytes:
        code = rng.choice(["\\u202e", "\\u202a", "\\u2066", "\\u2069"])
        return VALID.replace(b"Valid", f"Va{code}lid".encode())

    def nul_bytes() -> bytes:
        return VALID[:20] + b"\x00" * rng.choice([1, 1000]) + VALID[20:]

    def huge_numbers() -> bytes:
        value = rng.choice([b"9" * 5000, b"1e999", b"-1e999", b"nan", b"18446744073709551617",
                            b"0x" + b"f" * 4000, b"1" + b"0" * 400 + b".5"])
        return VALID + b"reps = " + value + b"\n"

    def four_hours() -> bytes:
        reps, sets = rng.choice([(100, 20), (30, 10), (100, 1)])
        block = MARCH + b"reps = %d\nsets = %d\nhold_seconds = 600\n" % (reps, sets)
        return b'schema = 1\nname = "Long"\n' + block * rng.choice([2, 10, 100])

    return {
        "deep arrays": deep_arrays,
        "deep inline tables": deep_tables,
        "long dotted header": long_header,
        "long dotted key": long_key,
        "long key (characters)": long_key_chars,
        "many 32-part headers": many_headers,
        "over the limit": over_limit,
        "exactly at the limit": at_limit,
        "random bytes": random_bytes,
        "invalid UTF-8": bad_utf8,
        "BOM": bom,
        "control chars in name": control_name,
        "bidi in name": bidi_name,
        "NUL bytes": nul_bytes,
        "huge numbers": huge_numbers,
        "4-hour+ routine": four_hours,
        "mutated built-in": None,
        "FIFO": None,
        "link to /dev/zero": None,
    }


def hostile_cases(count: int, seed: int = 20) -> list[Case]:
    """``count`` hostile files, every category in turn."""
    rng = random.Random(seed)
    generators = _generators(rng)
    builtins = _builtin_routines()
    cases: list[Case] = []
    categories = list(generators)
    for i in range(count):
        category = categories[i % len(categories)]
        name = f"h{i:04d}"
        make = generators[category]
        if category == "FIFO":
            cases.append(Case(name, category, "fifo"))
        elif category == "link to /dev/zero":
            cases.append(Case(name, category, "device"))
        elif category == "mutated built-in":
            cases.append(Case(name, category, data=_mutate(rng.choice(builtins), rng)))
        else:
            assert callable(make)
            cases.append(Case(name, category, data=make()))
    return cases


def place(case: Case, path: Path) -> None:
    """Put ``case`` at ``path``: its bytes, a FIFO, or a link to a device."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if case.kind == "fifo":
        os.mkfifo(path)
    elif case.kind == "device":
        os.symlink("/dev/zero", path)
    else:
        path.write_bytes(case.data)


def kept(case: Case, path: Path) -> bool:
    """Whether ``case`` is still at ``path`` as it was, or moved aside byte-exact."""
    if case.kind == "fifo":
        return path.exists() and stat.S_ISFIFO(path.stat().st_mode)
    if case.kind == "device":
        return path.is_symlink() and os.readlink(path) == "/dev/zero"
    if path.is_file() and path.read_bytes() == case.data:
        return True
    return any(b.read_bytes() == case.data for b in path.parent.glob(f"{path.name}.bak-*"))


@dataclass
class Tally:
    runs: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    other_codes: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    slowest: float = 0.0


def _command() -> list[str]:
    script = Path(sys.executable).with_name("psoas-timer")
    return [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m",
                                                                  "psoas_timer"]


def _fresh_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
        PSOAS_TIMER_AUDIO="off",
        PSOAS_TIMER_NO_DIALOGS="1",
    )
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def run_once(argv: list[str], home: Path) -> tuple[int | None, str, float]:
    """Exit code (None when killed), stderr and seconds of one run."""
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [*_command(), *argv], env=_fresh_env(home), capture_output=True, text=True,
            errors="replace", timeout=TIMEOUT, stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return None, "", time.perf_counter() - start
    return result.returncode, result.stderr, time.perf_counter() - start


def _judge(tally: Tally, label: str, outcome: tuple[int | None, str, float], allowed: float,
           baseline: float) -> None:
    code, err, seconds = outcome
    over = seconds - baseline
    with _LOCK:
        tally.runs += 1
        tally.slowest = max(tally.slowest, over)
        if code is None or over > allowed:
            tally.hangs.append(f"{label}: {seconds:.1f} s")
        if code is not None and (code < 0 or code == 1 or "Traceback" in err):
            tally.crashes.append(f"{label}: exit {code} {err.strip()[-300:]}")
        elif code is not None and code not in (0, 2):
            tally.other_codes.append(f"{label}: exit {code}")


def cli_runs(case: Case, root: Path, tally: Tally, baselines: dict[str, float]) -> None:
    """validate, plan (file also as settings) and import (file also in routines/)."""
    source = root / case.name / "in" / f"{case.name}.toml"
    place(case, source)
    for command in ("validate", "plan", "import"):
        home = root / case.name / command
        resident: Path | None = None
        if command == "plan":
            resident = home / ".config/psoas-timer/settings.toml"
        elif command == "import":
            resident = home / ".config/psoas-timer/routines/resident.toml"
        if resident is not None:
            place(case, resident)
        outcome = run_once([command, str(source)], home)
        _judge(tally, f"{command} {case.name} ({case.category})", outcome, HANG,
               baselines[command])
        for path in (source, resident):
            if path is not None and not kept(case, path):
                with _LOCK:
                    tally.lost.append(f"{command} {case.name} ({case.category}): {path}")


def startup_run(cases: list[Case], settings: Case, root: Path, tally: Tally,
                baseline: float) -> None:
    home = root / f"startup-{cases[0].name}"
    folder = home / ".config/psoas-timer/routines"
    placed = [(case, folder / f"{case.name}.toml") for case in cases]
    placed.append((settings, home / ".config/psoas-timer/settings.toml"))
    for case, path in placed:
        place(case, path)
    outcome = run_once(["--exit-after-startup"], home)
    names = ", ".join(c.name for c in cases)
    _judge(tally, f"start-up with {names}", outcome, HANG * len(placed), baseline)
    for case, path in placed:
        if not kept(case, path):
            with _LOCK:
                tally.lost.append(f"start-up {case.name} ({case.category}): {path}")


def _baselines(root: Path) -> dict[str, float]:
    """The median seconds of each command on a valid file: what a hang is measured from."""
    valid = root / "valid.toml"
    valid.write_bytes(VALID)
    found: dict[str, float] = {}
    for command, argv in (("validate", ["validate", str(valid)]), ("plan", ["plan", str(valid)]),
                          ("import", ["import", str(valid)]),
                          ("start-up", ["--exit-after-startup"])):
        times = []
        for i in range(3):
            home = root / f"baseline-{command}-{i}"
            code, err, seconds = run_once(argv, home)
            assert code == 0, err
            times.append(seconds)
        found[command] = median(times)
    return found


def _batches(cases: list[Case], size: int) -> Iterator[list[Case]]:
    for i in range(0, len(cases), size):
        yield cases[i : i + size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000, help="hostile files (1000)")
    parser.add_argument("--batch", type=int, default=10, help="files per start-up (10)")
    parser.add_argument("--jobs", type=int, default=2, help="runs at once (2)")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    cases = hostile_cases(args.count, args.seed)
    root = Path(tempfile.mkdtemp(prefix="hostile-"))
    began = time.perf_counter()
    try:
        baselines = _baselines(root)
        cli, startup = Tally(), Tally()
        batches = list(_batches(cases, args.batch))
        with ThreadPoolExecutor(args.jobs) as pool:
            jobs = [pool.submit(cli_runs, case, root, cli, baselines) for case in cases]
            jobs += [
                pool.submit(startup_run, batch, cases[(n * 7 + 3) % len(cases)], root, startup,
                            baselines["start-up"])
                for n, batch in enumerate(batches)
            ]
            for job in jobs:
                job.result()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    minutes = (time.perf_counter() - began) / 60
    print(f"machine: {machine()}")
    print(f"{len(cases)} hostile files ({len(set(c.category for c in cases))} kinds), "
          f"{args.jobs} runs at once, {minutes:.1f} min; start-up in batches of {args.batch} "
          "files in routines/ plus one as settings.toml")
    print("baseline on a valid file: " + ", ".join(
        f"{k} {v * 1000:.0f} ms" for k, v in baselines.items()))
    print(f"{'':28}{'runs':>6}{'crashes':>9}{'hangs >1 s':>12}{'exit not 0/2':>14}"
          f"{'files lost':>12}{'slowest over baseline':>23}")
    for label, tally in (("validate, plan, import", cli), ("start-up", startup)):
        print(f"{label:28}{tally.runs:>6}{len(tally.crashes):>9}{len(tally.hangs):>12}"
              f"{len(tally.other_codes):>14}{len(tally.lost):>12}{tally.slowest:>21.2f} s")
    for tally in (cli, startup):
        for kind in (tally.crashes, tally.hangs, tally.other_codes, tally.lost):
            for line in kind[:8]:
                print(f"  {line[:400]}")


if __name__ == "__main__":
    main()
