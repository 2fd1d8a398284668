"""A fast sample of bench/hostile_files.py: two files of every kind through the CLI and start-up."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from psoas_timer.cli import main
from tests.hostile import finishes

BENCH = Path(__file__).resolve().parents[1] / "bench" / "hostile_files.py"


def _bench() -> ModuleType:
    sys.path.insert(0, str(BENCH.parent))
    try:
        spec = importlib.util.spec_from_file_location("hostile_files", BENCH)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH.parent))
    return module


hostile = _bench()
CASES = hostile.hostile_cases(38, seed=7)


def _use_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home / ".config" / "psoas-timer"


def test_every_kind_is_in_the_sample() -> None:
    assert len({case.category for case in CASES}) == 19


@pytest.mark.parametrize("case", CASES, ids=[f"{c.name}-{c.category}" for c in CASES])
def test_validate_plan_and_import_answer_at_once_and_keep_the_file(
    case: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "in" / "mine.toml"
    hostile.place(case, source)
    for command in ("validate", "plan", "import"):
        config = _use_home(tmp_path / command, monkeypatch)
        resident = {
            "plan": config / "settings.toml",
            "import": config / "routines" / "resident.toml",
        }.get(command)
        if resident is not None:
            hostile.place(case, resident)
        if case.kind == "file":
            start = time.perf_counter()
            codes: list[int] = []
            argv = [command, str(source)]
            assert finishes(lambda argv=argv, codes=codes: codes.append(main(argv)), 10.0)
            code, seconds = codes[0], time.perf_counter() - start
            err = capsys.readouterr().err
        else:
            # Pipes and devices in a process of their own: the unfixed code never returns.
            outcome, err, seconds = hostile.run_once([command, str(source)], tmp_path / command)
            assert outcome is not None, f"{command} killed after {seconds:.0f} s"
            code = outcome
        assert code in (0, 2), err
        assert "Traceback" not in err and "unexpected error" not in err
        assert seconds < 3.0, f"{command} took {seconds:.1f} s"
        for path in (source, resident):
            assert path is None or hostile.kept(case, path), f"{command} lost {path}"


def test_the_app_starts_with_hostile_files_everywhere(tmp_path: Path) -> None:
    batch = CASES[:19:2] + CASES[1:19:2]  # every kind once
    config = tmp_path / ".config" / "psoas-timer"
    placed = [(case, config / "routines" / f"{case.name}.toml") for case in batch]
    placed.append((CASES[17], config / "settings.toml"))  # a FIFO as settings.toml
    for case, path in placed:
        hostile.place(case, path)
    code, err, seconds = hostile.run_once(["--exit-after-startup"], tmp_path)
    assert code == 0, err
    assert "Traceback" not in err
    assert seconds < 9.0
    for case, path in placed:
        assert hostile.kept(case, path), f"lost {path} ({case.category})"
