"""What start-up skips must not change what it does: the window's options read
without argparse, and Qt imported after the Qt-free modules."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoas_timer import arguments

#: Fragments a command line is made of: every window option, spelled in full,
#: abbreviated, with "=", and values that look like options, commands or nothing.
FRAGMENTS = [
    *arguments.WINDOW_OPTIONS,
    "--routine=full-session",
    "--routine=",
    "--start=yes",
    "-v=1",
    "--rout",
    "--exit",
    "-vv",
    "--",
    "-5",
    "--help",
    "--version",
    "list",
    "supine-march",
    "my routine.toml",
    "",
]


def _argparse_reading(tokens: list[str]) -> argparse.Namespace:
    return arguments.build_parser(commands=False).parse_args(tokens)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=6))
def test_the_window_options_read_directly_are_what_argparse_reads(tokens: list[str]) -> None:
    direct = arguments.window_args(tokens)
    if direct is not None:
        assert direct == _argparse_reading(tokens)


@pytest.mark.parametrize(
    "tokens",
    [
        [],
        ["--exit-after-startup"],
        ["--routine", "full-session", "--start"],
        ["--routine=my routine.toml", "-v"],
        ["--verbose", "--routine", "list"],
    ],
)
def test_opening_the_window_builds_no_parser(
    tokens: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _argparse_reading(tokens)

    def no_parser(*, commands: bool = True) -> argparse.ArgumentParser:
        raise AssertionError("built a parser to open the window")

    monkeypatch.setattr(arguments, "build_parser", no_parser)
    assert arguments.parse_args(tokens) == expected


def test_anything_else_still_goes_to_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        arguments.parse_args(["--start=yes"])
    assert exit_info.value.code == arguments.EXIT_BAD_INPUT
    assert "--start: ignored explicit argument 'yes'" in capsys.readouterr().err
    assert arguments.parse_args(["--rout", "x"]).routine == "x"  # argparse's abbreviations


ORDER = """
import sys
first = {}
def audit(event, args):
    if event == "import":
        first.setdefault(args[0], len(first))
sys.addaudithook(audit)
from psoas_timer.app import build_window
build_window(["--exit-after-startup"]).show()
qt = first["PySide6.QtCore"]
ours = [n for n, i in first.items() if n.startswith("psoas_timer.") and i > qt]
print(" ".join(n for n in ours if not n.startswith(("psoas_timer.ui", "psoas_timer.app"))))
"""


def test_the_window_imports_every_qt_free_module_of_ours_before_qt(tmp_path: Path) -> None:
    # PySide's import hook reads the source of every module imported after Qt.
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", ORDER], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
