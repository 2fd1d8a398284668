"""The library page shows each exercise's own words: its fixes, its side-neutral checks."""

from __future__ import annotations

from html import escape

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.ui.library.library_page import exercise_html


def test_the_library_shows_each_exercises_own_fix_and_no_placeholder() -> None:
    catalogue = load_catalogue()
    for ex in catalogue.exercises.values():
        page = exercise_html(ex, catalogue)
        assert "{" not in page, ex.id
        for mistake_id in ex.mistakes:
            assert escape(ex.fixes[mistake_id]) in page, (ex.id, mistake_id)
    kneeling = exercise_html(catalogue.exercise("half-kneeling-stretch"), catalogue)
    assert "Working knee resting on the mat" in kneeling
