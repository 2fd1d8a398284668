"""The catalogue's and built-in routines' words in other languages (issue #24, point 2).

Every test reads the packaged English and the packaged overlays, so a change to
either is judged as shipped; the broken overlays are the shipped one with one
thing changed.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from psoas_timer.core import content_language
from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.content_language import (
    available_languages,
    check_overlay,
    english_text,
    environment_language,
    language_code,
    read_overlay,
    sound_overlay,
    supported,
    translate_catalogue,
)
from psoas_timer.core.model import MOVEMENT_PHASES, Phase, Side
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.timeline import compile_timeline
from psoas_timer.core.words import words_for

LANGUAGES = ("de", "fr", "es")
SHIPPED = tuple(lang for lang in LANGUAGES if lang in available_languages())


def english() -> dict[str, Any]:
    return english_text(load_catalogue(), builtin_routines())


def messages(overlay: dict[str, Any]) -> list[str]:
    return [f"{p.where}: {p.message}" for p in check_overlay(overlay, english(), "x.toml")]


def test_german_french_and_spanish_ship() -> None:
    assert set(LANGUAGES) <= set(available_languages())


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_overlay_rewords_every_english_text_and_nothing_else(language: str) -> None:
    assert messages(dict(read_overlay(language))) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated(language: str) -> None:
    """No text left in English by mistake (a few words are the same in both)."""
    same_in_english = {"Psoas", "psoas"}
    text = content_language.text_for(language)

    def leaves(node: Any, where: str) -> list[tuple[str, str]]:
        if isinstance(node, dict):
            return [x for k, v in node.items() for x in leaves(v, f"{where}.{k}")]
        if isinstance(node, list):
            return [x for i, v in enumerate(node) for x in leaves(v, f"{where}[{i}]")]
        return [(where, node)]

    untranslated = [
        where
        for (where, mine), (_, theirs) in zip(leaves(text, ""), leaves(english(), ""), strict=True)
        if mine == theirs and mine not in same_in_english
    ]
    assert untranslated == []


def broken(change: Any) -> list[str]:
    overlay = copy.deepcopy(dict(read_overlay("de")))
    change(overlay)
    return messages(overlay)


def test_a_missing_key_fails() -> None:
    found = broken(lambda o: o["exercise"]["supine-march"]["titles"].pop("hold"))
    assert found == ["exercise.supine-march.titles.hold: missing: English has it"]


def test_a_missing_routine_fails() -> None:
    found = broken(lambda o: o["routine"].pop("release"))
    assert found == ["routine.release: missing: English has it"]


def test_a_key_english_lacks_fails() -> None:
    found = broken(lambda o: o["exercise"]["supine-march"].update(tip="Gut gemacht"))
    assert found == [
        "exercise.supine-march.tip: not in English: an overlay only rewords English text"
    ]


def test_an_unknown_exercise_fails() -> None:
    found = broken(lambda o: o["exercise"].update({"plank": {"name": "Unterarmstütz"}}))
    assert found == ["exercise.plank: not in English: an overlay only rewords English text"]


def test_a_dropped_side_placeholder_fails() -> None:
    def drop(o: dict[str, Any]) -> None:
        o["exercise"]["half-kneeling-stretch"]["titles"]["prepare"] = "Knie ab, Fuß {other} vor"

    assert broken(drop) == [
        "exercise.half-kneeling-stretch.titles.prepare: names other sides than English "
        "({side}, {other})"
    ]


def test_an_added_side_placeholder_fails() -> None:
    def add(o: dict[str, Any]) -> None:
        o["exercise"]["supported-bridge"]["titles"]["lift"] = "Hüfte {side} hoch"

    assert broken(add) == [
        "exercise.supported-bridge.titles.lift: names other sides than English (none)"
    ]


def test_a_side_swapped_for_the_other_fails() -> None:
    def swap(o: dict[str, Any]) -> None:
        o["exercise"]["supine-march"]["titles"]["lift"] = "{Other}: Knie hoch"

    assert broken(swap) == [
        "exercise.supine-march.titles.lift: names other sides than English ({side})"
    ]


def test_a_number_or_structure_cannot_be_set() -> None:
    """Dosage, level, sides, breath and blocks are facts: English holds them alone."""

    def facts(o: dict[str, Any]) -> None:
        march = o["exercise"]["supine-march"]
        march["dosage"] = {"reps": 20}
        march["level"] = 3
        march["sides"] = "both"
        march["breath"] = {"lift": "inhale"}
        o["routine"]["release"]["blocks"] = [{"exercise": "supine-march"}]

    found = broken(facts)
    for key in ("dosage", "level", "sides", "breath"):
        assert (
            f"exercise.supine-march.{key}: not in English: an overlay only rewords English text"
            in found
        )
    assert "routine.release.blocks: not in English: an overlay only rewords English text" in found


def test_a_number_for_a_text_or_a_list_of_another_length_fails() -> None:
    def numbers(o: dict[str, Any]) -> None:
        o["exercise"]["supine-march"]["name"] = 90
        o["exercise"]["supine-march"]["setup"].append("Noch ein Schritt.")
        o["exercise"]["supine-march"]["cues"] = [{"at": 5, "text": "Rücken unten"}]

    assert broken(numbers) == [
        "exercise.supine-march.name: must be text",
        "exercise.supine-march.setup: must be a list of 4 texts, as in English",
        "exercise.supine-march.cues[0]: must be text",
    ]


def test_a_faulty_entry_shows_english_and_keeps_every_fact() -> None:
    overlay = copy.deepcopy(dict(read_overlay("de")))
    overlay["exercise"]["supine-march"]["titles"]["lift"] = "Knie hoch"  # lost its side
    overlay["exercise"]["supine-march"]["dosage"] = {"reps": 20}
    text, problems = sound_overlay(overlay, english(), "x.toml")
    assert len(problems) == 2
    catalogue = translate_catalogue(load_catalogue(), text)
    march = catalogue.exercise("supine-march")
    assert march.titles[Phase.LIFT] == "{Side} knee up"
    assert march.titles[Phase.HOLD] == "Knie {side} oben halten"
    assert march.dosage == load_catalogue().exercise("supine-march").dosage


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("routine_id", sorted(builtin_routines()))
def test_every_builtin_routine_runs_the_same_in_each_language(
    language: str, routine_id: str
) -> None:
    english_plan = compile_timeline(builtin_routines()[routine_id], load_catalogue())
    plan = compile_timeline(builtin_routines(language)[routine_id], load_catalogue(language))
    assert plan.routine_name != english_plan.routine_name
    assert [
        (s.phase, s.start, s.duration, s.side, s.breath, s.set_no, s.rep_no) for s in plan.steps
    ] == [
        (s.phase, s.start, s.duration, s.side, s.breath, s.set_no, s.rep_no)
        for s in english_plan.steps
    ]
    for mine, theirs in zip(plan.steps, english_plan.steps, strict=True):
        if mine.phase in MOVEMENT_PHASES:  # other titles are the app's words, not content
            assert mine.title != theirs.title
        assert len(mine.checks) == len(theirs.checks)
        assert "{" not in mine.title


def test_german_titles_name_the_bodys_sides_where_english_does() -> None:
    catalogue = load_catalogue("de")
    for routine_id, routine in builtin_routines("de").items():
        english_steps = compile_timeline(builtin_routines()[routine_id], load_catalogue()).steps
        german_steps = compile_timeline(routine, catalogue).steps
        for mine, theirs in zip(german_steps, english_steps, strict=True):
            words = theirs.title.lower().split(" — ")[0]
            for side, german in ((Side.LEFT, "links"), (Side.RIGHT, "rechts")):
                if side.value in words.replace(",", " ").replace(":", " ").split():
                    assert german in mine.title.lower(), (mine.title, theirs.title)
                else:
                    assert german not in mine.title.lower(), (mine.title, theirs.title)


def test_the_half_kneeling_set_up_names_the_kneeling_side_in_german() -> None:
    steps = compile_timeline(builtin_routines("de")["release"], load_catalogue("de")).steps
    assert steps[0].title.startswith("Knie links ab, Fuß rechts vor")
    assert steps[0].checks[:2] == (
        "Links: Knie liegt auf der Matte",
        "Rechts: Knie genau über dem Knöchel",
    )


def test_english_and_unknown_languages_read_no_overlay(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    monkeypatch.setattr(content_language, "read_overlay", read.append)
    assert load_catalogue("en") is load_catalogue()
    assert load_catalogue("tlh") is load_catalogue()
    assert load_catalogue("C.UTF-8") is load_catalogue()
    assert builtin_routines("xx_YY") is builtin_routines()
    assert read == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de_DE.UTF-8", "de"),
        ("fr_CA", "fr"),
        ("es", "es"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
        ("sr@latin", "sr"),
    ],
)
def test_language_code(name: str | None, code: str) -> None:
    assert language_code(name) == code


def test_the_environment_is_read_as_gettext_reads_it() -> None:
    assert environment_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert environment_language({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR"}) == "fr"
    assert environment_language({"LANG": "de_DE", "LC_ALL": "es_ES.UTF-8"}) == "es"
    assert environment_language({"LC_ALL": "", "LANG": "fr_FR"}) == "fr"
    assert environment_language({}) == "en"
    assert supported("pt_BR") == "en"
    assert supported("de_AT") == "de"


def test_a_german_start_reads_its_overlay_pre_parsed() -> None:
    """The overlays are in core/parsed.marshal: German starts without the TOML parser."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from psoas_timer.core.catalogue import load_catalogue\n"
        "from psoas_timer.core.routine import builtin_routines\n"
        "assert builtin_routines('de')['release'].name == 'Lösen'\n"
        "assert load_catalogue('de').side_words['left'] == 'links'\n"
        "print('tomllib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_language_comes_first_with_the_first_entry_we_ship() -> None:
    # The mismatch of issue #24: Qt followed LANGUAGE, the content LANG.
    assert environment_language({"LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}) == "fr"
    assert environment_language({"LANGUAGE": "pt_BR:es:de", "LANG": "de_DE.UTF-8"}) == "es"
    assert environment_language({"LANGUAGE": "en_GB:de", "LANG": "de_DE.UTF-8"}) == "en"
    # Nothing shipped in LANGUAGE: the locale variables decide, as gettext falls back.
    assert environment_language({"LANGUAGE": "pt:ja", "LC_ALL": "fr_FR.UTF-8"}) == "fr"
    assert environment_language({"LANGUAGE": "", "LANG": "es_ES"}) == "es"
    # The first locale variable that is set decides, even when we do not ship it.
    assert environment_language({"LC_MESSAGES": "pt_BR", "LANG": "de_DE"}) == "en"
    assert environment_language({"LC_ALL": "C", "LANG": "de_DE"}) == "en"
    assert environment_language({"LC_ALL": "POSIX.UTF-8"}) == "en"


def test_the_timeline_composes_in_the_words_it_is_given() -> None:

    german = words_for("de")
    routine = builtin_routines("de")["strength-starter"]
    steps = compile_timeline(routine, load_catalogue("de"), words=german).steps
    titles = {s.title for s in steps}
    assert "Ausruhen — locker atmen" in titles
    assert "Ausruhen — gleich Satz 2 von 2" in titles
    assert steps[-1].title == "Routine abgeschlossen" and steps[-1].phase_word == "Fertig"
    assert any(t.startswith("Als Nächstes: ") for t in titles)
    assert any(t.endswith(" — ausatmen") for t in titles)
    assert {s.phase_word for s in steps} >= {"Heben", "Halten", "Senken", "Ausruhen"}
    english = compile_timeline(routine, load_catalogue("de")).steps
    assert english[-1].title == "Routine complete"  # English unless told
