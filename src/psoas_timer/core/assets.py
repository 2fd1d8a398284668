"""The assets: where they are, and their TOML files read without the parser.

The art, sounds, icons and content live in the repository's top-level
``assets/`` folder. A wheel carries that folder as ``psoas_timer/assets`` (the
``package-dir`` mapping in ``pyproject.toml``); a checkout or an editable install
reads it where it is, at the repository's top. :func:`assets` looks in that
order: beside the package first, then ``<repository>/assets``, each a single
``is_dir`` test made once. (An editable install's import finder does not resolve
the mapped ``psoas_timer.assets``, so the folder is found by path, not imported.)
From a zipped install it is read through :mod:`importlib.resources`.

Generated from ``assets/`` and kept in the package (``scripts/generate.py``
writes both): ``ui/resources_rc.py``, the Qt resources compiled from the
top-level ``resources.qrc``, and ``core/parsed.marshal``, beside this module.

Start-up reads seven TOML files (the catalogue, the safety note, the poses and
the built-in routines). ``core/parsed.marshal``, written by
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

#: The companion of pre-parsed tables, beside this module.
PARSED_FILE = "parsed.marshal"
_HERE = Path(__file__).resolve().parent
#: Where the assets folder may be, in the order :func:`assets` tries them:
#: inside the installed package (a wheel), then the repository's top (a checkout
#: or an editable install: src/psoas_timer/core/assets.py -> parents[3]).
FOLDERS = (_HERE.parent / "assets", _HERE.parents[2] / "assets")


@functools.cache
def assets() -> Traversable:
    """The ``assets`` folder: the installed package's, else the repository's."""
    for folder in FOLDERS:
        if folder.is_dir():
            return folder
    from importlib import resources  # a zipped install  # pragma: no cover

    return resources.files("psoas_timer") / "assets"  # pragma: no cover


def _parsed_file() -> Traversable:
    if _HERE.is_dir():
        return _HERE / PARSED_FILE
    from importlib import resources  # a zipped install  # pragma: no cover

    return resources.files("psoas_timer.core") / PARSED_FILE  # pragma: no cover


def checksum(data: bytes) -> int:
    return zlib.crc32(data)


@functools.cache
def _companion() -> dict[str, tuple[int, bytes]]:
    """{asset name: (CRC of the file's bytes, marshalled table)}, or {} if unusable."""
    try:
        entries = marshal.loads(_parsed_file().read_bytes())
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
