"""Keep the garbage collector's full passes off what lives as long as the app.

Python's cycle collector looks through every container object it tracks
whenever enough new ones pile up; a full pass, about twice a minute in a
running session, walked the ~46,000 objects that start-up made (modules,
classes, the catalogue, Qt's wrappers) and took about 15 ms of the main
thread each time: a stall in the middle of a rep, and about a twentieth of
what a running session costs. None of those objects will ever be garbage, so
once they are made the app moves them out of the collector's sight for good
(``gc.freeze()``, an O(1) move). What the session makes afterwards is
collected as before.

Only the app itself does this (:func:`enable` in :func:`psoas_timer.app.run`):
a test process builds and drops many windows, whose cycles must stay collectable.
"""

from __future__ import annotations

import gc

_enabled = False


def enable() -> None:
    """Let :func:`settle` freeze: called once by the app, before its event loop runs."""
    global _enabled
    _enabled = True


def settle() -> None:
    """Everything alive now lives as long as the app: no collection looks at it again.

    Called after start-up's work is done, and after a bulk import made later
    (the history page's charts).
    """
    if _enabled:
        gc.freeze()
