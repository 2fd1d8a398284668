"""The colour roles a drawing refers to, each palette's colours for them, and their contrast.

Pure Python; never imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: The colour roles primitives refer to. Every palette defines all of them.
ROLES: Final = (
    "background",
    "body",
    "body_far",
    "outline",
    "psoas",
    "psoas_edge",
    "prop",
    "prop_edge",
    "floor",
    "arrow",
)

#: Colours per role. The figure ("body", "outline") has at least 4.5:1 contrast
#: against the background; the psoas highlight and the arrow at least 3:1
#: against both the background and the body (tests check this).
PALETTES: Final[Mapping[str, Mapping[str, str]]] = {
    "light": {
        "background": "#ffffff",
        "body": "#2b3a4a",
        "body_far": "#76838f",
        "outline": "#0f161d",
        "psoas": "#e4572e",
        "psoas_edge": "#ffffff",
        "prop": "#dde5ec",
        "prop_edge": "#5b6b7a",
        "floor": "#45515c",
        "arrow": "#0b6e8a",
    },
    "dark": {
        "background": "#1b1f24",
        "body": "#dfe5ec",
        "body_far": "#8e9aa7",
        "outline": "#0b0e11",
        "psoas": "#d9480f",
        "psoas_edge": "#ffffff",
        "prop": "#3a434e",
        "prop_edge": "#a3afbb",
        "floor": "#aab4bf",
        "arrow": "#4fd1e8",
    },
}



def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1..21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
