"""The command line shared by the asset generators: write, or ``--check`` for staleness."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence


def run(
    doc: str,
    argv: Sequence[str] | None,
    *,
    stale: Callable[[], list[str]],
    write: Callable[[], int],
    script: str,
) -> int:
    """Parse ``--check``; list what is stale and exit 1, or write and return ``write()``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if anything is stale"
    )
    args = parser.parse_args(argv)
    if not args.check:
        return write()
    problems = stale()
    for name in problems:
        print(f"stale: {name}", file=sys.stderr)
    if problems:
        print(f"run: python scripts/{script}", file=sys.stderr)
    return 1 if problems else 0
