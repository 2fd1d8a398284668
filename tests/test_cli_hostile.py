"""The command line on hostile files: exit 2 naming the file, never 1, a hang or raw escapes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from psoas_timer.cli import main
from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.timeline import compile_timeline
from psoas_timer.store import paths
from psoas_timer.store.history import HistoryStore
from psoas_timer.store.library import load_library
from tests.hostile import DEEP

ESC = "\x1b"
RED_NAME = b'schema = 1\nname = "\\u001b[31mRed"\n\n[[blocks]]\nexercise = "supine-march"\n'
MARCH = b'\n[[blocks]]\nexercise = "supine-march"\n'
ABSURD = b'schema = 1\nname = "Absurd"\n' + (MARCH + b"reps = 100\nsets = 20\n") * 100


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert ESC not in out + err
    return code, out, err


def _refused(capsys: pytest.CaptureFixture[str], path: Path, data: bytes) -> str:
    """What ``validate`` says about ``data`` written to ``path``, once it has exited 2."""
    path.write_bytes(data)
    code, _, err = _run(capsys, "validate", str(path))
    assert code == 2
    return err


def _listed(capsys: pytest.CaptureFixture[str], name: str, data: bytes) -> str:
    """What ``list`` warns with ``data`` among the routines, once it has exited 0."""
    (_routines() / name).write_bytes(data)
    code, _, err = _run(capsys, "list")
    assert code == 0
    return err


def _routines() -> Path:
    folder = paths.routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("command", ["validate", "plan", "import"])
def test_a_deeply_nested_file_is_bad_input_naming_the_file(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_bytes(DEEP)
    code, _, err = _run(capsys, command, str(deep))
    assert code == 2
    assert f"{deep}: line 1, column 37: too complex: arrays or tables nested more than 32" in err


def test_validate_refuses_a_device_and_a_fifo_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    # A process of its own: the unfixed code reads /dev/zero until memory runs out.
    result = subprocess.run(
        [sys.executable, "-m", "psoas_timer", "validate", "/dev/zero", str(fifo)],
        capture_output=True, text=True, timeout=20, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert "/dev/zero: cannot read: a character device, not a regular file" in result.stderr
    assert f"{fifo}: cannot read: a named pipe, not a regular file" in result.stderr


def test_list_works_with_a_deep_routine_and_keeps_its_bytes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    (_routines() / "deep.toml").write_bytes(DEEP)
    code, out, err = _run(capsys, "list")
    assert code == 0
    assert "full-session" in out
    [backup] = _routines().glob("deep.toml.bak-*")
    assert backup.read_bytes() == DEEP
    assert f"moved aside to {backup}" in err


def test_an_absurdly_long_routine_is_refused_and_list_stays_fast(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    err = _refused(capsys, tmp_path / "absurd.toml", ABSURD)
    assert f"{tmp_path / 'absurd.toml'}: blocks[0]: the routine would last " in err
    start = time.perf_counter()
    err = _listed(capsys, "absurd.toml", ABSURD)
    assert time.perf_counter() - start < 2.0
    assert "passes the limit of 4 hours" in err


def test_list_is_fast_when_settings_make_a_routine_long(
    capsys: pytest.CaptureFixture[str],
) -> None:
    (_routines() / "marches.toml").write_bytes(b'schema = 1\nname = "Marches"\n' + MARCH * 20)
    paths.settings_file().write_bytes(
        b"schema = 1\n[dosage.supine-march]\nreps = 100\nsets = 20\nhold_seconds = 600\n"
    )
    start = time.perf_counter()
    code, out, _ = _run(capsys, "list", "--json")
    assert time.perf_counter() - start < 2.0
    assert code == 0
    [marches] = [r for r in json.loads(out)["routines"] if r["id"] == "marches"]
    assert marches["total_seconds"] > 1_000 * 3600


def test_plan_json_memory_stays_flat(monkeypatch: pytest.MonkeyPatch) -> None:
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_bytes(
        b"schema = 1\n[dosage.supine-march]\nreps = 100\nsets = 20\n"
    )
    library = load_library()
    routine = library.resolve("supine-march")
    tracemalloc.start()
    timeline = compile_timeline(routine, load_catalogue(), library.overrides)
    whole = tracemalloc.get_traced_memory()[1]
    del timeline
    tracemalloc.stop()

    class Counting(io.TextIOBase):
        """Keeps only the length, as a pipe would."""

        size = 0

        def write(self, text: str) -> int:
            self.size += len(text)
            return len(text)

    out = Counting()
    monkeypatch.setattr(sys, "stdout", out)
    tracemalloc.start()
    assert main(["plan", "supine-march", "--json"]) == 0
    printed = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert out.size > 2_000_000
    assert printed < whole / 4, (printed, whole)


def test_control_characters_are_refused_in_names_and_escaped_in_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    red = tmp_path / "red.toml"
    err = _refused(capsys, red, RED_NAME)
    assert f"{red}: name: contains a control character (U+001B at character 1)" in err
    err = _listed(capsys, "red.toml", b'"\\u001b[31mcolour" = 1\n' + RED_NAME)
    assert "red.toml: \\u001b[31mcolour: unknown key" in err


def test_names_from_the_history_database_are_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = "\x1b]0;owned\x07Evil \u202eeman"
    with HistoryStore(paths.history_file()) as store:
        store.start_session("evil", name, 1_700_000_000.0, 60.0)
    code, out, _ = _run(capsys, "history")
    assert code == 0
    assert "\\u001b]0;owned\\u0007Evil \\u202eeman" in out
    code, out, _ = _run(capsys, "history", "--json")
    assert code == 0
    assert "\u202e" not in out
    assert json.loads(out)["sessions"][0]["name"] == name


HUGE = b"0x" + b"f" * 4000  # hex escapes Python's 4,300-digit limit, then cannot be printed


def test_integers_beyond_64_bits_are_bad_input_everywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    err = _refused(capsys, tmp_path / "huge.toml", b'schema = 1\nname = "H"\n' + MARCH
                   + b"reps = " + HUGE + b"\n")
    assert f"{tmp_path / 'huge.toml'}: blocks[0].reps: a whole number beyond 64 bits" in err
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_bytes(b"schema = 1\n[preferences]\nvolume = " + HUGE + b"\n")
    err = _listed(capsys, "newer.toml", b"schema = " + HUGE + b'\nname = "N"\n' + MARCH)
    assert "newer.toml: schema: a whole number beyond 64 bits" in err
    assert "settings.toml: preferences.volume: a whole number beyond 64 bits" in err
