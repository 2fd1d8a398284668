"""Command line: ``psoas-timer [options] [COMMAND ...]``.

Exit codes:
    0  success
    1  an unexpected failure (reported in one line, details in the log)
    2  bad input: an invalid routine or settings file, an unknown id, or bad arguments
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .arguments import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, parse_args
from .core.model import Breath, Category, Phase, Side
from .core.problems import ValidationError
from .core.timeline import Step, Timeline
from .core.words import Words, value_word
from .startup import long_lived

if TYPE_CHECKING:
    from .core.model import Routine
    from .store.library import Library

log = logging.getLogger(__name__)


class _Escaping(io.TextIOBase):
    """A text stream that escapes control characters on their way to ``stream``.

    Everything the CLI prints may quote a file or the history database (names,
    ids, problems), so the escaping happens here, once, rather than at each print.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        from .core.safe_text import escape_controls  # once the first line is printed

        self.stream.write(escape_controls(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out), _Escaping(err)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command is None:
            instance = None
            # A smoke run paints its own window, whatever else runs.
            if not (args.new_instance or args.exit_after_startup):
                from .startup.single_instance import HandOverError, hand_over_or_claim

                try:
                    instance = hand_over_or_claim(args.routine, args.start)
                except HandOverError as exc:
                    print(f"psoas-timer: {exc}", file=sys.stderr)
                    return EXIT_FAILURE
                if instance is None:
                    return EXIT_OK  # the running window took --routine and --start
            from .app import run

            return run(args, instance)
        long_lived.settle()  # a command has nothing more to start (see launch.py)
        return COMMANDS[args.command](args)
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"psoas-timer: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        log.debug("unexpected failure", exc_info=True)
        print(f"psoas-timer: unexpected error: {exc}", file=sys.stderr)
        return EXIT_FAILURE


def _language(args: argparse.Namespace) -> str:
    """The language of ``list`` and ``plan``: the environment's (the window's rule,
    without its preference), or English for ``--json``, whose readers match names and
    titles as well as ids."""
    if args.json:
        return "en"
    from .core.content_language import environment_language

    return environment_language(os.environ)


def _cmd_list(args: argparse.Namespace) -> int:
    import json  # only the commands that print JSON load it

    from .store.library import load_library

    library = load_library(_language(args))
    _warn_problems(library)
    exercises: list[dict[str, Any]] = [
        {
            "id": e.id,
            "name": e.name,
            "category": e.category.value,
            "level": e.level,
            "props": list(e.props),
            "sides": e.sides.value,
        }
        for category in Category
        for e in library.catalogue.by_category(category)
    ]
    routines: list[dict[str, Any]] = [
        {
            "id": r.id,
            "name": r.name,
            "description": r.description,
            "builtin": r.builtin,
            "exercises": [b.exercise for b in r.blocks],
            "total_seconds": library.planned_seconds(r),
        }
        for r in library.routines.values()
    ]
    if args.json:
        print(json.dumps({"exercises": exercises, "routines": routines}, indent=2))
        return EXIT_OK
    words = library.words
    categories = [_value(words, e["category"]) for e in exercises]
    levels = [words("level {level}").format(level=e["level"]) for e in exercises]
    ids, category_width, level_width = column_widths(
        (24, 10, 0),
        ([item["id"] for item in exercises + routines], categories, levels),
    )
    print(words("Exercises"))
    for e, category, level in zip(exercises, categories, levels, strict=True):
        props = ", ".join(_value(words, p) for p in e["props"])
        print(
            f"  {e['id']:<{ids}} {category:<{category_width}} {level:<{level_width}}"
            f"  {e['name']} ({props})"
        )
    print("\n" + words("Routines"))
    for r in routines:
        kind = words("built-in") if r["builtin"] else words("yours")
        print(f"  {r['id']:<{ids}} {_clock(r['total_seconds']):>7}  {r['name']} ({kind})")
    return EXIT_OK


def column_widths(least: Sequence[int], columns: Sequence[Iterable[str]]) -> list[int]:
    """Each column as wide as its longest word, and at least its English width.

    A longer language's word ("Vorbereitung", "izquierda") would otherwise push
    the rest of its row out of line; English keeps the widths it always had.
    """
    return [max([width, *map(len, words)]) for width, words in zip(least, columns, strict=True)]


def _value(words: Words, value: str) -> str:
    """An id-like value (a phase, side, breath, category, prop) in a table: its word in
    the language, or the value itself where it has none (English: as in ``--json``)."""
    word = value_word(value)
    translated = words(word)
    return value if translated == word else translated


def plan_json(timeline: Timeline) -> dict[str, Any]:
    return {
        "routine": timeline.routine_id,
        "name": timeline.routine_name,
        "total_seconds": timeline.total_seconds,
        "steps": [step_json(step) for step in timeline.steps],
    }


def step_json(step: Step) -> dict[str, Any]:
    return {
        "start": step.start,
        "duration": step.duration,
        "phase": step.phase.value,
        "exercise": step.exercise_id,
        "side": step.side.value if step.side else None,
        "set": step.set_no or None,
        "rep": step.rep_no or None,
        "breath": step.breath.value,
        "title": step.title,
    }


def _cmd_plan(args: argparse.Namespace) -> int:
    from .store.library import load_library

    library = load_library(_language(args))
    _warn_problems(library)
    routine = library.resolve(args.routine)
    # Printed step by step, so memory stays flat however long the routine (issue #20).
    if args.json:
        _print_plan_json(library, routine)
        return EXIT_OK
    w = library.words
    print(f"{routine.name} ({routine.id})")
    # From every word the columns can show in this language, not from the steps
    # themselves: those are printed as they are planned.
    columns: tuple[tuple[str, int, list[str]], ...] = (
        ("start", 7, []),
        ("secs", 5, []),
        ("phase", 12, [_value(w, p.value) for p in Phase]),
        ("exercise", 22, ["-", *(block.exercise for block in routine.blocks)]),
        ("side", 6, ["-", *(_value(w, s.value) for s in Side)]),
        ("set", 3, []),
        ("rep", 3, []),
        ("breath", 7, [_value(w, b.value) for b in Breath]),
    )
    start, secs, phase, exercise, side_width, set_width, rep, breath = column_widths(
        [least for _, least, _ in columns], [[w(head), *words] for head, _, words in columns]
    )
    print(
        f"{w('start'):>{start}} {w('secs'):>{secs}}  {w('phase'):<{phase}} "
        f"{w('exercise'):<{exercise}} {w('side'):<{side_width}} {w('set'):>{set_width}} "
        f"{w('rep'):>{rep}}  {w('breath'):<{breath}} {w('title')}"
    )
    total = 0.0
    for step in library.steps(routine):
        side = _value(w, step.side.value) if step.side else "-"
        set_no = str(step.set_no) if step.set_no else "-"
        rep_no = str(step.rep_no) if step.rep_no else "-"
        print(
            f"{_clock(step.start):>{start}} {step.duration:>{secs}g}  "
            f"{_value(w, step.phase.value):<{phase}} {step.exercise_id or '-':<{exercise}} "
            f"{side:<{side_width}} {set_no:>{set_width}} {rep_no:>{rep}}  "
            f"{_value(w, step.breath.value):<{breath}} {step.title}"
        )
        total += step.duration
    print(w("Total: {clock} ({seconds} s)").format(clock=_clock(total), seconds=f"{total:g}"))
    return EXIT_OK


def _print_plan_json(library: Library, routine: Routine) -> None:
    """What ``json.dumps(plan_json(...), indent=2)`` prints, written one step at a time."""
    import json  # only the commands that print JSON load it

    # Summed in step order, as Timeline.total_seconds is, so the figures agree to the last bit.
    total = sum(step.duration for step in library.steps(routine))
    head = {"routine": routine.id, "name": routine.name, "total_seconds": total}
    lines = json.dumps(head, indent=2, ensure_ascii=False).splitlines()[:-1]
    print("\n".join(lines) + ',\n  "steps": [', end="")
    separator = "\n"
    for step in library.steps(routine):
        text = json.dumps(step_json(step), indent=2, ensure_ascii=False)
        print(separator + "    " + text.replace("\n", "\n    "), end="")
        separator = ",\n"
    print("\n  ]\n}")


def _cmd_validate(args: argparse.Namespace) -> int:
    from .core.catalogue import load_catalogue
    from .core.routine import load_routine_file

    catalogue = load_catalogue()
    failed = False
    for path in args.files:
        try:
            routine = load_routine_file(path, catalogue)
        except ValidationError as exc:
            failed = True
            for problem in exc.problems:
                print(f"{problem}", file=sys.stderr)
            continue
        print(f"{path}: ok ({routine.name}, {len(routine.blocks)} exercises)")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from .store.atomic import ReadOnlyError, StoreError
    from .store.library import load_library
    from .store.routines import RoutineExists

    _remove_leftovers()
    library = load_library()
    _warn_problems(library)
    # An invalid file raises ValidationError: main() prints every problem and exits 2.
    try:
        routine = library.store.import_file(args.file, replace=args.replace)
    except RoutineExists as exc:
        print(
            f"psoas-timer: {args.file}: {exc}; nothing was imported. "
            "Run again with --replace to replace it.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except ReadOnlyError as exc:
        print(f"psoas-timer: {args.file}: {exc}; nothing was imported.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(f"psoas-timer: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    where = library.store.path_for(routine.id)
    print(f"imported '{routine.id}' ({routine.name}, {len(routine.blocks)} exercises) to {where}")
    if library.store.kept_copy is not None:
        print(f"the routine it replaced is kept as {library.store.kept_copy}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .store.atomic import ReadOnlyError, StoreError
    from .store.library import load_library
    from .store.routines import ExportExists, RoutineNotFound

    _remove_leftovers()
    library = load_library()
    _warn_problems(library)
    try:
        written = library.store.export(args.routine, args.file, force=args.force)
    except (RoutineNotFound, ExportExists, ReadOnlyError) as exc:
        print(f"psoas-timer: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(f"psoas-timer: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"exported '{args.routine}' to {written}")
    if library.store.kept_copy is not None:
        print(f"the file it replaced is kept as {library.store.kept_copy}")
    return EXIT_OK


def _remove_leftovers() -> None:
    """Tidy up after writes killed part-way, before a command writes (see store/cleanup.py)."""
    from .store.cleanup import remove_leftovers

    remove_leftovers()


def _warn_problems(library: Any) -> None:
    for problem in library.problems:
        print(f"psoas-timer: warning: {problem}", file=sys.stderr)
    for notice in library.notices:
        print(f"psoas-timer: {notice}", file=sys.stderr)


def history_json(store: Any, limit: int) -> dict[str, Any]:
    """Totals, streak and the newest ``limit`` sessions, as plain JSON data."""
    totals = store.totals()
    results: dict[int, list[dict[str, Any]]] = {}
    recent = store.sessions(limit=max(0, limit)) if limit > 0 else []
    since = recent[0].day if recent else None
    for r in store.results(since=since) if recent else []:
        results.setdefault(r.session_id, []).append(
            {
                "block": r.block_no,
                "exercise": r.exercise_id,
                "completed": r.completed,
                "hold_seconds": round(r.hold_seconds, 1),
                "sides": {
                    s.side: {"hold_seconds": round(s.hold_seconds, 1), "holds": s.holds_completed}
                    for s in r.sides
                },
            }
        )
    return {
        "database": str(store.path),
        "totals": {
            "sessions": totals.sessions,
            "finished": totals.finished,
            "minutes": round(totals.minutes, 1),
            "hold_seconds": round(totals.hold_seconds, 1),
            "days": totals.days,
            "current_streak": totals.current_streak,
            "longest_streak": totals.longest_streak,
        },
        "sessions": [
            {
                "id": s.id,
                "routine": s.routine_id,
                "name": s.routine_name,
                "started_at": s.started_at,
                "ended_at": s.ended_at,
                "status": s.status.value,
                "active_seconds": round(s.active_seconds, 1),
                "steps_completed": s.steps_completed,
                "steps_skipped": s.steps_skipped,
                "extensions": s.extensions,
                "exercises": results.get(s.id, []),
            }
            for s in reversed(recent)
        ],
    }


def _cmd_history(args: argparse.Namespace) -> int:
    import json  # only the commands that print JSON load it
    from datetime import datetime

    from .store import paths
    from .store.history import HistoryDamaged, HistoryError, read_history

    path = paths.history_file()
    if args.csv and args.csv != "-":
        _remove_leftovers()
        problem = _csv_target_problem(Path(args.csv))
        if problem:
            print(f"psoas-timer: {problem}; nothing was written", file=sys.stderr)
            return EXIT_BAD_INPUT
    if not path.exists():
        if args.csv:
            print(f"psoas-timer: no history yet ({path} does not exist)", file=sys.stderr)
            return EXIT_OK
        if args.json:
            print(json.dumps({"database": str(path), "totals": None, "sessions": []}, indent=2))
        else:
            print("No sessions yet.")
        return EXIT_OK
    if not os.access(path, os.R_OK):
        print(f"psoas-timer: {path} cannot be read (permission denied)", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        store = read_history(path)
    except HistoryDamaged as exc:
        print(
            f"psoas-timer: {exc}; nothing is shown. The window keeps it as a backup "
            "and starts a new history the next time it opens.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except HistoryError as exc:
        print(f"psoas-timer: {exc}; nothing is shown", file=sys.stderr)
        return EXIT_BAD_INPUT
    with store:
        if args.csv:
            failed = _write_csv(store, args.csv)
            if failed:
                print(f"psoas-timer: {failed}", file=sys.stderr)
                return EXIT_BAD_INPUT
            if not args.json:
                return EXIT_OK
        data = history_json(store, args.limit)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    t = data["totals"]
    if not t["sessions"]:
        print("No sessions yet.")
        return EXIT_OK
    print(
        f"Sessions: {t['sessions']} ({t['finished']} finished) on {t['days']} days, "
        f"{_hours(t['minutes'])} exercising, {_hours(t['hold_seconds'] / 60)} holding"
    )
    print(f"Streak: {t['current_streak']} days (longest {t['longest_streak']})")
    print("\nRecent sessions")
    for s in data["sessions"]:
        started = datetime.fromisoformat(s["started_at"].replace("Z", "+00:00")).astimezone()
        done = sum(1 for e in s["exercises"] if e["completed"])
        print(
            f"  {started:%Y-%m-%d %H:%M}  {_clock(s['active_seconds']):>6}  {s['status']:<11} "
            f"{done}/{len(s['exercises'])} exercises  {s['name']}"
        )
    return EXIT_OK


def _csv_target_problem(target: Path) -> str | None:
    """Why ``target`` cannot take a CSV export, or None when it can."""
    from .store import paths

    if not target.parent.is_dir():
        return f"cannot write {target}: the folder {target.parent} does not exist"
    if target.is_dir():
        return f"cannot write {target}: it is a folder"
    if target.exists() and not target.is_file():
        return f"cannot write {target}: it is not a regular file"
    if paths.is_own_file(target):
        return f"{target} is one of psoas-timer's own files and is never overwritten"
    return None


def _write_csv(store: Any, target: str) -> str | None:
    """Every session as CSV to ``target`` (``-``: stdout); the problem, or None when written.

    A file is written whole or not at all (store/atomic.py), so an export cut
    short never replaces an earlier complete one.
    """
    import csv
    import io

    from .store.atomic import atomic_write

    columns, rows = store.export_rows()
    text = io.StringIO(newline="")
    writer = csv.writer(sys.stdout if target == "-" else text)
    writer.writerow(columns)
    writer.writerows(rows)
    if target == "-":
        return None
    try:
        atomic_write(Path(target), text.getvalue().encode("utf-8"))
    except OSError as exc:
        return f"could not write {target}: {exc.strerror or exc}; nothing was written"
    print(f"wrote {len(rows)} rows to {target}", file=sys.stderr)
    return None


def _hours(minutes: float) -> str:
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def _clock(seconds: float) -> str:
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from . import desktop_entry

    try:
        lines = desktop_entry.uninstall() if args.uninstall else desktop_entry.install()
    except OSError as exc:
        name = exc.filename or desktop_entry.data_home()
        print(f"psoas-timer: {name}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in lines:
        print(line)
    if args.uninstall and not lines:
        print("nothing to remove: the desktop files were not installed")
    return EXIT_OK


COMMANDS = {
    "list": _cmd_list,
    "plan": _cmd_plan,
    "validate": _cmd_validate,
    "import": _cmd_import,
    "export": _cmd_export,
    "history": _cmd_history,
    "install-desktop": _cmd_install_desktop,
}
