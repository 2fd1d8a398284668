"""Reading TOML with errors turned into :class:`Problem` values."""

from __future__ import annotations

import re
import sys
from typing import Any

from .assets import parsed_table
from .problems import Problem

#: Files larger than this are refused before parsing.
MAX_FILE_BYTES = 1024 * 1024

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END = re.compile(r"\s*\(at end of document\)\s*$")


def parse_asset(name: str, data: bytes, source: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """:func:`parse_toml` for a packaged file: its pre-parsed table when that came from ``data``."""
    table = parsed_table(name, data)
    if table is not None:
        return table, []
    return parse_toml(data, source)


def parse_toml(data: bytes, source: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Parse ``data``; on failure return ``None`` and a problem naming the line."""
    # Imported here: start-up reads only packaged files, which come pre-parsed.
    if sys.version_info >= (3, 11):  # noqa: UP036 - tomli stays the fallback for older Pythons
        import tomllib
    else:  # pragma: no cover - exercised only on 3.10
        import tomli as tomllib

    if len(data) > MAX_FILE_BYTES:
        size_kb = len(data) // 1024
        return None, [Problem(source, "", f"file is {size_kb} KB; the limit is 1024 KB")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(source, f"line {line}", "not valid UTF-8 text")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(source, f"line {line}", "contains NUL bytes (a damaged file?)")]
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = ""
        match = _POSITION.search(message)
        if match:
            where = f"line {match.group(1)}, column {match.group(2)}"
            message = message[: match.start()]
        else:
            end = _END.search(message)
            if end:
                where = f"line {text.count(chr(10)) + 1}"
                message = message[: end.start()] + " at the end of the file"
        return None, [Problem(source, where, f"TOML syntax error: {message}")]
