"""Where the user's files live.

These follow the XDG base directory rules, which is also what Qt's
QStandardPaths does on Linux; the CLI uses them without starting Qt, and
``tests/store/test_paths.py`` checks that both agree.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR = "psoas-timer"


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    # The spec says relative paths are invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def config_dir() -> Path:
    """``$XDG_CONFIG_HOME/psoas-timer``: settings and routines."""
    return _xdg("XDG_CONFIG_HOME", ".config") / APP_DIR


def data_dir() -> Path:
    """``$XDG_DATA_HOME/psoas-timer``: history."""
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_DIR


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def routines_dir() -> Path:
    return config_dir() / "routines"


def history_file() -> Path:
    return data_dir() / "history.sqlite3"


def is_own_file(path: Path) -> bool:
    """Whether ``path`` is one of the app's own files, which no export may overwrite.

    Everything in the config folder (settings, window geometry, the writer
    lock, the routines folder and the copies kept there) and in the data
    folder (the history database, its ``-wal``/``-shm`` companions and backups).
    Links are followed, so a link pointing into those folders counts too.
    """
    target = path.resolve()
    return any(target.is_relative_to(folder.resolve()) for folder in (config_dir(), data_dir()))
