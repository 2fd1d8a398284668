"""The packaged assets: where they are, and their TOML files read without the parser.

Assets are package data in ``psoas_timer/assets``. When the package sits on
disk (a wheel or a checkout) they are read as files; from a zipped install,
through :mod:`importlib.resources`.

Start-up reads seven TOML files (the catalogue, the safety note, the poses and
the built-in routines). ``assets/parsed.marshal``, written by
``scripts/gen_parsed.py``, holds each file's table as parsed, with a CRC of the
bytes it came from; :func:`parsed_table` hands out a fresh copy when the CRC
matches the file, which spares start-up importing and running the TOML parser.
A changed file, a missing or unreadable companion, or another Python's marshal
format all fall back to parsing, so the TOML files stay the only source.
"""

from __future__ import annotations

import functools
import marshal
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .debug_switches import Mechanism, enabled

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: The companion of pre-parsed tables, inside the assets folder.
PARSED_FILE = "parsed.marshal"
_FOLDER = Path(__file__).resolve().parent.parent / "assets"


def assets() -> Traversable:
    """The packaged ``assets`` folder."""
    if _FOLDER.is_dir():
        return _FOLDER
    from importlib import resources  # a zipped install  # pragma: no cover

    return resources.files("psoas_timer") / "assets"  # pragma: no cover


def checksum(data: bytes) -> int:
    return zlib.crc32(data)


@functools.cache
def _companion() -> dict[str, tuple[int, bytes]]:
    """{asset name: (CRC of the file's bytes, marshalled table)}, or {} if unusable."""
    try:
        entries = marshal.loads((assets() / PARSED_FILE).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {
        name: entry
        for name, entry in entries.items()
        if isinstance(name, str)
        and isinstance(entry, tuple)
        and len(entry) == 2
        and isinstance(entry[0], int)
        and isinstance(entry[1], bytes)
    }


def packed_names() -> frozenset[str]:
    """The asset names the companion holds tables for."""
    return frozenset(_companion())


def parsed_table(name: str, data: bytes) -> dict[str, Any] | None:
    """The pre-parsed table of asset ``name`` (e.g. ``"routines/release.toml"``)
    if it was parsed from exactly ``data``; otherwise ``None`` (parse it), as
    always with ``PSOAS_TIMER_NO_PARSED_CACHE=1``."""
    if not enabled(Mechanism.PARSED_CACHE):
        return None
    entry = _companion().get(name)
    if entry is None or entry[0] != checksum(data):
        return None
    try:
        table = marshal.loads(entry[1])
    except (EOFError, ValueError, TypeError):
        return None
    return table if isinstance(table, dict) else None
