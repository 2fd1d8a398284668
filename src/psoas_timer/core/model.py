"""Plain data types shared by the catalogue, routines, timeline and session."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from .record import Record


class Phase(enum.Enum):
    """The kind of a timeline step. Values are the words the CLI prints."""

    PREPARE = "prepare"
    LIFT = "lift"
    HOLD = "hold"
    LOWER = "lower"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"
    TRANSITION = "transition"
    FINISHED = "finished"


class Side(enum.Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def other(self) -> Side:
        if self is Side.LEFT:
            return Side.RIGHT
        if self is Side.RIGHT:
            return Side.LEFT
        return self


class Breath(enum.Enum):
    INHALE = "inhale"
    EXHALE = "exhale"
    STEADY = "steady"
    PACED = "paced"


class SidePattern(enum.Enum):
    """How an exercise works the two sides."""

    ALTERNATING = "alternating"  # each rep switches side (marching)
    SEQUENTIAL = "sequential"  # all reps on one side, then the other
    BOTH = "both"  # both sides at once (bridge)


class Category(enum.Enum):
    STRENGTHEN = "strengthen"
    RELEASE = "release"


#: The words that fill ``{side}`` and ``{other}`` in English: the body's sides,
#: and what the library says when it describes an exercise, not a session.
SIDE_WORD_KEYS = ("left", "right", "both", "working", "other")
ENGLISH_SIDE_WORDS: Mapping[str, str] = MappingProxyType({k: k for k in SIDE_WORD_KEYS})

#: The phases whose form checks, breath and title come from the exercise data.
MOVEMENT_PHASES = (Phase.PREPARE, Phase.LIFT, Phase.HOLD, Phase.LOWER)


class Mistake(Record):
    """A common mistake: what it is, why it matters, how to notice and fix it."""

    id: str
    name: str
    aka: str
    why: str
    notice: str
    fix: str


#: No overrides: one shared, read-only mapping.
NO_OVERRIDES: Mapping[str, float | int] = MappingProxyType({})

#: Per-side hold keys take the range the catalogue gives for ``hold_seconds``.
_RANGE_KEY: Mapping[str, str] = {
    "hold_seconds_left": "hold_seconds",
    "hold_seconds_right": "hold_seconds",
}


class TimedCue(Record):
    """A cue that falls due ``at`` seconds into a step of the given phase."""

    phase: Phase
    at: float
    text: str


class Exercise(Record):
    """One exercise of the catalogue, with its steps, checks and default dosage."""

    id: str
    name: str
    category: Category
    level: int
    props: tuple[str, ...]
    purpose: str
    sides: SidePattern
    setup: tuple[str, ...]
    movement: tuple[str, ...]
    mistakes: tuple[str, ...]
    keyframes: tuple[str, ...]
    dosage: Mapping[str, float | int]
    breath: Mapping[Phase, Breath]
    titles: Mapping[Phase, str]
    checks: Mapping[Phase, tuple[str, ...]]
    cues: tuple[TimedCue, ...] = ()
    #: The movement phase that is the hardest work, breathed out on.
    effort: Phase = Phase.LIFT
    #: This exercise's own fix for each of its mistakes, by mistake id.
    fixes: Mapping[str, str] = MappingProxyType({})
    #: The range of each dosage key that suits this exercise; past it the editors warn.
    sensible: Mapping[str, tuple[float, float]] = MappingProxyType({})
    #: The dosage keys a progression suggestion may raise, in the order it raises
    #: them, each up to the top of its :attr:`sensible` range.
    progression: tuple[str, ...] = ()
    #: The exercise to move on to once every key of :attr:`progression` is at its top.
    next_level: str | None = None

    def fix_for(self, mistake: Mistake) -> str:
        """How to avoid ``mistake`` in this exercise (the general fix if it has none)."""
        return self.fixes.get(mistake.id, mistake.fix)

    def sensible_range(self, key: str) -> tuple[float, float] | None:
        """The suitable range of a dosage key, or ``None`` when the catalogue gives none."""
        return self.sensible.get(_RANGE_KEY.get(key, key))

    @property
    def rest_pose(self) -> str:
        return self.keyframes[0]

    @property
    def end_pose(self) -> str:
        return self.keyframes[-1]


class Catalogue(Record):
    """Every exercise and common mistake, and the safety note."""

    exercises: Mapping[str, Exercise]
    mistakes: Mapping[str, Mistake]
    safety_note: str = ""
    #: The words for ``{side}`` and ``{other}`` in the catalogue's language.
    side_words: Mapping[str, str] = ENGLISH_SIDE_WORDS

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def by_category(self, category: Category) -> list[Exercise]:
        found = [e for e in self.exercises.values() if e.category is category]
        return sorted(found, key=lambda e: (e.level, e.name))




class Block(Record):
    """One exercise in a routine, with the dosage keys the routine overrides."""

    exercise: str
    overrides: Mapping[str, float | int] = NO_OVERRIDES


class Routine(Record):
    """A named list of blocks, built in or the user's."""

    id: str
    name: str
    description: str
    blocks: tuple[Block, ...]
    builtin: bool = False
    source: str = ""

    @classmethod
    def single(cls, exercise: Exercise) -> Routine:
        """A one-exercise routine at the exercise's dosage."""
        return cls(
            id=f"exercise:{exercise.id}",
            name=exercise.name,
            description=exercise.purpose,
            blocks=(Block(exercise.id),),
            builtin=True,
        )
