"""The window keeps the CLI's promises: copies kept, own files refused, leftovers removed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.store import paths
from psoas_timer.store.library import Library, load_library
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.editors.routine_editor import RoutineEditor
from psoas_timer.ui.editors.sharing import export_routine_path, import_routine_dialog

ROUTINE = 'schema = 1\nname = "{name}"\n\n[[blocks]]\nexercise = "seated-leg-lift"\n'


def test_export_over_a_file_keeps_a_copy_and_says_where(tmp_path: Path, library: Library) -> None:
    target = tmp_path / "release.toml"
    target.write_bytes(b"an older export")
    assert export_routine_path(None, library, "release", target) == target
    (kept,) = tmp_path.glob("release.toml.replaced-*")
    assert kept.read_bytes() == b"an older export"
    assert str(kept) in dialogs.shown_messages()[-1].text


def test_export_refuses_a_newer_file_and_the_apps_own_files(
    tmp_path: Path, library: Library
) -> None:
    newer = tmp_path / "newer.toml"
    newer.write_bytes(b"schema = 3\n")
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"schema = 1\n")
    for target in (newer, settings):
        before = target.read_bytes()
        assert export_routine_path(None, library, "release", target) is None
        message = dialogs.shown_messages()[-1]
        assert message.kind == "problems" and str(target) in message.lines[0]
        assert target.read_bytes() == before


def test_import_over_a_routine_names_the_copy_kept(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "mine.toml"
    source.write_text(ROUTINE.format(name="First"))
    library.store.import_file(source)
    source.write_text(ROUTINE.format(name="Second"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    dialogs.set_confirm_answer(True)
    routine = import_routine_dialog(None, library)
    assert routine is not None and routine.name == "Second"
    (kept,) = paths.routines_dir().glob("mine.toml.replaced-*")
    assert f"kept as {kept}" in dialogs.shown_messages()[-1].text
    assert "First" in kept.read_text()


def test_the_editor_keeps_a_version_saved_elsewhere_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "mine.toml"
    source.write_text(ROUTINE.format(name="Mine"))
    library = load_library()
    library.store.import_file(source)
    editor = RoutineEditor(library, "mine")
    qtbot.addWidget(editor)
    # A CLI command (another process) replaces the file while the editor is open.
    other = load_library().store
    source.write_text(ROUTINE.format(name="From the CLI"))
    other.import_file(source, replace=True)
    QTest.keyClicks(editor.name_edit, " edited")
    assert editor.save()
    (kept,) = paths.routines_dir().glob("mine.toml.changed-*")
    assert "From the CLI" in kept.read_text()
    assert str(kept) in editor.status_label.text()


def test_the_window_removes_stale_temp_files_after_its_first_paint(qtbot: QtBot) -> None:
    from psoas_timer.app import AppLogic, build_window

    folder = paths.routines_dir()
    folder.mkdir(parents=True)
    stale = folder / ".mine.toml.x1y2.tmp"
    stale.write_bytes(b"half a routine")
    long_ago = time.time() - 3600
    os.utime(stale, (long_ago, long_ago))
    fresh = paths.config_dir() / ".settings.toml.a1b2.tmp"
    fresh.write_bytes(b"being written by another copy")
    window = build_window(["--routine", "supine-march"], clock=ManualClock())
    qtbot.addWidget(window)
    assert stale.exists()  # start-up itself does not wait for the clean-up
    logic = window.logic
    assert isinstance(logic, AppLogic)
    logic.after_first_paint()
    assert not stale.exists()
    assert fresh.exists()
