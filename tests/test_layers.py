"""The layers hold (docs/architecture.md): the import-linter contracts in
pyproject.toml, run as CI runs them, and the one-way hand-over at start-up."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports() -> str:
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    return found


def test_every_import_linter_contract_is_kept() -> None:
    result = subprocess.run(
        [_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_say_what_the_layers_promise() -> None:
    contracts = {
        c["name"]: c
        for c in tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"][
            "importlinter"
        ]["contracts"]
    }
    forbidden: dict[str, set[str]] = {}
    for contract in contracts.values():
        assert contract["type"] == "forbidden"
        for source in contract["source_modules"]:
            forbidden.setdefault(source, set()).update(contract["forbidden_modules"])
    qt = {"PySide6", "shiboken6", "pyqtgraph"}
    assert qt | {"psoas_timer.store", "psoas_timer.ui"} <= forbidden["psoas_timer.core"]
    assert qt | {"psoas_timer.ui", "psoas_timer.app"} <= forbidden["psoas_timer.store"]
    # Only the entry point may import the CLI: every other top-level module and package.
    package = ROOT / "src" / "psoas_timer"
    top = {
        f"psoas_timer.{p.stem}"
        for p in package.iterdir()
        if (p.suffix == ".py" or (p / "__init__.py").is_file())
        and p.stem not in ("__init__", "__main__", "cli", "startup")
    }
    top |= {f"psoas_timer.startup.{p.stem}" for p in (package / "startup").glob("*.py")}
    top -= {"psoas_timer.startup.__init__", "psoas_timer.startup.launch"}
    assert {m for m, f in forbidden.items() if "psoas_timer.cli" in f} >= top


def test_app_never_imports_the_command_line() -> None:
    # Importing the window's module in a fresh process brings no CLI with it.
    code = "import sys, psoas_timer.app; print('psoas_timer.cli' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "False"


def test_the_entry_point_is_the_start_up_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["gui-scripts"]["psoas-timer"] == "psoas_timer.startup.launch:main"
    main = (ROOT / "src" / "psoas_timer" / "__main__.py").read_text("utf-8")
    assert "psoas_timer.startup.launch import main" in main
