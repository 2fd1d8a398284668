"""Render every pose into one labelled grid image (default ``docs/poses.png``).

Each cell is painted by the real :class:`psoas_timer.ui.session.pose_view.PoseView`
(grabbed offscreen), with the arrow pointing toward the exercise's other
keyframe. Usage::

    python scripts/contact_sheet.py [--out docs/poses.png] [--palette light|dark]
        [--mirrored] [--cell 360x300]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from psoas_timer.core.palettes import PALETTES
from psoas_timer.core.pose import load_poses
from psoas_timer.ui.session.pose_view import PoseView

ROOT = Path(__file__).resolve().parent.parent
LABEL_HEIGHT = 30


def build_sheet(
    palette: str = "light", mirrored: bool = False, cell_w: int = 360, cell_h: int = 300
) -> QImage:
    """Return the contact sheet image: one row per exercise, one column per keyframe."""
    library = load_poses()
    exercises = library.exercises()
    columns = 2 * max(len(library.keyframes(ex)) for ex in exercises)
    rows = (len(exercises) + 1) // 2
    image = QImage(cell_w * columns, (cell_h + LABEL_HEIGHT) * rows, QImage.Format.Format_ARGB32)
    bg = QColor(PALETTES[palette]["background"])
    image.fill(bg)
    view = PoseView(library)
    pal = view.palette()
    pal.setColor(QPalette.ColorRole.Window, bg)
    view.setPalette(pal)
    view.resize(cell_w, cell_h)
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    for index, exercise in enumerate(exercises):
        keyframes = library.keyframes(exercise)
        for k, keyframe in enumerate(keyframes):
            other = keyframes[(k + 1) % len(keyframes)]
            view.show_pose(exercise, keyframe, other, mirrored=mirrored, fraction=0.0)
            x = ((index % 2) * len(keyframes) + k) * cell_w
            y = (index // 2) * (cell_h + LABEL_HEIGHT)
            painter.drawImage(x, y + LABEL_HEIGHT, view.grab().toImage())
            painter.setPen(QColor(PALETTES[palette]["outline" if palette == "light" else "body"]))
            painter.drawText(
                QRect(x + 8, y, cell_w - 16, LABEL_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{exercise} — {keyframe}",
            )
            painter.setPen(QColor(PALETTES[palette]["prop_edge"]))
            painter.drawRect(QRect(x, y, cell_w - 1, cell_h + LABEL_HEIGHT - 1))
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "poses.png")
    parser.add_argument("--palette", choices=sorted(PALETTES), default="light")
    parser.add_argument("--mirrored", action="store_true")
    parser.add_argument("--cell", default="360x300", help="cell size WxH in pixels")
    args = parser.parse_args(argv)
    cell_w, cell_h = (int(v) for v in args.cell.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    image = build_sheet(args.palette, args.mirrored, cell_w, cell_h)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.out)):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
