"""Capture the desktop companion: the tray menu, a reminder, and Preferences.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_companion.py

Writes docs/screenshots/tray-menu.png, reminder.png and companion-preferences.png.
User files are kept out of it: config and data folders point at a temporary
directory. The menu is the tray's own QMenu, popped up and grabbed (a
virtual X screen has no tray to click).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    home = Path(tempfile.mkdtemp(prefix="psoas-companion-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["PSOAS_TIMER_NO_DIALOGS"] = "1"
    os.environ["PSOAS_TIMER_AUDIO"] = "off"

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QWidget

    from psoas_timer.app import AppLogic, build_window
    from psoas_timer.core.session import State
    from psoas_timer.ui.common.art import app_icon
    from psoas_timer.ui.desktop.reminder_window import ReminderWindow
    from psoas_timer.ui.desktop.reminders import ACTIONS, SUMMARY
    from psoas_timer.ui.desktop.tray import Tray

    window = build_window([])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    logic = window.logic
    assert isinstance(logic, AppLogic)
    window.resize(1280, 800)
    window.show()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        path = args.out / name
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")

    settle()
    logic.after_first_paint()
    library = logic.library
    library.settings.set_preference("reminders", True)
    library.settings.set_preference("reminder_days", "mon,tue,wed,thu,fri")
    library.settings.set_preference("quiet_start", "20:00")
    library.settings.set_preference("quiet_end", "08:00")
    dialog = logic.show_preferences()
    dialog.adjustSize()
    shot(dialog, "companion-preferences.png")
    dialog.close()

    tray = Tray(
        app_icon(),
        routines=lambda: {r.id: r.name for r in library.routines.values()},
        favourite=lambda: "strength-starter",
        state=lambda: State.RUNNING,
    )
    tray.menu.popup(QPoint(200, 200))
    others = tray.menu.findChild(QWidget, "trayOthers")
    shot(tray.menu, "tray-menu.png")
    tray.menu.hide()
    del others

    reminder = ReminderWindow(
        SUMMARY,
        "You have been sitting for 52 minutes. A five-minute release routine?",
        ACTIONS,
    )
    reminder.show()
    reminder.adjustSize()
    shot(reminder, "reminder.png")
    reminder.close()
    tray.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
