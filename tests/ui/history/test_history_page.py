"""The history page (pyqtgraph), the self-check prompt and the suggestions panel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import Number
from psoas_timer.core.model import Category
from psoas_timer.core.progress import (
    ExerciseResult,
    Feeling,
    SelfCheck,
    SessionRecord,
    SideResult,
    Status,
    SuggestionKind,
    tip_for,
)
from psoas_timer.store.history import HistoryStore
from psoas_timer.ui.history.self_check import QUESTION, SelfCheckPrompt, SuggestionsPanel

TODAY = date(2025, 3, 10)


def at(day: date, hour: int = 8) -> float:
    return datetime(day.year, day.month, day.day, hour).timestamp()


def add_session(
    store: HistoryStore,
    day: date,
    minutes: float,
    *,
    exercise: str = "supine-march",
    left: float = 30.0,
    right: float = 34.0,
    hold: float = 2.0,
    feeling: Feeling | None = None,
) -> int:
    sid = store.start_session("strength-starter", "Strength starter", at(day))
    record = SessionRecord(sid, "strength-starter", "Strength starter", at(day), day,
                           Status.RUNNING, active_seconds=minutes * 60)  # fmt: skip
    result = ExerciseResult(
        session_id=sid,
        block_no=1,
        exercise_id=exercise,
        exercise_name={"supine-march": "Supine hip flexion march"}.get(exercise, exercise),
        day=day,
        ended_unix=at(day) + 300,
        planned_reps=8,
        planned_sets=2,
        sides=(
            SideResult("left", left, 16, 16, 0, hold),
            SideResult("right", right, 16, 16, 0, hold),
        ),
    )
    store.save_exercise(result, record)
    if feeling is not None:
        store.add_self_check(SelfCheck(sid, 1, exercise, feeling, at(day) + 301))
    store.end_session(record, Status.FINISHED, at(day) + 600)
    return sid


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "h.sqlite3") as s:
        yield s


@pytest.fixture
def filled(store: HistoryStore) -> HistoryStore:
    add_session(store, TODAY, 12)
    add_session(store, TODAY - timedelta(days=1), 20, left=20, right=20)
    add_session(store, TODAY - timedelta(days=40), 15)
    add_session(store, TODAY - timedelta(days=2), 10, exercise="half-kneeling-stretch",
                left=60, right=60, hold=30)  # fmt: skip
    return store


def make_page(qtbot: QtBot, source: object):  # type: ignore[no-untyped-def]
    from psoas_timer.ui.history.history_page import HistoryPage

    page = HistoryPage(source, today=TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_an_empty_history_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "new.sqlite3")
    assert page.is_empty
    assert page.empty_title.isVisible()
    assert page.empty_title.text() == "No sessions yet…"
    assert not page.minutes_plot.isVisible()
    assert not page.grab().isNull()


def test_the_page_shows_totals_streak_and_charts(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled)
    assert not page.is_empty
    assert page.minutes_plot.isVisible()
    assert page.streak_card.value.text() == "3 days"  # today, yesterday and the stretch
    assert page.sessions_card.value.text() == "4"
    assert page.time_card.value.text() == "57 min"
    assert page.days == 30
    # Thirty bars, zeros included; the day 40 days ago is outside the range.
    assert len(page._minutes) == 30
    assert sum(m for _, m in page._minutes) == pytest.approx(42)
    assert set(page.shown_holds()) == {"supine-march"}
    page.set_hold_category(Category.RELEASE)
    assert set(page.shown_holds()) == {"half-kneeling-stretch"}
    page.set_range(90)
    assert len(page._minutes) == 90
    assert sum(m for _, m in page._minutes) == pytest.approx(57)
    page.set_range(365)
    assert page.range_buttons[365].isChecked()
    with pytest.raises(ValueError, match="range"):
        page.set_range(7)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_hovering_shows_values(qtbot: QtBot, filled: HistoryStore) -> None:
    from psoas_timer.ui.history.history_page import _day_x

    page = make_page(qtbot, filled)

    def hover(plot, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
        scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        plot.scene().sigMouseMoved.emit(scene)
        qtbot.wait(60)  # the SignalProxy delays by its rate limit

    hover(page.minutes_plot, _day_x(TODAY), 5)
    assert page.minutes_readout.text() == "Mon 10 Mar 2025: 12.0 min"
    hover(page.minutes_plot, _day_x(TODAY - timedelta(days=5)), 5)
    assert page.minutes_readout.text() == "Wed 5 Mar 2025: no exercise"
    hover(page.hold_plot, _day_x(TODAY - timedelta(days=1)), 1.25)
    assert page.hold_readout.text() == "Supine hip flexion march, Sun 9 Mar 2025: 1.2 s per hold"
    [(exercise, left, right)] = [r for r in page._balance if r[0] == "supine-march"]
    row = len(page._balance) - 1 - page._balance.index((exercise, left, right))
    hover(page.balance_plot, 0, row)
    assert page.balance_readout.text().startswith(
        "Supine hip flexion march: 50 s held on the left, 54 s on the right"
    )


def test_the_page_follows_a_dark_palette(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled)
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    page.setPalette(dark)
    assert page.minutes_plot.backgroundBrush().color() == QColor("#1e1e1e")
    assert not page.grab().isNull()


def test_reload_picks_up_new_sessions(qtbot: QtBot, store: HistoryStore) -> None:
    page = make_page(qtbot, store)
    assert page.is_empty
    add_session(store, TODAY, 5)
    page.reload()
    assert not page.is_empty
    assert page.sessions_card.value.text() == "1"


# ----------------------------------------------------------- the self-check


def march_result(sid: int = 1) -> ExerciseResult:
    return ExerciseResult(sid, 1, "supine-march", "Supine hip flexion march", TODAY, at(TODAY),
                          sides=(SideResult("left", 2, 1, 1, 0, 2),))  # fmt: skip


def test_the_self_check_takes_one_click_and_shows_the_tip(qtbot: QtBot) -> None:
    prompt = SelfCheckPrompt()
    qtbot.addWidget(prompt)
    assert prompt.isHidden()
    prompt.ask(march_result())
    assert prompt.isVisible()
    assert prompt.question_label.text() == QUESTION
    assert "Supine hip flexion march" in prompt.exercise_label.text()
    assert [b.text() for b in prompt.answer_buttons.values()] == [
        "Deep in the hip crease",
        "Front of the thigh",
        "Lower back",
        "Nothing special",
    ]
    with qtbot.waitSignal(prompt.answered) as blocker:
        prompt.answer_buttons[Feeling.THIGH].click()
    assert blocker.args == [march_result(), Feeling.THIGH]
    assert prompt.showing_tip
    assert prompt.tip_text.text() == tip_for(Feeling.THIGH, load_catalogue(), "supine-march").text
    with qtbot.waitSignal(prompt.closed):
        prompt.ok_button.click()
    assert prompt.isHidden()


def test_the_self_check_can_be_skipped(qtbot: QtBot) -> None:
    prompt = SelfCheckPrompt()
    qtbot.addWidget(prompt)
    prompt.ask(march_result())
    with qtbot.waitSignal(prompt.skipped):
        prompt.skip_button.click()
    assert prompt.isHidden()


def test_the_self_check_asks_after_each_exercise_and_stores_the_answer(
    qtbot: QtBot, store: HistoryStore
) -> None:
    from psoas_timer.core.clock import ManualClock
    from psoas_timer.core.session import State
    from psoas_timer.store.library import load_library
    from psoas_timer.ui.history.history_recorder import HistoryRecorder
    from psoas_timer.ui.session.controller import SessionController

    library = load_library()
    clock = ManualClock()
    controller = SessionController(clock)
    recorder = HistoryRecorder(controller, store)
    prompt = SelfCheckPrompt(recorder)
    qtbot.addWidget(prompt)
    prompt.show()
    prompt.hide()
    controller.load(library.timeline(library.resolve("strength-starter")))
    controller.start()
    while controller.state is State.RUNNING and prompt.result is None:
        clock.advance(0.5)
        controller.poll()
    assert prompt.result is not None and prompt.result.exercise_id == "supine-march"
    prompt.answer(Feeling.HIP_CREASE)
    [check] = store.self_checks()
    assert (check.exercise_id, check.feeling) == ("supine-march", Feeling.HIP_CREASE)
    assert prompt.showing_tip


# ------------------------------------------------------------ suggestions


def test_suggestions_panel_applies_or_dismisses(qtbot: QtBot, store: HistoryStore) -> None:
    catalogue = load_catalogue()
    for n in range(3):
        add_session(store, TODAY - timedelta(days=3 - n), 10, feeling=Feeling.HIP_CREASE)
    applied: list[tuple[str, str, Number]] = []

    def set_dosage(exercise_id: str, key: str, value: Number) -> None:
        applied.append((exercise_id, key, value))

    panel = SuggestionsPanel(store, catalogue, set_dosage=set_dosage, wall=lambda: 5.0)
    qtbot.addWidget(panel)
    panel.show()
    [suggestion] = panel.suggestions
    # The march pauses only briefly: it grows by reps, not by a longer hold.
    assert suggestion.kind is SuggestionKind.REPS
    assert panel.isVisible()
    with qtbot.waitSignal(panel.accepted):
        panel.accept(suggestion)
    assert applied == [("supine-march", "reps", 10)]
    assert panel.suggestions == [] and panel.isHidden()
    [d] = store.dismissals()
    assert d.accepted

    # Not now: gone until the next threshold.
    for n in range(3):
        add_session(store, TODAY + timedelta(days=n), 10, feeling=Feeling.HIP_CREASE)
    panel.refresh()
    [again] = panel.suggestions
    panel.dismiss(again)
    assert panel.suggestions == []
    assert len(applied) == 1


def test_nothing_overlaps_on_a_small_screen(qtbot: QtBot, filled: HistoryStore) -> None:
    """At 1024×600 the page has about 530 px: the charts got less than their least
    height and their dates' axis ran under the "Point at a bar…" line below."""
    page = make_page(qtbot, filled)
    assert page.minimumSizeHint().height() <= 530
    page.resize(1024, 530)
    qtbot.waitUntil(lambda: page.height() == 530)
    for plot, readout in (
        (page.minutes_plot, page.minutes_readout),
        (page.hold_plot, page.hold_readout),
        (page.balance_plot, page.balance_readout),
    ):
        assert plot.geometry().bottom() < readout.geometry().top()
        assert plot.height() >= plot.minimumHeight()
    assert page.hold_plot.geometry().top() > page.minutes_readout.geometry().bottom()
