"""The one dialog helper: recorded, not blocking, in tests."""

from __future__ import annotations

from psoas_timer.core.problems import Problem
from psoas_timer.ui.common import dialogs


def test_problems_are_gathered_into_one_message() -> None:
    dialogs.clear_shown()
    dialogs.show_problems(
        None, "Bad file", [Problem("a.toml", "blocks[0].reps", "too big"), "other"]
    )
    (message,) = dialogs.shown_messages()
    assert message.kind == "problems"
    assert message.lines == ("a.toml: blocks[0].reps: too big", "other")
    assert "2 problems" in message.text
    dialogs.clear_shown()
    assert dialogs.shown_messages() == []


def test_confirm_answers_what_the_test_sets() -> None:
    dialogs.set_confirm_answer(False)
    assert dialogs.confirm(None, "Stop?") is False
    dialogs.set_confirm_answer(True)
    assert dialogs.confirm(None, "Stop?") is True
    assert [m.text for m in dialogs.shown_messages()][-2:] == ["Stop?", "Stop?"]
    dialogs.clear_shown()
