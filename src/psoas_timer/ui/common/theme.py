"""Colours, contrast and font sizes for the session screen.

The app follows the system palette. Colours we add (the phase colours, muted
text) are derived from the palette in use and pushed to at least the WCAG
contrast the text needs, so they work in light and dark palettes alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QFont, QPalette

from ...core.model import Phase

#: WCAG AA contrast for normal text.
TEXT_CONTRAST = 4.5
#: WCAG contrast for graphics such as the timeline strip.
GRAPHIC_CONTRAST = 3.0

#: The hue of each phase: calm blues and greens for moving and holding, warm for change.
PHASE_BASE: Mapping[Phase, str] = {
    Phase.PREPARE: "#8e5cc0",  # violet: get ready
    Phase.LIFT: "#1f8fd6",  # blue: move
    Phase.HOLD: "#1a9e6a",  # green: hold
    Phase.LOWER: "#2bb3b3",  # teal: come back
    Phase.REST: "#5c6bc0",  # indigo: rest
    Phase.SWITCH_SIDES: "#d98a1c",  # amber: change sides
    Phase.TRANSITION: "#c4569b",  # magenta: next exercise
    Phase.FINISHED: "#1a9e6a",
}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window background is dark."""
    return relative_luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def ensure_contrast(fg: QColor, bg: QColor, ratio: float = TEXT_CONTRAST) -> QColor:
    """``fg`` made darker or lighter (keeping its hue) until it reaches ``ratio`` on ``bg``."""
    if contrast_ratio(fg, bg) >= ratio:
        return QColor(fg)
    towards_light = relative_luminance(bg) < 0.18
    hue = max(fg.hslHueF(), 0.0)  # achromatic colours report -1
    sat, light, alpha = fg.hslSaturationF(), fg.lightnessF(), fg.alphaF()
    for i in range(1, 101):
        step = i / 100
        new_light = light + (1 - light) * step if towards_light else light * (1 - step)
        candidate = QColor.fromHslF(hue, sat, new_light, alpha)
        if contrast_ratio(candidate, bg) >= ratio:
            return candidate
    return QColor("white") if towards_light else QColor("black")


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def phase_colour(phase: Phase, palette: QPalette, ratio: float = TEXT_CONTRAST) -> QColor:
    """The colour of a phase, readable on the palette's window background."""
    background = palette.color(QPalette.ColorRole.Window)
    return ensure_contrast(QColor(PHASE_BASE[phase]), background, ratio)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text: softer than the main text, still at least 4.5:1."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return ensure_contrast(mix(text, window, 0.3), window)


def accent(palette: QPalette) -> QColor:
    """The breath pacer's colour: the palette's highlight, visible as a graphic."""
    return ensure_contrast(
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.Window),
        GRAPHIC_CONTRAST,
    )


def warning_colour(palette: QPalette) -> QColor:
    return ensure_contrast(QColor("#c0392b"), palette.color(QPalette.ColorRole.Window))


def dark_palette() -> QPalette:
    """A calm dark palette (for the dark screenshot and for testing contrast)."""
    p = QPalette()
    window = QColor("#1e2126")
    base = QColor("#16181c")
    text = QColor("#e8eaed")
    highlight = QColor("#4c9be8")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#23272d"),
        QPalette.ColorRole.ToolTipBase: QColor("#2b3037"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9aa0a6"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2b3037"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor("#0b0d10"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.Light: QColor("#3a4049"),
        QPalette.ColorRole.Midlight: QColor("#30353d"),
        QPalette.ColorRole.Mid: QColor("#262a30"),
        QPalette.ColorRole.Dark: QColor("#101215"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    disabled = QColor("#80868b")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def pixel_font(base: QFont, pixel_size: int, *, bold: bool = False) -> QFont:
    """``base`` at a pixel size (at least 1), optionally bold."""
    font = QFont(base)
    font.setPixelSize(max(1, int(pixel_size)))
    font.setBold(bold)
    return font


def base_pixel_size(font: QFont) -> float:
    """The system font's size in pixels, so our sizes scale with it."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    # 96 dpi logical: 1 pt = 4/3 px.
    return font.pointSizeF() * 4 / 3
