"""The timeline compiler: routine + catalogue + user overrides -> immutable steps."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .dosage import Dosage, Number, merge
from .model import (
    ENGLISH_SIDE_WORDS,
    Block,
    Breath,
    Catalogue,
    Category,
    Exercise,
    Phase,
    Routine,
    Side,
    SidePattern,
    TimedCue,
)
from .record import Record
from .words import Words, english

#: Which common mistake to warn about in each phase, most fitting first.
WATCH_OUT: Mapping[Phase, tuple[str, ...]] = {
    Phase.PREPARE: ("arched-back",),
    Phase.LIFT: ("thigh-takeover", "arched-back", "breath-holding"),
    Phase.HOLD: ("breath-holding", "arched-back"),
    Phase.LOWER: ("arched-back", "breath-holding"),
}

#: Phases whose countdown may be extended with +10 s.
EXTENDABLE = frozenset(
    {Phase.HOLD, Phase.REST, Phase.PREPARE, Phase.SWITCH_SIDES, Phase.TRANSITION}
)

#: Phases that get 3-2-1 countdown ticks before they end.
COUNTED_DOWN = EXTENDABLE

PHASE_WORDS: Mapping[Phase, str] = {
    Phase.PREPARE: "Get ready",
    Phase.LIFT: "Lift",
    Phase.HOLD: "Hold",
    Phase.LOWER: "Lower",
    Phase.REST: "Rest",
    Phase.SWITCH_SIDES: "Switch sides",
    Phase.TRANSITION: "Next exercise",
    Phase.FINISHED: "Finished",
}

#: Release exercises name their phases after what the body does.
RELEASE_PHASE_WORDS: Mapping[Phase, str] = {
    Phase.LIFT: "Ease in",
    Phase.HOLD: "Stretch",
    Phase.LOWER: "Ease out",
}


class Step(Record):
    """One timed step of a session. Times are seconds from the session's start."""

    index: int
    phase: Phase
    start: float
    duration: float
    title: str
    breath: Breath
    breath_prompt: str
    breath_in: float
    breath_out: float
    exercise_id: str | None
    exercise_name: str
    block_no: int
    block_count: int
    side: Side | None
    set_no: int
    set_count: int
    rep_no: int
    rep_count: int
    checks: tuple[str, ...]
    watch_out: str | None
    pose_from: str | None
    pose_to: str | None
    cues: tuple[TimedCue, ...]
    last_rep: bool = False
    #: The phase in words for the screen ("Hold", or "Stretch" in a release exercise).
    phase_word: str = ""
    #: How to avoid the ``watch_out`` mistake in this exercise.
    watch_out_fix: str = ""
    #: The title as the screen shows it under the phase word: without the breath
    #: ("Left knee up") and without repeating the phase ("Set 2 of 2 next").
    headline: str = ""

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def extendable(self) -> bool:
        return self.phase in EXTENDABLE


class Timeline(Record):
    """Every step of a routine, in order, with its total length."""

    routine_id: str
    routine_name: str
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> float:
        return sum(step.duration for step in self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __getitem__(self, index: int) -> Step:
        return self.steps[index]

    def next_block_start(self, index: int) -> int:
        """Index of the first step of the exercise after the one at ``index``."""
        block = self.steps[index].block_no
        for step in self.steps[index + 1 :]:
            if step.block_no != block or step.phase is Phase.FINISHED:
                return step.index
        return len(self.steps) - 1


def breath_word(
    breath: Breath, breath_in: float, breath_out: float, words: Words = english
) -> str:
    """What to breathe, as the end of a title ("Left knee up — exhale")."""
    if breath is Breath.INHALE:
        return words("inhale")
    if breath is Breath.EXHALE:
        return words("exhale")
    if breath is Breath.PACED:
        template = words("breathe {inhale} in, {exhale} out")
        return template.format(inhale=_n(breath_in), exhale=_n(breath_out))
    return words("breathe steadily")


def breath_prompt(
    breath: Breath,
    phase: Phase,
    category: Category | None,
    breath_in: float,
    breath_out: float,
    words: Words = english,
) -> str:
    """The line under the pacer ("Exhale as you lift"), in ``words``' language."""
    return words(_breath_prompt(breath, phase, category)).format(
        inhale=_n(breath_in), exhale=_n(breath_out)
    )


def _breath_prompt(breath: Breath, phase: Phase, category: Category | None) -> str:
    release = category is Category.RELEASE
    if breath is Breath.PACED:
        return "Breathe in for {inhale} s, out for {exhale} s"
    if breath in (Breath.EXHALE, Breath.INHALE):
        verb = {
            Phase.LIFT: "ease in" if release else "lift",
            Phase.LOWER: "ease out" if release else "lower",
            Phase.HOLD: "hold",
        }.get(phase, "move")
        return f"{breath.value.capitalize()} as you {verb}"
    return {
        Phase.PREPARE: "Settle in and breathe easily",
        Phase.HOLD: "Breathe slowly and steadily",
        Phase.REST: "Rest and breathe easily",
        Phase.SWITCH_SIDES: "Breathe easily as you switch sides",
        Phase.TRANSITION: "Breathe easily as you set up",
        Phase.FINISHED: "Well done",
    }.get(phase, "Breathe slowly and steadily")


def _n(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def resolve_dosage(
    exercise: Exercise,
    user: Mapping[str, Number] | None = None,
    block: Mapping[str, Number] | None = None,
) -> Dosage:
    """The dosage for one exercise: catalogue < the user's settings < the routine's block."""
    return Dosage.resolve(merge(exercise.dosage, user or {}, block or {}))


class _Builder:
    def __init__(self) -> None:
        #: Steps made since the last :meth:`drain`.
        self.steps: list[Step] = []
        self.count = 0
        self.clock = 0.0

    def add(self, step: Step) -> None:
        """Append a step built with ``index=self.next_index, start=self.clock``."""
        if step.duration <= 0 and step.phase is not Phase.FINISHED:
            return
        self.steps.append(step)
        self.count += 1
        self.clock += step.duration

    def drain(self) -> list[Step]:
        steps, self.steps = self.steps, []
        return steps

    @property
    def next_index(self) -> int:
        return self.count


def compile_timeline(
    routine: Routine,
    catalogue: Catalogue,
    overrides: Mapping[str, Mapping[str, Number]] | None = None,
    words: Words = english,
) -> Timeline:
    """Turn a routine into its ordered, immutable list of steps.

    ``overrides`` maps exercise ids to the user's dosage settings; ``words`` puts
    the titles, phase words and breath prompts composed here in the catalogue's
    language (the catalogue brings its own content's words).
    """
    steps = tuple(iter_steps(routine, catalogue, overrides, words))
    return Timeline(routine_id=routine.id, routine_name=routine.name, steps=steps)


def iter_steps(
    routine: Routine,
    catalogue: Catalogue,
    overrides: Mapping[str, Mapping[str, Number]] | None = None,
    words: Words = english,
) -> Iterator[Step]:
    """The steps of :func:`compile_timeline` a set at a time, so that printing a long
    plan holds one set's steps in memory rather than the routine's."""
    overrides = overrides or {}
    builder = _Builder()
    count = len(routine.blocks)
    for block_no, block in enumerate(routine.blocks, start=1):
        exercise = catalogue.exercise(block.exercise)
        dosage = resolve_dosage(exercise, overrides.get(exercise.id), block.overrides)
        yield from _compile_block(
            builder, exercise, dosage, block_no, count, catalogue.side_words, words
        )
    builder.add(
        Step(
            index=builder.next_index,
            phase=Phase.FINISHED,
            start=builder.clock,
            duration=0,
            title=words("Routine complete"),
            breath=Breath.STEADY,
            breath_prompt=words("Well done"),
            breath_in=4,
            breath_out=6,
            exercise_id=None,
            exercise_name=routine.name,
            block_no=count + 1,
            block_count=count,
            side=None,
            set_no=0,
            set_count=0,
            rep_no=0,
            rep_count=0,
            checks=(),
            watch_out=None,
            pose_from=None,
            pose_to=None,
            cues=(),
            phase_word=words(PHASE_WORDS[Phase.FINISHED]),
        )
    )
    yield from builder.drain()


def block_seconds(
    blocks: Iterable[Block],
    catalogue: Catalogue,
    overrides: Mapping[str, Mapping[str, Number]] | None = None,
) -> Iterator[float]:
    """The length of each block as :func:`compile_timeline` plans it, without making its
    steps: 100 blocks of 100 reps in 20 sets are 8 million minutes and cost nothing here.
    """
    overrides = overrides or {}
    for block_no, block in enumerate(blocks, start=1):
        ex = catalogue.exercise(block.exercise)
        d = resolve_dosage(ex, overrides.get(ex.id), block.overrides)
        left = d.lift_seconds + d.hold_for(Side.LEFT) + d.lower_seconds
        right = d.lift_seconds + d.hold_for(Side.RIGHT) + d.lower_seconds
        if ex.sides is SidePattern.ALTERNATING:
            one_set = d.reps * (left + right) + (2 * d.reps - 1) * d.rest_seconds
        elif ex.sides is SidePattern.SEQUENTIAL:
            one_set = d.rest_between_sides + d.reps * (left + right)
            one_set += 2 * (d.reps - 1) * d.rest_seconds
        else:
            both = d.lift_seconds + d.hold_for(Side.BOTH) + d.lower_seconds
            one_set = d.reps * both + (d.reps - 1) * d.rest_seconds
        transition = d.rest_between_exercises if block_no > 1 else 0.0
        yield transition + d.prepare_seconds + d.sets * one_set + (d.sets - 1) * d.rest_between_sets


def name_sides(
    text: str, side: Side | None, words: Mapping[str, str] = ENGLISH_SIDE_WORDS
) -> str:
    """Fill ``{side}`` and ``{other}`` (capitalised: ``{Side}``, ``{Other}``) in a text
    with ``words``, the catalogue's :attr:`~Catalogue.side_words`.

    With no side (the library, which describes an exercise, not a session)
    they read "working" and "other".
    """
    if side is None:
        word, other = words["working"], words["other"]
    elif side is Side.BOTH:
        word = other = words["both"]
    else:
        word, other = words[side.value], words[side.other.value]
    return (
        text.replace("{Side}", _capital(word))
        .replace("{side}", word)
        .replace("{Other}", _capital(other))
        .replace("{other}", other)
    )


def _capital(word: str) -> str:
    """``word`` with its first letter a capital, the rest as written ("auf der Gegenseite")."""
    return word[:1].upper() + word[1:]


def _first_side(ex: Exercise) -> Side:
    """The side an exercise starts on, which its set-up names."""
    return Side.BOTH if ex.sides is SidePattern.BOTH else Side.LEFT


def _compile_block(
    builder: _Builder,
    ex: Exercise,
    dosage: Dosage,
    block_no: int,
    block_count: int,
    side_words: Mapping[str, str],
    words: Words,
) -> Iterator[Step]:
    """The block's steps, handed out a set at a time."""
    # Steps before a side is chosen (the set-up, a rest between sets) name the
    # side the exercise starts on.
    first = _first_side(ex)
    poses_by_phase = {
        Phase.LIFT: (ex.rest_pose, ex.end_pose),
        Phase.HOLD: (ex.end_pose, ex.end_pose),
        Phase.LOWER: (ex.end_pose, ex.rest_pose),
    }

    @functools.cache
    def fixed(
        phase: Phase,
        duration: float,
        side: Side | None,
        title: str | None,
        breath: Breath | None,
        named_side: Side | None,
        headline: str | None,
    ) -> dict[str, Any]:
        """The fields that depend only on the phase, side and duration (shared by many reps).

        ``named_side`` is the side the title and checks name: the set-up names
        the side about to be worked before the step itself belongs to one.
        """
        movement = phase in ex.titles
        if breath is None:
            breath = ex.breath.get(phase, Breath.STEADY) if movement else Breath.STEADY
        if phase is Phase.HOLD and side is not None:
            if dosage.paced(side):
                breath = Breath.PACED
            elif breath is Breath.PACED:
                breath = Breath.STEADY
        if title is None:
            title = name_sides(ex.titles[phase], named_side, side_words)
            headline = headline or title
            title = f"{title} — {breath_word(breath, dosage.breath_in, dosage.breath_out, words)}"
        pose_from, pose_to = poses_by_phase.get(phase, (ex.rest_pose, ex.rest_pose))
        checks = ex.checks.get(phase) if movement else ex.checks.get(Phase.PREPARE)
        watch_out = next((m for m in WATCH_OUT.get(phase, ()) if m in ex.mistakes), None)
        word = PHASE_WORDS[phase]
        if ex.category is Category.RELEASE:
            word = RELEASE_PHASE_WORDS.get(phase, word)
        return {
            "phase": phase,
            "duration": duration,
            "title": title,
            "breath": breath,
            "breath_prompt": breath_prompt(
                breath, phase, ex.category, dosage.breath_in, dosage.breath_out, words
            ),
            "breath_in": dosage.breath_in,
            "breath_out": dosage.breath_out,
            "exercise_id": ex.id,
            "exercise_name": ex.name,
            "block_no": block_no,
            "block_count": block_count,
            "side": side,
            "set_count": dosage.sets,
            "rep_count": dosage.reps,
            "checks": tuple(name_sides(c, named_side, side_words) for c in checks or ()),
            "watch_out": watch_out,
            "watch_out_fix": ex.fixes.get(watch_out, "") if watch_out else "",
            "pose_from": pose_from,
            "pose_to": pose_to,
            "cues": tuple(c for c in ex.cues if c.phase is phase and 0 < c.at < duration),
            "phase_word": words(word),
            "headline": headline or title,
        }

    def step(
        phase: Phase,
        duration: float,
        *,
        side: Side | None = None,
        set_no: int = 0,
        rep_no: int = 0,
        title: str | None = None,
        breath: Breath | None = None,
        last_rep: bool = False,
        named_side: Side | None = None,
        headline: str | None = None,
    ) -> Step:
        return Step(
            index=builder.next_index,
            start=builder.clock,
            set_no=set_no,
            rep_no=rep_no,
            last_rep=last_rep,
            **fixed(phase, duration, side, title, breath, named_side or side or first, headline),
        )

    if block_no > 1:
        builder.add(
            step(
                Phase.TRANSITION,
                dosage.rest_between_exercises,
                title=words("Next: {name}").format(name=ex.name),
            )
        )
    builder.add(step(Phase.PREPARE, dosage.prepare_seconds, set_no=1))

    def rep(side: Side, set_no: int, rep_no: int, last: bool) -> None:
        for phase, seconds in (
            (Phase.LIFT, dosage.lift_seconds),
            (Phase.HOLD, dosage.hold_for(side)),
            (Phase.LOWER, dosage.lower_seconds),
        ):
            builder.add(
                step(phase, seconds, side=side, set_no=set_no, rep_no=rep_no, last_rep=last)
            )

    def rest(set_no: int, rep_no: int, side: Side | None) -> None:
        builder.add(
            step(Phase.REST, dosage.rest_seconds, side=side, set_no=set_no, rep_no=rep_no,
                 title=words("Rest — breathe easily"), headline=words("Breathe easily"))
        )

    for set_no in range(1, dosage.sets + 1):
        if set_no > 1:
            builder.add(
                step(
                    Phase.REST,
                    dosage.rest_between_sets,
                    set_no=set_no - 1,
                    rep_no=dosage.reps,
                    title=words("Rest — set {n} of {m} next").format(n=set_no, m=dosage.sets),
                    headline=words("Set {n} of {m} next").format(n=set_no, m=dosage.sets),
                )
            )
        last_set = set_no == dosage.sets
        if ex.sides is SidePattern.ALTERNATING:
            order = [(r, s) for r in range(1, dosage.reps + 1) for s in (Side.LEFT, Side.RIGHT)]
            for i, (rep_no, side) in enumerate(order):
                last = last_set and rep_no == dosage.reps
                rep(side, set_no, rep_no, last)
                if i < len(order) - 1:
                    rest(set_no, rep_no, side)
        elif ex.sides is SidePattern.SEQUENTIAL:
            for side in (Side.LEFT, Side.RIGHT):
                if side is Side.RIGHT:
                    builder.add(
                        step(
                            Phase.SWITCH_SIDES,
                            dosage.rest_between_sides,
                            side=Side.RIGHT,
                            set_no=set_no,
                            # The phase word and the voice say "Switch sides";
                            # the title sets up the side to come.
                            title=name_sides(ex.titles[Phase.PREPARE], Side.RIGHT, side_words),
                        )
                    )
                for rep_no in range(1, dosage.reps + 1):
                    last = last_set and rep_no == dosage.reps and side is Side.RIGHT
                    rep(side, set_no, rep_no, last)
                    if rep_no < dosage.reps:
                        rest(set_no, rep_no, side)
        else:
            for rep_no in range(1, dosage.reps + 1):
                rep(Side.BOTH, set_no, rep_no, last_set and rep_no == dosage.reps)
                if rep_no < dosage.reps:
                    rest(set_no, rep_no, Side.BOTH)
        yield from builder.drain()
