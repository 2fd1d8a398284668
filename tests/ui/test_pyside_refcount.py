"""Guard against PySide6 6.12.0 on CPython 3.11 dropping references to None.

That build decrements None's reference count on every Qt call that returns
nothing; after a few thousand calls the interpreter aborts in none_dealloc,
in the middle of someone's exercise session. pyproject.toml keeps 3.11 on 6.11.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 10_000


def test_ten_thousand_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText("x")  # void
        timer.setInterval(i % 1000)  # void
        obj.setObjectName("o")  # void
    after = sys.getrefcount(None)
    assert after >= before - 50, (
        f"PySide6 {PySide6.__version__} lost {before - after} references to None "
        f"in {3 * CALLS} void calls; this build will crash the app"
    )
    assert label.text() == "x"


def test_the_pin_keeps_python_311_off_pyside6_6_12_0() -> None:
    version = tuple(int(p) for p in PySide6.__version__.split(".")[:3])
    if sys.version_info < (3, 12):
        assert version < (6, 12, 0), "pyproject.toml must keep CPython 3.11 on PySide6 < 6.12"
