"""The user's files live where Qt's QStandardPaths says, honouring the XDG variables."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from psoas_timer.store import paths


def test_xdg_variables_are_honoured() -> None:
    config = paths.config_dir()
    assert paths.settings_file() == config / "settings.toml"
    assert paths.routines_dir() == config / "routines"
    assert config.parent == Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    )
    assert paths.data_dir().parent == Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    )


def test_relative_xdg_values_are_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert paths.config_dir() == tmp_path / "home" / ".config" / "psoas-timer"
