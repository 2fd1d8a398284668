"""CLI: import, export, and plan with the user's customisations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from psoas_timer.cli import main
from psoas_timer.store import paths

ROUTINE = b"""schema = 1
name = "Physio plan"

[[blocks]]
exercise = "seated-leg-lift"
hold_seconds_left = 6
hold_seconds_right = 3
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _holds(plan: dict[str, object]) -> dict[str, set[float]]:
    holds: dict[str, set[float]] = {}
    for step in plan["steps"]:  # type: ignore[attr-defined]
        if step["phase"] == "hold" and step["side"] in ("left", "right"):
            holds.setdefault(step["side"], set()).add(step["duration"])
    return holds


def test_plan_shows_customised_left_and_right_holds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True)
    settings.write_bytes(
        b"schema = 1\n[dosage.seated-leg-lift]\nhold_seconds_left = 8\nhold_seconds_right = 4\n"
    )
    code, out, _ = _run(capsys, "plan", "seated-leg-lift", "--json")
    assert code == 0
    assert _holds(json.loads(out)) == {"left": {8.0}, "right": {4.0}}
    code, out, _ = _run(capsys, "plan", "seated-leg-lift")
    assert code == 0
    hold_lines = [line for line in out.splitlines() if " hold " in line]
    assert any(" 8  hold " in line and " left " in line for line in hold_lines)
    assert any(" 4  hold " in line and " right " in line for line in hold_lines)


def test_import_then_plan_the_user_routine(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "physio.toml"
    source.write_bytes(ROUTINE)
    code, out, err = _run(capsys, "import", str(source))
    assert (code, err) == (0, "")
    assert "imported 'physio' (Physio plan, 1 exercises)" in out
    assert (paths.routines_dir() / "physio.toml").read_bytes() == ROUTINE
    code, out, _ = _run(capsys, "plan", "physio", "--json")
    assert code == 0
    assert _holds(json.loads(out)) == {"left": {6.0}, "right": {3.0}}
    code, out, _ = _run(capsys, "list", "--json")
    mine = [r for r in json.loads(out)["routines"] if r["id"] == "physio"]
    assert mine[0]["builtin"] is False


def test_same_id_needs_replace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "physio.toml"
    source.write_bytes(ROUTINE)
    assert _run(capsys, "import", str(source))[0] == 0
    source.write_bytes(ROUTINE.replace(b"Physio plan", b"Physio plan v2"))
    code, out, err = _run(capsys, "import", str(source))
    assert code == 2
    assert out == ""
    assert "already exists" in err
    assert "--replace" in err
    assert b"v2" not in (paths.routines_dir() / "physio.toml").read_bytes()
    code, out, err = _run(capsys, "import", str(source), "--replace")
    assert code == 0
    assert b"v2" in (paths.routines_dir() / "physio.toml").read_bytes()


def test_invalid_file_prints_every_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "bad.toml"
    source.write_bytes(
        b'schema = 1\nname = "Bad"\n[[blocks]]\nexercise = "seated-leg-lift"\nreps = 0\n'
        b'[[blocks]]\nexercise = "supine-marhc"\nhold_seconds = 700\n'
    )
    code, out, err = _run(capsys, "import", str(source))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert all(str(source) in line for line in lines)
    assert "blocks[0].reps" in lines[0]
    assert "blocks[1].exercise" in lines[1]
    assert "did you mean 'supine-march'" in lines[1]
    assert "blocks[1].hold_seconds" in lines[2]
    assert not paths.routines_dir().exists() or not list(paths.routines_dir().iterdir())


def test_syntax_error_names_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "broken.toml"
    source.write_bytes(b'schema = 1\nname = "Bad\n')
    code, _, err = _run(capsys, "import", str(source))
    assert code == 2
    assert f"{source}: line 2" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "missing.toml"], "no such file"),
        (["import", "full-session.toml"], "built-in routine"),
        (["export", "no-such-routine", "out.toml"], "no routine with the id 'no-such-routine'"),
    ],
)
def test_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "full-session.toml").write_bytes(ROUTINE)
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert message in err
    assert not (tmp_path / "out.toml").exists()


@pytest.mark.parametrize("argv", [["import"], ["export", "full-session"]])
def test_missing_arguments_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_export_then_import_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "shared" / "advanced-copy.toml"
    code, out, err = _run(capsys, "export", "advanced", str(out_file))
    assert (code, err) == (0, "")
    assert str(out_file) in out
    assert _run(capsys, "import", str(out_file))[0] == 0
    _, original, _ = _run(capsys, "plan", "advanced", "--json")
    _, copy, _ = _run(capsys, "plan", "advanced-copy", "--json")
    original_plan, copy_plan = json.loads(original), json.loads(copy)
    assert copy_plan["steps"] == original_plan["steps"]
    assert copy_plan["name"] == original_plan["name"]


def test_export_write_failure_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    code, _, err = _run(capsys, "export", "release", str(blocker / "x.toml"))
    assert code == 1
    assert "could not write" in err


def test_help_lists_import_and_export(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "import FILE [--replace]" in out
    assert "export ROUTINE_ID FILE" in out
