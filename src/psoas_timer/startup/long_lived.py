"""Keep the cycle collector off what lives as long as the app.

Start-up makes about 46,000 container objects (modules, classes, Qt's
wrappers, the catalogue) and every one of them lives until the app quits.
Python's cycle collector does not know that:

- while they are being made, it ran about 60 times before the first frame
  (8-9 ms of start-up, all of it finding nothing to free);
- afterwards, a full pass, about twice a minute in a running session, walked
  all of them again (~15 ms of the main thread each time: a stall in the
  middle of a rep, and about a twentieth of what a running session costs).

So the app holds collection while it starts (:func:`begin`, from the
command's entry point, :mod:`psoas_timer.startup.launch`), and once start-up's work
is done (:func:`settle`, after the first paint) it moves everything alive
out of the collector's sight for good (``gc.freeze()``, an O(1) move) and
lets it run again. What the session
makes afterwards is collected as before.

Only the app does this: a test process builds and drops many windows, whose
cycles must stay collectable, so without :func:`begin` :func:`settle` does nothing.
"""

from __future__ import annotations

import gc

_begun = False


def begin() -> None:
    """Hold cycle collection until :func:`settle`: called once, before the app starts.

    Does nothing with ``PSOAS_TIMER_NO_GC_FREEZE=1`` (see
    :mod:`psoas_timer.core.debug_switches`): then :func:`settle` does nothing either.
    """
    global _begun
    gc.disable()
    # Imported with collection held: it is the first of our modules to load.
    from ..core.debug_switches import Mechanism, enabled

    if not enabled(Mechanism.GC_FREEZE):
        gc.enable()
        return
    _begun = True


def settle() -> None:
    """Everything alive now lives as long as the app: no collection looks at it
    again, and collection (held by :func:`begin`) runs again from here.

    Called after start-up's work is done, and after a bulk import made later
    (the history page's charts); each call freezes what is alive then.
    """
    if _begun:
        gc.freeze()
        gc.enable()


def settle_if_held() -> None:
    """:func:`settle`, unless that has already run since :func:`begin` (the
    fallback should the first paint never come: a second freeze would also
    keep the session's first seconds out of collection for good)."""
    if _begun and not gc.isenabled():
        settle()
