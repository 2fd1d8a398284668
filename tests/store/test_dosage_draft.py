"""One exercise's dosage as edited, without any widget: the layer kept, totals, saving."""

from __future__ import annotations

import pytest

from psoas_timer.core.dosage import BOUNDS, Number
from psoas_timer.store.atomic import StoreError
from psoas_timer.store.dosage_draft import DosageDraft
from psoas_timer.store.library import Library, load_library


@pytest.fixture
def library() -> Library:
    return load_library()


def _fields(draft: DosageDraft, **changed: Number) -> dict[str, Number]:
    """Every field as the editor would show the saved dosage, with ``changed`` typed in."""
    values: dict[str, Number] = {key: BOUNDS[key].low for key in BOUNDS}
    values.update(draft.shown(draft.current()))
    values.update(changed)
    return {k: int(v) if float(v).is_integer() else v for k, v in values.items()}


def test_the_layer_keeps_only_what_differs_from_the_catalogue(library: Library) -> None:
    draft = DosageDraft(library, "supine-march")
    assert draft.layer(_fields(draft), breaths=False, per_side=False) == {}
    layer = draft.layer(_fields(draft, reps=12, hold_seconds=4), breaths=False, per_side=False)
    assert layer == {"reps": 12, "hold_seconds": 4}


def test_a_hold_counted_the_other_way_starts_from_the_hold_as_it_is(library: Library) -> None:
    draft = DosageDraft(library, "table-leg-dangle")  # 3 breaths of 4 + 6 s
    shown = draft.shown(draft.current())
    assert shown["hold_breaths"] == 3
    assert shown["hold_seconds"] == shown["hold_seconds_left"] == 30
    # Switching to seconds keeps the 30 s it held, which the catalogue does not set.
    assert draft.layer(_fields(draft), breaths=True, per_side=False) == {}
    assert draft.layer(_fields(draft), breaths=False, per_side=False) == {"hold_seconds": 30}


def test_each_side_its_own_hold(library: Library) -> None:
    draft = DosageDraft(library, "supine-march")
    values = _fields(draft, hold_seconds_left=5)
    assert draft.layer(values, breaths=False, per_side=True) == {
        "hold_seconds_left": 5,
        "hold_seconds_right": 2,
    }
    assert draft.layer(values, breaths=False, per_side=False) == {}


def test_totals_show_every_routine_using_it_before_and_after(library: Library) -> None:
    draft = DosageDraft(library, "supine-march")
    assert draft.routines_using()
    same = draft.totals({})
    assert all(now == before for now, before in same.values())
    longer = draft.totals({"hold_seconds": 20})
    assert set(longer) == {"exercise:supine-march", *(r.id for r in draft.routines_using())}
    assert all(now > before for now, before in longer.values())


def test_save_writes_the_layer_and_a_restart_reads_it(library: Library) -> None:
    DosageDraft(library, "supine-march").save({"reps": 12})
    again = load_library()
    assert again.settings.user_dosage("supine-march") == {"reps": 12}
    assert DosageDraft(again, "supine-march").current()["reps"] == 12


def test_a_failed_save_leaves_the_settings_in_memory_as_they_were(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.settings.set_dosage("supine-march", "reps", 4)

    def fail() -> None:
        raise StoreError("disk full")

    monkeypatch.setattr(library.settings, "save", fail)
    with pytest.raises(StoreError, match="disk full"):
        DosageDraft(library, "supine-march").save({"reps": 20, "sets": 3})
    assert library.settings.user_dosage("supine-march") == {"reps": 4}
