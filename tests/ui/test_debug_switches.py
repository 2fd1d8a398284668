"""Each widget's performance mechanism switched off: the same pictures, drawn the slow way."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from psoas_timer.core import debug_switches
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.pose import load_poses
from psoas_timer.ui.session.breath_pacer import breath_level
from psoas_timer.ui.session.countdown import CountdownLabel
from psoas_timer.ui.session.frame_ticker import MIN_FRAME_MS
from psoas_timer.ui.session.pose_view import PoseView
from psoas_timer.ui.session.session_view import SteadyLabel
from tests.ui.helpers import play_timers, shown_window
from tests.ui.session.test_session_parts import _big_countdown, _DrawnAsText
from tests.ui.test_wiring import _run, preload_script
from tests.ui.window_driving import key, load_walk


@pytest.fixture(autouse=True)
def _read_afresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No switch set here outlives its test: the variables go, then are read again."""
    yield
    monkeypatch.undo()
    debug_switches.read_again()


@pytest.fixture
def switch_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every mechanism off for what is built in the test."""
    for mechanism in debug_switches.Mechanism:
        monkeypatch.setenv(mechanism.variable, "1")
    debug_switches.read_again()
    yield
    monkeypatch.undo()
    debug_switches.read_again()


def _grab(widget: QLabel | PoseView) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("text", ["1:30", "45", "✓"])
def test_without_the_glyph_cache_the_countdown_is_its_text_drawn_by_qt(
    qtbot: QtBot, switch_off: None, text: str
) -> None:
    shown = _big_countdown(qtbot, CountdownLabel, text)
    wanted = _big_countdown(qtbot, _DrawnAsText, text)
    for enabled in (True, False):
        shown.setEnabled(enabled)
        wanted.setEnabled(enabled)
        assert _grab(shown) == _grab(wanted), (text, enabled)


def test_without_the_pixmap_cache_the_figure_moves_the_same_and_keeps_no_pictures(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    views = []
    for off in (False, True):
        if off:
            monkeypatch.setenv("PSOAS_TIMER_NO_PIXMAP_CACHE", "1")
        debug_switches.read_again()
        view = PoseView(load_poses())
        qtbot.addWidget(view)
        view.resize(QSize(340, 271))
        views.append(view)
    debug_switches.read_again()
    kept, painted = views
    for round_trip in range(2):
        for k in range(11):
            fraction = k / 10 if round_trip == 0 else 1 - k / 10
            for view in views:
                view.show_pose("supine-march", "start", "peak", mirrored=True, fraction=fraction)
            assert _grab(painted) == _grab(kept), (round_trip, k)
    assert kept.picture_bytes > 0
    assert painted.picture_bytes == 0


class _CountsLayouts(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layouts = 0

    def heightForWidth(self, width: int) -> int:
        self.layouts += 1
        return super().heightForWidth(width)


class _CountedSteadyLabel(SteadyLabel, _CountsLayouts):
    """A SteadyLabel whose own text layouts are counted (its ``super()`` is the counter)."""


def test_without_the_label_height_cache_each_question_lays_out_and_gets_the_same_height(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["Breathe in", "Lift your knee slowly towards your chest, " * 3, "Rest"]
    labels = []
    for off in (False, True):
        if off:
            monkeypatch.setenv("PSOAS_TIMER_NO_LABEL_CACHE", "1")
        debug_switches.read_again()
        label = _CountedSteadyLabel()
        qtbot.addWidget(label)
        label.set_texts(texts)
        labels.append(label)
    debug_switches.read_again()
    kept, measured = labels
    for text in texts:
        for label in labels:
            label.setText(text)
            label.layouts = 0
        for width in (120, 300, 120, 300):
            assert measured.heightForWidth(width) == kept.heightForWidth(width), (text, width)
        assert kept.layouts == 2
        assert measured.layouts == 4


def test_without_frame_timing_a_frame_every_34_ms_shows_the_breath_exactly(
    qtbot: QtBot, clock: ManualClock, switch_off: None
) -> None:
    window = shown_window(qtbot, clock, ["--routine", "strength-starter"])
    pacer = window.session_view.pacer
    travel = (pacer.width() / 2 - 2) * (1 - pacer.MIN_RADIUS)
    load_walk(window)
    key(qtbot, window, Qt.Key.Key_Space)

    def check(at: float) -> None:
        session, step = window.controller.session, window.controller.step
        assert session is not None and step is not None
        level = breath_level(
            step.breath, step.breath_in, step.breath_out, session.elapsed(), session.duration
        )
        assert round(pacer.level * travel) == round(level * travel), f"{at - 1000:.3f} s in"

    wakes = play_timers(window, clock, 10.0, after=check)
    gaps = [b - a for a, b in pairwise(wakes)]
    assert max(gaps) <= MIN_FRAME_MS / 1000 + 1e-9
    assert len(wakes) >= 10 / (MIN_FRAME_MS / 1000) - 1


def test_without_the_preload_the_history_page_loads_when_first_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = preload_script([]) + (
        "spin(1.0)\n"
        "assert window.logic.history.started\n"
        "assert 'pyqtgraph' not in sys.modules, 'preloaded'\n"
        "window.show_history()\n"
        "assert window.history_page().objectName() == 'historyPage'\n"
    )
    monkeypatch.setenv("PSOAS_TIMER_NO_HISTORY_PRELOAD", "1")
    result = _run(code)
    assert result.returncode == 0, result.stderr
