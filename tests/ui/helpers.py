"""Helpers shared by the widget tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_timer.core.clock import ManualClock
from psoas_timer.ui.main_window import MainWindow


def shown_window(qtbot: QtBot, clock: ManualClock, argv: list[str]) -> MainWindow:
    """The real window, built from ``argv`` on ``clock``, shown at 1280×800 and active."""
    from psoas_timer.app import build_window

    win = build_window(argv, clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def shown_window_in(
    language: str, qtbot: QtBot, clock: ManualClock, argv: list[str]
) -> MainWindow:
    """:func:`shown_window` with the ``language`` preference saved first, as a user's
    choice in Preferences would be at the next start (use ``restore_translators``)."""
    from psoas_timer.store.library import load_library

    library = load_library()
    library.settings.set_preference("language", language)
    library.settings.save()
    return shown_window(qtbot, clock, argv)


@contextmanager
def watching_every_event(watcher: QObject) -> Iterator[None]:
    """``watcher``'s event filter sees every event in the application while this lasts."""
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        yield
    finally:
        app.removeEventFilter(watcher)


def play_timers(
    win: MainWindow,
    clock: ManualClock,
    seconds: float,
    before: Callable[[float], None] = lambda at: None,
    after: Callable[[float], None] = lambda at: None,
) -> list[float]:
    """Fire the session's single-shots on ``clock`` for ``seconds``, as the event
    loop would: move the clock to whichever of the controller's and the
    animation ticker's timers falls due first, and call it. ``before(now)``
    sees the screen as it stood until then, ``after(now)`` as it is drawn.
    Returns the times of the wake-ups (one that fires both timers counts once)."""
    controller, ticker = win.controller, win.ticker
    timers = {
        "tick": (controller._timer, controller.poll),
        "frame": (ticker._timer, ticker.refresh),
    }
    due: dict[str, float | None] = {"tick": None, "frame": None}

    def read_back() -> None:
        # Armed intervals count from now; the real timers are stopped so that
        # only this loop fires them.
        for kind, (timer, _) in timers.items():
            if timer.isActive():
                due[kind] = clock.now + timer.interval() / 1000
                timer.stop()

    end = clock.now + seconds
    wakes: list[float] = []
    read_back()
    while True:
        armed = [(at, kind) for kind, at in due.items() if at is not None]
        if not armed or min(armed)[0] > end:
            return wakes
        at = min(armed)[0]
        clock.set(at)
        before(at)
        for kind in [kind for at_, kind in armed if at_ == at]:
            due[kind] = None
            timers[kind][1]()
            read_back()
        after(at)
        wakes.append(at)
