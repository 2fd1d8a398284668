"""Each performance mechanism switched off changes its cost, never what the app shows."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator

import pytest

from psoas_timer.core import debug_switches
from psoas_timer.core.assets import assets, parsed_table
from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.debug_switches import Mechanism, enabled


@pytest.fixture(autouse=True)
def _read_afresh() -> Iterator[None]:
    debug_switches.read_again()
    yield
    debug_switches.read_again()


def test_a_switch_is_off_for_any_value_but_empty_or_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, on in (("1", False), ("yes", False), ("0", True), ("", True)):
        monkeypatch.setenv("PSOAS_TIMER_NO_GLYPH_CACHE", value)
        debug_switches.read_again()
        assert enabled(Mechanism.GLYPH_CACHE) is on, value
        assert enabled(Mechanism.PIXMAP_CACHE)


def test_the_environment_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Asked for when a widget is built: a variable set later changes nothing
    # until the switches are read again.
    monkeypatch.delenv("PSOAS_TIMER_NO_PIXMAP_CACHE", raising=False)
    assert enabled(Mechanism.PIXMAP_CACHE)
    monkeypatch.setenv("PSOAS_TIMER_NO_PIXMAP_CACHE", "1")
    assert enabled(Mechanism.PIXMAP_CACHE)
    debug_switches.read_again()
    assert debug_switches.switched_off() == {Mechanism.PIXMAP_CACHE}


def test_every_variable_is_named_for_its_mechanism() -> None:
    variables = [m.variable for m in Mechanism]
    assert len(set(variables)) == len(variables)
    assert all(v.startswith("PSOAS_TIMER_NO_") for v in variables)


def test_without_the_parsed_cache_every_toml_file_is_parsed_and_reads_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_cache = load_catalogue()
    monkeypatch.setenv("PSOAS_TIMER_NO_PARSED_CACHE", "1")
    debug_switches.read_again()
    data = (assets() / "exercises.toml").read_bytes()
    assert parsed_table("exercises.toml", data) is None
    assert load_catalogue() == with_cache
    assert tomllib.loads(data.decode())["exercise"]


def _collector_after_start(env: dict[str, str]) -> str:
    code = (
        "import gc\n"
        "from psoas_timer.startup import long_lived\n"
        "long_lived.begin()\n"
        "held = not gc.isenabled()\n"
        "long_lived.settle()\n"
        "print(held, gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_without_the_collector_freeze_start_up_leaves_the_collector_alone() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PSOAS_TIMER_NO_GC_FREEZE"}
    assert _collector_after_start(env) == "True True True"
    env["PSOAS_TIMER_NO_GC_FREEZE"] = "1"
    # Never held, nothing frozen: the collector as Python has it.
    assert _collector_after_start(env) == "False True False"
