"""Start the window: ``build_window`` for tests and benches, ``run`` for the CLI.

:class:`AppLogic` is where what the user asks for (open this routine, start,
stop, edit a dosage, mute) becomes calls on the library and the one
:class:`SessionController`.

Start-up does only what the first paint needs. Audio, the history database
and everything that uses it start from :meth:`AppLogic.after_first_paint`,
which runs from the event loop once the window has painted; the history
page's module (and pyqtgraph) is imported later still, when idle.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from .arguments import parse_args
from .core import movement, palettes, pose_render  # noqa: F401  (the window's: before Qt, below)
from .core.clock import Clock, boottime_clock, monotonic
from .core.dosage import Number
from .core.model import Routine
from .core.problems import ValidationError
from .core.session import PauseReason, State
from .startup import long_lived
from .store.atomic import StoreError
from .store.library import Library, load_library
from .store.settings import FIRST_RUN_SEEN

# Qt after every Qt-free module the window needs. Once PySide6 is loaded, its
# import hook (for ``from __feature__ import ...``, PYSIDE-2029) reads the whole
# source of each module imported after it, looking for "PySide6": importing
# ours and the standard library's first spares it about 20 files (~4 ms).
# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from .ui.common import dialogs, language
from .ui.common.vocabulary import phrase
from .ui.main_window import LIVE, MainWindow
from .ui.session.controller import SessionController

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from .startup.single_instance import Primary, Request
    from .ui.desktop.companion import Companion
    from .ui.desktop.desktop_session import DesktopSession
    from .ui.desktop.instance_server import InstanceServer
    from .ui.history.history_feature import HistoryFeature
    from .ui.session.audio import AudioCues, DictPreferences, SinkFactory, SpeechFactory

log = logging.getLogger(__name__)

#: ``PSOAS_TIMER_AUDIO=off`` runs on visual cues alone, without loading
#: QtMultimedia or a speech engine (the tests set it: those print Qt warnings
#: on machines without sound).
AUDIO_ENV = "PSOAS_TIMER_AUDIO"

#: The routine selected when none is asked for.
DEFAULT_ROUTINE = "strength-starter"
APP_NAME = "psoas-timer"
#: Qt platforms without a window manager (tests, smoke runs).
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def audio_factories() -> tuple[SinkFactory | None, SpeechFactory | None]:
    """The sound and speech factories: the real ones, or none at all when switched off."""
    if os.environ.get(AUDIO_ENV, "").strip().lower() in ("off", "0", "no", "false"):
        from .ui.session.audio import unavailable

        return unavailable("disabled"), unavailable("disabled")
    return None, None


class AppLogic(QObject):
    """Turns the window's requests into library look-ups and controller calls.

    Attributes:
        audio: the audio cues, once made (after the first paint, or when first needed).
        history: the history wiring, once started (after the first paint).
        desktop: what the desktop says about sleep, lock and idle (after the
            first paint); a running session pauses when the machine goes to
            sleep or the screen locks.
    """

    def __init__(self, library: Library, controller: SessionController, window: MainWindow) -> None:
        super().__init__(window)
        self.library = library
        self.controller = controller
        self.window = window
        self.audio: AudioCues | None = None
        self.audio_prefs: DictPreferences | None = None
        self.history: HistoryFeature | None = None
        self.companion: Companion | None = None
        #: ``--tray``: the tray is shown whatever the preference says.
        self.force_tray = False
        self.desktop: DesktopSession | None = None
        #: Requests of later launches, once listened for (after the first paint).
        self.launches: InstanceServer | None = None
        self._instance: Primary | None = None
        self._started = False
        self._save_warned = False
        #: The library changed while a session ran; plan again when it ends.
        self._stale = False
        #: The routine last opened, for planning it again when it is not in the library.
        self._routine: Routine | None = None
        self._change_queued = False
        window.choiceRequested.connect(self.choose)
        window.toggleRequested.connect(self.toggle)
        window.stopRequested.connect(self.stop)
        window.dosageRequested.connect(self.edit_dosage)
        window.routineEditRequested.connect(self.edit_routines)
        window.historyShown.connect(self.show_history)
        window.firstRunDismissed.connect(self.first_run_seen)
        a = window.actions_by_name
        a["mute"].triggered.connect(self.toggle_mute)
        a["preferences"].triggered.connect(self.show_preferences)
        a["edit_routines"].triggered.connect(lambda: self.edit_routines(""))
        a["edit_dosage"].triggered.connect(lambda: self.edit_dosage(""))
        a["import_routine"].triggered.connect(self.import_routine)
        a["export_routine"].triggered.connect(self.export_routine)
        window.show_muted(bool(library.settings.preferences.get("muted", False)))

    # ------------------------------------------------------------ after the first paint

    def defer_until_painted(self) -> None:
        """Run :meth:`after_first_paint` from the event loop once the window has painted."""
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() is QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.after_first_paint)
        return False

    def after_first_paint(self) -> None:
        """Everything the first paint did not need: audio, then the history (once).

        Also removes temporary files left by writes killed part-way: nothing
        the window shows depends on that, so start-up does not wait for it.
        """
        if self._started:
            return
        self._started = True
        from .store.cleanup import remove_leftovers
        from .ui.common.art import app_icon

        remove_leftovers()

        icon = app_icon()
        QApplication.setWindowIcon(icon)
        self.window.setWindowIcon(icon)
        self.ensure_audio()
        self.ensure_history().start()
        if self.desktop is None:
            from .ui.desktop.desktop_session import DesktopSession

            self.attach_desktop(DesktopSession(parent=self))
        self.ensure_companion().apply()
        if self._instance is not None:
            self._listen_for_launches(self._instance)
        long_lived.settle()

    def ensure_companion(self) -> Companion:
        """The tray and reminders (each made only when switched on; see :meth:`Companion.apply`)."""
        if self.companion is None:
            from .ui.desktop.companion import Companion

            # Idle, screen lock and suspend pause the sitting count.
            self.companion = Companion(
                self, desktop_session=self.desktop, force_tray=self.force_tray
            )
        return self.companion

    def serve_launches(self, instance: Primary) -> None:
        """Take the requests of later launches (:meth:`take_request`), from the first paint on."""
        self._instance = instance
        if self._started:
            self._listen_for_launches(instance)

    def _listen_for_launches(self, instance: Primary) -> None:
        if self.launches is not None:
            return
        from .ui.desktop.instance_server import InstanceServer

        self.launches = InstanceServer(instance, parent=self)
        self.launches.requested.connect(self.take_request)

    def attach_desktop(self, desktop: DesktopSession) -> None:
        """Pause a running session when ``desktop`` says the machine sleeps or locks."""
        self.desktop = desktop
        pause = self.controller.pause_for_desktop
        desktop.sleeping.connect(lambda away: pause(PauseReason.SLEEP, away))
        desktop.locked.connect(lambda away: pause(PauseReason.LOCK, away))

    def take_request(self, request: Request) -> None:
        """A later launch: raise this window, then open (and start) what it asked for."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        if QApplication.platformName() not in HEADLESS_PLATFORMS:
            window.raise_()  # headless platforms cannot, and warn
        window.activateWindow()
        if request.routine:
            self.choose(request.routine, request.start)
        elif request.start and self.controller.state is State.IDLE:
            self.controller.start()

    def end_for_signal(self, signum: int) -> None:
        """Logout or ``kill``: the session ends as stopped, settings are saved, the app quits."""
        log.info("ending on signal %d", signum)
        if self.controller.state in LIVE:
            self.controller.stop()  # recorded as stopped, not left to look interrupted
        self.save_settings()
        self.window.close()  # nothing live to ask about; keeps the window's geometry
        QApplication.quit()

    def ensure_audio(self) -> AudioCues:
        """The audio cues, made now if they were not yet."""
        if self.audio is None:
            from .ui.session.audio import AudioCues, DictPreferences

            prefs = DictPreferences(self.library.settings.preferences, on_change=self._save_prefs)
            sink, speech = audio_factories()
            audio = AudioCues(
                self.controller, prefs, sink_factory=sink, speech_factory=speech, parent=self
            )
            audio.mutedChanged.connect(self.window.show_muted)
            self.window.show_muted(audio.muted)
            self.audio, self.audio_prefs = audio, prefs
        return self.audio

    def ensure_history(self) -> HistoryFeature:
        """The history wiring (not started: :meth:`HistoryFeature.start` opens the database)."""
        if self.history is None:
            from .ui.history.history_feature import HistoryFeature

            self.history = HistoryFeature(
                self.window,
                self.controller,
                self.library,
                set_dosage=self._set_dosage,
                on_dosage_changed=self.library_changed,
            )
        return self.history

    def show_history(self) -> None:
        self.ensure_history().show_page()

    # ------------------------------------------------------------ sound

    def greet(self) -> bool:
        """At the first start, show the first-run sheet. True when it was shown."""
        if self.library.settings.preferences.get(FIRST_RUN_SEEN, False):
            return False
        self.window.show_first_run()
        return True

    def first_run_seen(self) -> None:
        """Remember that the first-run sheet was read, so the next start skips it."""
        if not self.library.settings.preferences.get(FIRST_RUN_SEEN, False):
            self.library.settings.set_preference(FIRST_RUN_SEEN, True)
            self.save_settings()

    def toggle_mute(self) -> None:
        """M: mute or unmute, saved at once."""
        self.ensure_audio().toggle_mute()

    def show_preferences(self) -> QDialog:
        """Ctrl+,: the preferences dialog (not modal: the volume can change mid-session)."""
        from .ui.preferences import PreferencesDialog

        audio = self.ensure_audio()
        assert self.audio_prefs is not None
        existing = self.window.findChild(PreferencesDialog, "preferencesDialog")
        if existing is not None:
            existing.activateWindow()
            return existing
        dialog = PreferencesDialog(audio, self.audio_prefs, self.window)
        from .ui.desktop.companion_prefs import CompanionPreferences

        companion = CompanionPreferences(self.ensure_companion(), self.save_settings, dialog)
        dialog.add_section(companion)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def save_settings(self) -> bool:
        """Write ``settings.toml``; a failure is logged once and the app runs on."""
        try:
            self.library.settings.save()
        except StoreError as exc:  # SettingsReadOnly is a StoreError too
            if not self._save_warned:
                log.warning("settings not saved: %s", exc)
                self._save_warned = True
            else:
                log.debug("settings not saved: %s", exc)
            return False
        return True

    def _save_prefs(self) -> None:
        self.save_settings()

    def _set_dosage(self, exercise_id: str, key: str, value: Number) -> None:
        self.library.settings.set_dosage(exercise_id, key, value)
        self.save_settings()

    # ------------------------------------------------------------ editors

    def edit_dosage(self, exercise_id: str = "") -> QDialog | None:
        """The dosage editor for ``exercise_id`` (default: the exercise on screen)."""
        from .ui.editors.dosage_editor import DosageEditor

        exercise_id = exercise_id or self._current_exercise()
        if not exercise_id:
            self.window.show_status("Choose an exercise first, then edit its dosage.")
            return None
        editor = DosageEditor(self.library, exercise_id, self.window)
        editor.saved.connect(lambda _id: self.library_changed())
        self._open(editor)
        return editor

    def edit_routines(self, routine_id: str = "") -> QDialog:
        """The routine editor, on ``routine_id`` (default: the routine loaded, if any)."""
        from .ui.editors.routine_editor import RoutineEditor

        if not routine_id:
            timeline = self.controller.timeline
            current = timeline.routine_id if timeline is not None else ""
            routine_id = current if current in self.library.routines else ""
        editor = RoutineEditor(self.library, routine_id or None, self.window)
        editor.saved.connect(lambda _id: self.library_changed())
        editor.routines_changed.connect(self.library_changed)
        # Dosage edited from inside the routine editor reaches us when it closes.
        editor.finished.connect(lambda _result: self.library_changed())
        self._open(editor)
        return editor

    def import_routine(self) -> Routine | None:
        from .ui.editors.sharing import import_routine_dialog

        routine = import_routine_dialog(self.window, self.library)
        if routine is not None:
            self.library_changed()
        return routine

    def export_routine(self) -> None:
        from .ui.editors.sharing import export_routine_dialog

        timeline = self.controller.timeline
        routine_id = timeline.routine_id if timeline is not None else ""
        if routine_id not in self.library.routines:
            self.window.show_status("Choose a routine (not a single exercise) to export it.")
            return
        written = export_routine_dialog(self.window, self.library, routine_id)
        if written is not None:
            self.window.show_status(f"Exported to {written}")

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): no nested event loop while the session's timer runs.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _current_exercise(self) -> str:
        step = self.controller.step
        if step is not None and step.exercise_id:
            return step.exercise_id
        timeline = self.controller.timeline
        if timeline is not None:
            return next((s.exercise_id for s in timeline if s.exercise_id), "")
        return ""

    def library_changed(self) -> None:
        """Routines or dosage changed: list them again and plan the loaded routine again.

        Several signals from one edit arrive together; they are handled once,
        from the event loop. :meth:`apply_library_change` does it now.
        """
        if not self._change_queued:
            self._change_queued = True
            QTimer.singleShot(0, self.apply_library_change)

    def apply_library_change(self) -> None:
        self._change_queued = False
        self.window.picker.reload()
        page = self.window.library_page()
        if page is not None:
            page.refresh()
        if self.controller.state in LIVE:
            # The running session keeps the plan it started with.
            self._stale = True
            self.window.show_status(
                "Saved. The session under way keeps its plan; the change applies when it ends."
            )
        else:
            self.replan()
            self.window.show_status("Saved.")

    def replan(self, *, start: bool = False) -> None:
        """Load the current routine again, planned with the library as it is now."""
        self._stale = False
        timeline = self.controller.timeline
        choice = timeline.routine_id if timeline is not None else DEFAULT_ROUTINE
        routine: Routine | None
        try:
            routine = self.library.resolve(choice)
        except ValidationError:
            routine = self._routine if self._routine and self._routine.id == choice else None
        if routine is None:  # deleted: fall back to the default routine
            routines = self.library.routines
            choice = DEFAULT_ROUTINE if DEFAULT_ROUTINE in routines else next(iter(routines))
            routine = routines[choice]
        self._routine = routine
        self.controller.load(self.library.timeline(routine))
        if start:
            self.controller.start()

    def _reload(self, *, start: bool = False) -> None:
        if self._stale:
            self.replan(start=start)
        else:
            self.controller.reload(start=start)

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
                    QCoreApplication.translate("AppLogic", "Cannot open this routine"),
                    problems,
                    intro=QCoreApplication.translate(
                        "AppLogic", "“{id_or_file}” could not be opened. Every problem found:"
                    ).format(id_or_file=id_or_file),
                )

            if later:
                QTimer.singleShot(0, report)
            else:
                report()
            return False
        self._stale = False
        self._routine = routine
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
                self.window,
                self.tr("A session is under way. Stop it and load another?"),
                yes=self.tr("Stop it"),
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
            self._reload(start=True)
        else:
            self.controller.toggle()

    def stop(self) -> None:
        """Esc: stop after confirming, then show the routine ready to start again."""
        if self.controller.state not in LIVE:
            return
        if dialogs.confirm(self.window, self.tr("Stop this session?")):
            self.controller.stop()
            self._reload()

    def show_library_problems(self, *, log_only: bool = False) -> None:
        """Problems with the user's own files, once, in one message.

        With ``log_only`` (``--exit-after-startup``) nothing waits for a click:
        the message goes to the log, which the command line prints on stderr.
        """
        lines = [str(p) for p in self.library.problems] + list(self.library.notices)
        if lines and log_only:
            log.warning("some of your files had problems:\n  %s", "\n  ".join(lines))
        elif lines:
            dialogs.show_problems(
                self.window,
                self.tr("Some of your files need attention"),
                lines,
                intro=self.tr("psoas-timer started, but some of your files had problems:"),
            )


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Qt's raster engine hands every fill of 96 spans or more to a pool of
    # threads and waits for them. For shapes the size of ours the hand-off costs
    # more than the fill: with the pool, a running session woke the process
    # about 490 times a second; without it, about 60 (bench/running_cost.py).
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    _send_frames_through_the_socket(os.environ)
    app = QApplication([APP_NAME])
    return app


def _send_frames_through_the_socket(environ: MutableMapping[str, str]) -> None:
    """On X11, send repaints to the X server through the socket, not shared memory
    (``QT_XCB_NO_MITSHM``), unless the user chose.

    Before Qt paints over an area it last sent through shared memory, it waits
    for the server to say it has read it: a round trip, and three or four thread
    wake-ups, for every frame of the breath circle and the figure. Through the
    socket our frames (a small square, the figure's panel) cost no more CPU, and
    a running session wakes the process about 15 times a second instead of 35
    (bench/running_cost.py). Qt only asks whether the variable is set, so a
    user's ``QT_XCB_NO_MITSHM=0`` is honoured by unsetting it: shared memory stays.
    Other platforms (Wayland, macOS, Windows) ignore it.
    """
    if environ.get("QT_XCB_NO_MITSHM") == "0":
        del environ["QT_XCB_NO_MITSHM"]
    else:
        environ.setdefault("QT_XCB_NO_MITSHM", "1")


def build_window(
    argv: list[str], *, clock: Clock = monotonic, sleep_clock: Clock | None = None
) -> MainWindow:
    """Everything ``psoas-timer ARGV`` does except running the event loop and
    greeting a first start with the safety sheet (:meth:`AppLogic.greet`).

    Dialogs (a bad ``--routine``, problems with the user's files) are queued to
    show once the event loop runs. ``sleep_clock`` tells the session that the
    machine slept (see :class:`~psoas_timer.core.session.Session`).
    """
    return _build(parse_args(argv), clock, sleep_clock)


def _build(args: argparse.Namespace, clock: Clock, sleep_clock: Clock | None) -> MainWindow:
    app = _application()
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Psoas Timer")
    # Wayland's app id and the notification server's link to our desktop entry.
    app.setDesktopFileName("io.github.psoas_timer.PsoasTimer")
    # One decision for the content, the core's words and the translator: the
    # preference, else the environment's language (load_library makes it).
    library = load_library(words=phrase)
    language.install(app, library.language)
    controller = SessionController(clock, sleep_clock=sleep_clock)
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
    if quiet:
        logic.show_library_problems(log_only=True)
    else:
        QTimer.singleShot(0, logic.show_library_problems)
        # Audio and history wait for the first paint (--exit-after-startup quits there).
        logic.defer_until_painted()
    return window


def _start_in_tray(window: MainWindow) -> bool:
    """``--tray``: stay hidden with only the tray icon, where a tray exists."""
    from .ui.desktop.tray import tray_available

    logic = window.logic
    if not isinstance(logic, AppLogic) or not tray_available():
        return False
    logic.force_tray = True
    # No first paint will come: start what waits for it from the event loop.
    QTimer.singleShot(0, logic.after_first_paint)
    return True


class _FirstPaint(QObject):
    """Ends a smoke run (``--exit-after-startup``) once the window has painted.

    The window gets its first paint event before its children paint; the exit
    is queued then, so it runs in the event loop's next turn, after the whole
    first frame is drawn and flushed. Work deferred past the first paint (the
    picker's total times, audio, history) is queued behind it and never runs:
    a smoke run measures the time to the first frame, and has nothing to save,
    so it also skips tearing down every widget and module.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _exit_now)
        return False


def _exit_now() -> None:
    log.debug("first frame painted: exiting")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


#: When the cycle collector runs again at the latest, if the first paint has not come.
SETTLE_AFTER_MS = 10_000


def run(args: argparse.Namespace, instance: Primary | None = None) -> int:
    """Open the window and run until it closes. Returns the exit code.

    ``instance``: this process is the running copy (see
    :mod:`psoas_timer.startup.single_instance`); later launches' requests come here.
    """
    window = _build(args, monotonic, boottime_clock())
    app = _application()
    if isinstance(window.logic, AppLogic):
        from .ui.desktop.quit_signals import on_quit_signal

        on_quit_signal(window, window.logic.end_for_signal)
        if instance is not None:
            window.logic.serve_launches(instance)
    # The cycle collector is held during start-up (psoas_timer.startup.launch) until
    # after the first paint; should that not come soon (a window started
    # hidden), it runs again anyway.
    QTimer.singleShot(SETTLE_AFTER_MS, long_lived.settle_if_held)
    if args.exit_after_startup:
        painted = _FirstPaint(window)
        window.installEventFilter(painted)
    if getattr(args, "tray", False) and not args.exit_after_startup and _start_in_tray(window):
        log.debug("started in the tray")
    else:
        window.show()
    if not args.exit_after_startup and isinstance(window.logic, AppLogic):
        window.logic.greet()
    code = app.exec()
    log.debug("event loop ended with %s", code)
    if instance is not None:
        instance.close()
    return int(code)
