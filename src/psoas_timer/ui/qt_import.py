"""Import Qt, and tell PySide's import hook what it would otherwise read every source file to learn.

PySide6 replaces ``__import__`` to support ``from __feature__ import ...``
(PYSIDE-2029). After every import it asks whether the imported module uses
PySide, and answers by reading the module's whole source and searching it for
the string ``"PySide6"``. Opening the window imports about 70 modules after
Qt, so that is about 70 source files read and thrown away: ``typing``,
``inspect``, ``argparse``, ``dataclasses`` and ours, about 7 ms of start-up.

We know the answers. No standard-library module uses PySide; of ours, exactly
:mod:`psoas_timer.app` and the modules of :mod:`psoas_timer.ui` do (a test
checks that rule against our sources). :func:`import_qt` records those answers
in the hook's table, the same values the hook would have stored (0: uses
PySide, no feature selected; -1: ignore), so the hook skips them. We never use
``__feature__``. If PySide ever drops or renames the table, this does nothing
and the hook reads the files as before.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  (loads shiboken, which installs the hook)

PACKAGE = "psoas_timer"
#: Our modules that import PySide6: the app module and the ui package's modules.
QT_MODULES = (f"{PACKAGE}.app", f"{PACKAGE}.ui.")


def uses_pyside(name: str) -> bool:
    """Whether our module ``name`` imports PySide6 (what the hook would find in its source)."""
    return name == QT_MODULES[0] or name.startswith(QT_MODULES[1])


def our_modules() -> list[str]:
    """The dotted names of every module in this package, from its files."""
    names = []
    pending = [(os.path.dirname(os.path.dirname(__file__)), PACKAGE)]
    while pending:
        folder, prefix = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                stem, dot, suffix = entry.name.partition(".")
                if entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
                    pending.append((entry.path, f"{prefix}.{entry.name}"))
                elif dot and suffix == "py":
                    names.append(prefix if stem == "__init__" else f"{prefix}.{stem}")
    return names


def feature_table() -> dict[str, int] | None:
    """The hook's table of module name -> feature selection, if this PySide has one."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def import_qt() -> None:
    """Pre-answer the hook for the standard library and our modules.

    Qt itself is imported with this module; call this before importing the
    modules that use it (``cli`` does, before opening the window).
    """
    table = feature_table()
    if table is None:  # pragma: no cover - a PySide without the hook
        return
    stdlib = sys.stdlib_module_names
    for name in list(sys.modules):
        if name.partition(".")[0] in stdlib:
            table.setdefault(name, -1)
    for name in stdlib:
        table.setdefault(name, -1)
    for name in our_modules():
        table.setdefault(name, 0 if uses_pyside(name) else -1)
