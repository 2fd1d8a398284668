"""Capture the dosage editor, the routine editor and the import-error dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_editors.py

Writes docs/screenshots/dosage-editor.png, dosage-warning.png,
routine-editor.png and import-error.png. User files are kept out of it: config and data folders
point at a temporary directory, and no dialog blocks.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The pictures ``--language`` takes.
TRANSLATED_SHOTS = frozenset({"dosage-editor", "routine-editor"})

#: A routine file with several kinds of mistakes, as a hand-edited file might have.
INVALID_ROUTINE = """\
schema = 1
name = "From the physio"
description = "Twice a day, slowly."

[[blocks]]
exercise = "supine-marsh"
reps = 0

[[blocks]]
exercise = "seated-leg-lift"
hold_seconds = 2
hold_breaths = 4
tempo = 3

[[blocks]]
exercise = "half-kneeling-stretch"
hold_seconds_left = 900
sets = "two"
"""


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

    home = Path(tempfile.mkdtemp(prefix="psoas-editor-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["PSOAS_TIMER_NO_DIALOGS"] = "1"

    from PySide6.QtWidgets import QApplication, QWidget

    from psoas_timer.core.problems import ValidationError
    from psoas_timer.store.library import load_library
    from psoas_timer.store.routine_draft import set_override
    from psoas_timer.ui.editors.dosage_editor import DosageEditor
    from psoas_timer.ui.editors.routine_editor import RoutineEditor
    from psoas_timer.ui.editors.sharing import ImportErrorDialog

    app = QApplication.instance() or QApplication([])
    if args.language:
        from psoas_timer.ui.common import language

        language.install(app, args.language)

    def shot(widget: QWidget, name: str) -> None:
        if args.language:
            if name not in TRANSLATED_SHOTS:
                return
            name = f"{args.language}-{name}"
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}")

    library = load_library()

    # A weaker right side: a shorter hold on the right, two more reps, a longer get-ready.
    dosage = DosageEditor(library, "seated-leg-lift")
    dosage.per_side_check.setChecked(True)
    dosage.spin("hold_seconds_right").setValue(2)
    dosage.spin("reps").setValue(8)
    dosage.spin("prepare_seconds").setValue(15)
    dosage.resize(dosage.sizeHint().expandedTo(dosage.minimumSizeHint()))
    shot(dosage, "dosage-editor")
    dosage.close()

    # Past the range that suits the exercise: kept, with a warning beside the field.
    warned = DosageEditor(library, "seated-leg-lift")
    warned.spin("hold_seconds").setValue(10)
    warned.spin("reps").setValue(20)
    warned.resize(warned.sizeHint().expandedTo(warned.minimumSizeHint()))
    shot(warned, "dosage-warning")
    warned.close()

    # A user's copy of the full session, with its own dosage for one exercise.
    mine = library.store.duplicate("full-session", "My morning routine")
    mine = set_override(mine, 1, "reps", 5)
    mine = set_override(mine, 1, "hold_seconds_left", 5)
    library.store.save(mine)
    routines = RoutineEditor(library, mine.id)
    # Its size of choice: the offscreen screen (800 px) would shrink it to fit.
    routines.resize(1180, 760)
    routines.block_list.setCurrentRow(1)
    routines.override_spin("sets").setValue(3)  # an unsaved change: the title shows a *
    shot(routines, "routine-editor")

    # A fixed folder, so that the dialog (which names the file) comes out the same each run.
    downloads = Path(tempfile.gettempdir()) / "psoas-timer-screenshots" / "Downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    bad = downloads / "from-the-physio.toml"
    bad.write_text(INVALID_ROUTINE, encoding="utf-8")
    try:
        library.store.import_file(bad)
    except ValidationError as exc:
        problems = exc.problems
    else:
        raise SystemExit("the invalid routine was accepted")
    shot(ImportErrorDialog(bad, problems), "import-error")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
