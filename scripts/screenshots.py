"""Capture the real window in each state into docs/screenshots/.

Run under Xvfb so the pictures do not depend on your desktop:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

The window is the one ``psoas-timer`` opens (``build_window``), driven by a
manual clock so every picture shows a chosen moment. User files are kept out
of it: config and data folders point at a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
#: The pictures ``--language`` takes (the editors are screenshots_editors.py's).
TRANSLATED_SHOTS = frozenset({"hold", "library"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--language",
        choices=("de", "fr", "es"),
        help="the interface in this language: writes LANG-<name>.png of "
        + ", ".join(sorted(TRANSLATED_SHOTS)),
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    home = Path(tempfile.mkdtemp(prefix="psoas-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["PSOAS_TIMER_NO_DIALOGS"] = "1"

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from psoas_timer.app import AppLogic, build_window
    from psoas_timer.core.clock import ManualClock
    from psoas_timer.core.model import Phase
    from psoas_timer.core.timeline import Step
    from psoas_timer.ui.common import theme

    if args.language:
        from psoas_timer.store.library import load_library

        settings = load_library().settings
        settings.set_preference("language", args.language)
        settings.set_preference("first_run_seen", True)
        settings.save()

    clock = ManualClock()
    window = build_window(["--routine", "full-session"], clock=clock)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = window.controller
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
        window.ticker.refresh()
        app.processEvents()

    def advance(seconds: float) -> None:
        # Small steps: a jump over 5 s would look like a suspended laptop and pause.
        while seconds > 1e-9:
            step = min(1.0, seconds)
            clock.advance(step)
            controller.poll()
            seconds -= step

    def go_to(match: Callable[[Step], bool]) -> None:
        for _ in range(1000):
            step = controller.step
            if step is not None and match(step):
                return
            controller.skip()
        raise SystemExit("no such step")

    def shot(name: str, target: QWidget | None = None) -> None:
        if args.language:
            if name not in TRANSLATED_SHOTS:
                return
            name = f"{args.language}-{name}"
        settle()
        path = args.out / f"{name}.png"
        (target or window).grab().save(str(path))
        print(f"wrote {path}")

    def save_strip(frames: list[QPixmap], name: str) -> None:
        """The pose view's pictures side by side, 8 px apart, as ``name``.png."""
        if args.language:
            return  # the figure has no words
        strip = QPixmap(sum(f.width() for f in frames) + 8 * (len(frames) - 1), frames[0].height())
        strip.fill(Qt.GlobalColor.white)
        painter = QPainter(strip)
        x = 0
        for pixmap in frames:
            painter.drawPixmap(x, 0, pixmap)
            x += pixmap.width() + 8
        painter.end()
        path = args.out / f"{name}.png"
        strip.save(str(path))
        print(f"wrote {path}")

    shot("idle")
    prev = 0.0

    # What the first start shows over the Session page.
    window.show_first_run()
    shot("first-run")
    sheet = window.first_run_sheet
    assert sheet is not None
    sheet.dismiss()

    controller.start()
    # The marching figure moving through one lift, frame by frame.
    go_to(lambda s: s.phase is Phase.LIFT and s.exercise_id == "supine-march" and s.rep_no == 2)
    frames = []
    for frame, at in enumerate((0.1, 0.7, 1.3, 1.9), start=1):
        advance(at - (0.0 if frame == 1 else prev))
        prev = at
        shot(f"march-lift-{frame}")
        frames.append(window.pose_view.grab())
    save_strip(frames, "march-lift-sequence")
    go_to(lambda s: s.phase is Phase.LIFT and s.exercise_id == "supine-march" and s.rep_no == 3)
    advance(1.0)
    shot("lift")

    # The rest between the march's sets ("Rest — set 2 of 2 next"), found by
    # what it is, not by its English title, so --language finds it too.
    go_to(lambda s: s.phase is Phase.REST and s.exercise_id == "supine-march")
    advance(8.0)
    shot("rest")

    go_to(lambda s: s.phase is Phase.SWITCH_SIDES and s.exercise_id == "seated-leg-lift")
    advance(2.0)
    shot("switch-sides")

    go_to(lambda s: s.phase is Phase.HOLD and s.exercise_id == "half-kneeling-stretch")
    advance(12.0)
    shot("hold")

    controller.skip()
    go_to(lambda s: s.phase is Phase.HOLD and s.exercise_id == "half-kneeling-stretch")
    advance(12.0)
    window.set_focus_mode(True)
    shot("focus")
    window.set_focus_mode(False)
    window.resize(*SIZE)

    light = app.palette()
    app.setPalette(theme.dark_palette())
    shot("dark")
    app.setPalette(light)

    window.show_library()
    settle()
    shot("library")

    window.tabs.setCurrentIndex(0)
    settle()
    logic = window.logic
    assert isinstance(logic, AppLogic)
    preferences = logic.show_preferences()
    preferences.adjustSize()
    shot("preferences", preferences)
    preferences.close()

    # The edge-of-table dangle, frame by frame: set-up with both knees hugged,
    # letting the leg down, hanging, bringing it back with the knee bent, set-up.
    frames = []
    for phase, share in (
        (Phase.LIFT, 0.02),
        (Phase.LIFT, 0.5),
        (Phase.HOLD, 0.1),
        (Phase.LOWER, 0.5),
        (Phase.LOWER, 0.98),
    ):
        go_to(lambda s, p=phase: s.phase is p and s.exercise_id == "table-leg-dangle")
        step = controller.step
        assert step is not None
        advance(step.duration * share - (step.duration - controller.remaining()))
        settle()
        frames.append(window.pose_view.grab())
    save_strip(frames, "dangle-sequence")

    controller.stop()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
