"""The one object that owns the session's timer and speaks Qt signals.

Widgets never count time themselves: they subscribe to these signals and ask
the controller (``remaining()``, ``fraction()``) what to draw.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...core.clock import Clock, monotonic
from ...core.session import (
    CountdownTick,
    CueDue,
    Event,
    Extended,
    Finished,
    Paused,
    PauseReason,
    Resumed,
    Session,
    State,
    StepEnded,
    StepStarted,
    Stopped,
)
from ...core.timeline import Step, Timeline

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Runs a :class:`Session` on one PreciseTimer single-shot.

    The timer is aimed at whichever comes first: the session's next due
    instant (a cue, a countdown tick, the step's end) or the moment the
    displayed whole second changes. Nothing accumulates ticks; every wake-up
    asks the engine what happened up to ``now``.

    Signals:
        timelineLoaded(Timeline): a new routine is ready (state idle).
        engineEvent(Event): every engine event, in order, before the specific signals.
        stepStarted(Step): a step began.
        stepEnded(StepEnded): a step ended (completed or not).
        cueDue(CueDue): a timed cue inside the step fell due.
        countdownTick(int): 3, 2, 1 before a hold or rest ends.
        extended(Extended): the current step got longer.
        secondChanged(int): the displayed whole seconds remaining changed.
        stateChanged(State): idle, running, paused, finished or stopped.
        finished(): the routine ran to its end.
    """

    timelineLoaded = Signal(object)
    engineEvent = Signal(object)
    stepStarted = Signal(object)
    stepEnded = Signal(object)
    cueDue = Signal(object)
    countdownTick = Signal(int)
    extended = Signal(object)
    secondChanged = Signal(int)
    stateChanged = Signal(object)
    finished = Signal()

    def __init__(
        self,
        clock: Clock = monotonic,
        parent: QObject | None = None,
        *,
        sleep_clock: Clock | None = None,
    ) -> None:
        """``sleep_clock`` counts suspend too (see :class:`Session`); the app passes
        :func:`~psoas_timer.core.clock.boottime_clock`, tests a fake or nothing."""
        super().__init__(parent)
        self._clock = clock
        self._sleep_clock = sleep_clock
        self._session: Session | None = None
        self._shown_second = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

    # ----------------------------------------------------------------- queries

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def timeline(self) -> Timeline | None:
        return self._session.timeline if self._session else None

    @property
    def state(self) -> State:
        return self._session.state if self._session else State.IDLE

    @property
    def step(self) -> Step | None:
        return self._session.step if self._session else None

    def remaining(self) -> float:
        return self._session.remaining(self._clock()) if self._session else 0.0

    def display_seconds(self) -> int:
        """The whole seconds shown: rounded up, so 0 shows only at the very end."""
        return math.ceil(self.remaining() - 1e-9)

    def fraction(self) -> float:
        return self._session.fraction(self._clock()) if self._session else 0.0

    def until_next_second(self) -> float | None:
        """Seconds until the shown second next changes, when this controller wakes
        and emits :attr:`secondChanged`; ``None`` unless a session runs."""
        session = self._session
        if session is None or session.state is not State.RUNNING:
            return None
        return self._until_next_second(session, self._clock())

    @staticmethod
    def _until_next_second(session: Session, now: float) -> float:
        # The shown second changes when remaining drops to the next whole number.
        remaining = session.remaining(now)
        return remaining - (math.ceil(remaining - 1e-9) - 1)

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def timer_interval(self) -> int:
        return self._timer.interval()

    # -------------------------------------------------------------- operations

    def load(self, timeline: Timeline) -> None:
        """Replace the session with a new, idle one."""
        self._timer.stop()
        self._session = Session(timeline, self._clock, sleep_clock=self._sleep_clock)
        self._shown_second = -1
        self.timelineLoaded.emit(timeline)
        self.stateChanged.emit(State.IDLE)
        self.stepStarted.emit(self._session.step)
        self._emit_second()

    def reload(self, *, start: bool = False) -> None:
        """Load the current timeline again (idle), and start it when asked."""
        timeline = self.timeline
        if timeline is None:
            return
        self.load(timeline)
        if start:
            self.start()

    def start(self) -> None:
        self._run("start")

    def toggle(self) -> None:
        self._run("toggle")

    def pause(self, reason: PauseReason = PauseReason.USER) -> None:
        self._run("pause", reason)

    def pause_for_desktop(self, reason: PauseReason, away: bool) -> None:
        """The desktop went to sleep or locked (``away``), or came back.

        A running session pauses at its step; coming back leaves it paused,
        for the person to resume from the mat when ready.
        """
        if away and self.state is State.RUNNING:
            log.info("pausing the session: %s", reason.value)
            self.pause(reason)

    def resume(self) -> None:
        self._run("resume")

    def skip(self) -> None:
        self._run("skip")

    def back(self) -> None:
        self._run("back")

    def skip_exercise(self) -> None:
        self._run("skip_exercise")

    def extend(self) -> None:
        self._run("extend")

    def stop(self) -> None:
        self._run("stop")

    def poll(self) -> None:
        """Catch up with the clock: what the timer calls, and what tests call."""
        self._run("update")

    # ---------------------------------------------------------------- internals

    def _run(self, operation: str, *args: object) -> None:
        session = self._session
        if session is None:
            return
        before = session.state
        events: list[Event] = getattr(session, operation)(*args)
        self._dispatch(events)
        if session.state is not before:
            self.stateChanged.emit(session.state)
        self._emit_second()
        self._schedule()

    def _dispatch(self, events: list[Event]) -> None:
        for event in events:
            self.engineEvent.emit(event)
            if isinstance(event, StepStarted):
                self._shown_second = -1
                self.stepStarted.emit(event.step)
            elif isinstance(event, StepEnded):
                self.stepEnded.emit(event)
            elif isinstance(event, CueDue):
                self.cueDue.emit(event)
            elif isinstance(event, CountdownTick):
                self.countdownTick.emit(event.count)
            elif isinstance(event, Extended):
                self.extended.emit(event)
            elif isinstance(event, Finished):
                self.finished.emit()
            elif isinstance(event, Paused | Resumed | Stopped):
                pass  # reported through stateChanged

    def _emit_second(self) -> None:
        shown = self.display_seconds()
        if shown != self._shown_second:
            self._shown_second = shown
            self.secondChanged.emit(shown)

    def _schedule(self) -> None:
        session = self._session
        if session is None or session.state is not State.RUNNING:
            self._timer.stop()
            return
        now = self._clock()
        due = session.next_event_time()
        next_second = now + self._until_next_second(session, now)
        target = min(t for t in (due, next_second) if t is not None)
        # Round up: waking a millisecond late is harmless, waking early wastes a wake-up.
        delay_ms = max(0, math.ceil((target - now) * 1000))
        self._timer.start(delay_ms)
