"""The session screen's one animation timer: frames timed for when a picture next changes.

No widget keeps time; they draw what the :class:`SessionController` says.
The only timer here is :class:`FrameTicker`, an animation tick of at most
30 fps that runs while a session runs and an animated widget is on screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ...core.debug_switches import Mechanism, enabled
from ...core.session import State
from ..common.visibility import ReportsVisibility
from .controller import SessionController

#: The shortest gap between two animation frames: 30 fps at most.
MIN_FRAME_MS = 34
#: The longest: a frame at least once a second while anything is watched.
MAX_FRAME_MS = 1000
#: How long a picture's change may wait for others due soon after it, so that
#: they are drawn in one wake-up (each costs far more than the drawing).
GATHER_S = 0.040


class FrameTicker(QObject):
    """Animation frames, timed for when a picture next changes.

    Each animated widget registers a frame function (:meth:`animate`): it
    brings its picture up to date and says in how many seconds that picture
    next changes. After each frame the ticker arms one PreciseTimer
    single-shot for the earliest of those, never sooner than
    :data:`MIN_FRAME_MS` (30 fps) and never later than :data:`MAX_FRAME_MS`. A
    breath pacer near the top of a breath, where the circle barely moves,
    therefore wakes the app less often than one in mid-breath, and no frame is
    drawn that would look like the last. It runs only while the session runs
    and a watched widget shows. The frame functions read the controller;
    nothing counts frames.

    Changes that fall close together share a frame: one due less than
    :data:`GATHER_S` before another (or before the controller's next second,
    which wakes the app anyway) is drawn with the later one. So the circle,
    the figure and the countdown change in one wake-up where they can, and
    a picture is never more than :data:`GATHER_S` behind.

    A frame function draws through :meth:`paint`: at once, which spares a
    lone circle's frame a trip round the event loop, or, when some paint is
    posted for this wake-up already (the figure's new position, the
    countdown's second: see :meth:`posted`), with it, so the window is
    painted and sent to the screen once.
    """

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._watched: list[ReportsVisibility] = []
        #: Whether a watched widget is on screen, worked out when one is shown or hidden.
        self._on_screen = False
        self._frames: list[Callable[[], float | None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        #: Whether the next frame is drawn when the controller's second changes.
        self._with_second = False
        #: In a frame: the widgets :meth:`paint` was asked to draw, and whether a
        #: paint is posted for this wake-up already (then they join it).
        self._to_paint: list[QWidget] = []
        self._joined = False
        #: Off (``PSOAS_TIMER_NO_FRAME_TIMING=1``): a plain 30 fps tick while
        #: running, each picture painted on its own, to tell the timing from the drawing.
        self._timed = enabled(Mechanism.FRAME_TIMING)
        controller.stateChanged.connect(self.refresh)
        controller.stepStarted.connect(self.refresh)
        controller.secondChanged.connect(self._on_second)

    def watch(self, widget: ReportsVisibility) -> None:
        """Run while ``widget`` is visible (and its window not minimised).

        The widget says when it is shown or hidden, minimising and restoring
        included. The ticker listens to that rather than filtering the
        widget's events: a filter would see every paint event of the widget
        and every update request of its window, each a call into Python,
        several times per frame.
        """
        self._watched.append(widget)
        widget.visibilityChanged.connect(self.visibility_changed)

    def visibility_changed(self) -> None:
        """A watched widget was shown or hidden: start or stop, once the change is done."""
        QTimer.singleShot(0, self._on_visibility)

    def _on_visibility(self) -> None:
        self._on_screen = any(w.isVisible() and not w.window().isMinimized() for w in self._watched)
        self.refresh()

    def animate(self, frame: Callable[[], float | None]) -> None:
        """Call ``frame()`` on every frame. It brings its picture up to date and
        returns the seconds until that picture next changes (``None``: not soon)."""
        self._frames.append(frame)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        """Milliseconds until the next frame, as armed."""
        return self._timer.interval()

    def should_run(self) -> bool:
        return self._on_screen and self._controller.state is State.RUNNING

    def refresh(self, *_: object) -> None:
        """A frame now, and the next one armed. The timer calls it; so do state
        and step changes, so a paused or hidden widget shows where things stand."""
        self._to_paint = []
        delays = [d for d in (frame() for frame in self._frames) if d is not None]
        for widget in self._to_paint:
            if self._joined:
                widget.update()
            else:
                widget.repaint()
        self._to_paint = []
        self._joined = self._with_second = False
        if not self.should_run():
            self._timer.stop()
            return
        if not self._timed:
            self._timer.start(MIN_FRAME_MS)
            return
        delay_ms = math.ceil(self._gathered(delays) * 1000) if delays else MAX_FRAME_MS
        self._timer.start(min(MAX_FRAME_MS, max(MIN_FRAME_MS, delay_ms)))

    def _gathered(self, delays: list[float]) -> float:
        """Seconds until the next frame: the last change due within :data:`GATHER_S`
        of the first. If the controller's next second falls in that span, the
        frame is drawn when it comes (the delay returned is then a fallback)."""
        first = min(delays)
        until = first + GATHER_S
        second = self._controller.until_next_second()
        if second is not None and first <= second <= until:
            self._with_second = True
            return second + GATHER_S
        return max(d for d in delays if d <= until)

    def paint(self, widget: QWidget) -> None:
        """Draw ``widget``'s new picture in this frame (for a frame function)."""
        self._to_paint.append(widget)

    def posted(self) -> None:
        """A frame function posted a paint (``update()``) for this wake-up: what
        :meth:`paint` draws in this frame goes with it."""
        self._joined = self._timed

    def _on_second(self, *_: object) -> None:
        if self._with_second:
            # The countdown's new second is posted: the frame's paints join it.
            self._joined = True
            self.refresh()
