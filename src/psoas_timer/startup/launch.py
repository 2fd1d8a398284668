"""The ``psoas-timer`` command's entry point (and ``python -m psoas_timer``'s).

It holds the cycle collector before anything else is imported (see
:mod:`psoas_timer.startup.long_lived`): opening the window imports Qt and about forty
of our modules and builds a hundred widgets, tens of thousands of objects
that all live on, and the collector would otherwise look through them
about sixty times before the first frame.
"""

from __future__ import annotations

from . import long_lived


def main() -> int:
    long_lived.begin()
    from ..cli import main as run_command_line

    return run_command_line()
