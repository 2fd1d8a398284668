"""The main window: composes the picker, session view, side panel and library, and wires keys.

It holds no session logic. What the user asks for leaves as signals
(:attr:`MainWindow.choiceRequested`, :attr:`toggleRequested`,
:attr:`stopRequested`, ...) or as the actions in :attr:`MainWindow.actions_by_name`,
which :mod:`psoas_timer.app` acts on; everything shown comes from the
:class:`SessionController`'s signals. Pieces that are not needed for the first
paint (the self-check prompt, the suggestions, the history page) are added
later through :meth:`MainWindow.add_suggestions`, :meth:`SessionView.add_panel`
and :meth:`MainWindow.set_history_page`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.session import State
from ..core.timeline import Step, Timeline
from ..store import paths
from ..store.library import Library
from .common import dialogs
from .common.pages import Pages
from .common.screen_fit import resize_within_screen
from .common.shortcuts import BY_NAME, make_actions, new_action, shortcut_rows
from .common.vocabulary import QT_TRANSLATE_NOOP
from .session.controller import SessionController
from .session.frame_ticker import FrameTicker
from .session.picker import RoutinePicker
from .session.session_view import SessionView, SidePanel, state_words
from .session.step_pose import make_pose_view

if TYPE_CHECKING:
    from .library.library_page import LibraryPage
    from .session.first_run import FirstRunSheet

log = logging.getLogger(__name__)

#: The control buttons: (action name, objectName, accessible name).
BUTTONS = (
    ("toggle", "startPauseButton", QT_TRANSLATE_NOOP("MainWindow", "Start or pause")),
    ("back", "backButton", QT_TRANSLATE_NOOP("MainWindow", "Back")),
    ("skip", "skipButton", QT_TRANSLATE_NOOP("MainWindow", "Skip step")),
    ("skip_exercise", "skipExerciseButton", QT_TRANSLATE_NOOP("MainWindow", "Skip exercise")),
    ("extend", "extendButton", QT_TRANSLATE_NOOP("MainWindow", "Add 10 seconds")),
    ("stop", "stopButton", QT_TRANSLATE_NOOP("MainWindow", "Stop")),
)

LIVE = (State.RUNNING, State.PAUSED)

# The picker's column: wide enough for its longest name (a German or Spanish
# one is half as long again as the English), never more than this share of
# the window, and never narrower than the English layout's.
PICKER_SHARE = 0.3
PICKER_WIDTH = 230
# The session column, read from the floor, keeps at least this share of the
# window: what it has in the English layout (682 of 1280 px).
SESSION_SHARE = 0.53

#: Menu actions that have no key of their own: (name, text, status tip).
MENU_ACTIONS = (
    (
        "library",
        QT_TRANSLATE_NOOP("MainWindow", "Exercise library"),
        QT_TRANSLATE_NOOP("MainWindow", "Every exercise with its how-to and form checks"),
    ),
    (
        "history",
        QT_TRANSLATE_NOOP("MainWindow", "History"),
        QT_TRANSLATE_NOOP("MainWindow", "Your sessions, streak and progress"),
    ),
    (
        "edit_routines",
        QT_TRANSLATE_NOOP("MainWindow", "Edit routines…"),
        QT_TRANSLATE_NOOP("MainWindow", "Make, copy, rename and change routines"),
    ),
    (
        "edit_dosage",
        QT_TRANSLATE_NOOP("MainWindow", "Edit dosage…"),
        QT_TRANSLATE_NOOP("MainWindow", "Holds, reps, sets and rests of the current exercise"),
    ),
    (
        "import_routine",
        QT_TRANSLATE_NOOP("MainWindow", "Import routine…"),
        QT_TRANSLATE_NOOP("MainWindow", "Add a routine from a .toml file"),
    ),
    (
        "export_routine",
        QT_TRANSLATE_NOOP("MainWindow", "Export routine…"),
        QT_TRANSLATE_NOOP("MainWindow", "Save the current routine to a .toml file"),
    ),
    (
        "safety",
        QT_TRANSLATE_NOOP("MainWindow", "Safety and first steps"),
        QT_TRANSLATE_NOOP("MainWindow", "The safety note, and the keys to use from the floor"),
    ),
)

#: The tabs, in order.
SESSION_TAB, LIBRARY_TAB, HISTORY_TAB = range(3)


def window_settings() -> QSettings:
    """Window geometry lives in an INI file beside our settings (so tests stay in tmp_path)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class ColumnSplitter(QSplitter):
    """A QSplitter that says when it has been resized.

    Signals:
        resized(): after each resize, its widgets already at their new widths.
    """

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class MainWindow(QMainWindow):
    """Signals:
    choiceRequested(str, bool): a routine id or ``exercise:<id>`` to load, and whether to start.
    toggleRequested(): start, pause, resume, or start again.
    stopRequested(): stop the session (the handler asks first).
    dosageRequested(str): edit the dosage of this exercise id (picker, library page).
    routineEditRequested(str): open the routine editor on this routine id.
    historyShown(): the History tab was shown (the page is built on the first time).
    firstRunDismissed(): the user closed the first-run sheet (safety note and keys).
    """

    choiceRequested = Signal(str, bool)
    toggleRequested = Signal()
    stopRequested = Signal()
    dosageRequested = Signal(str)
    routineEditRequested = Signal(str)
    historyShown = Signal()
    firstRunDismissed = Signal()

    def __init__(
        self, controller: SessionController, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.controller = controller
        self.library = library
        self._focus_mode = False
        self._was_maximized = False
        #: Set by the companion: whether closing an idle window hides it into the tray.
        self.keep_in_tray: Callable[[], bool] | None = None
        self._splitter_state: QByteArray | None = None
        self._library_page: LibraryPage | None = None
        self._history_page: QWidget | None = None
        self._first_run: FirstRunSheet | None = None
        #: The object acting on this window's requests (kept alive with the window).
        self.logic: QObject | None = None

        self.actions_by_name: dict[str, QAction] = make_actions(self)
        self.actions_by_name["mute"].setCheckable(True)
        for name, text, tip in MENU_ACTIONS:
            action = new_action(self.tr(text), self)
            action.setObjectName(f"{name}Action")
            action.setStatusTip(self.tr(tip))
            self.actions_by_name[name] = action
        self.buttons: dict[str, QPushButton] = {}
        for name, object_name, accessible in BUTTONS:
            action = self.actions_by_name[name]
            button = QPushButton(self)  # (text, parent) would build QIcon: see new_action
            button.setText(action.text())
            button.setObjectName(object_name)
            button.setAccessibleName(self.tr(accessible))
            button.setToolTip(BY_NAME[name].tooltip())
            # Buttons never take focus, so Space always reaches the window's shortcut.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            self.buttons[name] = button

        self.ticker = FrameTicker(controller, self)
        self.picker = RoutinePicker(library, self)
        self.session_view = SessionView(controller, self.ticker, list(self.buttons.values()), self)
        self.session_view.button_rows.set_texts(
            self.buttons["toggle"], self._toggle_texts().values()
        )
        self.pose_view = make_pose_view(self)
        self.side_panel = SidePanel(
            controller, library.catalogue, self.pose_view, self.ticker, self
        )

        # The picker, and below it the progression suggestions once the history is open.
        self.left_column = QWidget(self)
        self.left_column.setObjectName("pickerColumn")
        left = QVBoxLayout(self.left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(self.picker, 1)

        self.splitter = ColumnSplitter(Qt.Orientation.Horizontal, self)
        # Shared now, and again once the columns' layouts have taken their new
        # widths (their least widths change with them: a narrow window can
        # leave the first share short of what it could give).
        self._columns_again = QTimer(self)
        self._columns_again.setSingleShot(True)
        self._columns_again.setInterval(0)
        self._columns_again.timeout.connect(self._share_columns)
        self.splitter.resized.connect(self._share_columns)
        self.splitter.resized.connect(self._columns_again.start)
        self.splitter.setObjectName("sessionSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_column)
        self.splitter.addWidget(self.session_view)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        picker = min(max(PICKER_WIDTH, self.picker.preferred_width()), round(PICKER_SHARE * 1280))
        self.splitter.setSizes([picker, 1280 - picker - 360, 360])
        self.picker.setMinimumWidth(200)
        self.side_panel.setMinimumWidth(260)

        self.tabs = Pages(self)
        self.tabs.setObjectName("pages")
        self.tabs.addTab(self.splitter, self.tr("Session"))
        self._library_holder = QWidget(self)
        QVBoxLayout(self._library_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._library_holder, self.tr("Library"))
        self._history_holder = QWidget(self)
        QVBoxLayout(self._history_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._history_holder, self.tr("History"))
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.currentChanged.connect(self._on_tab)
        self.setCentralWidget(self.tabs)

        # "Sound off" while muted, at the right of the status bar.
        self.sound_label = QLabel(self.tr("Sound off"), self)
        self.sound_label.setObjectName("soundStatus")
        self.sound_label.setAccessibleName(self.tr("Sound is off"))
        self.sound_label.setToolTip(self.tr("Sound and voice cues are muted; press M to unmute"))
        self.statusBar().addPermanentWidget(self.sound_label)
        self.sound_label.hide()

        self._build_menus()
        self._wire()
        resize_within_screen(self, 1280, 800)
        self.setMinimumSize(800, 560)
        self._restore_geometry()
        self.session_view.apply_fonts()  # now it knows its height (see apply_fonts)

    # --------------------------------------------------------------- building

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu(self.tr("&Session"))
        for name in ("toggle", "back", "skip", "skip_exercise", "extend", "stop"):
            session.addAction(self.actions_by_name[name])
        session.addSeparator()
        session.addAction(self.actions_by_name["focus"])
        session.addAction(self.actions_by_name["mute"])
        session.addSeparator()
        session.addAction(self.actions_by_name["preferences"])
        session.addSeparator()
        session.addAction(self.actions_by_name["quit"])
        routines = bar.addMenu(self.tr("&Routines"))
        routines.setObjectName("routinesMenu")
        for name in ("edit_routines", "edit_dosage", "", "import_routine", "export_routine"):
            if name:
                routines.addAction(self.actions_by_name[name])
            else:
                routines.addSeparator()
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.actions_by_name["library"])
        view.addAction(self.actions_by_name["history"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.actions_by_name["safety"])
        help_menu.addAction(self.actions_by_name["help"])
        about = new_action(self.tr("About psoas-timer"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        for action in self.actions_by_name.values():
            action.setShortcutVisibleInContextMenu(True)

    def _wire(self) -> None:
        a = self.actions_by_name
        c = self.controller
        a["toggle"].triggered.connect(self.toggleRequested)
        a["back"].triggered.connect(c.back)
        a["skip"].triggered.connect(c.skip)
        a["skip_exercise"].triggered.connect(c.skip_exercise)
        a["extend"].triggered.connect(c.extend)
        a["stop"].triggered.connect(self._on_escape)
        a["focus"].triggered.connect(self.toggle_focus_mode)
        a["quit"].triggered.connect(self.close)
        a["help"].triggered.connect(self.show_shortcuts)
        a["safety"].triggered.connect(self.show_first_run)
        a["library"].triggered.connect(self.show_library)
        a["history"].triggered.connect(self.show_history)
        a["next_page"].triggered.connect(lambda: self.tabs.turn(1))
        a["previous_page"].triggered.connect(lambda: self.tabs.turn(-1))
        self.picker.chosen.connect(self.choiceRequested)
        self.picker.dosageRequested.connect(self.dosageRequested)
        self.picker.routineEditRequested.connect(self.routineEditRequested)
        c.stateChanged.connect(self._update_controls)
        c.stepStarted.connect(self._update_controls)
        c.extended.connect(self._update_controls)
        c.timelineLoaded.connect(self._on_timeline)

    # ------------------------------------------------------------ behaviour

    @property
    def focus_mode(self) -> bool:
        return self._focus_mode

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self._focus_mode)

    def set_focus_mode(self, on: bool) -> None:
        """Full screen with only the countdown, phase, breath prompt and pose."""
        if on == self._focus_mode:
            return
        self._focus_mode = on
        if on:
            self._was_maximized = self.isMaximized()
            self.tabs.setCurrentIndex(SESSION_TAB)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        self.left_column.setVisible(not on)
        self.session_view.set_focus_mode(on)
        self.side_panel.set_focus_mode(on)
        if on:
            self._splitter_state = self.splitter.saveState()
            self.showFullScreen()
            self._balance_focus()
        else:
            if self._splitter_state is not None:
                self.splitter.restoreState(self._splitter_state)
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()

    def _balance_focus(self) -> None:
        # Half the screen for the figure: it is all the side panel shows now.
        if self._focus_mode:
            half = max(1, self.splitter.width() // 2)
            self.splitter.setSizes([0, half, half])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._focus_mode:
            self._balance_focus()

    def _share_columns(self) -> None:
        """Fit the picker and the session's controls to the window's width.

        The splitter gives all of a change in width to the session column (the
        others' stretch is 0), so a smaller window would squeeze the countdown
        and its buttons while the columns beside it keep their room. The picker
        gives back what is over its share of the window; then, while the session
        has less than its share or its buttons would not fit in one row, the
        side panel and the picker give what they can: the session is read from
        the floor, and a name cut short in the picker ends in "…" and shows
        whole in its tooltip.
        """
        sizes = self.splitter.sizes()
        if self._focus_mode or len(sizes) != 3:
            return
        picker, session, side = sizes
        cap = max(self.picker.minimumWidth(), round(PICKER_SHARE * self.width()))
        if picker > cap:
            picker, session = cap, session + picker - cap
        wanted = max(self.session_view.one_row_width(), round(SESSION_SHARE * self.width()))
        short = wanted - session
        if short > 0:
            from_side = min(short, max(0, side - self.side_panel.minimumWidth()))
            from_picker = min(short - from_side, max(0, picker - self.picker.minimumWidth()))
            picker, side = picker - from_picker, side - from_side
            session += from_side + from_picker
        if [picker, session, side] != sizes:
            self.splitter.setSizes([picker, session, side])

    def show_library(self) -> None:
        self.tabs.setCurrentIndex(LIBRARY_TAB)

    def library_page(self) -> LibraryPage | None:
        """The library page, or None if it has not been shown yet (it is built lazily)."""
        return self._library_page

    def show_history(self) -> None:
        self.tabs.setCurrentIndex(HISTORY_TAB)

    def history_page(self) -> QWidget | None:
        """The history page, or None until it is first shown (pyqtgraph is loaded then)."""
        return self._history_page

    def set_history_page(self, page: QWidget) -> None:
        """Put ``page`` (the charts, or a note that history is off) in the History tab."""
        layout = self._history_holder.layout()
        assert layout is not None
        if self._history_page is not None:
            layout.removeWidget(self._history_page)
            self._history_page.deleteLater()
        layout.addWidget(page)
        page.show()
        self._history_page = page

    def add_suggestions(self, panel: QWidget) -> None:
        """Show the progression suggestions under the picker (the panel hides itself when empty)."""
        layout = self.left_column.layout()
        assert layout is not None
        layout.addWidget(panel)

    def show_muted(self, muted: bool) -> None:
        """Mark sound as off (or on) in the status bar and the Mute action."""
        self.sound_label.setVisible(muted)
        action = self.actions_by_name["mute"]
        action.setChecked(muted)
        action.setText(self.tr("Unmute sound") if muted else self.tr("Mute sound"))

    def show_status(self, text: str, timeout_ms: int = 10000) -> None:
        """A passing note at the bottom of the window."""
        self.statusBar().showMessage(text, timeout_ms)

    def show_shortcuts(self) -> None:
        dialogs.show_notice(
            self, self.tr("Keyboard shortcuts"), dialogs.shortcut_html(shortcut_rows()), rich=True
        )

    @property
    def first_run_sheet(self) -> FirstRunSheet | None:
        """The first-run sheet, once it has been shown."""
        return self._first_run

    def show_first_run(self) -> None:
        """Show the safety note and the floor keys over the Session page.

        Built the first time it is needed: most starts never show it.
        """
        if self._first_run is None:
            from .session.first_run import FirstRunSheet

            self._first_run = FirstRunSheet(
                self.library.catalogue.safety_note, self.splitter, self.tabs
            )
            self._first_run.dismissed.connect(self.firstRunDismissed)
        if self._focus_mode:
            self.set_focus_mode(False)
        self.tabs.setCurrentIndex(SESSION_TAB)
        self._first_run.present()

    def show_about(self) -> None:
        from html import escape

        note = escape(self.library.catalogue.safety_note)
        dialogs.show_notice(
            self,
            self.tr("About psoas-timer"),
            self.tr(
                "<h3>psoas-timer {version}</h3><p>A guided timer for psoas strengthening and "
                "release exercises.</p><p><b>Safety.</b> {note}</p>"
            ).format(version=escape(__version__), note=note),
            rich=True,
        )

    def _on_escape(self) -> None:
        # Esc leaves focus mode first; only outside it does it stop the session.
        if self._focus_mode:
            self.set_focus_mode(False)
        elif self.controller.state in LIVE:
            self.stopRequested.emit()

    def _on_tab(self, index: int) -> None:
        if index == HISTORY_TAB:
            self.historyShown.emit()
        if index == LIBRARY_TAB and self._library_page is None:
            from .library.library_page import LibraryPage

            library = self.library
            page = LibraryPage(
                library.catalogue,
                self._library_holder,
                dosage_of=lambda ex: library.settings.effective_dosage(library.catalogue, ex),
            )
            page.startRequested.connect(self._start_from_library)
            page.dosageRequested.connect(self.dosageRequested)
            layout = self._library_holder.layout()
            assert layout is not None
            layout.addWidget(page)
            page.show()
            self._library_page = page

    def _start_from_library(self, choice: str) -> None:
        self.tabs.setCurrentIndex(SESSION_TAB)
        self.choiceRequested.emit(choice, True)

    def _on_timeline(self, timeline: Timeline) -> None:
        self.picker.select_id(timeline.routine_id)
        self._update_controls()

    def _toggle_texts(self) -> dict[State, str]:
        """The start/pause button's text in each state."""
        return {
            State.IDLE: self.tr("Start"),
            State.RUNNING: self.tr("Pause"),
            State.PAUSED: self.tr("Resume"),
            State.FINISHED: self.tr("Start again"),
            State.STOPPED: self.tr("Start again"),
        }

    def _update_controls(self, *_: object) -> None:
        state = self.controller.state
        step: Step | None = self.controller.step
        toggle = self._toggle_texts()[state]
        self.actions_by_name["toggle"].setText(toggle)
        self.buttons["toggle"].setText(toggle)
        live = state in LIVE
        for name in ("back", "skip", "skip_exercise", "stop"):
            self.actions_by_name[name].setEnabled(live)
            self.buttons[name].setEnabled(live)
        extendable = live and step is not None and step.extendable
        self.actions_by_name["extend"].setEnabled(extendable)
        self.buttons["extend"].setEnabled(extendable)
        # Esc must keep working in focus mode even when there is nothing to stop.
        self.actions_by_name["stop"].setEnabled(True)
        timeline = self.controller.timeline
        name = timeline.routine_name if timeline else "psoas-timer"
        self.setWindowTitle(f"{name} — {state_words(state)}")

    # ------------------------------------------------------------ window

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.state in LIVE and not dialogs.confirm(
            self, self.tr("A session is under way. Stop it and quit?"), yes=self.tr("Stop and quit")
        ):
            event.ignore()
            return
        if self.controller.state in LIVE:
            self.controller.stop()
        elif self.keep_in_tray is not None and self.keep_in_tray():
            self._save_geometry()
            self.hide()
            event.ignore()
            return
        self._save_geometry()
        event.accept()

    def _save_geometry(self) -> None:
        if self._focus_mode:
            return
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()

    def _restore_geometry(self) -> None:
        settings = window_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
