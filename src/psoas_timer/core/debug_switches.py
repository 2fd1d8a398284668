"""Switches that turn a performance mechanism off, to debug it or to measure it.

Every mechanism listed in :class:`Mechanism` is a cache or a timing trick: with
it off the app shows and does exactly the same, only at the cost it would pay
without it (docs/architecture.md has the table, bench/README.md the figures).
So when a picture or a timing looks wrong, switching the mechanism off says at
once whether the mechanism is to blame.

Each is switched off by its environment variable set to anything but ``""`` or
``"0"``, for example ``PSOAS_TIMER_NO_PIXMAP_CACHE=1 psoas-timer``. The
environment is read once per process, the first time any switch is asked
for; the code that owns a mechanism asks when it is built (a widget in its
constructor), never per frame, so the running path costs what it did.

Qt-free, so the core (pre-parsed TOML) and the start-up path (the collector)
can ask as well as the widgets.
"""

from __future__ import annotations

import enum
import functools
import logging
import os

log = logging.getLogger(__name__)


class Mechanism(enum.Enum):
    """A mechanism that can be switched off; the value is its environment variable."""

    #: Animation frames aimed at the next visible change and gathered into one
    #: wake-up (``ui.session.frame_ticker.FrameTicker``). Off: a frame every 34 ms while
    #: running, each painted on its own.
    FRAME_TIMING = "PSOAS_TIMER_NO_FRAME_TIMING"
    #: The countdown's characters drawn once into images
    #: (``ui.session.countdown.CountdownLabel``). Off: ``drawText`` on every paint.
    GLYPH_CACHE = "PSOAS_TIMER_NO_GLYPH_CACHE"
    #: A moving figure kept as a picture of the whole view
    #: (``ui.session.pose_pictures.PictureBudget``). Off: every frame replayed
    #: from its display list.
    PIXMAP_CACHE = "PSOAS_TIMER_NO_PIXMAP_CACHE"
    #: Word-wrapped labels' heights kept per width, text and font
    #: (``ui.session.session_view.SteadyLabel``). Off: laid out each time Qt asks.
    LABEL_HEIGHT_CACHE = "PSOAS_TIMER_NO_LABEL_CACHE"
    #: The cycle collector held during start-up and start-up's objects frozen
    #: out of it (``long_lived``). Off: Python's collector as it comes.
    GC_FREEZE = "PSOAS_TIMER_NO_GC_FREEZE"
    #: Packaged TOML read from ``core/parsed.marshal`` (``core.assets``).
    #: Off: every TOML file parsed.
    PARSED_CACHE = "PSOAS_TIMER_NO_PARSED_CACHE"
    #: The history page's module (and pyqtgraph) imported in the background
    #: after start-up (``ui.history.history_feature.HistoryFeature.preload``). Off:
    #: imported when the page is first opened.
    HISTORY_PRELOAD = "PSOAS_TIMER_NO_HISTORY_PRELOAD"

    @property
    def variable(self) -> str:
        return self.value


@functools.cache
def _switched_off() -> frozenset[Mechanism]:
    off = frozenset(m for m in Mechanism if os.environ.get(m.variable, "") not in ("", "0"))
    if off:
        log.info("switched off for debugging: %s", ", ".join(sorted(m.variable for m in off)))
    return off


def enabled(mechanism: Mechanism) -> bool:
    """Whether ``mechanism`` runs (its variable is unset, empty or ``"0"``)."""
    return mechanism not in _switched_off()


def switched_off() -> frozenset[Mechanism]:
    """The mechanisms switched off in this process."""
    return _switched_off()


def read_again() -> None:
    """Forget what was read, so the next question reads the environment again
    (for tests, which set a variable and build a fresh widget)."""
    _switched_off.cache_clear()
