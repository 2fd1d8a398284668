"""Contrast maths and the palette-derived colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from psoas_timer.core.model import Phase
from psoas_timer.ui.common import theme


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert theme.contrast_ratio(QColor("white"), QColor("white")) == pytest.approx(1)
    # #767676 on white is the classic "just passes AA" grey.
    assert theme.contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("background", ["#ffffff", "#efefef", "#1e2126", "#000000", "#808080"])
@pytest.mark.parametrize("colour", ["#1a9e6a", "#d98a1c", "#8a8f98", "#ffff00", "#000080"])
def test_ensure_contrast_reaches_the_target(colour: str, background: str) -> None:
    bg = QColor(background)
    assert theme.contrast_ratio(theme.ensure_contrast(QColor(colour), bg), bg) >= 4.5


def test_phase_colours_work_on_light_and_dark(qtbot: QtBot) -> None:
    light = QPalette(QColor("#efefef"))
    for palette in (light, theme.dark_palette()):
        window = palette.color(QPalette.ColorRole.Window)
        colours = {p: theme.phase_colour(p, palette) for p in Phase}
        for phase, colour in colours.items():
            assert theme.contrast_ratio(colour, window) >= 4.5, phase
        strip = {p: theme.phase_colour(p, palette, theme.GRAPHIC_CONTRAST) for p in Phase}
        assert all(theme.contrast_ratio(c, window) >= 3 for c in strip.values())
        # Moving, holding and resting look different from each other.
        names = {strip[p].name() for p in (Phase.LIFT, Phase.HOLD, Phase.REST, Phase.SWITCH_SIDES)}
        assert len(names) == 4
        assert theme.contrast_ratio(theme.muted_text(palette), window) >= 4.5
    assert theme.is_dark(theme.dark_palette())
    assert not theme.is_dark(light)
