"""Control characters in text from files: found for validation, escaped for the terminal.

A routine name holding ``ESC [ 3 1 m`` would turn a terminal red, and a
right-to-left override (U+202E) would show ``ssap.toml`` for ``pass.toml``
reversed: text from a file must not steer the screen it is shown on.
"""

from __future__ import annotations

import functools
import re

#: C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings,
#: overrides and isolates.
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
# \r before \n is a line end (CSV rows end so); anywhere else it rewrites the line.
_TERMINAL = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    """Compiled when first needed: the CLI imports this module on every start."""
    return re.compile(pattern)


def first_control(text: str, *, multiline: bool = False) -> str | None:
    """A description of the first control character in ``text`` ("U+001B at character 5"),
    or None. ``multiline`` text may hold tabs and newlines."""
    match = _pattern(f"[{_CONTROL}]" if multiline else f"[{_CONTROL}\t\n]").search(text)
    if match is None:
        return None
    return f"U+{ord(match.group()):04X} at character {match.start() + 1}"


def escape_controls(text: str) -> str:
    """``text`` with every control character written as a visible escape (``\\u001b``),
    keeping tabs and line ends. The escape is JSON's, so JSON output stays valid JSON."""
    return _pattern(_TERMINAL).sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
