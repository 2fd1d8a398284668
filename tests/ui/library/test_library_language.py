"""The library describes an exercise in the catalogue's language, sides included."""

from __future__ import annotations

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.ui.library.library_page import exercise_html


def test_german_form_checks_name_the_sides_in_german() -> None:
    catalogue = load_catalogue("de")
    html = exercise_html(catalogue.exercise("half-kneeling-stretch"), catalogue)
    assert "Auf der Arbeitsseite: Knie liegt auf der Matte" in html
    assert "Auf der Gegenseite: Knie genau über dem Knöchel" in html
    assert "working" not in html and "other" not in html


def test_english_form_checks_are_unchanged() -> None:
    catalogue = load_catalogue()
    html = exercise_html(catalogue.exercise("half-kneeling-stretch"), catalogue)
    assert "Working knee resting on the mat" in html
    assert "Squeeze the working glute to tuck" in html
