"""Saving settings when another copy of the app saves too, and when the disk is full."""

from __future__ import annotations

from pathlib import Path

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.store import paths
from psoas_timer.store import settings as settings_module
from psoas_timer.store.settings import SettingsReadOnly, load_settings

CAT = load_catalogue()
SALVAGEABLE = (
    b"schema = 1\ncolour = 'red'\n[preferences]\nvolume = 0.3\n[dosage.supine-march]\nreps = 7\n"
)


@pytest.fixture
def settings_path() -> Path:
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    return path


def test_two_windows_each_saving_a_change_keep_both(settings_path: Path) -> None:
    settings_path.write_bytes(b"schema = 1\n[preferences]\ncues = 'voice'\n")
    first, second = load_settings(CAT), load_settings(CAT)
    first.set_preference("volume", 0.4)
    first.set_dosage("supine-march", "reps", 6)
    first.save()
    second.set_preference("muted", True)
    second.set_dosage("supine-march", "sets", 3)
    second.save()

    on_disk = load_settings(CAT)
    assert on_disk.preferences["volume"] == 0.4
    assert on_disk.preferences["muted"] is True
    assert on_disk.preferences["cues"] == "voice"
    assert on_disk.dosage == {"supine-march": {"reps": 6, "sets": 3}}
    # The second window now shows the first's change too...
    assert second.preferences["volume"] == 0.4
    # ...and the first picks up the second's at its next save, dropping nothing.
    first.reset_dosage("supine-march", "reps")
    first.save()
    assert load_settings(CAT).dosage == {"supine-march": {"sets": 3}}
    assert first.preferences["muted"] is True


def test_the_same_key_changed_twice_keeps_the_last_save(settings_path: Path) -> None:
    first, second = load_settings(CAT), load_settings(CAT)
    first.set_dosage("supine-march", "hold_seconds", 5)
    first.save()
    second.set_dosage("supine-march", "hold_breaths", 3)
    second.save()
    final = load_settings(CAT)
    # A hold is counted one way: the later choice wins, and the file loads cleanly.
    assert final.dosage == {"supine-march": {"hold_breaths": 3}}
    assert not final.problems


def test_a_file_a_newer_version_wrote_meanwhile_is_not_overwritten(settings_path: Path) -> None:
    mine = load_settings(CAT)
    newer = b"schema = 2\n[preferences]\nvolume = 0.1\n"
    settings_path.write_bytes(newer)
    mine.set_preference("volume", 0.9)
    with pytest.raises(SettingsReadOnly, match="newer version"):
        mine.save()
    assert settings_path.read_bytes() == newer


def test_a_repair_that_cannot_be_saved_says_so_and_the_next_save_writes_it(
    settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path.write_bytes(SALVAGEABLE)

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(settings_module, "atomic_write", full)
        repaired = load_settings(CAT)
    (notice,) = repaired.notices
    assert "were kept" not in notice
    assert "could not be saved (No space left on device)" in notice
    assert "the next save will try again" in notice
    assert repaired.preferences["volume"] == 0.3  # in use this time
    assert not settings_path.exists()  # the original is in the backup

    repaired.set_preference("muted", True)
    repaired.save()
    again = load_settings(CAT)
    assert not again.notices
    assert again.preferences["volume"] == 0.3
    assert again.preferences["muted"] is True
    assert again.dosage == {"supine-march": {"reps": 7}}


def test_a_repair_that_is_saved_says_kept(settings_path: Path) -> None:
    settings_path.write_bytes(SALVAGEABLE)
    (notice,) = load_settings(CAT).notices
    assert "Settings that could be read were kept" in notice
    assert load_settings(CAT).preferences["volume"] == 0.3
