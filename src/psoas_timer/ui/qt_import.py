"""Import Qt at less cost: build its enums faster, and answer PySide's import hook.

**Enums.** PySide6 builds the Python enums of a Qt class the first time
Python touches the class, all of them at once, through the standard library's
functional API (``IntEnum(name, pairs)``). On Python 3.11 that path costs about
10 µs a member, and a full window touches over 200 enums (the ``Qt`` namespace
alone has 94, ``Qt.Key`` 471 members): about 30 ms of start-up. The standard
library has a second way to build the same enum, ``enum._simple_enum``, which
it uses for its own modules' enums because it is about twice as fast; it skips
the checks a hand-written enum needs, which an enum read from Qt's metadata
does not. :func:`build_enums_faster` sends the calls shaped like PySide's
through it. A test builds every enum of the Qt modules we use both ways and
checks them with the standard library's own comparison
(``enum._test_simple_enum``); any other call, or any failure, takes the
standard path.

**Import hook.** PySide6 replaces ``__import__`` to support
``from __feature__ import ...`` (PYSIDE-2029). After every import it asks
whether the imported module uses PySide, and answers by reading the module's
whole source and searching it for the string ``"PySide6"``. Opening the window
imports about 70 modules after Qt, so that is about 70 source files read and
thrown away: ``typing``, ``inspect``, ``argparse`` and ours, about 7 ms of
start-up. We know the answers. No standard-library module uses PySide; of
ours, exactly :mod:`psoas_timer.app` and the modules of :mod:`psoas_timer.ui`
do (a test checks that rule against our sources). :func:`import_qt` records
those answers in the hook's table, the same values the hook would have stored
(0: uses PySide, no feature selected; -1: ignore), so the hook skips them. We
never use ``__feature__``. If PySide ever drops or renames the table, this
does nothing and the hook reads the files as before.
"""

from __future__ import annotations

import builtins
import enum
import os
import sys
from typing import Any

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


_STANDARD_CREATE = enum.EnumType.__dict__["_create_"]
_ENUM_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)


def _qt_shaped(cls: type, names: object, options: dict[str, Any]) -> bool:
    """Whether a functional-API call looks like PySide's: (name, int) pairs, no other options."""
    return (
        cls in _ENUM_BASES
        and options.get("module") is None
        and options.get("qualname") is None
        and options.get("type") is None
        and options.get("start", 1) == 1
        and isinstance(names, list)
        and all(
            isinstance(pair, tuple)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], int)
            for pair in names
        )
    )


def _create_enum(cls: type, class_name: str, names: Any, **options: Any) -> type:
    """``EnumType._create_``, with PySide's calls built by ``enum._simple_enum``."""
    if _qt_shaped(cls, names, options):
        body = dict(names)
        try:
            # Name the module of the code that called the functional API, as
            # the standard path does (PySide renames it afterwards).
            caller = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            caller = None
        if caller is not None and len(body) == len(names):
            body["__module__"] = caller
            simple = enum._simple_enum(cls, boundary=options.get("boundary"))  # type: ignore[attr-defined]
            try:
                return simple(builtins.type(class_name, (), body))  # type: ignore[no-any-return]
            except Exception:  # pragma: no cover - one it cannot build takes the standard path
                pass
    return _STANDARD_CREATE(cls, class_name, names, **options)  # type: ignore[no-any-return]


def build_enums_faster() -> None:
    """Build PySide's enums through ``enum._simple_enum`` from now on (see the module's doc)."""
    enum.EnumType._create_ = _create_enum  # type: ignore[attr-defined]


def import_qt() -> None:
    """Import Qt with faster enums, and pre-answer the hook for the standard library and ours.

    Call this before anything imports Qt, and before importing the modules
    that use it (``cli`` does, before opening the window).
    """
    build_enums_faster()
    import PySide6.QtCore  # noqa: F401  (loads shiboken, which installs the hook)

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
