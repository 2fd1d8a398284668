"""Start the window: ``build_window`` for tests and benches, ``run`` for the CLI.

:class:`AppLogic` is where what the user asks for (open this routine, start,
stop) becomes calls on the library and the one :class:`SessionController`.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .cli import build_parser
from .core.clock import Clock, monotonic
from .core.problems import ValidationError
from .core.session import State
from .store.library import Library, load_library
from .ui import dialogs
from .ui.controller import SessionController
from .ui.main_window import LIVE, MainWindow

log = logging.getLogger(__name__)

#: The routine selected when none is asked for.
DEFAULT_ROUTINE = "strength-starter"
APP_NAME = "psoas-timer"


class AppLogic(QObject):
    """Turns the window's requests into library look-ups and controller calls."""

    def __init__(self, library: Library, controller: SessionController, window: MainWindow) -> None:
        super().__init__(window)
        self.library = library
        self.controller = controller
        self.window = window
        window.choiceRequested.connect(self.choose)
        window.toggleRequested.connect(self.toggle)
        window.stopRequested.connect(self.stop)

    def open(self, id_or_file: str, *, start: bool = False, later: bool = False) -> bool:
        """Plan and load a routine (id, ``exercise:<id>`` or file).

        If it cannot be loaded, every problem goes into one dialog (shown once the
        event loop runs when ``later``) and the current session is left alone.
        """
        try:
            routine = self.library.resolve(id_or_file)
            timeline = self.library.timeline(routine)
        except ValidationError as exc:
            problems = exc.problems

            def report() -> None:
                dialogs.show_problems(
                    self.window,
                    "Cannot open this routine",
                    problems,
                    intro=f"“{id_or_file}” could not be opened. Every problem found:",
                )

            if later:
                QTimer.singleShot(0, report)
            else:
                report()
            return False
        self.controller.load(timeline)
        if start:
            self.controller.start()
        return True

    def choose(self, choice: str, start: bool) -> None:
        """The picker or library asked for ``choice``; a live session is ended only after asking."""
        timeline = self.controller.timeline
        same = timeline is not None and timeline.routine_id == choice
        if self.controller.state in LIVE:
            if same:
                return
            if not dialogs.confirm(
                self.window, "A session is under way. Stop it and load another?", yes="Stop it"
            ):
                self.window.picker.select_id(timeline.routine_id if timeline else None)
                return
            self.controller.stop()
        if same and self.controller.state is State.IDLE:
            if start:
                self.controller.start()
            return
        self.open(choice, start=start)

    def toggle(self) -> None:
        """Space: start, pause, resume, or start a finished/stopped routine again."""
        if self.controller.state in (State.FINISHED, State.STOPPED):
            self.controller.reload(start=True)
        else:
            self.controller.toggle()

    def stop(self) -> None:
        """Esc: stop after confirming, then show the routine ready to start again."""
        if self.controller.state not in LIVE:
            return
        if dialogs.confirm(self.window, "Stop this session?"):
            self.controller.stop()
            self.controller.reload()

    def show_library_problems(self) -> None:
        """Problems with the user's own files, once, in one message."""
        lines = [str(p) for p in self.library.problems] + list(self.library.notices)
        if lines:
            dialogs.show_problems(
                self.window,
                "Some of your files need attention",
                lines,
                intro="psoas-timer started, but some of your files had problems:",
            )


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([APP_NAME])
    return app


def build_window(argv: list[str], *, clock: Clock = monotonic) -> MainWindow:
    """Everything ``psoas-timer ARGV`` does except running the event loop.

    Dialogs (a bad ``--routine``, problems with the user's files) are queued to
    show once the event loop runs.
    """
    args = build_parser().parse_args(argv)
    return _build(args, clock)


def _build(args: argparse.Namespace, clock: Clock) -> MainWindow:
    app = _application()
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Psoas Timer")
    library = load_library()
    controller = SessionController(clock)
    window = MainWindow(controller, library)
    controller.setParent(window)
    logic = AppLogic(library, controller, window)
    window.logic = logic
    quiet = bool(getattr(args, "exit_after_startup", False))
    routines = library.routines
    default = DEFAULT_ROUTINE if DEFAULT_ROUTINE in routines else next(iter(routines))
    if args.routine:
        if not logic.open(args.routine, start=bool(args.start), later=True):
            logic.open(default)
    else:
        logic.open(default, start=bool(args.start))
    if not quiet:
        QTimer.singleShot(0, logic.show_library_problems)
    return window


class _FirstPaint(QObject):
    """Quits the application once the window has painted for the first time."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def run(args: argparse.Namespace) -> int:
    """Open the window and run until it closes. Returns the exit code."""
    window = _build(args, monotonic)
    app = _application()
    if args.exit_after_startup:
        painted = _FirstPaint(window)
        window.installEventFilter(painted)
    window.show()
    code = app.exec()
    log.debug("event loop ended with %s", code)
    return 0 if args.exit_after_startup else int(code)


if __name__ == "__main__":  # pragma: no cover
    from .cli import main

    sys.exit(main())
