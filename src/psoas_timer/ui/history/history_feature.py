"""The session history in the window: recording, the self-check, suggestions and the page.

Nothing here runs before the first paint. :meth:`HistoryFeature.start` (called
once the window is on screen) opens the database, starts recording, puts the
"Where did you feel it?" prompt in the session view and the progression
suggestions under the picker, and, a little later and only while no session
runs, imports the history page's module so that opening the page is quick.
The page itself (and pyqtgraph with it) is built the first time it is shown.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from ...core.debug_switches import Mechanism, enabled
from ...core.dosage import Number
from ...core.session import State
from ...startup import long_lived
from ...store.history import HistoryError, HistoryStore, open_history
from ...store.library import Library
from ..common import dialogs
from ..session.controller import SessionController
from .history_recorder import HistoryRecorder
from .self_check import SelfCheckPrompt, SuggestionsPanel

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .history_page import HistoryPage

log = logging.getLogger(__name__)

#: The module that brings in pyqtgraph; imported on first use or when idle.
PAGE_MODULE = "psoas_timer.ui.history.history_page"
#: How long after start-up (or after a session ends) the page module is imported.
PRELOAD_DELAY_MS = 1500

_LIVE = (State.RUNNING, State.PAUSED)


class HistoryFeature(QObject):
    """Owns the history store and everything in the window that uses it.

    Args:
        window: where the prompt, the suggestions and the page go.
        controller: the one session controller (recorded, and asked whether a session runs).
        library: for the catalogue and the user's dosage.
        set_dosage: applies an accepted suggestion (set one key, then save).
        on_dosage_changed: called after a suggestion changed the dosage.
        open_store: opens the database (tests pass a broken one).
    """

    def __init__(
        self,
        window: MainWindow,
        controller: SessionController,
        library: Library,
        *,
        set_dosage: Callable[[str, str, Number], None],
        on_dosage_changed: Callable[[], None],
        open_store: Callable[[], HistoryStore] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._library = library
        self._set_dosage = set_dosage
        self._on_dosage_changed = on_dosage_changed
        self._open_store = open_store or self._open_default
        self._started = False
        self._preload_waiting = False
        self._failure_shown = False
        #: Why there is no history this run ("" while all is well).
        self.problem = ""
        self.store: HistoryStore | None = None
        self.recorder: HistoryRecorder | None = None
        self.prompt: SelfCheckPrompt | None = None
        self.suggestions: SuggestionsPanel | None = None
        self.page: HistoryPage | None = None
        controller.stateChanged.connect(self._on_state)

    def _open_default(self) -> HistoryStore:
        """Open the user's history; a damaged file is kept aside and the user told."""
        store, notices = open_history()
        if store is None:
            raise HistoryError(" ".join(notices))
        if notices:
            dialogs.show_notice(self._window, self.tr("History restarted"), "\n\n".join(notices))
        return store

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """Open the database and wire the recorder, prompt and suggestions (once)."""
        if self._started:
            return
        self._started = True
        try:
            store = self._open_store()
        except (HistoryError, OSError, sqlite3.Error) as exc:
            self.problem = str(exc)
            log.warning("history is off: %s", exc)
            dialogs.show_problems(
                self._window,
                self.tr("History is off"),
                [self.problem],
                intro=self.tr(
                    "psoas-timer runs on, but your sessions will not be recorded this time:"
                ),
            )
            return
        self.store = store
        recorder = HistoryRecorder(self._controller, store, parent=self)
        recorder.failed.connect(self._on_failed)
        self.recorder = recorder

        # The library's catalogue: the tips quote its fixes, in its language.
        prompt = SelfCheckPrompt(recorder, catalogue=self._library.catalogue)
        self._window.session_view.add_panel(prompt)
        self.prompt = prompt

        library = self._library
        panel = SuggestionsPanel(
            store,
            library.catalogue,
            current=lambda ex: library.settings.effective_dosage(library.catalogue, ex),
            set_dosage=self._set_dosage,
        )
        panel.accepted.connect(lambda _suggestion: self._on_dosage_changed())
        recorder.sessionEnded.connect(lambda _record: panel.refresh())
        self._window.add_suggestions(panel)
        self.suggestions = panel

        if enabled(Mechanism.HISTORY_PRELOAD):
            QTimer.singleShot(PRELOAD_DELAY_MS, self.preload)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # ------------------------------------------------------------------ page

    def preload(self) -> None:
        """Import the page's module (and pyqtgraph) now, unless a session is running."""
        if PAGE_MODULE in sys.modules or self.page is not None:
            self._preload_waiting = False
            return
        if self._controller.state in _LIVE:
            # Importing stalls the event loop for a moment: never while cues are due.
            self._preload_waiting = True
            return
        self._preload_waiting = False
        importlib.import_module(PAGE_MODULE)
        long_lived.settle()  # pyqtgraph and numpy stay for good
        log.debug("history page module preloaded")

    def show_page(self) -> None:
        """The History tab was shown: build the page the first time, reload it after."""
        if not self._started:
            self.start()
        if self.page is not None:
            self.page.reload()
            return
        if self.store is None:
            if self._window.history_page() is None:
                note = QLabel(
                    self.tr("History is not available this time.\n\n{problem}").format(
                        problem=self.problem
                    )
                )
                note.setObjectName("historyUnavailable")
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                note.setWordWrap(True)
                self._window.set_history_page(note)
            return
        from .history_page import HistoryPage  # pulls in pyqtgraph, the first time only

        page = HistoryPage(self.store, catalogue=self._library.catalogue)
        self._window.set_history_page(page)
        self.page = page

    # ---------------------------------------------------------------- slots

    def _on_state(self, state: State) -> None:
        if self._preload_waiting and state not in _LIVE:
            self._preload_waiting = False
            QTimer.singleShot(PRELOAD_DELAY_MS, self.preload)

    def _on_failed(self, message: str) -> None:
        # One dialog per run; it waits for the event loop, so it never opens in the
        # middle of the controller's event dispatch. Later failures go to the status bar.
        if self._failure_shown:
            self._window.show_status(message)
            return
        self._failure_shown = True
        QTimer.singleShot(
            0,
            lambda: dialogs.show_problems(
                self._window,
                self.tr("Session not saved"),
                [message],
                intro=self.tr("The session runs on, but the history could not be written:"),
            ),
        )
