"""Tidying up after writes that were killed part-way.

A write killed between creating its temporary file and renaming it leaves a
``.<name>.<random>.tmp`` behind (see :mod:`.atomic`). Nothing reads those, but
they would pile up; :func:`remove_leftovers` removes them when the app or a CLI
write command starts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from . import paths
from .atomic import StoreError, remove_stale_temp_files
from .writelock import writer_lock

log = logging.getLogger(__name__)


def remove_leftovers() -> list[Path]:
    """Remove stale temporary files from the config, routines and data folders.

    Done under the writer lock, so no copy of the app that takes the lock is
    writing meanwhile, and only for files over a minute old, so that a write in
    flight by one that does not (an older version still running) is left alone.
    Never raises: tidying up must not stop anything. Returns the files removed.
    """
    removed: list[Path] = []
    try:
        with writer_lock():
            for folder in (paths.config_dir(), paths.routines_dir(), paths.data_dir()):
                removed += remove_stale_temp_files(folder)
    except StoreError as exc:
        log.info("left temporary files for later: %s", exc)
    return removed
