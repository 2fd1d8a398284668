"""Render ``assets/icons/psoas-timer-{16..256}.png`` from ``psoas-timer.svg``.

Uses QSvgRenderer offscreen. ``--check`` exits 1 when a PNG is missing or its
pixels differ from a fresh render (pixels, not bytes: PNG encoders may differ).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _generate import run  # noqa: E402

ICONS = ROOT / "assets" / "icons"
SVG = ICONS / "psoas-timer.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render_icon(size: int, svg: Path = SVG) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS / f"psoas-timer-{size}.png"


def stale() -> list[str]:
    problems = []
    for size in SIZES:
        path = png_path(size)
        fresh = render_icon(size).convertToFormat(QImage.Format.Format_ARGB32)
        on_disk = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        if on_disk.isNull() or on_disk != fresh:
            problems.append(path.name)
    return problems


def main(argv: list[str] | None = None) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def write() -> int:
        for size in SIZES:
            if not render_icon(size).save(str(png_path(size)), b"PNG"):
                print(f"could not write {png_path(size)}", file=sys.stderr)
                return 1
            print(f"wrote {png_path(size).name}")
        return 0

    code = run(__doc__ or "", argv, stale=stale, write=write, script="gen_icons.py")
    del app
    return code


if __name__ == "__main__":
    raise SystemExit(main())
