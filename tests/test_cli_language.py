"""``psoas-timer list`` and ``plan`` speak the environment's language (issue #24, point 3):
the exercises' and routines' words follow ``LANG``; ``--json`` stays English."""

from __future__ import annotations

import json

import pytest

from psoas_timer.cli import main
from psoas_timer.store import settings as settings_module
from psoas_timer.store.library import load_library
from psoas_timer.store.settings import Preference, load_settings


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_list_follows_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    out = _run(capsys, "list")
    assert "Marschieren in Rückenlage" in out
    assert "Schreibtischpause" in out
    assert "supine-march" in out  # ids stay as they are


def test_lc_messages_outranks_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "C")
    assert "Supine hip flexion march" in _run(capsys, "list")


def test_plan_follows_lang_with_the_bodys_sides(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    out = _run(capsys, "plan", "strength-starter")
    assert out.startswith("Kraft für den Einstieg (strength-starter)")
    assert "Links: Knie hoch" in out
    assert "Rechts: Knie hoch" in out
    assert " left " in out  # the side column is the plan's vocabulary, as in English


def test_json_keeps_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    listed = json.loads(_run(capsys, "list", "--json"))
    names = {e["id"]: e["name"] for e in listed["exercises"]}
    assert names["supine-march"] == "Supine hip flexion march"
    plan = json.loads(_run(capsys, "plan", "strength-starter", "--json"))
    assert plan["name"] == "Strength starter"
    assert plan["steps"][1]["title"].startswith("Left knee up")


def test_an_unknown_language_lists_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert "Supine hip flexion march" in _run(capsys, "list")


def test_the_window_takes_the_language_preference(monkeypatch: pytest.MonkeyPatch) -> None:
    # The preference itself belongs to the interface's translation (issue #24, point 1).
    if "language" not in settings_module.PREFERENCES:
        monkeypatch.setitem(settings_module.PREFERENCES, "language", Preference("", str))
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert load_library().builtin["release"].name == "Lösen"
    settings = load_settings(load_library("en").catalogue)
    settings.preferences["language"] = "en"
    settings.save()
    assert load_library().builtin["release"].name == "Release"
