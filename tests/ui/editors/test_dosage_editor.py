"""The dosage editor: bounded fields, live totals, and a save that survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from psoas_timer import cli
from psoas_timer.core.dosage import BOUNDS
from psoas_timer.core.model import Phase, Side
from psoas_timer.core.timeline import Timeline, compile_timeline
from psoas_timer.store import paths
from psoas_timer.store.library import Library, load_library
from psoas_timer.ui.common import dialogs
from psoas_timer.ui.editors.dosage_editor import DosageEditor
from psoas_timer.ui.editors.dosage_fields import hold_summary


def make_editor(qtbot: QtBot, library: Library, exercise_id: str) -> DosageEditor:
    editor = DosageEditor(library, exercise_id)
    qtbot.addWidget(editor)
    return editor


def durations(timeline: Timeline) -> list[tuple[str, str | None, float]]:
    return [(s.phase.value, s.side.value if s.side else None, s.duration) for s in timeline.steps]


def test_every_key_has_a_spin_box_whose_range_is_the_bounds(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    assert set(editor.spins) == set(BOUNDS)
    for key, bound in BOUNDS.items():
        spin = editor.spin(key)
        assert spin.minimum() == bound.low, key
        assert spin.maximum() == bound.high, key
        assert isinstance(spin, QSpinBox if bound.integer else QDoubleSpinBox), key
        assert spin.accessibleName(), key


def test_a_value_outside_the_bounds_is_clamped(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    editor.spin("hold_seconds").setValue(9999)
    editor.spin("reps").setValue(0)
    assert editor.overrides()["hold_seconds"] == 600
    assert "reps" not in editor.overrides() or editor.overrides()["reps"] >= 1


def test_shows_the_effective_dosage(qtbot: QtBot, library: Library) -> None:
    library.settings.set_dosage("supine-march", "reps", 12)
    editor = make_editor(qtbot, library, "supine-march")
    assert editor.spin("reps").value() == 12
    assert editor.overrides() == {"reps": 12}


def test_editing_the_hold_updates_totals_live(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    before = editor.totals()
    shown_before = editor.totals_label.text()
    assert "strength-starter" in before
    assert all(now == saved for now, saved in before.values())

    editor.spin("hold_seconds").setValue(10)

    after = editor.totals()
    reps_sets = 8 * 2 * 2  # reps per side x sets x two sides (alternating)
    single = after["exercise:supine-march"]
    assert single[0] - single[1] == pytest.approx(reps_sets * (10 - 2))
    assert after["strength-starter"][0] > before["strength-starter"][0]
    assert editor.totals_label.text() != shown_before
    # Nothing is stored before Save.
    assert library.settings.user_dosage("supine-march") == {}


def test_changed_values_are_marked_with_the_default(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    label = editor._labels["hold_seconds"]
    hint = editor._hints["hold_seconds"]
    assert not label.font().bold()
    assert hint.isHidden()
    editor.spin("hold_seconds").setValue(5)
    assert label.font().bold()
    assert not hint.isHidden()
    assert hint.text() == "default: 2 s"
    editor.spin("hold_seconds").setValue(2)
    assert not label.font().bold()
    assert editor.overrides() == {}


def test_save_round_trip(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    editor.spin("hold_seconds").setValue(6)
    editor.spin("reps").setValue(10)
    editor.spin("prepare_seconds").setValue(20)
    routine = library.routines["strength-starter"]
    edited_plan = durations(
        compile_timeline(
            routine, library.catalogue, {**library.overrides, "supine-march": editor.overrides()}
        )
    )
    with qtbot.waitSignal(editor.saved) as blocker:
        assert editor.save()
    assert blocker.args == ["supine-march"]
    assert paths.settings_file().is_file()

    fresh = load_library()
    assert fresh.settings.user_dosage("supine-march") == {
        "hold_seconds": 6,
        "reps": 10,
        "prepare_seconds": 20,
    }
    plan = durations(fresh.timeline(fresh.routines["strength-starter"]))
    # What the editor showed is what a restarted app plans, and what this one plans now.
    assert plan == edited_plan
    assert plan == durations(library.timeline(routine))
    holds = [d for phase, _side, d in plan if phase == "hold"]
    assert 6 in holds


def test_cancel_changes_nothing(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    editor.spin("hold_seconds").setValue(30)
    editor.cancel_button.click()
    assert library.settings.user_dosage("supine-march") == {}
    assert not paths.settings_file().exists()


def test_reset_to_defaults(qtbot: QtBot, library: Library) -> None:
    library.settings.set_dosage("supine-march", "hold_seconds", 9)
    library.settings.set_dosage("supine-march", "sets", 3)
    library.settings.save()
    editor = make_editor(qtbot, library, "supine-march")
    assert editor.reset_button.isEnabled()
    editor.reset_button.click()
    assert editor.overrides() == {}
    assert editor.spin("hold_seconds").value() == 2
    assert editor.save()
    assert load_library().settings.user_dosage("supine-march") == {}


def test_left_and_right_holds_are_saved_separately_and_planned(
    qtbot: QtBot, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    editor = make_editor(qtbot, library, "seated-leg-lift")
    editor.per_side_check.setChecked(True)
    assert not editor.spin("hold_seconds_left").isHidden()
    editor.spin("hold_seconds_left").setValue(8)
    editor.spin("hold_seconds_right").setValue(4)
    assert editor.save()

    saved = load_library().settings.user_dosage("seated-leg-lift")
    assert saved["hold_seconds_left"] == 8
    assert saved["hold_seconds_right"] == 4

    assert cli.main(["plan", "seated-leg-lift"]) == 0
    out = capsys.readouterr().out
    holds: dict[str, set[float]] = {"left": set(), "right": set()}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 4 and parts[2] == "hold":
            holds[parts[4]].add(float(parts[1]))
    assert holds == {"left": {8.0}, "right": {4.0}}

    timeline = load_library().timeline(load_library().routines["strength-starter"])
    sides = {
        (s.side, s.duration)
        for s in timeline.steps
        if s.phase is Phase.HOLD and s.exercise_id == "seated-leg-lift"
    }
    assert sides == {(Side.LEFT, 8.0), (Side.RIGHT, 4.0)}


def test_a_hold_counted_in_breaths(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supine-march")
    editor.breaths_radio.setChecked(True)
    assert editor.spin("hold_seconds").isHidden()
    assert not editor.spin("hold_breaths").isHidden()
    editor.spin("hold_breaths").setValue(3)
    editor.spin("breath_in_seconds").setValue(3)
    editor.spin("breath_out_seconds").setValue(5)
    assert editor.overrides() == {
        "hold_breaths": 3,
        "breath_in_seconds": 3,
        "breath_out_seconds": 5,
    }
    assert editor.save()
    fresh = load_library()
    holds = [
        s
        for s in fresh.timeline(fresh.routines["strength-starter"]).steps
        if s.phase is Phase.HOLD and s.exercise_id == "supine-march"
    ]
    assert {s.duration for s in holds} == {24.0}
    assert hold_summary(fresh.settings.effective_dosage(fresh.catalogue, "supine-march")) == (
        "hold 3 breaths"
    )


def test_a_breath_counted_default_can_be_timed_instead(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "table-leg-dangle")
    assert editor.breaths_radio.isChecked()
    editor.seconds_radio.setChecked(True)
    editor.spin("hold_seconds").setValue(45)
    assert editor.overrides() == {"hold_seconds": 45}
    assert editor.effective().get("hold_breaths") is None


def test_side_less_exercise_has_no_per_side_hold(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "supported-bridge")
    assert not editor.per_side_check.isEnabled()


def test_a_newer_settings_file_disables_save(qtbot: QtBot) -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("schema = 99\n")
    library = load_library()
    editor = make_editor(qtbot, library, "supine-march")
    assert not editor.save_button.isEnabled()
    assert not editor.read_only_label.isHidden()
    assert "newer version" in editor.read_only_label.text()
    editor.spin("reps").setValue(3)
    assert not editor.save()
    assert path.read_text() == "schema = 99\n"
    assert library.settings.user_dosage("supine-march") == {}


def test_a_failed_save_leaves_memory_as_it_was(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from psoas_timer.store.atomic import StoreError

    library.settings.set_dosage("supine-march", "reps", 4)

    def fail() -> None:
        raise StoreError("disk full")

    monkeypatch.setattr(library.settings, "save", fail)
    editor = make_editor(qtbot, library, "supine-march")
    editor.spin("reps").setValue(20)
    assert not editor.save()
    assert library.settings.user_dosage("supine-march") == {"reps": 4}
    shown = dialogs.shown_messages()
    assert shown and "disk full" in shown[-1].lines[0]


def test_a_value_past_the_exercises_sensible_range_warns_but_is_kept(
    qtbot: QtBot, library: Library
) -> None:
    editor = make_editor(qtbot, library, "seated-leg-lift")
    editor.show()
    hold = editor.spin("hold_seconds")
    assert editor.warning("hold_seconds").isHidden()  # the default 3 s suits it
    hold.setValue(10)
    note = editor.warning("hold_seconds")
    assert note.isVisible()
    assert note.text() == "⚠ above the usual 2–3 s for this exercise"
    assert "above the usual" in hold.accessibleDescription()
    # A warning, not a refusal: the value stands and is saved.
    assert editor.overrides()["hold_seconds"] == 10
    hold.setValue(1)
    assert note.text().startswith("⚠ below the usual 2–3 s")
    hold.setValue(2)
    assert note.isHidden() and "⚠" not in hold.accessibleDescription()
    editor.spin("reps").setValue(40)
    assert editor.warning("reps").isVisible() and "4–10" in editor.warning("reps").text()
    assert editor.save()
    assert library.settings.user_dosage("seated-leg-lift")["reps"] == 40


def test_the_dangle_warns_past_its_slow_breaths(qtbot: QtBot, library: Library) -> None:
    editor = make_editor(qtbot, library, "table-leg-dangle")
    editor.show()
    editor.spin("hold_breaths").setValue(8)
    assert "2–6 breaths" in editor.warning("hold_breaths").text()
    # The march's short pause has its own range; a 2-s hold there is fine.
    march = make_editor(qtbot, library, "supine-march")
    march.show()
    assert march.warning("hold_seconds").isHidden()
    march.spin("hold_seconds").setValue(6)
    assert "1–2 s" in march.warning("hold_seconds").text()
