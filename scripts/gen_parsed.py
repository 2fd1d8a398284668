"""Write ``src/psoas_timer/core/parsed.marshal``: every TOML asset's table, pre-parsed.

Start-up then reads the tables without importing or running the TOML parser
(see ``psoas_timer.core.assets``). Each table is stored with a CRC of the bytes
it was parsed from, so an edited TOML file is simply parsed again until this is
re-run; ``--check`` exits 1 when the companion is missing or out of date.
"""

from __future__ import annotations

import marshal
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "src"))
from _generate import run  # noqa: E402

from psoas_timer.core.assets import (  # noqa: E402
    PARSED_FILE,
    checksum,
    packed_names,
    parsed_table,
)

ASSETS = ROOT / "assets"
OUT = ROOT / "src" / "psoas_timer" / "core" / PARSED_FILE


def sources() -> list[Path]:
    # The language overlays too: a non-English start then skips the parser as English does.
    return sorted(
        [*ASSETS.glob("*.toml"), *ASSETS.glob("routines/*.toml"), *ASSETS.glob("i18n/*.toml")]
    )


def fresh_tables() -> dict[str, tuple[bytes, dict[str, Any]]]:
    """{asset name: (the file's bytes, its table as tomllib parses it now)}."""
    tables = {}
    for path in sources():
        data = path.read_bytes()
        tables[path.relative_to(ASSETS).as_posix()] = (data, tomllib.loads(data.decode()))
    return tables


def stale() -> list[str]:
    """The companion's name if start-up would not read exactly today's tables from it.

    It is read back through ``psoas_timer.core.assets``, as start-up reads it.
    """
    fresh = fresh_tables()
    same = all(parsed_table(name, data) == table for name, (data, table) in fresh.items())
    return [] if same and packed_names() == set(fresh) else [str(OUT.relative_to(ROOT))]


def write() -> int:
    entries = {
        name: (checksum(data), marshal.dumps(table))
        for name, (data, table) in fresh_tables().items()
    }
    OUT.write_bytes(marshal.dumps(entries))
    print(f"wrote {OUT.relative_to(ROOT)} ({len(entries)} tables)")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(__doc__ or "", argv, stale=stale, write=write, script="gen_parsed.py")


if __name__ == "__main__":
    raise SystemExit(main())
