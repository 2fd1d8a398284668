"""The core CLI: list, plan, validate, version, and exit code 2 for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer import __version__
from psoas_timer.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_plan_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "full-session", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["routine"] == "full-session"
    assert plan["total_seconds"] == sum(s["duration"] for s in plan["steps"])
    first = plan["steps"][1]
    assert set(first) == {
        "start", "duration", "phase", "exercise", "side", "set", "rep", "breath", "title"
    }
    assert first == {
        "start": 10.0, "duration": 2.0, "phase": "lift", "exercise": "supine-march",
        "side": "left", "set": 1, "rep": 1, "breath": "exhale", "title": "Left knee up — exhale",
    }
    words = {s["phase"] for s in plan["steps"]}
    assert words == {"prepare", "lift", "hold", "lower", "rest", "switch_sides", "transition",
                     "finished"}
    assert {s["side"] for s in plan["steps"]} == {"left", "right", "both", None}
    assert {s["breath"] for s in plan["steps"]} <= {"inhale", "exhale", "steady", "paced"}


def test_plan_text_ends_with_the_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "supine-march"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("Total: ")
    assert any("Left knee up — exhale" in line for line in out)


def test_list_shows_exercises_and_routines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["exercises"]) == 6
    assert {"strength-starter", "release", "full-session", "advanced"} <= {
        r["id"] for r in data["routines"]
    }


def test_validate_lists_every_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.toml"
    good.write_text('schema = 1\nname = "Good"\n[[blocks]]\nexercise = "supine-march"\n')
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'schema = 1\nname = "Bad"\n[[blocks]]\nexercise = "supine-march"\n'
        "hold_seconds = -5\n[[blocks]]\nexercise = \"bridge\"\n"
    )
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: blocks[0].hold_seconds: must be between 1 and 600, got -5" in err
    assert f"{bad}: blocks[1].exercise: unknown exercise 'bridge'" in err
    assert "Traceback" not in err


def test_a_syntax_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text('schema = 1\nname = "x\n')
    assert main(["plan", str(bad)]) == 2
    assert f"{bad}: line 2, column" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["plan", "no-such-routine"], ["plan"], ["--bogus"],
                                  ["validate"], ["frobnicate"]])
def test_bad_arguments_exit_2_without_a_traceback(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors exit through SystemExit
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "psoas_timer", "--version"], capture_output=True, text=True,
        timeout=60, check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"psoas-timer {__version__}"


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit codes:" in out and "2  bad input" in out
