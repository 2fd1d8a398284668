"""How ButtonRows shares a row's width between its buttons."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from psoas_timer.ui.session.button_rows import share


def test_equal_parts_are_rounded_as_qboxlayout_rounds() -> None:
    # 610 px for six buttons: QHBoxLayout gives 102, 101, 102, 102, 101, 102.
    assert share(610, [80] * 6) == [102, 101, 102, 102, 101, 102]


def test_a_long_text_keeps_its_width_and_the_others_share_the_rest() -> None:
    assert share(500, [60, 60, 200, 60]) == [100, 100, 200, 100]


@given(
    least=st.lists(st.integers(min_value=10, max_value=200), min_size=1, max_size=8),
    extra=st.integers(min_value=0, max_value=800),
)
def test_every_part_gets_its_least_and_the_parts_fill_the_row(least: list[int], extra: int) -> None:
    total = sum(least) + extra
    widths = share(total, least)
    assert all(w >= m for w, m in zip(widths, least, strict=True))
    assert sum(widths) == total
