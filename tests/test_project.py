"""The promises of the project files: two set-up commands, CI runs the test one, the pin."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    run_app, run_tests = commands
    assert run_app.endswith("psoas-timer") and "pytest" in run_tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in ci.splitlines()


def test_python_311_can_never_get_pyside6_6_12_0() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if d.startswith("PySide6")]
    old = [d for d in pins if "python_version < '3.12'" in d]
    assert old and all("<6.12" in d for d in old), pins
    assert all("python_version" in d for d in pins), "every PySide6 line is scoped by version"


def test_every_asset_ships_in_the_wheel() -> None:
    import fnmatch

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["psoas_timer"]
    package = ROOT / "src" / "psoas_timer"
    missing = [
        path.relative_to(package).as_posix()
        for path in (package / "assets").rglob("*")
        if path.is_file()
        and not any(fnmatch.fnmatch(path.relative_to(package).as_posix(), p) for p in patterns)
    ]
    assert missing == [], f"add to [tool.setuptools.package-data]: {missing}"
