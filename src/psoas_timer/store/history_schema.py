"""The history database's tables and the migrations that make them, version by version.

Conventions, for programs reading the file:
    * plain column types only: INTEGER, REAL, TEXT;
    * every instant twice: ``*_at`` is ISO-8601 UTC text
      (``2025-03-04T07:30:00Z``) and ``*_unix`` is REAL seconds since the
      epoch; ``local_day`` is the user's local date (``YYYY-MM-DD``) at the start;
    * sides are ``left``, ``right`` or ``both``; durations are REAL seconds.

Tables (version 2):
    ``sessions``: one per session.
        ``id``, ``routine_id``, ``routine_name``, ``started_at``/``_unix``,
        ``ended_at``/``_unix`` (NULL while running), ``updated_at``/``_unix``
        (the last write), ``status`` (``running``, ``finished``, ``stopped``,
        ``interrupted``), ``planned_seconds``, ``active_seconds`` (time in
        steps, pauses excluded), ``steps_completed``, ``steps_skipped``,
        ``extensions``, ``extension_seconds``, ``writer_pid``, ``local_day``.
    ``session_exercises``: one per exercise (routine block) done in a session.
        ``session_id``, ``block_no``, ``exercise_id``, ``exercise_name``,
        ``ended_at``/``_unix``, ``steps_completed``, ``steps_skipped``,
        ``work_skipped`` (lift, hold and lower steps skipped), ``extensions``,
        ``extension_seconds``, ``planned_reps``, ``planned_sets``.
    ``exercise_sides``: one per side of each exercise.
        ``session_id``, ``block_no``, ``side``, ``hold_seconds`` (seconds
        actually held), ``holds_planned``, ``holds_completed``,
        ``holds_skipped``, ``planned_hold_seconds``.
    ``self_checks`` (v2): "Where did you feel it?" answers.
        ``session_id``, ``block_no``, ``exercise_id``, ``feeling``
        (``hip_crease``, ``thigh``, ``lower_back``, ``nothing``), ``at``/``_unix``.
    ``dismissed_suggestions`` (v2): progression suggestions already answered.
        ``exercise_id``, ``kind`` (``hold``, ``reps``, ``next``), ``dosage``
        (e.g. ``reps=8;sets=2;hold=2/2``), ``until_session_id``, ``accepted``
        (0 or 1), ``at``/``_unix``.
"""

from __future__ import annotations

#: Version 1: sessions, exercises and sides.
_V1: tuple[str, ...] = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        started_unix REAL NOT NULL,
        ended_at TEXT,
        ended_unix REAL,
        updated_at TEXT NOT NULL,
        updated_unix REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'running'
            CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
        planned_seconds REAL NOT NULL DEFAULT 0,
        active_seconds REAL NOT NULL DEFAULT 0,
        steps_completed INTEGER NOT NULL DEFAULT 0,
        steps_skipped INTEGER NOT NULL DEFAULT 0,
        extensions INTEGER NOT NULL DEFAULT 0,
        extension_seconds REAL NOT NULL DEFAULT 0,
        writer_pid INTEGER
    )""",
    """CREATE TABLE session_exercises (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_no INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        ended_unix REAL NOT NULL,
        steps_completed INTEGER NOT NULL DEFAULT 0,
        steps_skipped INTEGER NOT NULL DEFAULT 0,
        work_skipped INTEGER NOT NULL DEFAULT 0,
        extensions INTEGER NOT NULL DEFAULT 0,
        extension_seconds REAL NOT NULL DEFAULT 0,
        planned_reps INTEGER NOT NULL DEFAULT 0,
        planned_sets INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, block_no)
    )""",
    """CREATE TABLE exercise_sides (
        session_id INTEGER NOT NULL,
        block_no INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        hold_seconds REAL NOT NULL DEFAULT 0,
        holds_planned INTEGER NOT NULL DEFAULT 0,
        holds_completed INTEGER NOT NULL DEFAULT 0,
        holds_skipped INTEGER NOT NULL DEFAULT 0,
        planned_hold_seconds REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, block_no, side),
        FOREIGN KEY (session_id, block_no)
            REFERENCES session_exercises (session_id, block_no) ON DELETE CASCADE
    )""",
)

#: Version 2: the local day for fast per-day charts, self-checks, dismissed suggestions.
_V2: tuple[str, ...] = (
    "ALTER TABLE sessions ADD COLUMN local_day TEXT",
    "UPDATE sessions SET local_day = date(started_unix, 'unixepoch', 'localtime')",
    "CREATE INDEX sessions_by_day ON sessions (local_day)",
    "CREATE INDEX sessions_by_status ON sessions (status)",
    "CREATE INDEX exercises_by_exercise ON session_exercises (exercise_id)",
    """CREATE TABLE self_checks (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_no INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        feeling TEXT NOT NULL
            CHECK (feeling IN ('hip_crease', 'thigh', 'lower_back', 'nothing')),
        at TEXT NOT NULL,
        at_unix REAL NOT NULL,
        PRIMARY KEY (session_id, block_no)
    )""",
    """CREATE TABLE dismissed_suggestions (
        id INTEGER PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        dosage TEXT NOT NULL,
        until_session_id INTEGER NOT NULL,
        accepted INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        at_unix REAL NOT NULL
    )""",
)

#: ``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)
