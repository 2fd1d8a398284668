"""Fill a history database with real-looking sessions, for screenshots and the bench.

Someone who started with the strength starter, trains most mornings, slowly
earns more reps and sets (and the seated lift's full 3-s hold) as the
catalogue's progression allows, adds the full session on some days and the
advanced routine in the last months, skips a rep now and then and is a little
weaker on the left.

    python scripts/seed_history.py --days 1095 --out /tmp/history.sqlite3
    python scripts/seed_history.py --out /tmp/h.sqlite3 --screenshots docs/screenshots
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.dosage import Number
from psoas_timer.core.model import Phase
from psoas_timer.core.progress import (
    ExerciseResult,
    Feeling,
    SelfCheck,
    SessionRecord,
    SideResult,
    Status,
    local_day,
)
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.timeline import Timeline, compile_timeline
from psoas_timer.store.history import HistoryStore


def _dosage(progress: float) -> dict[str, dict[str, Number]]:
    """The user's dosage settings after ``progress`` (0..1) of the period."""
    return {
        "supine-march": {
            "reps": min(12, 8 + 2 * int(progress * 3)),
            "sets": 3 if progress > 0.8 else 2,
        },
        "seated-leg-lift": {"hold_seconds": 3, "reps": min(10, 6 + 2 * int(progress * 3))},
        "ball-hip-flexion": {"reps": min(10, 6 + 2 * int(progress * 3))},
    }


def _blocks(timeline: Timeline) -> dict[int, dict[str, object]]:
    plan: dict[int, dict[str, object]] = {}
    for step in timeline.steps:
        if step.exercise_id is None:
            continue
        block = plan.setdefault(
            step.block_no,
            {
                "id": step.exercise_id,
                "name": step.exercise_name,
                "reps": step.rep_count,
                "sets": step.set_count,
                "steps": 0,
                "sides": defaultdict(lambda: [0, 0.0]),
                "seconds": 0.0,
            },
        )
        block["steps"] = int(block["steps"]) + 1  # type: ignore[call-overload]
        block["seconds"] = float(block["seconds"]) + step.duration  # type: ignore[arg-type]
        if step.phase is Phase.HOLD:
            side = step.side.value if step.side else "both"
            entry = block["sides"][side]  # type: ignore[index]
            entry[0] += 1
            entry[1] = step.duration
    return plan


def seed(
    store: HistoryStore,
    *,
    days: int = 1095,
    today: date | None = None,
    rng_seed: int = 7,
    rest_days: float = 0.14,
) -> int:
    """Write ``days`` days of history ending ``today``; returns the number of sessions.

    ``rest_days`` is the share of days without a session (0: every day).
    """
    rng = random.Random(rng_seed)
    catalogue = load_catalogue()
    routines = builtin_routines()
    today = today or date.today()
    count = 0
    plans: dict[tuple[str, str], tuple[Timeline, dict[int, dict[str, object]]]] = {}
    with store.transaction():
        for n in range(days):
            day = today - timedelta(days=days - 1 - n)
            recent = n >= days - 12  # an unbroken streak up to today
            if not recent and rng.random() < rest_days:
                continue
            progress = n / max(days - 1, 1)
            choice = rng.random()
            if progress > 0.75 and choice < 0.3:
                routine = routines["advanced"]
            elif choice < 0.25:
                routine = routines["full-session"]
            else:
                routine = routines["strength-starter"]
            dosage = _dosage(progress)
            key = (routine.id, repr(sorted((k, sorted(v.items())) for k, v in dosage.items())))
            if key not in plans:
                timeline = compile_timeline(routine, catalogue, dosage)
                plans[key] = (timeline, _blocks(timeline))
            timeline, blocks = plans[key]
            morning = rng.random() < 0.7
            start_clock = time(7 if morning else 18, rng.randrange(0, 50), rng.randrange(60))
            started = datetime.combine(day, start_clock).timestamp()
            session_id = store.start_session(
                timeline.routine_id, timeline.routine_name, started, timeline.total_seconds
            )
            stop_early = not recent and rng.random() < 0.05
            clock = started
            totals = SessionRecord(
                id=session_id,
                routine_id=timeline.routine_id,
                routine_name=timeline.routine_name,
                started_unix=started,
                day=local_day(started),
                status=Status.RUNNING,
                planned_seconds=timeline.total_seconds,
            )
            for block_no, block in sorted(blocks.items()):
                if stop_early and block_no > 1:
                    break
                skipped = rng.random() < 0.06
                sides: list[SideResult] = []
                for side, (holds, hold) in sorted(block["sides"].items()):  # type: ignore[attr-defined]
                    done = holds - (1 if skipped and side == "left" else 0)
                    # A slightly weaker left side: some holds cut a little short.
                    factor = rng.uniform(0.9, 1.0) if side == "left" else rng.uniform(0.97, 1.0)
                    sides.append(
                        SideResult(
                            side=side,
                            hold_seconds=round(done * hold * factor, 1),
                            holds_planned=holds,
                            holds_completed=done,
                            holds_skipped=holds - done,
                            planned_hold_seconds=hold,
                        )
                    )
                # Real sessions run a little long: a breath more here, a pause there.
                clock += float(block["seconds"]) * rng.uniform(1.0, 1.08)  # type: ignore[arg-type]
                steps = int(block["steps"])  # type: ignore[call-overload]
                extended = rng.random() < 0.1
                result = ExerciseResult(
                    session_id=session_id,
                    block_no=block_no,
                    exercise_id=str(block["id"]),
                    exercise_name=str(block["name"]),
                    day=totals.day,
                    ended_unix=clock,
                    steps_completed=steps - (1 if skipped else 0),
                    steps_skipped=1 if skipped else 0,
                    work_skipped=1 if skipped else 0,
                    extensions=1 if extended else 0,
                    extension_seconds=10.0 if extended else 0.0,
                    planned_reps=int(block["reps"]),  # type: ignore[call-overload]
                    planned_sets=int(block["sets"]),  # type: ignore[call-overload]
                    sides=tuple(sides),
                )
                totals = SessionRecord(
                    **{
                        **totals.__dict__,
                        "active_seconds": clock - started,
                        "steps_completed": totals.steps_completed + result.steps_completed,
                        "steps_skipped": totals.steps_skipped + result.steps_skipped,
                        "extensions": totals.extensions + result.extensions,
                        "extension_seconds": totals.extension_seconds + result.extension_seconds,
                    }
                )
                store.save_exercise(result, totals)
                if catalogue.exercise(result.exercise_id).category.value == "strengthen":
                    roll = rng.random()
                    if roll < 0.55:
                        early = progress < 0.2
                        feeling = (
                            Feeling.THIGH
                            if early and roll < 0.15
                            else Feeling.LOWER_BACK
                            if roll < 0.04
                            else Feeling.HIP_CREASE
                        )
                        store.add_self_check(
                            SelfCheck(session_id, block_no, result.exercise_id, feeling, clock)
                        )
            status = Status.STOPPED if stop_early else Status.FINISHED
            store.end_session(totals, status, clock)
            count += 1
    return count


def screenshots(database: Path, folder: Path) -> list[Path]:
    """Render the history page and the self-check prompt offscreen into ``folder``."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from psoas_timer.ui.history.history_page import HistoryPage
    from psoas_timer.ui.history.self_check import SelfCheckPrompt

    app = QApplication.instance() or QApplication([])
    folder.mkdir(parents=True, exist_ok=True)
    written = []

    page = HistoryPage(database)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    written.append(folder / "history.png")
    page.grab().save(str(written[-1]))

    with HistoryStore(database) as store:
        last = store.results()[-1]
    for name, feeling in (("self-check.png", None), ("self-check-tip.png", Feeling.LOWER_BACK)):
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 24, 24, 24)
        prompt = SelfCheckPrompt()
        layout.addWidget(prompt)
        prompt.ask(replace(last, exercise_id="seated-leg-lift", exercise_name="Seated leg lift"))
        if feeling is not None:
            prompt.answer(feeling)
        frame.resize(880, frame.sizeHint().height())
        frame.show()
        app.processEvents()
        written.append(folder / name)
        frame.grab().save(str(written[-1]))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--out", type=Path, required=True, help="the database to fill")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--screenshots", type=Path, metavar="FOLDER", help="then render the screenshots here"
    )
    args = parser.parse_args(argv)
    with HistoryStore(args.out) as store:
        count = seed(store, days=args.days, rng_seed=args.seed)
    print(f"wrote {count} sessions to {args.out}")
    if args.screenshots:
        for path in screenshots(args.out, args.screenshots):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
