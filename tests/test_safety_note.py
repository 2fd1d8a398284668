"""One safety note: the text the app shows is README's "Safety." paragraph, word for word."""

from __future__ import annotations

import re
from pathlib import Path

from psoas_timer.core.catalogue import load_catalogue

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_safety() -> str:
    """README's blockquote that starts with **Safety.**, as one line, without the label."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("> **Safety.**"))
    quote: list[str] = []
    for line in lines[start:]:
        if not line.startswith(">"):
            break
        quote.append(line.removeprefix(">").strip())
    return re.sub(r"\s+", " ", " ".join(quote)).removeprefix("**Safety.** ").strip()


def test_readme_and_the_app_say_the_same_safety_note() -> None:
    assert readme_safety() == load_catalogue().safety_note


def test_the_safety_note_warns_about_pregnancy_recent_surgery_and_pain() -> None:
    note = load_catalogue().safety_note.lower()
    assert "not medical advice" in note
    assert "pregnant" in note
    assert "surgery recently" in note or "recent surgery" in note
    assert "stop at once" in note and "sharp pain" in note
