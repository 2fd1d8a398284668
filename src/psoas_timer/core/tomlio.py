"""Reading TOML files with every failure turned into :class:`Problem` values.

Every TOML file the app or the command line reads from the user (settings,
routines, files named on the command line) comes in through
:func:`read_limited` and :func:`parse_toml`, which between them promise that
no file, however hostile, blocks, exhausts memory, takes more than a moment or
raises anything but a :class:`Problem` (see :mod:`.toml_shape`).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from .assets import parsed_table
from .problems import Problem, ValidationError

#: Files larger than this are refused before parsing.
MAX_FILE_BYTES = 1024 * 1024

_BOM = "\ufeff"

#: What to call a file that is not a regular one.
_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class NotAFileError(OSError):
    """The path is a pipe, a device or a socket: never read, since that could block or never end."""


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """At most ``limit + 1`` bytes of the regular file at ``path``.

    One byte over the limit is enough for :func:`parse_toml` to refuse the
    file, and reading no more than that bounds memory whatever the size says
    (``/proc`` files claim 0 bytes; a file may grow while it is read). The file
    is opened without blocking and checked on the open descriptor, so a FIFO
    with no writer or a terminal is refused at once rather than waited on.

    Raises:
        FileNotFoundError: no such file.
        IsADirectoryError: a folder.
        NotAFileError: a named pipe, device or socket (``strerror`` says which).
        OSError: any other reason the file cannot be read.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(mode):
            kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
            raise NotAFileError(errno.EINVAL, f"{kind}, not a regular file", str(path))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 256 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END = re.compile(r"\s*\(at end of document\)\s*$")


def read_file(path: Path) -> bytes:
    """:func:`read_limited`, with every failure a :class:`ValidationError` naming the file."""
    source = str(path)
    try:
        return read_limited(path)
    except FileNotFoundError:
        problem = "no such file"
    except IsADirectoryError:
        problem = "is a folder, not a routine file"
    except OSError as exc:
        problem = f"cannot read: {exc.strerror or exc}"
    raise ValidationError([Problem(source, "", problem)])


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
        return None, [Problem(source, "", "file is over 1024 KB; the limit is 1024 KB")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        return None, [Problem(source, f"line {line}, column {column}", "not valid UTF-8 text")]
    # Editors on Windows start UTF-8 files with a byte order mark; TOML allows none.
    text = text.removeprefix(_BOM)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(source, f"line {line}", "contains NUL bytes (a damaged file?)")]
    from .toml_shape import check_shape  # as the parser: start-up reads no user file first

    shape = check_shape(text)
    if shape is not None:
        line, column, message = shape
        return None, [Problem(source, f"line {line}, column {column}", f"too complex: {message}")]
    try:
        table = tomllib.loads(text)
    except RecursionError:
        return None, [Problem(source, "", "too complex: nested too deeply to read")]
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
    except Exception as exc:
        # Whatever the parser trips on is bad input (a 5,000-digit integer is a ValueError).
        return None, [Problem(source, "", f"cannot be read as TOML: {exc}")]
    huge = _huge_integer(table)
    if huge is not None:
        # TOML promises 64-bit integers and asks parsers to refuse others; Python's
        # parser keeps them, and a 4,000-digit one cannot even be printed in a message.
        return None, [Problem(source, huge, "a whole number beyond 64 bits")]
    return table, []


def _huge_integer(value: Any, path: str = "") -> str | None:
    """The key path of the first integer outside the 64-bit range in ``value``, or None."""
    if isinstance(value, int):
        return path if not -(2**63) <= value < 2**63 else None
    items: Any = ()
    if isinstance(value, dict):
        items = ((f"{path}.{k}" if path else str(k), v) for k, v in value.items())
    elif isinstance(value, list):
        items = ((f"{path}[{i}]", v) for i, v in enumerate(value))
    for where, item in items:
        found = _huge_integer(item, where)
        if found is not None:
            return found
    return None
