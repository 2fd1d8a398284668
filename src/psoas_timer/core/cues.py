"""Which audio cues an engine event calls for, and whether it is still worth playing.

This is the Qt-free half of the audio feature: it turns engine events into
*actions* (play a sound, say a phrase, hush), and the Qt layer only carries
them out. Every cue comes from an engine event; nothing here keeps time.

The no-backlog policy. Events arrive in batches: usually one at a time, on
time, but after a stall the engine reports everything it missed in one go.
A batch is judged against the session's state *after* the batch (the
controller has already applied it when the events are emitted):

* only the current step's start is announced; starts of steps that were
  already over by the time anyone noticed are dropped;
* the current step's start is announced even if it is a little late, because
  it is what the person should be doing now;
* ticks and timed cues play only if they are at most :data:`STALE_AFTER`
  seconds old, and only in a running session;
* a pause (by the user or after a gap) or a stop hushes the voice, and a
  gap-paused batch plays nothing; resuming replays nothing.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from .model import Phase
from .session import (
    CountdownTick,
    CueDue,
    Event,
    Finished,
    Paused,
    State,
    StepStarted,
    Stopped,
)
from .timeline import Step

#: A tick or timed cue older than this (seconds, against the clock at delivery) is dropped.
STALE_AFTER = 0.5
#: A phrase queued behind the step's title is dropped if it cannot start within this.
SPEECH_LATE_AFTER = 2.5

SWITCH_SIDES_WORDS = "Switch sides"
LAST_REP_WORDS = "Last rep"


class Sound(enum.Enum):
    """The cue sounds; each value is the WAV file's stem in ``assets/sounds``."""

    EFFORT_START = "effort_start"
    RELEASE_START = "release_start"
    TICK = "tick"
    SWITCH_SIDES = "switch_sides"
    EXERCISE_DONE = "exercise_done"
    ROUTINE_DONE = "routine_done"


class Mode(enum.Enum):
    """The ``cues`` preference."""

    BEEPS = "beeps"
    VOICE = "voice"
    BOTH = "both"

    @classmethod
    def parse(cls, value: object, default: Mode | None = None) -> Mode:
        for mode in cls:
            if value == mode.value or value is mode:
                return mode
        return default if default is not None else cls.BOTH


#: Phases where the muscle works get the effort sound; the rest get the release sound.
EFFORT_PHASES = frozenset({Phase.LIFT, Phase.HOLD})

START_SOUNDS: dict[Phase, Sound] = {
    Phase.PREPARE: Sound.RELEASE_START,
    Phase.LIFT: Sound.EFFORT_START,
    Phase.HOLD: Sound.EFFORT_START,
    Phase.LOWER: Sound.RELEASE_START,
    Phase.REST: Sound.RELEASE_START,
    Phase.SWITCH_SIDES: Sound.SWITCH_SIDES,
    # A transition starts when the last step of an exercise has ended.
    Phase.TRANSITION: Sound.EXERCISE_DONE,
    # The routine's end includes its last exercise's end: one sound, not two at once.
    Phase.FINISHED: Sound.ROUTINE_DONE,
}


@dataclass(frozen=True)
class PlaySound:
    at: float  # when it was due on the session's clock
    sound: Sound


@dataclass(frozen=True)
class Say:
    at: float
    text: str
    #: A new step's title: stop whatever is being said and forget the queue.
    interrupt: bool = False
    #: If it has not started by this instant, drop it.
    expires: float = math.inf


@dataclass(frozen=True)
class Hush:
    """Stop speaking now and forget anything queued."""

    at: float


Action = PlaySound | Say | Hush


@dataclass(frozen=True)
class CueOptions:
    """What the person wants to hear and what can actually be played."""

    beeps: bool = True
    voice: bool = True
    ticks: bool = True

    @classmethod
    def for_mode(cls, mode: Mode, *, ticks: bool = True) -> CueOptions:
        return cls(beeps=mode is not Mode.VOICE, voice=mode is not Mode.BEEPS, ticks=ticks)


def start_sound(step: Step) -> Sound:
    return START_SOUNDS[step.phase]


def step_phrases(step: Step) -> list[str]:
    """What the voice says when ``step`` starts, the title first."""
    phrases = [step.title]
    if step.phase is Phase.SWITCH_SIDES and SWITCH_SIDES_WORDS.lower() not in step.title.lower():
        phrases.insert(0, SWITCH_SIDES_WORDS)
    if step.phase is Phase.LIFT and step.last_rep:
        phrases.append(LAST_REP_WORDS)
    return phrases


def is_fresh(event: Event, now: float) -> bool:
    return event.at >= now - STALE_AFTER


def actions_for(
    event: Event,
    *,
    now: float,
    current: Step | None,
    state: State,
    options: CueOptions,
) -> list[Action]:
    """The actions one event calls for.

    Args:
        event: an engine event, delivered now.
        now: the session clock at delivery.
        current: the session's step after the whole batch was applied.
        state: the session's state after the whole batch was applied.
        options: what may be played.
    """
    if isinstance(event, Paused | Stopped):
        return [Hush(at=event.at)] if options.voice else []
    if isinstance(event, Finished):
        return []  # the finished step's start already carries the routine-done sound
    if isinstance(event, StepStarted):
        return _step_start(event, now=now, current=current, state=state, options=options)
    if isinstance(event, CountdownTick | CueDue):
        if state is not State.RUNNING or current is None or event.step.index != current.index:
            return []
        if not is_fresh(event, now):
            return []
        if isinstance(event, CueDue):
            if not options.voice:
                return []
            return [Say(at=event.at, text=event.cue.text, expires=event.at + SPEECH_LATE_AFTER)]
        if not options.ticks:
            return []
        if options.beeps:
            return [PlaySound(at=event.at, sound=Sound.TICK)]
        if options.voice:
            return [Say(at=event.at, text=str(event.count), expires=event.at + STALE_AFTER)]
    return []  # StepEnded, Resumed, Extended: nothing to hear


def _step_start(
    event: StepStarted, *, now: float, current: Step | None, state: State, options: CueOptions
) -> list[Action]:
    if current is None or event.step.index != current.index:
        return []  # a step that was over before anyone noticed
    if state is State.PAUSED and not is_fresh(event, now):
        return []  # paused after a gap: the person was not there to hear it
    if state is State.STOPPED:
        return []
    actions: list[Action] = []
    if options.beeps:
        actions.append(PlaySound(at=event.at, sound=start_sound(event.step)))
    if options.voice:
        for i, text in enumerate(step_phrases(event.step)):
            if i == 0:
                actions.append(Say(at=event.at, text=text, interrupt=True))
            else:
                late = max(event.at, now) + SPEECH_LATE_AFTER
                actions.append(Say(at=event.at, text=text, expires=late))
    return actions


def plan_batch(
    events: list[Event],
    *,
    now: float,
    current: Step | None,
    state: State,
    options: CueOptions,
) -> list[Action]:
    """The actions for a batch of events delivered together; see :func:`actions_for`."""
    actions: list[Action] = []
    for event in events:
        actions += actions_for(event, now=now, current=current, state=state, options=options)
    return actions
