"""The core never loads Qt, so it runs and tests without a screen."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import psoas_timer.core


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        f"psoas_timer.core.{m.name}" for m in pkgutil.iter_modules(psoas_timer.core.__path__)
    ]
    assert "psoas_timer.core.session" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'numpy'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout}"
