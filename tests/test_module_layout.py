"""The tree reads like the app: a folder per part of the window, modules named for one thing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "psoas_timer" / "ui"
CORE = ROOT / "src" / "psoas_timer" / "core"

#: Where a newcomer looks for each part of the window.
HOMES = {
    "session": ["controller", "session_view", "pose_view", "countdown", "breath_pacer"],
    "editors": ["routine_editor", "dosage_editor", "sharing"],
    "history": ["history_page", "history_recorder", "self_check"],
    "library": ["library_page"],
    "desktop": ["companion", "tray", "notifications", "reminders"],
    "common": ["theme", "dialogs", "pages", "shortcuts", "art"],
}

#: What each split module holds, found by the name a reader would guess.
NAMED_FOR_WHAT_THEY_HOLD = {
    "ui/session/frame_ticker.py": "FrameTicker",
    "ui/session/countdown.py": "CountdownLabel",
    "ui/session/breath_pacer.py": "BreathPacer",
    "ui/session/timeline_strip.py": "TimelineStrip",
    "ui/session/pose_pictures.py": "PictureBudget",
    "ui/session/figure_painter.py": "DisplayList",
    "ui/editors/routine_blocks.py": "BlockList",
    "ui/editors/routine_list.py": "RoutineList",
    "ui/editors/block_dosage.py": "BlockDosageBox",
    "ui/editors/dosage_fields.py": "make_spin",
    "ui/editors/lock_icon.py": "lock_icon",
    "store/routine_draft.py": "RoutineDraft",
    "store/dosage_draft.py": "DosageDraft",
    "store/history_schema.py": "SCHEMA_VERSION",
    "store/history_writes.py": "HistoryWrites",
    "store/history_queries.py": "HistoryQueries",
    "core/pose.py": "PoseLibrary",
    "core/kinematics.py": "joints",
    "core/drawing.py": "Drawing",
    "core/pose_render.py": "render",
    "core/movement.py": "move_grid",
}


def _top_level_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("package", sorted(HOMES))
def test_each_part_of_the_window_has_its_own_folder_saying_what_lives_there(package: str) -> None:
    init = UI / package / "__init__.py"
    assert init.is_file(), f"ui/{package}/ is not a package"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert doc and "\n" not in doc.strip(), f"ui/{package}/__init__.py needs a one-line docstring"
    for module in HOMES[package]:
        assert (UI / package / f"{module}.py").is_file(), f"{module}.py belongs in ui/{package}/"
        assert not (UI / f"{module}.py").exists(), f"{module}.py is still flat in ui/"


def test_no_module_is_called_widgets() -> None:
    assert not list(UI.rglob("widgets.py")), "name the module for what it holds"


@pytest.mark.parametrize("relative", sorted(NAMED_FOR_WHAT_THEY_HOLD))
def test_each_split_module_holds_what_its_name_says(relative: str) -> None:
    path = ROOT / "src" / "psoas_timer" / relative
    assert path.is_file(), relative
    assert NAMED_FOR_WHAT_THEY_HOLD[relative] in _top_level_names(path)


#: Folders split into modules a reader finds things in; a module this long mixes things again.
SPLIT_FOLDERS = ("store", "ui/editors")
MOST_LINES = 750


@pytest.mark.parametrize("folder", SPLIT_FOLDERS)
def test_no_module_in_a_split_folder_grows_back_into_a_mixture(folder: str) -> None:
    long = {
        path.name: lines
        for path in (ROOT / "src" / "psoas_timer" / folder).glob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    }
    assert not long, f"split these where a reader would look for separate things: {long}"


def test_tests_mirror_the_ui_folders() -> None:
    packages = {p.name for p in UI.iterdir() if (p / "__init__.py").is_file()}
    tests = ROOT / "tests" / "ui"
    mirrored = {p.name for p in tests.iterdir() if (p / "__init__.py").is_file()}
    assert packages == mirrored


def test_the_architecture_pages_module_table_names_files_that_exist() -> None:
    rows = [
        line.split("|")[1]
        for line in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `src/")
    ]
    assert rows
    for cell in rows:
        first, *others = (name.strip("`") for name in cell.split(", "))
        first = first.strip().strip("`")
        folder = (ROOT / first).parent
        assert (ROOT / first).exists(), first
        for other in others:
            assert (folder / other.strip().strip("`")).exists(), f"{other} next to {first}"
