"""``psoas-timer list`` and ``plan`` speak the environment's language (issue #24, point 3):
the exercises' and routines' words follow ``LANG``; ``--json`` stays English."""

from __future__ import annotations

import json
import re
from pathlib import Path

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
    # The columns and their values are in German too (issue #24, the parts still English).
    head = out.splitlines()[1].split()
    assert head == ["Beginn", "Sek.", "Phase", "Übung", "Seite", "Satz", "Wdh", "Atem", "Titel"]
    assert " links " in out and " rechts " in out and " left " not in out
    assert "  Heben  " in out and "  Halten  " in out and " lift " not in out
    assert "Ausruhen — locker atmen" in out and "Rest — breathe easily" not in out
    assert "Ausruhen — gleich Satz 2 von 2" in out
    assert "Routine abgeschlossen" in out
    assert "Links: Knie hoch — ausatmen" in out and "— exhale" not in out
    assert out.rstrip().endswith("Gesamt: 9:21 (561 s)")


def test_list_headings_and_props_follow_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    out = _run(capsys, "list")
    assert out.startswith("Übungen\n")
    assert "\nRoutinen\n" in out
    assert "Stufe 3" in out and "level" not in out
    assert "(Gymnastikball, Wand)" in out and "stability" not in out
    assert "kräftigen" in out and "strengthen" not in out
    assert "(mitgeliefert)" in out and "built-in" not in out


def test_english_list_and_plan_keep_their_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    listed = _run(capsys, "list")
    assert listed.startswith("Exercises\n")
    assert "strengthen level 3  " in listed and "(stability-ball, wall)" in listed
    planned = _run(capsys, "plan", "full-session").splitlines()
    assert planned[1].split() == [
        "start", "secs", "phase", "exercise", "side", "set", "rep", "breath", "title"
    ]
    assert any(" switch_sides " in line for line in planned)
    assert planned[-1].startswith("Total: ")


def test_the_language_variable_outranks_lang_as_gettext_reads_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "pt:fr:de")  # no Portuguese: the first we ship is French
    out = _run(capsys, "plan", "strength-starter")
    assert out.splitlines()[1].split()[:3] == ["début", "s", "phase"]
    assert " gauche " in out and " links " not in out


def test_json_keeps_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    listed = json.loads(_run(capsys, "list", "--json"))
    names = {e["id"]: e["name"] for e in listed["exercises"]}
    assert names["supine-march"] == "Supine hip flexion march"
    plan = json.loads(_run(capsys, "plan", "strength-starter", "--json"))
    assert plan["name"] == "Strength starter"
    assert plan["steps"][1]["title"] == "Left knee up — exhale"
    assert {s["phase"] for s in plan["steps"]} >= {"prepare", "lift", "hold", "rest", "finished"}
    assert plan["steps"][-1]["title"] == "Routine complete"
    assert {s["side"] for s in plan["steps"]} == {None, "left", "right"}
    assert {s["breath"] for s in plan["steps"]} == {"steady", "inhale", "exhale"}


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



@pytest.mark.parametrize("lang", ["de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8"])
def test_plan_columns_stay_in_line_in_a_longer_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """German "Vorbereitung", "ausatmen", "Satz", Spanish "izquierda" are longer than
    the English columns: on every line each text column starts where its heading
    does, each number column ends where its heading does, a space before each."""
    monkeypatch.setenv("LANG", lang)
    header, *rows = _run(capsys, "plan", "full-session").splitlines()[1:-1]
    heads = [(m.start(), m.end()) for m in re.finditer(r"\S+", header)]
    assert len(heads) == 9, header
    (_, start), (_, secs), phase, exercise, side, (_, set_no), (_, rep), breath, title = heads
    for row in rows:
        for begin, _ in (phase, exercise, side, breath, title):
            assert row[begin - 1] == " " and row[begin] != " ", (header, row)
        for end in (start, secs, set_no, rep):
            assert row[end - 1] != " " and row[end] == " ", (header, row)


def test_list_columns_stay_in_line_with_a_long_routine_id(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An id longer than the column (a routine imported from a long file name)
    widens it for every line rather than push its own total time out of line."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    source = tmp_path / "my-physio-plan-for-the-long-weekend.toml"
    source.write_text('schema = 1\nname = "Physio"\n[[blocks]]\nexercise = "supine-march"\n')
    assert main(["import", str(source)]) == 0
    routines = _run(capsys, "list").split("\n\n")[1].splitlines()[1:]
    assert any("my-physio-plan-for-the-long-weekend " in line for line in routines)
    clocks = {re.search(r"\d+:\d\d", line).end() for line in routines}  # type: ignore[union-attr]
    assert len(clocks) == 1, routines
