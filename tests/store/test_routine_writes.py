"""Writing routines under faults: a full disk, a second writer, an export target that exists."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer.store import atomic, paths
from psoas_timer.store.atomic import ReadOnlyError, StoreError
from psoas_timer.store.library import load_library
from psoas_timer.store.routines import ExportExists, RoutineStore

OLD = b'schema = 1\nname = "Old"\n\n[[blocks]]\nexercise = "seated-leg-lift"\n'
NEW = b'schema = 1\nname = "New"\n\n[[blocks]]\nexercise = "supine-march"\n'


def _store_with_mine() -> RoutineStore:
    folder = paths.routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_bytes(OLD)
    return load_library().store


def _no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(28, "No space left on device")


def test_import_replace_on_a_full_disk_keeps_the_old_routine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store_with_mine()
    source = tmp_path / "mine.toml"
    source.write_bytes(NEW)
    with monkeypatch.context() as patched:
        patched.setattr(atomic.os, "replace", _no_space)
        with pytest.raises(StoreError, match="No space"):
            store.import_file(source, replace=True)
    folder = paths.routines_dir()
    assert (folder / "mine.toml").read_bytes() == OLD
    # Nothing was replaced, so neither a copy nor a temporary file is left.
    assert sorted(p.name for p in folder.iterdir()) == ["mine.toml"]
    assert load_library().store.get("mine").name == "Old"


def test_import_replace_keeps_the_old_file_and_says_where(tmp_path: Path) -> None:
    store = _store_with_mine()
    source = tmp_path / "mine.toml"
    source.write_bytes(NEW)
    assert store.import_file(source, replace=True).name == "New"
    kept = store.kept_copy
    assert kept is not None and kept.name.startswith("mine.toml.replaced-")
    assert kept.read_bytes() == OLD
    assert store.path_for("mine").read_bytes() == NEW


def _import_with_file_size_limit(source: Path, limit: int) -> subprocess.CompletedProcess[str]:
    def limit_writes() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        # Without this the writer is killed by SIGXFSZ, which is tested too (see below).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    return subprocess.run(
        [sys.executable, "-m", "psoas_timer", "import", "--replace", str(source)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit_writes,
        env=os.environ.copy(),
    )


def test_import_replace_under_ulimit_f_keeps_the_old_routine(tmp_path: Path) -> None:
    _store_with_mine()
    source = tmp_path / "mine.toml"
    # Larger than the limit, so the write of the new file fails part-way.
    source.write_bytes(NEW + b"# padding\n" * 400)
    result = _import_with_file_size_limit(source, 1024)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    folder = paths.routines_dir()
    assert (folder / "mine.toml").read_bytes() == OLD
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_save_over_a_file_changed_elsewhere_keeps_that_version() -> None:
    window = _store_with_mine()
    other = load_library().store  # another window, or a CLI command
    theirs = other.save(other.get("mine").replace(name="Theirs"))
    mine = window.save(window.get("mine").replace(name="Mine"))
    assert mine.name == "Mine"
    kept = window.kept_copy
    assert kept is not None and kept.name.startswith("mine.toml.changed-")
    assert b'name = "Theirs"' in kept.read_bytes()
    assert theirs.name == "Theirs"
    # Its own next save finds the file as it left it: no copy.
    window.save(window.get("mine").replace(name="Mine again"))
    assert window.kept_copy is None
    assert len(list(paths.routines_dir().glob("mine.toml.changed-*"))) == 1


# -- export ---------------------------------------------------------------------------


def test_export_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    store = load_library().store
    target = tmp_path / "shared.toml"
    target.write_bytes(b"my notes, not a routine")
    with pytest.raises(ExportExists, match="--force"):
        store.export("release", target)
    assert target.read_bytes() == b"my notes, not a routine"


def test_export_with_force_keeps_a_copy(tmp_path: Path) -> None:
    store = load_library().store
    target = tmp_path / "shared.toml"
    target.write_bytes(b"my notes, not a routine")
    assert store.export("release", target, force=True) == target
    assert b"schema = 1" in target.read_bytes()
    kept = store.kept_copy
    assert kept is not None and kept.read_bytes() == b"my notes, not a routine"
    assert kept.parent == tmp_path and kept.name.startswith("shared.toml.replaced-")


def test_export_never_overwrites_a_newer_schema_file(tmp_path: Path) -> None:
    store = load_library().store
    target = tmp_path / "shared" / "newer.toml"
    target.parent.mkdir()
    newer = b'schema = 2\nname = "From the future"\n'
    target.write_bytes(newer)
    with pytest.raises(ReadOnlyError, match="newer version"):
        store.export("release", target, force=True)
    assert target.read_bytes() == newer
    assert os.listdir(target.parent) == ["newer.toml"]


@pytest.mark.parametrize(
    "where",
    [
        lambda: paths.settings_file(),
        lambda: paths.config_dir() / "window.ini",
        lambda: paths.history_file(),
        lambda: paths.history_file().with_name("history.sqlite3-wal"),
        lambda: paths.routines_dir() / "mine.toml",
        lambda: paths.routines_dir() / "new-one.toml",
    ],
    ids=["settings", "window.ini", "history", "history-wal", "a routine", "routines folder"],
)
def test_export_never_overwrites_the_apps_own_files(where: object) -> None:
    store = _store_with_mine()
    target: Path = where()  # type: ignore[operator]
    target.parent.mkdir(parents=True, exist_ok=True)
    before = target.read_bytes() if target.exists() else None
    if before is None and target.name != "new-one.toml":
        target.write_bytes(b"the app's data")
        before = b"the app's data"
    with pytest.raises(ReadOnlyError, match=r"own files.*import"):
        store.export("release", target, force=True)
    assert (target.read_bytes() if target.exists() else None) == before


def test_export_refuses_a_fifo(tmp_path: Path) -> None:
    store = load_library().store
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(ReadOnlyError, match="not a regular file"):
        store.export("release", fifo, force=True)
