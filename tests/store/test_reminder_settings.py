"""The reminder preferences in settings.toml and the sitting count's state file."""

from __future__ import annotations

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.sitting import Schedule, schedule_from_preferences
from psoas_timer.store import paths
from psoas_timer.store.reminder_state import load_state, save_state, state_file
from psoas_timer.store.settings import load_settings


def test_reminders_are_off_by_default_and_bad_values_are_named() -> None:
    catalogue = load_catalogue()
    settings = load_settings(catalogue)
    assert settings.preferences["reminders"] is False
    assert settings.preferences["tray"] is False
    assert schedule_from_preferences(settings.preferences) == Schedule(minutes=50)

    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "schema = 1\n[preferences]\nreminders = true\nquiet_start = '25:00'\n"
        "quiet_end = '07:00'\nreminder_days = 'mon,someday'\nreminder_minutes = 30\n"
    )
    settings = load_settings(catalogue)
    problems = {p.where: p.message for p in settings.problems}
    assert "HH:MM" in problems["preferences.quiet_start"]
    assert "unknown day 'someday'" in problems["preferences.reminder_days"]
    assert settings.preferences["reminders"] is True
    schedule = schedule_from_preferences(settings.preferences)
    assert schedule.minutes == 30
    assert schedule.quiet_start is None  # the bad value fell back to its default
    assert schedule.quiet_end == 7 * 60


def test_the_state_file_round_trips_and_a_broken_one_is_kept_aside() -> None:
    assert load_state() is None
    assert save_state({"sitting_seconds": 12.5})
    assert load_state() == {"sitting_seconds": 12.5}
    state_file().write_bytes(b"\x00garbage")
    assert load_state() is None
    backups = list(state_file().parent.glob("reminders.json.bak-*"))
    assert [b.read_bytes() for b in backups] == [b"\x00garbage"]
