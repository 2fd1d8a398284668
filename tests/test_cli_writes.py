"""Writing CLI commands (export, import, history --csv), and history on files it must not change."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psoas_timer.cli import main
from psoas_timer.store import paths
from psoas_timer.store.history import HistoryStore, open_history
from tests import permissions

ROUTINE = b'schema = 1\nname = "Physio plan"\n\n[[blocks]]\nexercise = "seated-leg-lift"\n'


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert "unexpected error" not in err
    return code, out, err


# -- export -----------------------------------------------------------------------------


def test_export_onto_an_existing_file_needs_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "mine.toml"
    target.write_bytes(b"keep me")
    code, _, err = _run(capsys, "export", "release", str(target))
    assert code == 2
    assert str(target) in err and "--force" in err
    assert target.read_bytes() == b"keep me"

    code, out, _ = _run(capsys, "export", "release", str(target), "--force")
    assert code == 0
    (kept,) = tmp_path.glob("mine.toml.replaced-*")
    assert kept.read_bytes() == b"keep me"
    assert str(kept) in out
    assert b"schema = 1" in target.read_bytes()


def test_export_never_overwrites_a_newer_file_even_with_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "newer.toml"
    target.write_bytes(b'schema = 2\nname = "Newer"\n')
    code, _, err = _run(capsys, "export", "strength-starter", str(target), "--force")
    assert code == 2
    assert "newer version" in err
    assert target.read_bytes() == b'schema = 2\nname = "Newer"\n'


def test_export_onto_the_settings_file_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"schema = 1\n[preferences]\nvolume = 0.2\n")
    for extra in ([], ["--force"]):
        code, _, err = _run(capsys, "export", "strength-starter", str(settings), *extra)
        assert code == 2
        assert "own files" in err and "import" in err
    assert settings.read_bytes() == b"schema = 1\n[preferences]\nvolume = 0.2\n"


def test_import_replace_names_the_copy_it_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "physio.toml"
    source.write_bytes(ROUTINE)
    assert _run(capsys, "import", str(source))[0] == 0
    source.write_bytes(ROUTINE.replace(b"Physio plan", b"Physio plan v2"))
    code, out, _ = _run(capsys, "import", "--replace", str(source))
    assert code == 0
    (kept,) = paths.routines_dir().glob("physio.toml.replaced-*")
    assert f"kept as {kept}" in out
    assert kept.read_bytes() == ROUTINE


# -- leftovers of killed writes -----------------------------------------------------------


def test_a_write_command_removes_stale_temp_files_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folders = [paths.config_dir(), paths.routines_dir(), paths.data_dir()]
    stale, fresh = [], []
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        old = folder / ".settings.toml.k1ll3d.tmp"
        old.write_bytes(b"half")
        two_minutes_ago = time.time() - 120
        os.utime(old, (two_minutes_ago, two_minutes_ago))
        stale.append(old)
        young = folder / ".mine.toml.inflight.tmp"
        young.write_bytes(b"being written")
        fresh.append(young)
    keep = paths.config_dir() / "notes.tmp"  # not ours: no leading dot
    keep.write_bytes(b"x")
    os.utime(keep, (0, 0))
    assert _run(capsys, "export", "release", str(tmp_path / "out.toml"))[0] == 0
    assert [p.exists() for p in stale] == [False] * 3
    assert [p.exists() for p in fresh] == [True] * 3
    assert keep.exists()


# -- history --------------------------------------------------------------------------------


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _history_with_sessions(count: int = 1) -> Path:
    path = paths.history_file()
    with HistoryStore(path) as store:
        for n in range(count):
            store.start_session("strength-starter", f"Strength starter {n}", 1_700_000_000 + n)
    return path


def test_history_only_reads_the_database(capsys: pytest.CaptureFixture[str]) -> None:
    path = _history_with_sessions()
    db = sqlite3.connect(path)
    db.execute("UPDATE sessions SET writer_pid = ?", (_dead_pid(),))
    db.commit()
    db.close()
    for args in (["history"], ["history", "--json"], ["history", "--csv", "-"]):
        assert _run(capsys, *args)[0] == 0
    # ... yet it tells the user that the dead writer's session was interrupted.
    code, out, _ = _run(capsys, "history", "--json")
    assert code == 0 and '"interrupted"' in out and '"running"' not in out
    db = sqlite3.connect(path)
    # Marking it interrupted is the window's job when it opens the history to write.
    assert db.execute("SELECT status FROM sessions").fetchall() == [("running",)]
    db.close()


@permissions.enforced
def test_history_works_on_a_read_only_database_and_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _history_with_sessions()
    folder = path.parent
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        code, out, _ = _run(capsys, "history")
        assert code == 0 and "Strength starter 0" in out
        assert _run(capsys, "history", "--json")[0] == 0
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_damaged_history_is_exit_2_and_moved_aside_by_the_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = paths.history_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database\n" * 500)
    for args in (["history"], ["history", "--json"], ["history", "--csv", "-"]):
        code, _, err = _run(capsys, *args)
        assert code == 2
        assert str(path) in err
        assert "next time" in err
    assert path.read_bytes() == b"not a database\n" * 500
    # What the message promises: the window (open_history) keeps it and starts afresh.
    store, notices = open_history()
    assert store is not None
    store.close()
    (backup,) = path.parent.glob("history.sqlite3.bak-*")
    assert backup.read_bytes() == b"not a database\n" * 500
    assert str(backup) in notices[0]


def test_history_csv_into_a_missing_folder_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _history_with_sessions()
    target = tmp_path / "no-such-folder" / "history.csv"
    code, _, err = _run(capsys, "history", "--csv", str(target))
    assert code == 2
    assert "no-such-folder" in err and "does not exist" in err
    assert not target.parent.exists()


def test_history_csv_onto_a_folder_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _history_with_sessions()
    code, _, err = _run(capsys, "history", "--csv", str(tmp_path))
    assert code == 2
    assert "is a folder" in err


@permissions.enforced
def test_history_csv_into_an_unwritable_folder_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _history_with_sessions()
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    code, _, err = _run(capsys, "history", "--csv", str(folder / "h.csv"))
    assert code == 2
    assert "Permission denied" in err


def test_history_csv_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    _history_with_sessions(800)
    target = tmp_path / "history.csv"
    assert main(["history", "--csv", str(target)]) == 0
    complete = target.read_bytes()
    # Over the limit below, which leaves room for SQLite's 32 KB shared-memory file.
    limit = 48 * 1024
    assert len(complete) > limit

    def limit_writes() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    result = subprocess.run(
        [sys.executable, "-m", "psoas_timer", "history", "--csv", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit_writes,
    )
    assert result.returncode == 2, result.stderr
    assert "could not write" in result.stderr and "Traceback" not in result.stderr
    assert target.read_bytes() == complete  # the earlier export is untouched
    assert sorted(os.listdir(tmp_path)) == ["history.csv", "home"]


def test_history_that_cannot_be_read_is_not_called_damaged() -> None:
    path = _history_with_sessions(200)
    before = path.read_bytes()

    def tiny_writes() -> None:
        # SQLite cannot make its shared-memory file: an I/O error, not a damaged file.
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    result = subprocess.run(
        [sys.executable, "-m", "psoas_timer", "history"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=tiny_writes,
    )
    assert result.returncode == 2, result.stderr
    assert "disk I/O error" in result.stderr
    assert "damaged" not in result.stderr and "next time" not in result.stderr
    assert path.read_bytes() == before
