"""Records behave as frozen dataclasses: value equality, hashing, no changes after creation."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from psoas_timer.core.model import Phase
from psoas_timer.core.problems import Problem
from psoas_timer.core.record import Record
from psoas_timer.core.session import Event, Paused, PauseReason, Resumed, Stopped


def test_events_compare_by_kind_and_value() -> None:
    assert Resumed(at=5.0) == Resumed(5.0)
    assert Resumed(at=5.0) != Stopped(at=5.0)  # same fields, another kind of event
    assert Paused(1.0, PauseReason.GAP) != Paused(1.0, PauseReason.USER)
    assert isinstance(Paused(1.0, PauseReason.GAP), Event)
    assert {Resumed(1.0), Resumed(1.0), Stopped(1.0)} == {Resumed(1.0), Stopped(1.0)}
    assert repr(Paused(1.0, PauseReason.GAP)).startswith("Paused(at=1.0, reason=")


def test_a_record_cannot_be_changed_but_can_be_copied_with_changes() -> None:
    problem = Problem("a.toml", "line 3", "bad value")
    with pytest.raises(FrozenInstanceError):
        problem.message = "other"  # type: ignore[misc]
    fixed = problem.replace(message="still bad")
    assert fixed == Problem("a.toml", "line 3", "still bad")
    assert problem.message == "bad value"
    assert str(fixed) == "a.toml: line 3: still bad"


def test_defaults_and_field_order_follow_dataclass_rules() -> None:
    class Base(Record):
        at: float

    class Child(Base):
        phase: Phase
        note: str = ""

    child = Child(1.0, Phase.HOLD)
    assert (child.at, child.phase, child.note) == (1.0, Phase.HOLD, "")
    assert Child(at=1.0, phase=Phase.HOLD, note="x").note == "x"
    with pytest.raises(TypeError):

        class Wrong(Record):
            first: int = 0
            second: int

    with pytest.raises(ValueError):

        class Shared(Record):
            items: list[int] = []  # noqa: RUF012 - the point of the test
