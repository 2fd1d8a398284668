"""Atomic writes and backups; a writer killed mid-save leaves the old file or the new one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import BOUNDS
from psoas_timer.core.model import Block, Routine
from psoas_timer.store import paths
from psoas_timer.store.atomic import (
    TEMP_SUFFIX,
    atomic_write,
    backup_path,
    is_temp_file,
    move_aside,
)
from psoas_timer.store.routines import RoutineStore, routine_to_toml
from psoas_timer.store.settings import Settings, load_settings

WRITER = Path(__file__).with_name("atomic_writer.py")
KILLS = 100


def test_atomic_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.toml"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["file.toml"]


def test_atomic_write_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "file.toml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o640


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "folder" / "file.toml"
    target.parent.mkdir()
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(target.parent) == ["file.toml"]


def test_temp_names_never_look_like_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write(tmp_path / "r.toml", b"x")
    assert len(seen) == 1
    assert seen[0].startswith(".r.toml.")
    assert seen[0].endswith(TEMP_SUFFIX)
    assert not seen[0].endswith(".toml")
    assert is_temp_file(tmp_path / seen[0])
    assert not is_temp_file(tmp_path / "r.toml")


def test_backup_names_are_unique_and_keep_bytes(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_bytes(b"\x00\x01broken")
    now = time.time()
    first = backup_path(target, now=now)
    first.write_bytes(b"an older backup")
    second = backup_path(target, now=now)
    assert second != first
    assert second.name.startswith("settings.toml.bak-")
    moved = move_aside(target)
    assert not target.exists()
    assert moved.read_bytes() == b"\x00\x01broken"
    assert first.read_bytes() == b"an older backup"
    assert not moved.name.endswith(".toml")


def test_move_aside_kinds(tmp_path: Path) -> None:
    target = tmp_path / "mine.toml"
    target.write_bytes(b"data")
    moved = move_aside(target, "deleted")
    assert moved.name.startswith("mine.toml.deleted-")


# -- the kill test ------------------------------------------------------------


def _settings_versions(tmp_path: Path) -> tuple[Path, bytes, bytes, Callable[[], None]]:
    """Two valid settings files of about 50 KB that differ everywhere."""
    catalogue = load_catalogue()
    target = paths.settings_file()

    def version(n: int) -> bytes:
        settings = Settings(path=target, catalogue=catalogue)
        for exercise_id in catalogue.exercises:
            for key, bound in BOUNDS.items():
                if key == "hold_breaths":
                    continue
                settings.set_dosage(exercise_id, key, int(bound.low) + n)
        settings.set_preference("volume", 0.25 * (n + 1))
        # Settings alone are small; a comment pads the file to the size the test is about.
        padding = "".join(f"# padding line {i} of version {n}\n" for i in range(1500))
        return settings.to_toml() + padding.encode()

    def check() -> None:
        loaded = load_settings(catalogue, target)
        assert not loaded.problems
        assert not loaded.notices

    return target, version(0), version(1), check


def _routine_versions(tmp_path: Path) -> tuple[Path, bytes, bytes, Callable[[], None]]:
    """Two valid routine files of about 50 KB that differ everywhere."""
    catalogue = load_catalogue()
    store = RoutineStore(paths.routines_dir(), catalogue)
    exercises = list(catalogue.exercises)

    def version(n: int) -> bytes:
        blocks = tuple(
            Block(
                exercises[(i + n) % len(exercises)],
                {k: int(b.low) + n + 1 for k, b in BOUNDS.items() if k != "hold_breaths"},
            )
            for i in range(70)  # under 4 hours, the longest a routine may last
        )
        routine = Routine(
            id="big", name=f"Version {n}", description="x" * 1900 + str(n), blocks=blocks
        )
        padding = "".join(f"# padding line {i} of version {n}\n" for i in range(500))
        return routine_to_toml(routine) + padding.encode()

    def check() -> None:
        store.reload()
        assert list(store.routines) == ["big"]
        assert not store.notices
        assert not store.problems

    return store.path_for("big"), version(0), version(1), check


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize(
    "make", [_settings_versions, _routine_versions], ids=["settings", "routines"]
)
def test_sigkill_during_saves_leaves_old_or_new(
    tmp_path: Path, make: Callable[[Path], tuple[Path, bytes, bytes, Callable[[], None]]]
) -> None:
    target, a, b, check = make(tmp_path)
    assert 40_000 < len(a) < 80_000
    assert a != b
    atomic_write(target, a)
    check()
    (tmp_path / "a").write_bytes(a)
    (tmp_path / "b").write_bytes(b)
    rng = random.Random(5)
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(target), str(tmp_path / "a"), str(tmp_path / "b")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None
    assert writer.stdout is not None
    seen = set()
    try:
        for _ in range(KILLS):
            writer.stdin.write("go\n")
            writer.stdin.flush()
            pid = int(writer.stdout.readline())
            time.sleep(rng.uniform(0, 0.030))
            os.kill(pid, signal.SIGKILL)
            assert writer.stdout.readline().strip() == "reaped"
            data = target.read_bytes()
            assert data in (a, b), f"torn file: {len(data)} bytes"
            seen.add(data)
            check()
    finally:
        writer.stdin.close()
        writer.wait(timeout=10)
    assert seen == {a, b}, "the kills never landed between saves; the test proves little"
    # Interrupted saves may leave temp files behind; none is taken for data.
    names = os.listdir(target.parent)
    assert target.name in names
    assert all(n == target.name or is_temp_file(target.parent / n) for n in names)
