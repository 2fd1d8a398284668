"""Generated assets are up to date: pose SVGs, the qrc and the compiled resources;
the top of the tree is the design card's."""

from __future__ import annotations

import importlib.util
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
RESOURCE_DIRS = ("icons", "poses", "sounds", "translations")


def _script(name: str) -> ModuleType:
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_script_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _files_on_disk() -> list[str]:
    found = []
    for sub in RESOURCE_DIRS:
        folder = ASSETS / sub
        if folder.is_dir():
            found += [
                p.relative_to(ASSETS).as_posix()
                for p in folder.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.suffix != ".ts"
            ]
    return sorted(found)


def test_pose_svgs_are_up_to_date() -> None:
    gen = _script("gen_poses")
    assert gen.stale_files() == [], "run: python scripts/gen_poses.py"


def test_every_pose_has_an_svg() -> None:
    from psoas_timer.core.pose import load_poses

    for exercise, keyframe in load_poses():
        assert (ASSETS / "poses" / f"{exercise}--{keyframe}.svg").is_file()


def test_qrc_lists_exactly_the_asset_files() -> None:
    root = ET.parse(ROOT / "resources.qrc").getroot()
    entries = [(f.get("alias"), f.text) for f in root.iter("file")]
    assert [alias for alias, _ in entries] == _files_on_disk(), (
        "run: python scripts/gen_resources.py"
    )
    assert all(path == f"assets/{alias}" for alias, path in entries)
    assert [q.get("prefix") for q in root.iter("qresource")] == ["/"]


def test_compiled_resources_match_the_files() -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QFile, QIODevice

    import psoas_timer.ui.resources_rc  # noqa: F401  (registers the resources)

    for alias in _files_on_disk():
        qfile = QFile(f":/{alias}")
        assert qfile.exists(), f":/{alias} missing; run: python scripts/gen_resources.py"
        assert qfile.open(QIODevice.OpenModeFlag.ReadOnly)
        try:
            data = bytes(qfile.readAll().data())
        finally:
            qfile.close()
        assert data == (ASSETS / alias).read_bytes(), f":/{alias} is stale"


def test_desktop_entry() -> None:
    text = (ASSETS / "desktop" / "io.github.psoas_timer.PsoasTimer.desktop").read_text("utf-8")
    group = text.split("\n[", 1)[0]
    lines = dict(line.split("=", 1) for line in group.splitlines() if "=" in line)
    assert text.startswith("[Desktop Entry]")
    assert lines["Type"] == "Application"
    assert lines["Exec"] == "psoas-timer"
    assert lines["Icon"] == "io.github.psoas_timer.PsoasTimer"
    assert lines["Categories"].endswith(";")
    assert (ASSETS / "icons" / "psoas-timer.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (ASSETS / "icons" / f"psoas-timer-{size}.png").is_file()


def test_pre_parsed_tables_are_up_to_date() -> None:
    gen = _script("gen_parsed")
    assert gen.stale() == [], "run: python scripts/gen_parsed.py"


def test_the_top_of_the_tree_is_the_design_cards() -> None:
    for name in ("pyproject.toml", "src/psoas_timer", "assets", "resources.qrc", "tests"):
        assert (ROOT / name).exists(), name
    # Sources live once, at the top; the package holds only what is generated.
    assert not (ROOT / "src" / "psoas_timer" / "assets").exists()
    assert (ROOT / "src" / "psoas_timer" / "core" / "parsed.marshal").is_file()


def test_one_command_regenerates_everything_and_ci_checks_it() -> None:
    gen = _script("generate")
    assert gen.main(["--check"]) == 0, "run: python scripts/generate.py"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/generate.py --check" in ci


def test_generate_check_names_a_stale_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gen = _script("generate")
    monkeypatch.setattr(gen, "STEPS", (*gen.STEPS, (lambda: ["assets/x.toml"], lambda: 0)))
    assert gen.main(["--check"]) == 1
    assert "stale: assets/x.toml" in capsys.readouterr().err
