"""Pre-answering PySide's import hook must give exactly the answers it would find itself."""

from __future__ import annotations

import enum
import subprocess
import sys
from pathlib import Path

from psoas_timer.ui import qt_import

PACKAGE_DIR = Path(qt_import.__file__).resolve().parents[1]


def _source(name: str) -> str:
    parts = name.split(".")[1:]
    path = PACKAGE_DIR.joinpath(*parts)
    init = path / "__init__.py"
    return (init if init.exists() else path.with_suffix(".py")).read_text(encoding="utf-8")


def test_every_module_of_ours_is_listed_once() -> None:
    names = qt_import.our_modules()
    files = list(PACKAGE_DIR.rglob("*.py"))
    assert len(names) == len(set(names)) == len(files)
    assert {"psoas_timer", "psoas_timer.app", "psoas_timer.ui.main_window"} <= set(names)


def test_the_rule_matches_what_the_hook_would_read_in_each_source() -> None:
    # The hook's own test: does the module's source contain "PySide6"? A new
    # module outside ui/ that imports Qt (or a ui module that doesn't) breaks the rule.
    wrong = [
        name
        for name in qt_import.our_modules()
        if qt_import.uses_pyside(name) != ("PySide6" in _source(name))
    ]
    assert wrong == []


def test_the_window_opens_with_the_hook_reading_none_of_our_sources(tmp_path: Path) -> None:
    # In a fresh process, as psoas-timer starts: count the sources the hook reads.
    script = """
import sys
from psoas_timer.ui import qt_import
qt_import.import_qt()
import shibokensupport.feature as feature
read = []
original = feature._mod_uses_pyside
def counting(module):
    read.append(module.__name__)
    return original(module)
feature._mod_uses_pyside = counting
from psoas_timer.app import build_window
window = build_window(["--exit-after-startup"])
ours = [name for name in read if name.startswith("psoas_timer")]
stdlib = [name for name in read if name.partition(".")[0] in sys.stdlib_module_names]
print(len(ours), len(stdlib), len(read))
table = qt_import.feature_table()
print(table["psoas_timer.ui.main_window"], table["psoas_timer.core.session"], table["typing"])
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    counts, values = result.stdout.splitlines()[-2:]
    ours, stdlib, _total = (int(n) for n in counts.split())
    assert (ours, stdlib) == (0, 0)
    # The values the hook itself stores: 0 uses PySide, -1 ignore.
    assert values.split() == ["0", "-1", "-1"]


def test_every_qt_enum_built_the_fast_way_equals_the_standard_one(tmp_path: Path) -> None:
    # The app builds Qt's enums through enum._simple_enum (start-up cost). In a
    # fresh process, build every enum of the Qt modules we use both ways and
    # compare them with the standard library's own check: a wrong enum would
    # break shortcuts, alignment and painting everywhere in the window.
    script = """
import enum, importlib, sys
from psoas_timer.ui import qt_import
qt_import.build_enums_faster()
fast = enum.EnumType.__dict__["_create_"]
built, different = [], []
def comparing(cls, class_name, names, **options):
    made = fast(cls, class_name, names, **options)
    standard = qt_import._STANDARD_CREATE(
        cls, class_name, list(names), **{**options, "module": made.__module__}
    )
    try:
        enum._test_simple_enum(made, standard)
    except TypeError as exc:
        different.append(f"{class_name}: {exc}")
    built.append(class_name)
    return made
enum.EnumType._create_ = comparing
modules = ["QtCore", "QtGui", "QtWidgets", "QtSvg", "QtMultimedia", "QtTextToSpeech"]
for name in modules:
    try:
        module = importlib.import_module("PySide6." + name)
    except ImportError:
        continue
    for attribute in dir(module):
        cls = getattr(module, attribute)
        if isinstance(cls, type):
            for member in list(vars(cls)):
                try:
                    getattr(cls, member)
                except Exception:
                    pass
from PySide6.QtCore import Qt
print(len(built), len(different))
print("\\n".join(different[:5]))
both = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
print(repr(both), Qt.Key(32).name, Qt.AlignmentFlag.__module__)
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    built, different = (int(n) for n in lines[0].split())
    assert different == 0, result.stdout
    assert built > 600  # every enum of QtCore, QtGui and QtWidgets at least
    assert lines[-1] == "<AlignmentFlag.AlignLeft|AlignTop: 33> Key_Space PySide6.QtCore"


def test_only_calls_shaped_like_pysides_take_the_fast_path() -> None:
    # Anything else (our own enums, other libraries') is built the standard way.
    assert qt_import._qt_shaped(enum.IntEnum, [("A", 1), ("B", 2)], {"boundary": enum.KEEP})
    assert not qt_import._qt_shaped(enum.Enum, "A B", {})
    assert not qt_import._qt_shaped(enum.Enum, [("A", 1)], {"module": "mine"})
    assert not qt_import._qt_shaped(enum.StrEnum, [("A", "a")], {})
    assert not qt_import._qt_shaped(enum.Enum, [("A", "a")], {})
