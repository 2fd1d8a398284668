"""``reminders.json``: the sitting count, kept across restarts.

A small file in the data folder (``$XDG_DATA_HOME/psoas-timer/``), written
atomically whenever the count changes course (a break, a reminder, a snooze)
and when the app quits. It is not the user's work: one that cannot be read is
moved aside like any other and the count starts from zero.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import paths
from .atomic import atomic_write, move_aside

log = logging.getLogger(__name__)

#: Far more than the file ever holds; a bigger one is not ours.
MAX_BYTES = 64 * 1024


def state_file() -> Path:
    return paths.data_dir() / "reminders.json"


def load_state(path: Path | None = None) -> dict[str, Any] | None:
    """The saved state, or ``None`` (missing, or unreadable and moved aside)."""
    path = path or state_file()
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("%s: cannot be read (%s); the sitting count starts from zero", path, exc)
        return None
    try:
        if len(raw) > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES} bytes")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        try:
            backup = move_aside(path)
        except OSError:
            log.warning("%s: unreadable (%s), left in place", path, exc)
        else:
            log.warning("%s: unreadable (%s); moved aside to %s", path, exc, backup)
        return None
    return data


def save_state(state: Mapping[str, Any], path: Path | None = None) -> bool:
    """Write the state; a failure is logged (the count is not worth an error dialog)."""
    path = path or state_file()
    try:
        atomic_write(path, json.dumps(dict(state), sort_keys=True).encode("utf-8") + b"\n")
    except OSError as exc:
        log.warning("%s: not saved (%s)", path, exc)
        return False
    return True
