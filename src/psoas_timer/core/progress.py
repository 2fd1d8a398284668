"""What the history means: chart data, streaks, progression suggestions, self-check tips.

Everything here works on plain records (read from the history store, or built
by hand in tests) and never touches Qt or SQLite.

Chart data:
    :func:`daily_seconds` / :func:`minutes_per_day` -- minutes exercised per
    local calendar day, zeros filled in; :func:`hold_per_day` -- seconds held
    per exercise per day; :func:`side_balance` -- seconds held on the left
    against the right; :func:`summarize` -- totals and streaks.

Progression (:func:`suggest`): after :data:`THRESHOLD` sessions in a row in
which an exercise was done completely (every hold, no skipped lift, hold or
lower) at the dosage the user has now, and the latest self-check in that run
said "deep in the hip crease", suggest the next step. The catalogue says per
exercise which dosage keys may grow, in which order, and how far (the top of
each key's sensible range), so a hold never grows past the guide's range:
the first key below its top grows by one step (:data:`STEPS`); with every key
at its top, the exercise's next level is suggested.
A dismissed (or accepted) suggestion is not made again until another
:data:`THRESHOLD` clean sessions have followed it.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from .dosage import Dosage, Number, merge
from .model import Catalogue, Category, Exercise
from .words import Words, english

#: Sessions in a row that earn a suggestion.
THRESHOLD = 3
#: How much one suggestion raises each key a progression may raise.
STEPS: Mapping[str, Number] = {"hold_seconds": 1, "reps": 2, "sets": 1}
#: A day counts towards the streak with a finished session or this much exercise.
STREAK_MIN_SECONDS = 60.0
#: The chart ranges the history page offers, in days.
RANGES: tuple[int, ...] = (30, 90, 365)

SIDES = ("left", "right", "both")


class Status(enum.Enum):
    """How a session ended. ``running`` only while it is under way."""

    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class Feeling(enum.Enum):
    """The answers to "Where did you feel it?"."""

    HIP_CREASE = "hip_crease"
    THIGH = "thigh"
    LOWER_BACK = "lower_back"
    NOTHING = "nothing"

    @property
    def label(self) -> str:
        return FEELING_LABELS[self]


FEELING_LABELS: Mapping[Feeling, str] = {
    Feeling.HIP_CREASE: "Deep in the hip crease",
    Feeling.THIGH: "Front of the thigh",
    Feeling.LOWER_BACK: "Lower back",
    Feeling.NOTHING: "Nothing special",
}


@dataclass(frozen=True)
class Tip:
    title: str
    text: str


TIP_TITLES: Mapping[Feeling, str] = {
    Feeling.HIP_CREASE: "That's the right spot",
    Feeling.THIGH: "Let the hip do the work",
    Feeling.LOWER_BACK: "Protect your lower back",
    Feeling.NOTHING: "Good, keep going",
}

#: The common mistake an answer points to. What to do about it is the
#: exercise's own fix in the catalogue: the back is on the floor in a march but
#: against a ball or upright in others.
FEELING_MISTAKE: Mapping[Feeling, str] = {
    Feeling.THIGH: "thigh-takeover",
    Feeling.LOWER_BACK: "arched-back",
}

#: The answers that are no mistake get the same words after every exercise.
GOOD_SIGNS: Mapping[Feeling, str] = {
    Feeling.HIP_CREASE: (
        "Feeling it deep in the hip crease means the psoas is doing the work. "
        "Keep moving slowly and breathing steadily."
    ),
    Feeling.NOTHING: (
        "The deep hip flexors are quiet workers, so it can take a few sessions to "
        "notice them. Move slowly and think of the effort starting at the hip crease."
    ),
}


def tip_for(
    feeling: Feeling, catalogue: Catalogue, exercise_id: str, words: Words = english
) -> Tip:
    """What to do about ``feeling`` after the exercise ``exercise_id``, in ``words``'
    language (the fix is the catalogue's own, in the catalogue's)."""
    title = words(TIP_TITLES[feeling])
    mistake_id = FEELING_MISTAKE.get(feeling)
    if mistake_id is None:
        return Tip(title, words(GOOD_SIGNS[feeling]))
    mistake = catalogue.mistakes[mistake_id]
    exercise = catalogue.exercises.get(exercise_id)
    return Tip(title, exercise.fix_for(mistake) if exercise is not None else mistake.fix)


# --------------------------------------------------------------------- records


def iso_utc(unix: float) -> str:
    """``2025-03-04T07:30:00Z``: the text form of a timestamp in the database."""
    return datetime.fromtimestamp(unix, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_day(unix: float) -> date:
    """The user's local calendar day at ``unix``."""
    return datetime.fromtimestamp(unix).date()


@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_id: str
    routine_name: str
    started_unix: float
    day: date
    status: Status
    ended_unix: float | None = None
    planned_seconds: float = 0.0
    #: Seconds spent in steps (pauses excluded), up to the last exercise recorded.
    active_seconds: float = 0.0
    steps_completed: int = 0
    steps_skipped: int = 0
    extensions: int = 0
    extension_seconds: float = 0.0

    @property
    def started_at(self) -> str:
        return iso_utc(self.started_unix)

    @property
    def ended_at(self) -> str | None:
        return None if self.ended_unix is None else iso_utc(self.ended_unix)


@dataclass(frozen=True)
class SideResult:
    """One side of one exercise in one session."""

    side: str  # "left", "right" or "both"
    hold_seconds: float = 0.0
    holds_planned: int = 0
    holds_completed: int = 0
    holds_skipped: int = 0
    planned_hold_seconds: float = 0.0


@dataclass(frozen=True)
class ExerciseResult:
    """One exercise (a routine block) in one session."""

    session_id: int
    block_no: int
    exercise_id: str
    exercise_name: str
    day: date
    ended_unix: float
    steps_completed: int = 0
    steps_skipped: int = 0
    #: Lift, hold and lower steps skipped (prepare and rest skips do not count).
    work_skipped: int = 0
    extensions: int = 0
    extension_seconds: float = 0.0
    planned_reps: int = 0
    planned_sets: int = 0
    sides: tuple[SideResult, ...] = ()

    @property
    def hold_seconds(self) -> float:
        return sum(s.hold_seconds for s in self.sides)

    @property
    def holds_planned(self) -> int:
        return sum(s.holds_planned for s in self.sides)

    @property
    def holds_completed(self) -> int:
        return sum(s.holds_completed for s in self.sides)

    @property
    def completed(self) -> bool:
        """Every planned hold done and no lift, hold or lower skipped."""
        return (
            self.holds_planned > 0
            and self.holds_completed >= self.holds_planned
            and self.work_skipped == 0
        )

    def side(self, name: str) -> SideResult | None:
        return next((s for s in self.sides if s.side == name), None)

    @property
    def signature(self) -> str:
        """The dosage this exercise was done at, as :func:`dosage_signature`."""
        holds = {s.side: s.planned_hold_seconds for s in self.sides}
        both = holds.get("both")
        left = holds.get("left", both if both is not None else 0.0)
        right = holds.get("right", both if both is not None else 0.0)
        return dosage_signature(self.planned_reps, self.planned_sets, left, right)


@dataclass(frozen=True)
class SelfCheck:
    session_id: int
    block_no: int
    exercise_id: str
    feeling: Feeling
    at_unix: float


@dataclass(frozen=True)
class Dismissal:
    """A suggestion the user dismissed or accepted, so it is not made again at once."""

    exercise_id: str
    kind: str
    dosage: str
    #: The newest session the suggestion was based on.
    until_session_id: int
    accepted: bool = False
    at_unix: float = 0.0


# --------------------------------------------------------------- chart data


def daily_seconds(sessions: Iterable[SessionRecord]) -> dict[date, float]:
    """Active seconds per local day, over every session (finished or not)."""
    totals: dict[date, float] = defaultdict(float)
    for s in sessions:
        totals[s.day] += s.active_seconds
    return dict(totals)


def day_range(days: int, today: date) -> list[date]:
    """The ``days`` days ending with ``today``, oldest first."""
    return [today - timedelta(days=n) for n in range(days - 1, -1, -1)]


def minutes_per_day(
    daily: Mapping[date, float], days: int, today: date
) -> list[tuple[date, float]]:
    """``(day, minutes)`` for each of the last ``days`` days, zeros included."""
    return [(d, daily.get(d, 0.0) / 60.0) for d in day_range(days, today)]


def hold_per_day(
    results: Iterable[ExerciseResult], since: date | None = None
) -> dict[str, list[tuple[date, float, int]]]:
    """Seconds held and holds done, per exercise per day.

    Returns ``{exercise_id: [(day, seconds, holds), ...]}`` sorted by day;
    ``seconds / holds`` is the average hold that day.
    """
    per: dict[str, dict[date, list[float]]] = defaultdict(dict)
    for r in results:
        if since is not None and r.day < since:
            continue
        entry = per[r.exercise_id].setdefault(r.day, [0.0, 0.0])
        entry[0] += r.hold_seconds
        entry[1] += r.holds_completed
    return {
        ex: [(d, v[0], int(v[1])) for d, v in sorted(days.items())]
        for ex, days in sorted(per.items())
    }


def mean_hold(points: Sequence[tuple[date, float, int]]) -> list[tuple[date, float]]:
    """The average hold per day (seconds / holds), skipping days without a finished hold."""
    return [(d, seconds / holds) for d, seconds, holds in points if holds > 0]


def side_balance(
    results: Iterable[ExerciseResult], since: date | None = None
) -> dict[str, tuple[float, float]]:
    """Seconds held ``(left, right)`` per exercise worked one side at a time."""
    per: dict[str, list[float]] = {}
    for r in results:
        if since is not None and r.day < since:
            continue
        left, right = r.side("left"), r.side("right")
        if left is None and right is None:
            continue
        pair = per.setdefault(r.exercise_id, [0.0, 0.0])
        pair[0] += left.hold_seconds if left else 0.0
        pair[1] += right.hold_seconds if right else 0.0
    return {ex: (pair[0], pair[1]) for ex, pair in sorted(per.items())}


def active_days(sessions: Iterable[SessionRecord]) -> set[date]:
    """Days that count towards a streak: a finished session, or a minute of exercise."""
    seconds: dict[date, float] = defaultdict(float)
    found: set[date] = set()
    for s in sessions:
        seconds[s.day] += s.active_seconds
        if s.status is Status.FINISHED:
            found.add(s.day)
    found.update(d for d, total in seconds.items() if total >= STREAK_MIN_SECONDS)
    return found


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """``(current, longest)`` runs of consecutive days.

    The current streak is still alive when today has nothing yet but
    yesterday counted: the day is not over.
    """
    ordered = sorted(set(days))
    longest = run = 0
    previous: date | None = None
    for d in ordered:
        run = run + 1 if previous is not None and d - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = d
    present = set(ordered)
    current = 0
    cursor = today if today in present else today - timedelta(days=1)
    while cursor in present:
        current += 1
        cursor -= timedelta(days=1)
    return current, longest


@dataclass(frozen=True)
class Totals:
    sessions: int = 0
    finished: int = 0
    minutes: float = 0.0
    hold_seconds: float = 0.0
    days: int = 0
    current_streak: int = 0
    longest_streak: int = 0
    first_day: date | None = None
    last_day: date | None = None


def summarize(
    sessions: Sequence[SessionRecord], results: Iterable[ExerciseResult], today: date
) -> Totals:
    """Totals over all time, and the streaks as of ``today``."""
    if not sessions:
        return Totals()
    current, longest = streaks(active_days(sessions), today)
    days = {s.day for s in sessions}
    return Totals(
        sessions=len(sessions),
        finished=sum(1 for s in sessions if s.status is Status.FINISHED),
        minutes=sum(s.active_seconds for s in sessions) / 60.0,
        hold_seconds=sum(r.hold_seconds for r in results),
        days=len(days),
        current_streak=current,
        longest_streak=longest,
        first_day=min(days),
        last_day=max(days),
    )


# -------------------------------------------------------------- progression


class SuggestionKind(enum.Enum):
    HOLD = "hold"
    REPS = "reps"
    SETS = "sets"
    NEXT = "next"


class DosageSetter(Protocol):
    """Applies one dosage change; ``Settings.set_dosage`` has this shape."""

    def __call__(self, exercise_id: str, key: str, value: Number, /) -> None: ...


#: The user's effective dosage for an exercise (catalogue defaults merged with settings).
DosageSource = Callable[[str], Mapping[str, Number]]


def dosage_signature(reps: int, sets: int, hold_left: float, hold_right: float) -> str:
    """A short, stable text naming a dosage, e.g. ``reps=8;sets=2;hold=2/2``."""
    return f"reps={reps};sets={sets};hold={_num(hold_left)}/{_num(hold_right)}"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True)
class Suggestion:
    exercise_id: str
    exercise_name: str
    kind: SuggestionKind
    #: The dosage key to change (``hold_seconds``, ``reps`` or ``sets``); ``None`` for the
    #: next exercise.
    key: str | None
    current: Number | None
    value: Number | None
    #: Clean sessions in a row that earned it.
    sessions: int
    dosage: str
    until_session_id: int
    next_exercise: str | None = None
    next_name: str = ""

    @property
    def title(self) -> str:
        return self.title_in(english)

    @property
    def text(self) -> str:
        return self.text_in(english)

    def title_in(self, words: Words) -> str:
        """The suggestion as a question, in ``words``' language."""
        name = self.exercise_name
        if self.kind is SuggestionKind.NEXT:
            return words("Ready for {name}?").format(name=self.next_name)
        if self.kind is SuggestionKind.HOLD:
            seconds = _num(float(self.value or 0))
            return words("{name}: hold {seconds} s?").format(name=name, seconds=seconds)
        if self.kind is SuggestionKind.SETS:
            return words("{name}: {n} sets?").format(name=name, n=self.value)
        return words("{name}: {n} reps?").format(name=name, n=self.value)

    def text_in(self, words: Words) -> str:
        """Why it is suggested and what to do, in ``words``' language."""
        done = words(
            "You did {name} completely {n} sessions in a row and felt it deep in the hip crease."
        ).format(name=self.exercise_name, n=self.sessions)
        if self.kind is SuggestionKind.HOLD:
            then = words("Try holding {value} s instead of {current} s.").format(
                value=_num(float(self.value or 0)), current=_num(float(self.current or 0))
            )
        elif self.kind is SuggestionKind.REPS:
            then = words("Try {value} reps instead of {current}.").format(
                value=self.value, current=self.current
            )
        elif self.kind is SuggestionKind.SETS:
            then = words("Try {value} sets instead of {current}.").format(
                value=self.value, current=self.current
            )
        else:
            then = words(
                "You are at the top of its range; {next} is the next step when you feel ready. "
                "Add it to your routine."
            ).format(next=self.next_name)
        return f"{done} {then}"

    def dismissal(self, *, accepted: bool = False, at_unix: float = 0.0) -> Dismissal:
        return Dismissal(
            exercise_id=self.exercise_id,
            kind=self.kind.value,
            dosage=self.dosage,
            until_session_id=self.until_session_id,
            accepted=accepted,
            at_unix=at_unix,
        )


def apply_suggestion(suggestion: Suggestion, set_dosage: DosageSetter) -> bool:
    """Change the dosage the suggestion names. False when there is nothing to change."""
    if suggestion.key is None or suggestion.value is None:
        return False
    set_dosage(suggestion.exercise_id, suggestion.key, suggestion.value)
    return True


_KINDS: Mapping[str, SuggestionKind] = {
    "hold_seconds": SuggestionKind.HOLD,
    "reps": SuggestionKind.REPS,
    "sets": SuggestionKind.SETS,
}


def next_step(exercise: Exercise, dosage: Dosage) -> tuple[str, Number, Number] | None:
    """``(key, now, next value)`` for the first key the catalogue lets grow, or ``None``.

    A key grows by its :data:`STEPS` up to the top of the exercise's sensible
    range. A hold counted in breaths or different per side is left alone:
    one number could not say what to change.
    """
    now: Mapping[str, Number] = {
        "hold_seconds": _as_number(dosage.hold_left),
        "reps": dosage.reps,
        "sets": dosage.sets,
    }
    for key in exercise.progression:
        span = exercise.sensible_range(key)
        if key not in now or span is None:
            continue
        if key == "hold_seconds" and (
            dosage.hold_breaths is not None or dosage.hold_left != dosage.hold_right
        ):
            continue
        if now[key] < span[1]:
            return key, now[key], _as_number(min(span[1], now[key] + STEPS[key]))
    return None


def suggest(
    results: Iterable[ExerciseResult],
    self_checks: Iterable[SelfCheck],
    dismissals: Iterable[Dismissal],
    catalogue: Catalogue,
    current: DosageSource | None = None,
    *,
    threshold: int = THRESHOLD,
) -> list[Suggestion]:
    """Progression suggestions, one at most per strengthening exercise.

    Args:
        results: every recorded exercise (order does not matter).
        self_checks: every stored self-check answer.
        dismissals: suggestions dismissed or accepted before.
        catalogue: which exercises exist, their category and default dosage.
        current: the user's effective dosage per exercise; without it the
            catalogue's defaults are taken as the current dosage.
        threshold: clean sessions in a row needed.
    """
    by_exercise: dict[str, dict[int, list[ExerciseResult]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        by_exercise[r.exercise_id][r.session_id].append(r)
    feelings: dict[tuple[int, str], list[SelfCheck]] = defaultdict(list)
    for c in self_checks:
        feelings[(c.session_id, c.exercise_id)].append(c)
    dismissed: dict[tuple[str, str], int] = {}
    for d in dismissals:
        where = (d.exercise_id, d.dosage)
        dismissed[where] = max(dismissed.get(where, 0), d.until_session_id)

    found: list[Suggestion] = []
    for exercise_id, sessions in sorted(by_exercise.items()):
        exercise = catalogue.exercises.get(exercise_id)
        if exercise is None or exercise.category is not Category.STRENGTHEN:
            continue
        values = merge(exercise.dosage, current(exercise_id) if current else {})
        dosage = Dosage.resolve(values)
        signature = dosage_signature(dosage.reps, dosage.sets, dosage.hold_left, dosage.hold_right)
        floor = dismissed.get((exercise_id, signature), 0)
        # Newest session first: the run of clean sessions at today's dosage.
        ordered = sorted(
            sessions.items(), key=lambda kv: (max(r.ended_unix for r in kv[1]), kv[0]), reverse=True
        )
        run: list[int] = []
        for session_id, blocks in ordered:
            if session_id <= floor:
                break
            if not all(b.completed and b.signature == signature for b in blocks):
                break
            run.append(session_id)
        if len(run) < threshold:
            continue
        checks = sorted(
            (c for sid in run for c in feelings.get((sid, exercise_id), [])),
            key=lambda c: c.at_unix,
        )
        if not checks or checks[-1].feeling is not Feeling.HIP_CREASE:
            continue
        key: str | None = None
        now: Number | None = None
        value: Number | None = None
        nxt: str | None = None
        grow = next_step(exercise, dosage)
        if grow is not None:
            key, now, value = grow
            kind = _KINDS[key]
        else:
            kind = SuggestionKind.NEXT
            nxt = exercise.next_level
            if nxt is None or nxt not in catalogue.exercises:
                continue
        found.append(
            Suggestion(
                exercise_id=exercise_id,
                exercise_name=exercise.name,
                kind=kind,
                key=key,
                current=now,
                value=value,
                sessions=len(run),
                dosage=signature,
                until_session_id=max(run),
                next_exercise=nxt,
                next_name=catalogue.exercise(nxt).name if nxt else "",
            )
        )
    return found


def _as_number(value: float) -> Number:
    return int(value) if float(value).is_integer() else value


@dataclass
class History:
    """Everything read from the store that the page and the rules need."""

    sessions: list[SessionRecord] = field(default_factory=list)
    results: list[ExerciseResult] = field(default_factory=list)
    self_checks: list[SelfCheck] = field(default_factory=list)
    dismissals: list[Dismissal] = field(default_factory=list)
