"""Bare PySide6 doing the least a running session must: the floor under ``running_cost.py``.

A QMainWindow of the app's default size with a QLabel changed once a second
and a 96-px pixmap (two of them, alternately, like the breath pacer's cached
frames) repainted 7.5 times a second, each by a PreciseTimer, as the pacer
is in a hold. No figure, no Python beyond the two slots. Runs until killed.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

FRAME_MS = 133  # 7.5 frames a second: the pacer's average in a hold


class Blinker(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setFixedSize(96, 96)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.frames = [QPixmap(96, 96), QPixmap(96, 96)]
        self.frames[0].fill(QColor("#5b8fc7"))
        self.frames[1].fill(QColor("#3d6fa8"))
        self.shown = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.frames[self.shown])
        painter.end()

    def next_frame(self) -> None:
        self.shown = 1 - self.shown
        self.repaint()


def main() -> None:
    app = QApplication(sys.argv)
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    label = QLabel("0")
    blinker = Blinker()
    layout.addWidget(label)
    layout.addWidget(blinker)
    window.setCentralWidget(central)
    window.resize(1280, 800)
    window.show()
    frames = QTimer()
    frames.setTimerType(Qt.TimerType.PreciseTimer)
    frames.timeout.connect(blinker.next_frame)
    frames.start(FRAME_MS)
    seconds = QTimer()
    seconds.setTimerType(Qt.TimerType.PreciseTimer)
    seconds.timeout.connect(lambda: label.setText(str(int(time.monotonic()))))
    seconds.start(1000)
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
