"""The history page's self-check tips and progression suggestions in the interface's
language (issue #24: they were composed in English by the core)."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.core.progress import Feeling
from psoas_timer.store.library import load_library
from tests.ui.helpers import shown_window_in
from tests.ui.history.test_history_page import TODAY, add_session
from tests.ui.history.test_self_check import result
from tests.ui.test_wiring import history_of


def test_the_tips_and_suggestions_are_german_in_a_german_window(
    qtbot: QtBot, clock: ManualClock, restore_translators: None
) -> None:
    win = shown_window_in("de", qtbot, clock, ["--routine", "strength-starter"])
    qtbot.waitUntil(lambda: win.logic is not None and getattr(win.logic, "history", None)
                    is not None and history_of(win).started)  # fmt: skip
    history = history_of(win)
    prompt = history.prompt
    store = history.store
    panel = history.suggestions
    assert prompt is not None and store is not None and panel is not None
    for n in range(3):  # sessions 1 to 3, each felt in the hip crease
        add_session(store, TODAY - timedelta(days=3 - n), 10, feeling=Feeling.HIP_CREASE)

    prompt.ask(result("supine-march", holds=3))
    prompt.answer(Feeling.HIP_CREASE)
    assert prompt.tip_title.text() == "Genau die richtige Stelle"
    assert prompt.tip_text.text().startswith("Spürst du es tief in der Hüftbeuge")

    prompt.ask(result("seated-leg-lift", holds=3))
    prompt.answer(Feeling.LOWER_BACK)
    assert prompt.tip_title.text() == "Schütze deinen unteren Rücken"
    # The fix is the exercise's own, from the German catalogue.
    fix = load_library("de").catalogue.exercise("seated-leg-lift").fixes["arched-back"]
    assert prompt.tip_text.text() == fix

    panel.refresh()
    assert len(panel.suggestions) == 1
    texts = [label.text() for label in panel.findChildren(type(prompt.tip_title))]
    assert "Marschieren in Rückenlage: 10 Wiederholungen?" in texts
    assert any(
        t.startswith("Du hast Marschieren in Rückenlage 3 Einheiten in Folge")
        and t.endswith("Versuch 10 Wiederholungen statt 8.")
        for t in texts
    ), texts


def test_the_charts_name_the_months_in_the_interface_language(qapp: object) -> None:
    """pyqtgraph's date axis says "Dec" in every language; ours follows QLocale."""
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from psoas_timer.ui.history.history_page import _LocalDateAxis

    axis = _LocalDateAxis(orientation="bottom")
    noon = datetime(2026, 12, 4, 12).timestamp()
    try:
        QLocale.setDefault(QLocale("de"))
        assert axis.tickStrings([noon], 1.0, 5 * 86_400) == ["04"]
        assert axis.tickStrings([noon], 1.0, 31 * 86_400) == ["Dez."]
        QLocale.setDefault(QLocale("fr"))
        assert axis.tickStrings([noon], 1.0, 31 * 86_400) == ["déc."]
        assert axis.tickStrings([noon], 1.0, 366 * 86_400) == ["2026"]
    finally:
        QLocale.setDefault(QLocale.c())
    assert axis.tickStrings([noon], 1.0, 31 * 86_400) == ["Dec"]
