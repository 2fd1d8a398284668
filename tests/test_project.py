"""The promises of the project files: two set-up commands, CI runs the test one, the pin."""

from __future__ import annotations

import ast
import re
import sys
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

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    # The top-level assets/ folder is the wheel's psoas_timer/assets.
    assert setuptools["package-dir"]["psoas_timer.assets"] == "assets"
    patterns = setuptools["package-data"]["psoas_timer.assets"]
    assets = ROOT / "assets"
    missing = [
        path.relative_to(assets).as_posix()
        for path in assets.rglob("*")
        if path.is_file()
        and not any(fnmatch.fnmatch(path.relative_to(assets).as_posix(), p) for p in patterns)
    ]
    assert missing == [], f"add to [tool.setuptools.package-data]: {missing}"


# ------------------------------------------------------------------ public APIs only

#: Libraries whose private internals src/ must not touch (with the standard library's).
GUARDED_LIBRARIES = frozenset({"PySide6", "shiboken6", "shibokensupport", "pyqtgraph"})
#: Packages that are private as a whole: shiboken's support code (PySide's import
#: hook and its tables) is no API, however it is reached (sys.modules["..."] too).
PRIVATE_PACKAGES = frozenset({"shibokensupport"})
#: Names with a leading underscore that the library documents as public.
DOCUMENTED_PUBLIC = frozenset({"os._exit"})
#: namedtuple's documented API, read off a class a library call made.
NAMEDTUPLE_API = frozenset({"_make", "_replace", "_asdict", "_fields", "_field_defaults"})


def _guarded(module: str) -> bool:
    root = module.partition(".")[0]
    return root in GUARDED_LIBRARIES or root in sys.stdlib_module_names


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_uses(source: str, filename: str = "<source>") -> list[str]:
    """``line: what`` for each private name of a guarded library that ``source`` touches."""
    tree = ast.parse(source, filename)
    # Local name -> the dotted name it is bound to, for names imported from guarded libraries.
    bound: dict[str, str] = {}
    hits: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not _guarded(alias.name):
                    continue
                if alias.name.partition(".")[0] in PRIVATE_PACKAGES or any(
                    _private(part) for part in alias.name.split(".")
                ):
                    hits.append(f"{node.lineno}: import {alias.name}")
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    root = alias.name.partition(".")[0]
                    bound[root] = root
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not _guarded(node.module):
                continue
            if node.module.partition(".")[0] in PRIVATE_PACKAGES or any(
                _private(part) for part in node.module.split(".")
            ):
                hits.append(f"{node.lineno}: from {node.module} import ...")
            for alias in node.names:
                if _private(alias.name):
                    hits.append(f"{node.lineno}: from {node.module} import {alias.name}")
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            # Walk down the chain (a.b().c[0].d) to the name it starts from.
            chain = [node.attr]
            base: ast.expr = node.value
            called = False
            while isinstance(base, (ast.Attribute, ast.Call, ast.Subscript)):
                if isinstance(base, ast.Attribute):
                    chain.append(base.attr)
                    base = base.value
                elif isinstance(base, ast.Call):
                    called = True
                    base = base.func
                else:
                    base = base.value
            if isinstance(base, ast.Name) and base.id in bound and _private(node.attr):
                dotted = ".".join([bound[base.id], *reversed(chain)])
                if dotted not in DOCUMENTED_PUBLIC and not (called and node.attr in NAMEDTUPLE_API):
                    hits.append(f"{node.lineno}: {dotted}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            # getattr(enum, "_simple_enum"), setattr(Qt, "_x", ...)
            if node.func.id in ("getattr", "setattr", "hasattr", "delattr") and len(node.args) > 1:
                target, name = node.args[0], node.args[1]
                if (
                    isinstance(target, ast.Name)
                    and target.id in bound
                    and isinstance(name, ast.Constant)
                    and isinstance(name.value, str)
                    and _private(name.value)
                ):
                    hits.append(
                        f"{node.lineno}: {node.func.id}({bound[target.id]}, {name.value!r})"
                    )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.partition(".")[0] in PRIVATE_PACKAGES:
                hits.append(f"{node.lineno}: {node.value!r}")
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
            # vars-style reads: enum.EnumType.__dict__["_create_"]
            key = node.slice
            if (
                node.value.attr == "__dict__"
                and isinstance(key, ast.Constant)
                and isinstance(key.value, str)
                and _private(key.value)
            ):
                hits.append(f"{node.lineno}: __dict__[{key.value!r}]")
    return hits


def test_src_touches_no_private_attribute_of_qt_pyside_shiboken_pyqtgraph_or_stdlib() -> None:
    package = ROOT / "src" / "psoas_timer"
    found = [
        f"{path.relative_to(package).as_posix()}:{hit}"
        for path in sorted(package.rglob("*.py"))
        for hit in private_uses(path.read_text(encoding="utf-8"), str(path))
    ]
    assert found == [], "private internals used (use a public API or do less):\n" + "\n".join(found)


def test_the_private_use_check_sees_each_way_in() -> None:
    source = """
import enum
import sys as system
import os
from PySide6 import QtCore
from PySide6.QtCore import Qt
from enum import _simple_enum
import shibokensupport.feature
from collections import namedtuple

enum._simple_enum(enum.IntEnum)
system._getframe(1)
QtCore.QObject._secret
Qt.AlignmentFlag._member_map_
getattr(enum, "_test_simple_enum")
enum.EnumType.__dict__["_create_"]
os._exit(0)
enum.Enum.__members__
namedtuple("P", "x")._make
QtCore.QCoreApplication.instance()._hidden
sys.modules.get("shibokensupport.feature")
mine._private
"""
    hits = [hit.partition(": ")[2] for hit in private_uses(source)]
    assert sorted(hits) == sorted(
        [
            "from enum import _simple_enum",
            "enum._simple_enum",
            "sys._getframe",
            "PySide6.QtCore.QObject._secret",
            "PySide6.QtCore.Qt.AlignmentFlag._member_map_",
            "getattr(enum, '_test_simple_enum')",
            "__dict__['_create_']",
            "PySide6.QtCore.QCoreApplication.instance._hidden",
            "import shibokensupport.feature",
            "'shibokensupport.feature'",
        ]
    )


def test_the_sdist_carries_what_the_package_is_generated_from() -> None:
    # A wheel built from the sdist (CI builds it that way) needs assets/ and the qrc.
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    assert "graft assets" in manifest
    assert "include resources.qrc" in manifest
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    build = next(line for line in ci.splitlines() if "-m build" in line)
    assert "--wheel" not in build and "--sdist" not in build, "build both: sdist, then wheel"
