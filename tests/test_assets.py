"""Generated assets are up to date: pose SVGs, the qrc and the compiled resources."""

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
ASSETS = ROOT / "src" / "psoas_timer" / "assets"
RESOURCE_DIRS = ("icons", "poses", "sounds")


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
                if p.is_file() and not p.name.startswith(".")
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
    root = ET.parse(ASSETS / "resources.qrc").getroot()
    entries = [(f.get("alias"), f.text) for f in root.iter("file")]
    assert [alias for alias, _ in entries] == _files_on_disk(), (
        "run: python scripts/gen_resources.py"
    )
    assert all(alias == path for alias, path in entries)
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
