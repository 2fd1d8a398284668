"""Which cues the engine's events call for, and the no-backlog policy."""

from __future__ import annotations

import random
from types import MappingProxyType

import pytest

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.cues import (
    EFFORT_PHASES,
    LAST_REP_WORDS,
    STALE_AFTER,
    START_SOUNDS,
    SWITCH_SIDES_WORDS,
    Action,
    CueOptions,
    Hush,
    Mode,
    PlaySound,
    Say,
    Sound,
    actions_for,
    plan_batch,
    step_phrases,
)
from psoas_timer.core.model import Block, Phase, Routine, TimedCue
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.session import (
    CountdownTick,
    CueDue,
    Finished,
    Paused,
    PauseReason,
    Resumed,
    Session,
    State,
    StepStarted,
    Stopped,
)
from psoas_timer.core.timeline import COUNTED_DOWN, Timeline, compile_timeline

CAT = load_catalogue()
BOTH = CueOptions()


def timeline(exercise_id: str = "supine-march", **overrides: float) -> Timeline:
    routine = Routine("t", "T", "", (Block(exercise_id, MappingProxyType(overrides)),))
    return compile_timeline(routine, CAT)


def builtin(routine_id: str = "strength-starter") -> Timeline:
    return compile_timeline(builtin_routines()[routine_id], CAT)


def pump(s: Session, clock: ManualClock, options: CueOptions = BOTH) -> list[Action]:
    """One update, judged as the UI judges it: against the state after the batch."""
    events = s.update()
    return plan_batch(events, now=clock(), current=s.step, state=s.state, options=options)


def run(
    s: Session,
    clock: ManualClock,
    seconds: float,
    options: CueOptions = BOTH,
    rng: random.Random | None = None,
) -> list[Action]:
    rng = rng or random.Random(7)
    actions: list[Action] = []
    end = clock.now + seconds
    while clock.now < end and s.state is State.RUNNING:
        clock.advance(min(rng.uniform(0.005, 0.09), end - clock.now))
        actions += pump(s, clock, options)
    return actions


def sounds(actions: list[Action]) -> list[Sound]:
    return [a.sound for a in actions if isinstance(a, PlaySound)]


def spoken(actions: list[Action]) -> list[str]:
    return [a.text for a in actions if isinstance(a, Say)]


# ------------------------------------------------------------------ mapping


def test_every_phase_has_a_start_sound_and_effort_differs_from_release() -> None:
    assert set(START_SOUNDS) == set(Phase)
    effort = {START_SOUNDS[p] for p in EFFORT_PHASES}
    release = {START_SOUNDS[p] for p in (Phase.LOWER, Phase.REST, Phase.PREPARE)}
    assert effort == {Sound.EFFORT_START}
    assert release == {Sound.RELEASE_START}
    assert START_SOUNDS[Phase.SWITCH_SIDES] is Sound.SWITCH_SIDES
    assert START_SOUNDS[Phase.TRANSITION] is Sound.EXERCISE_DONE
    assert START_SOUNDS[Phase.FINISHED] is Sound.ROUTINE_DONE


def test_phrases_title_first_then_last_rep_and_switch_sides() -> None:
    tl = builtin("advanced")
    lifts = [s for s in tl if s.phase is Phase.LIFT]
    assert all(step_phrases(s)[0] == s.title for s in lifts)
    last = [s for s in lifts if s.last_rep]
    assert last and all(step_phrases(s) == [s.title, LAST_REP_WORDS] for s in last)
    assert all(LAST_REP_WORDS not in step_phrases(s) for s in lifts if not s.last_rep)
    switches = [s for s in tl if s.phase is Phase.SWITCH_SIDES]
    assert switches
    for s in switches:
        phrases = step_phrases(s)
        assert SWITCH_SIDES_WORDS in phrases and s.title in phrases


def test_mode_parsing_and_options() -> None:
    assert Mode.parse("voice") is Mode.VOICE
    assert Mode.parse("nonsense") is Mode.BOTH
    assert Mode.parse(3, Mode.BEEPS) is Mode.BEEPS
    assert CueOptions.for_mode(Mode.BEEPS) == CueOptions(beeps=True, voice=False)
    assert CueOptions.for_mode(Mode.VOICE, ticks=False) == CueOptions(False, True, False)


# ------------------------------------------------------------ a whole routine


def test_whole_routine_plays_every_start_tick_and_cue_once_on_time() -> None:
    clock = ManualClock()
    tl = builtin("strength-starter")
    s = Session(tl, clock)
    first = s.start()
    t0 = clock()
    actions = plan_batch(first, now=clock(), current=s.step, state=s.state, options=BOTH)
    actions += run(s, clock, tl.total_seconds + 5)
    assert s.state is State.FINISHED

    expected: list[tuple[float, Sound]] = []
    for step in tl:
        expected.append((t0 + step.start, START_SOUNDS[step.phase]))
        if step.phase in COUNTED_DOWN:
            expected += [
                (t0 + step.end - n, Sound.TICK) for n in (3, 2, 1) if step.duration - n > 0
            ]
    expected.sort(key=lambda pair: pair[0])
    played = [(a.at, a.sound) for a in actions if isinstance(a, PlaySound)]
    assert [p[1] for p in played] == [e[1] for e in expected]
    assert all(abs(p[0] - e[0]) < 1e-6 for p, e in zip(played, expected, strict=True))

    titles = [a.text for a in actions if isinstance(a, Say) and a.interrupt]
    assert titles == [step_phrases(step)[0] for step in tl]
    said = spoken(actions)
    assert all(step.title in said for step in tl)
    cue_texts = [c.text for step in tl for c in step.cues]
    assert cue_texts
    assert [t for t in said if t in set(cue_texts)] == cue_texts
    assert said.count(LAST_REP_WORDS) == sum(1 for x in tl if x.phase is Phase.LIFT and x.last_rep)


# ---------------------------------------------------------------- no backlog


def test_after_a_stall_only_the_newest_step_start_plays() -> None:
    clock = ManualClock()
    tl = timeline(reps=2, sets=1, hold_seconds=5, rest_seconds=4)
    s = Session(tl, clock)
    s.start()
    run(s, clock, tl[0].duration + 0.05)  # into the first lift
    assert s.step.phase is Phase.LIFT
    clock.advance(4.5)  # a stall (below the gap threshold) over lift's end and most of hold
    events = s.update()
    assert sum(isinstance(e, StepStarted) for e in events) >= 1
    assert any(isinstance(e, CountdownTick) for e in events)
    actions = plan_batch(events, now=clock(), current=s.step, state=s.state, options=BOTH)
    starts = [a for a in actions if isinstance(a, PlaySound) and a.sound is not Sound.TICK]
    assert len(starts) == 1 and starts[0].at == max(
        e.at for e in events if isinstance(e, StepStarted)
    )
    # ticks more than STALE_AFTER old are dropped; at most the one just due survives
    ticks = [a for a in actions if isinstance(a, PlaySound) and a.sound is Sound.TICK]
    assert all(a.at >= clock() - STALE_AFTER for a in ticks)
    assert len(ticks) <= 1
    titles = [a for a in actions if isinstance(a, Say) and a.interrupt]
    assert [a.text for a in titles] == [s.step.title]


def test_a_gap_pauses_silently_and_resuming_replays_nothing() -> None:
    clock = ManualClock()
    tl = timeline(reps=2, sets=1)
    s = Session(tl, clock)
    s.start()
    run(s, clock, 3.0)
    clock.advance(30)  # the laptop slept
    events = s.update()
    assert any(isinstance(e, Paused) and e.reason is PauseReason.GAP for e in events)
    actions = plan_batch(events, now=clock(), current=s.step, state=s.state, options=BOTH)
    assert all(isinstance(a, Hush) for a in actions) and actions
    clock.advance(2)
    resumed = s.resume()
    assert any(isinstance(e, Resumed) for e in resumed)
    assert plan_batch(resumed, now=clock(), current=s.step, state=s.state, options=BOTH) == []
    later = run(s, clock, 30)
    assert all(a.at >= clock.now - 30 - 1e-9 for a in later)  # nothing from before the resume


def test_stale_tick_and_cue_are_dropped_fresh_ones_play() -> None:
    tl = timeline(reps=1, sets=1)
    hold = next(x for x in tl if x.phase is Phase.HOLD)
    cue = TimedCue(Phase.HOLD, 1.0, "Keep breathing")
    tick = CountdownTick(at=100.0, step=hold, count=2)
    due = CueDue(at=100.0, step=hold, cue=cue)
    for event in (tick, due):
        fresh = actions_for(event, now=100.2, current=hold, state=State.RUNNING, options=BOTH)
        stale = actions_for(event, now=100.7, current=hold, state=State.RUNNING, options=BOTH)
        assert fresh and stale == []
        # a tick of a step that is no longer current never plays
        other = next(x for x in tl if x.phase is Phase.LOWER)
        assert actions_for(event, now=100.0, current=other, state=State.RUNNING, options=BOTH) == []
        # nor while paused
        assert actions_for(event, now=100.0, current=hold, state=State.PAUSED, options=BOTH) == []


def test_skip_while_paused_announces_the_new_step() -> None:
    clock = ManualClock()
    s = Session(timeline(reps=1, sets=1), clock)
    s.start()
    run(s, clock, 2)
    s.pause()
    clock.advance(1)
    events = s.skip()
    actions = plan_batch(events, now=clock(), current=s.step, state=s.state, options=BOTH)
    assert sounds(actions) == [START_SOUNDS[s.step.phase]]
    assert spoken(actions)[0] == s.step.title


def test_pause_and_stop_hush_the_voice() -> None:
    at = 5.0
    for event in (Paused(at=at, reason=PauseReason.USER), Stopped(at=at)):
        assert actions_for(event, now=at, current=None, state=State.PAUSED, options=BOTH) == [
            Hush(at=at)
        ]
    beeps = CueOptions(voice=False)
    assert (
        actions_for(Stopped(at=at), now=at, current=None, state=State.STOPPED, options=beeps) == []
    )


def test_finish_plays_routine_done_once() -> None:
    clock = ManualClock()
    tl = timeline(reps=1, sets=1)
    s = Session(tl, clock)
    s.start()
    actions = run(s, clock, tl.total_seconds + 2)
    assert sounds(actions).count(Sound.ROUTINE_DONE) == 1
    assert sounds(actions)[-1] is Sound.ROUTINE_DONE
    assert (
        actions_for(Finished(at=1), now=1, current=tl[-1], state=State.FINISHED, options=BOTH) == []
    )


@pytest.mark.parametrize(
    ("options", "has_sounds", "has_speech", "spoken_ticks"),
    [
        (CueOptions.for_mode(Mode.BEEPS), True, False, False),
        (CueOptions.for_mode(Mode.VOICE), False, True, True),
        (CueOptions.for_mode(Mode.BOTH), True, True, False),
    ],
)
def test_modes(options: CueOptions, has_sounds: bool, has_speech: bool, spoken_ticks: bool) -> None:
    clock = ManualClock()
    s = Session(timeline(reps=1, sets=1), clock)
    s.start()
    actions = run(s, clock, 60, options)
    assert bool(sounds(actions)) == has_sounds
    assert bool(spoken(actions)) == has_speech
    assert (Sound.TICK in sounds(actions)) == (has_sounds and options.ticks)
    assert ({"3", "2", "1"} <= set(spoken(actions))) == spoken_ticks


def test_countdown_ticks_can_be_turned_off() -> None:
    clock = ManualClock()
    s = Session(timeline(reps=1, sets=1), clock)
    s.start()
    actions = run(s, clock, 60, CueOptions(ticks=False))
    assert Sound.TICK not in sounds(actions)
    assert not {"3", "2", "1"} & set(spoken(actions))


def test_queued_phrases_expire_title_does_not() -> None:
    tl = builtin("advanced")
    last = next(x for x in tl if x.phase is Phase.LIFT and x.last_rep)
    actions = actions_for(
        StepStarted(at=50.0, step=last), now=50.0, current=last, state=State.RUNNING, options=BOTH
    )
    says = [a for a in actions if isinstance(a, Say)]
    assert says[0].interrupt and says[0].expires == float("inf")
    assert not says[1].interrupt and 50.0 < says[1].expires < 60.0
