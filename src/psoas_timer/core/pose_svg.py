"""Serialise a :class:`~psoas_timer.core.drawing.Drawing` as SVG text.

Deterministic: the same drawing gives byte-identical output (coordinates are
rounded to 0.1 unit, attributes are written in a fixed order). Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape

from psoas_timer.core.drawing import (
    ARROW_HALO,
    Arrow,
    Capsule,
    Circle,
    Drawing,
    Polygon,
    Polyline,
    Style,
    arrow_outline,
    capsule_outline,
)
from psoas_timer.core.geometry import Point
from psoas_timer.core.palettes import PALETTES

__all__ = ["to_svg"]


def _num(value: float) -> str:
    text = f"{round(value, 1):.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def _points(points: Iterable[Point]) -> str:
    return " ".join(f"{_num(x)},{_num(y)}" for x, y in points)


def _style(style: Style, colours: Mapping[str, str], *, line: bool = False) -> str:
    parts = [f'fill="{colours[style.fill]}"' if style.fill else 'fill="none"']
    if style.stroke:
        parts.append(f'stroke="{colours[style.stroke]}" stroke-width="{_num(style.width)}"')
        parts.append('stroke-linejoin="round"')
        if line:
            parts.append('stroke-linecap="round"')
        if style.dash:
            parts.append(f'stroke-dasharray="{" ".join(_num(d) for d in style.dash)}"')
    return " ".join(parts)


def to_svg(drawing: Drawing, palette: str = "light") -> str:
    """Return a standalone SVG document for ``drawing`` in the named palette."""
    colours = PALETTES[palette]
    x, y, w, h = drawing.view_box
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{_num(x)} {_num(y)} {_num(w)} '
        f'{_num(h)}" width="{_num(w * 3)}" height="{_num(h * 3)}">',
    ]
    if drawing.title:
        out.append(f"<title>{escape(drawing.title)}</title>")
    out.append(
        f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" '
        f'fill="{colours["background"]}"/>'
    )
    for item in drawing.items:
        if isinstance(item, Capsule):
            out.append(
                f'<polygon points="{_points(capsule_outline(item))}" '
                f"{_style(item.style, colours)}/>"
            )
        elif isinstance(item, Circle):
            cx, cy = item.center
            out.append(
                f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(item.r)}" '
                f"{_style(item.style, colours)}/>"
            )
        elif isinstance(item, Polygon):
            out.append(f'<polygon points="{_points(item.points)}" {_style(item.style, colours)}/>')
        elif isinstance(item, Polyline):
            out.append(
                f'<polyline points="{_points(item.points)}" '
                f"{_style(item.style, colours, line=True)}/>"
            )
        elif isinstance(item, Arrow):
            shaft, head = arrow_outline(item)
            if item.halo:
                halo = colours[item.halo]
                out.append(
                    f'<polyline points="{_points(item.points)}" fill="none" stroke="{halo}" '
                    f'stroke-width="{_num(item.width + ARROW_HALO)}" stroke-linecap="round" '
                    'stroke-linejoin="round"/>'
                )
                out.append(
                    f'<polygon points="{_points(head)}" fill="{halo}" stroke="{halo}" '
                    f'stroke-width="{_num(ARROW_HALO)}" stroke-linejoin="round"/>'
                )
            colour = colours[item.role]
            out.append(
                f'<polyline points="{_points(shaft)}" fill="none" stroke="{colour}" '
                f'stroke-width="{_num(item.width)}" stroke-linecap="round" '
                'stroke-linejoin="round"/>'
            )
            out.append(f'<polygon points="{_points(head)}" fill="{colour}"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
