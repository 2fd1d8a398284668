"""Start-up's objects are kept out of the cycle collector's full passes (no mid-rep stalls)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from psoas_timer.startup import long_lived


@pytest.fixture
def enabled(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(long_lived, "_begun", False)
    try:
        long_lived.begin()
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def _walked() -> set[int]:
    """The ids of every object a full collection would look through."""
    return {id(o) for o in gc.get_objects()}


def test_start_up_runs_no_collection_and_settling_lets_it_run_again(enabled: None) -> None:
    assert not gc.isenabled()
    long_lived.settle()
    assert gc.isenabled()


def test_the_fallback_settles_only_if_the_first_paint_did_not(enabled: None) -> None:
    long_lived.settle_if_held()  # the first paint never came: collection runs again
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    made_since = [[n] for n in range(100)]
    long_lived.settle_if_held()  # settled already: what came since stays collectable
    assert gc.get_freeze_count() == frozen and made_since


def test_a_collection_after_settling_no_longer_walks_what_lived_before(enabled: None) -> None:
    before = [[n] for n in range(1000)]  # stands in for start-up's modules, classes, widgets
    long_lived.settle()
    after = [[n] for n in range(10)]  # what the session makes from then on
    walked = _walked()
    assert not any(id(o) in walked for o in before)
    assert all(id(o) in walked for o in after)


def test_garbage_made_after_settling_is_freed_without_being_asked(enabled: None) -> None:
    long_lived.settle()

    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle: only the collector can free it
    alive = weakref.ref(a)
    del a, b
    churn = [[n] for n in range(20_000)]  # a session's allocations set the collector off
    assert churn and alive() is None


def test_outside_the_app_nothing_is_frozen() -> None:
    assert not long_lived._begun  # a test process builds and drops many windows
    count = gc.get_freeze_count()
    long_lived.settle()
    assert gc.get_freeze_count() == count
