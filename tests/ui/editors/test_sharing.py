"""Importing and exporting routine files from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from psoas_timer.core.problems import ValidationError
from psoas_timer.core.routine import load_routine_file
from psoas_timer.store import paths
from psoas_timer.store.library import Library, load_library
from psoas_timer.store.routine_draft import add_block
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.editors.sharing import (
    ImportErrorDialog,
    export_routine_dialog,
    export_routine_path,
    import_routine_dialog,
    import_routine_path,
)

INVALID = """\
schema = 1
name = "From the physio"

[[blocks]]
exercise = "supine-marsh"
reps = 0

[[blocks]]
exercise = "seated-leg-lift"
hold_seconds = 2
hold_breaths = 4
tempo = 3
"""

VALID = """\
schema = 1
name = "From the physio"
description = "Twice a day."

[[blocks]]
exercise = "seated-leg-lift"
hold_seconds_left = 6
hold_seconds_right = 3
"""


def user_files() -> list[str]:
    folder = paths.routines_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_an_invalid_file_lists_every_problem_and_adds_nothing(
    tmp_path: Path, library: Library
) -> None:
    path = tmp_path / "physio.toml"
    path.write_text(INVALID)
    with pytest.raises(ValidationError) as info:
        library.store.import_file(path)
    expected = [str(p) for p in info.value.problems]
    assert len(expected) >= 4

    assert import_routine_path(None, library, path) is None

    shown = dialogs.shown_messages()
    assert len(shown) == 1  # one dialog, not one per problem
    assert shown[0].kind == "problems"
    assert "physio.toml" in shown[0].text
    assert list(shown[0].lines) == expected
    for where in ("blocks[0].exercise", "blocks[0].reps", "blocks[1].hold_breaths"):
        assert any(where in line for line in shown[0].lines), where
    assert all(str(path) in line for line in shown[0].lines)
    assert "physio" not in library.user
    assert user_files() == []


def test_a_syntax_error_names_the_line(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('schema = 1\nname = "Broken\n')
    assert import_routine_path(None, library, path) is None
    (message,) = dialogs.shown_messages()
    assert any("line 2" in line for line in message.lines)
    assert user_files() == []


def test_the_error_dialog_shows_every_problem(
    qtbot: QtBot, tmp_path: Path, library: Library
) -> None:
    path = tmp_path / "physio.toml"
    path.write_text(INVALID)
    with pytest.raises(ValidationError) as info:
        library.store.import_file(path)
    dialog = ImportErrorDialog(path, info.value.problems)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == len(info.value.problems)
    wheres = [dialog.table.topLevelItem(i).text(0) for i in range(len(info.value.problems))]  # type: ignore[union-attr]
    assert wheres == [p.where or "(whole file)" for p in info.value.problems]
    assert dialog.findChild(type(dialog.table), "import-problems") is dialog.table
    assert (
        "physio.toml"
        in dialog.windowTitle() + dialog.findChildren(QLabel, "import-error-title")[0].text()
    )
    assert dialog.text().count("\n") == len(info.value.problems) - 1
    # The count reads right in English too, with no translator loaded: no "problem(s)".
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Problems found: {len(info.value.problems)}." in labels
    assert "(s)" not in labels


def test_a_same_id_import_asks_and_refuses_without_confirmation(
    tmp_path: Path, library: Library
) -> None:
    mine = library.store.duplicate("strength-starter", "Physio")
    assert mine.id == "physio"
    original = library.store.path_for("physio").read_bytes()
    path = tmp_path / "physio.toml"
    path.write_text(VALID)

    dialogs.set_confirm_answer(False)
    assert import_routine_path(None, library, path) is None
    (question,) = dialogs.shown_messages()
    assert question.kind == "confirm"
    assert "Physio" in question.text
    assert library.store.path_for("physio").read_bytes() == original
    assert library.store.get("physio").name == "Physio"
    assert not list(paths.routines_dir().glob("physio.toml.replaced-*"))

    dialogs.set_confirm_answer(True)
    routine = import_routine_path(None, library, path)
    assert routine is not None
    assert routine.name == "From the physio"
    assert library.store.path_for("physio").read_text() == VALID
    backups = list(paths.routines_dir().glob("physio.toml.replaced-*"))
    assert [b.read_bytes() for b in backups] == [original]


def test_a_builtin_id_is_refused(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "strength-starter.toml"
    path.write_text(VALID)
    assert import_routine_path(None, library, path) is None
    (message,) = dialogs.shown_messages()
    assert message.kind == "problems"
    assert "built-in" in message.lines[0]
    assert user_files() == []


def test_export_then_import_gives_an_identical_routine(tmp_path: Path, library: Library) -> None:
    copy = library.store.duplicate("full-session", "Shared")
    copy = add_block(copy, "seated-leg-lift", 0, {"hold_seconds_left": 7.5, "reps": 4})
    copy = library.store.save(copy)

    written = export_routine_path(None, library, copy.id, tmp_path / "out.toml")
    assert written == tmp_path / "out.toml"

    imported = import_routine_path(None, library, written)
    assert imported is not None
    assert imported.id == "out"
    assert (imported.name, imported.description, imported.blocks) == (
        copy.name,
        copy.description,
        copy.blocks,
    )
    fresh = load_library()
    assert fresh.store.get("out").blocks == copy.blocks
    steps = [(s.phase, s.side, s.duration) for s in fresh.timeline(fresh.store.get("out")).steps]
    assert steps == [(s.phase, s.side, s.duration) for s in fresh.timeline(copy).steps]


def test_a_builtin_can_be_exported(tmp_path: Path, library: Library) -> None:
    written = export_routine_path(None, library, "release", tmp_path)
    assert written == tmp_path / "release.toml"
    assert load_routine_file(written, library.catalogue).blocks == library.builtin["release"].blocks


def test_export_to_an_unwritable_place_is_reported(tmp_path: Path, library: Library) -> None:
    target = tmp_path / "no-such-folder" / "x" / "out.toml"
    (tmp_path / "no-such-folder").write_text("a file, not a folder")
    assert export_routine_path(None, library, "release", target) is None
    assert dialogs.shown_messages()[-1].kind == "problems"


def test_the_file_dialogs(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "shared"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    written = export_routine_dialog(None, library, "release")
    assert written == tmp_path / "shared.toml"
    assert written.is_file()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(written), ""))
    )
    routine = import_routine_dialog(None, library)
    assert routine is not None
    assert routine.id == "shared"
    assert dialogs.shown_messages()[-1].kind == "notice"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    assert import_routine_dialog(None, library) is None
