"""The first frame is laid out once, in the type it is shown in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.ui.session.session_view import SteadyLabel, tallest_wrapped


def test_the_session_labels_have_their_type_before_the_window_is_first_shown(
    qtbot: QtBot, clock: ManualClock
) -> None:
    # The first layout comes before the show event: labels still in the default
    # font there would have every text of the routine measured twice at start-up.
    from psoas_timer.app import build_window

    window = build_window([], clock=clock)
    qtbot.addWidget(window)
    view = window.session_view
    labels = [
        view.phase_label,
        view.exercise_label,
        view.title_label,
        view.breath_prompt,
        view.rep_label,
        view.next_label,
    ]
    before = [label.font().key() for label in labels]
    window.show()
    qtbot.waitExposed(window)
    assert [label.font().key() for label in labels] == before
    assert view.phase_label.font().pixelSize() > 0  # sized from the window, not the default


WORDS = ["Set", "1", "·", "Rep", "3 of 8", "Left side", "—", "exhale", "Supine march", "", "✓"]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join), min_size=1, max_size=12
    ),
    widths=st.lists(st.integers(-10, 700), min_size=1, max_size=4),
    pixels=st.integers(9, 60),
)
def test_a_steady_label_is_as_tall_as_its_tallest_text_wrapped(
    qapp: QApplication, texts: list[str], widths: list[int], pixels: int
) -> None:
    label = SteadyLabel()
    font = label.font()
    font.setPixelSize(pixels)
    label.setFont(font)
    label.set_texts(texts)
    label.setText(texts[0])
    metrics = label.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)
    for width in widths:
        inside = width - 2 * label.margin()  # no contents margins here
        box = QRect(0, 0, max(1, inside), 1 << 20)
        tallest = max(metrics.boundingRect(box, flags, t).height() for t in texts)
        shown = metrics.boundingRect(box, flags, label.text()).height()
        plain = QLabel(label.text())
        plain.setWordWrap(True)
        plain.setFont(font)
        assert label.heightForWidth(width) == plain.heightForWidth(width) + tallest - shown


def test_only_the_texts_wider_than_the_label_are_measured_wrapped() -> None:
    measured: list[str] = []

    def wrapped_height(text: str) -> int:
        measured.append(text)
        return 60

    unwrapped = [(100, 20, "short"), (300, 20, "long"), (250, 40, "two\\nlines")]
    assert tallest_wrapped(unwrapped, 260, wrapped_height) == 60
    assert measured == ["long"]
    assert tallest_wrapped(unwrapped, 400, wrapped_height) == 40
    assert measured == ["long"]


def test_the_picker_draws_a_selected_exercise_in_the_highlighted_text_colour(
    qtbot: QtBot, clock: ManualClock
) -> None:
    from psoas_timer.app import build_window

    window = build_window([], clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    picker = window.picker
    palette = picker.palette()
    exercise = picker.item_for(next(i for i in picker.ids() if i.startswith("exercise:")))
    assert exercise is not None

    def name_pixels(colour: QColor) -> int:
        picker.viewport().repaint()
        image = picker.viewport().grab().toImage()
        rect = picker.visualItemRect(exercise)
        line = rect.adjusted(0, 0, 0, -rect.height() // 2)
        return sum(
            image.pixelColor(x, y) == colour
            for x in range(line.left(), line.right())
            for y in range(line.top(), line.bottom())
        )

    text = palette.color(QPalette.ColorRole.Text)
    highlighted = palette.color(QPalette.ColorRole.HighlightedText)
    assert text != highlighted
    picker.select_id(None)
    assert name_pixels(text) > 0
    picker.select_id(str(exercise.data(0, Qt.ItemDataRole.UserRole)))
    assert exercise.isSelected()
    assert name_pixels(highlighted) > 0
    assert name_pixels(text) == 0
