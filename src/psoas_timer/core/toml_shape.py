"""Bounds on a TOML file's structure, checked before the parser sees it.

The standard parser is recursive and, on some shapes, slower than linear: 600
nested brackets raise ``RecursionError``, and one header of a hundred thousand
dotted parts takes minutes. No routine or settings file needs more than a few
levels, a few parts per key or a few thousand values, so :func:`check_shape`
refuses anything far beyond that, in one pass of a regular expression that
steps over strings and comments, and says where.
"""

from __future__ import annotations

import functools
import re

#: Arrays and inline tables nested deeper than this are refused.
MAX_DEPTH = 32
#: Dotted keys and table headers with more parts than this are refused.
MAX_KEY_PARTS = 32
#: Dotted keys and table headers longer than this (in characters) are refused.
MAX_KEY_CHARS = 1000
#: Files with more keys (each part of a dotted one counting), values and brackets
#: than this are refused; a routine of 100 blocks has about 5,000, and parsing
#: 100,000 takes a fraction of a second.
MAX_TOKENS = 100_000

_STRING = (
    r'"""(?:[^"\\]|\\[\s\S]|"(?!""))*+(?:"""|\Z)'  # multi-line basic
    r"|'''(?:[^']|'(?!''))*+(?:'''|\Z)"  # multi-line literal
    r'|"(?:[^"\\\n]|\\.)*+"?'  # basic (an unclosed one ends at the line's end)
    r"|'[^'\n]*+'?"  # literal
)
_PART = rf"(?:[A-Za-z0-9_+\-:]++|{_STRING})"
_TOKEN = (
    rf"(?P<key>{_PART}(?:[ \t]*+\.[ \t]*+{_PART})*+)"  # a key, dotted key, or plain value
    r"|(?P<gap>(?:[ \t]*+(?:#[^\n]*+)?\r?\n)++|[ \t]++|#[^\n]*+)"  # blank lines, comments
    r"|(?P<open>[\[{])"
    r"|(?P<close>[\]}])"
    r"|(?P<other>[\s\S])"
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled when a user's file is first read, not when the app starts."""
    return re.compile(_TOKEN), re.compile(_PART)


def check_shape(text: str) -> tuple[int, int, str] | None:
    """The first structure beyond the bounds above, as ``(line, column, message)``, or None."""
    token_pattern, part_pattern = _patterns()
    depth = 0
    tokens = 0
    for match in token_pattern.finditer(text):
        kind = match.lastgroup
        if kind == "gap":
            continue
        tokens += 1
        if tokens > MAX_TOKENS:
            return _at(
                text, match.start(), f"has more than {MAX_TOKENS:,} keys, values and brackets"
            )
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                return _at(
                    text, match.start(), f"arrays or tables nested more than {MAX_DEPTH} deep"
                )
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "key":
            token = match.group()
            if "." not in token:
                continue
            parts = len(part_pattern.findall(token))
            # The parser's cost grows with the parts, so each counts as a key.
            tokens += parts - 1
            if parts > MAX_KEY_PARTS:
                return _at(
                    text,
                    match.start(),
                    f"a dotted key or table name with {parts} parts; the limit is {MAX_KEY_PARTS}",
                )
            if parts > 1 and len(token) > MAX_KEY_CHARS:
                return _at(
                    text,
                    match.start(),
                    f"a dotted key or table name {len(token):,} characters long; "
                    f"the limit is {MAX_KEY_CHARS:,}",
                )
    return None


def _at(text: str, pos: int, message: str) -> tuple[int, int, str]:
    line = text.count("\n", 0, pos) + 1
    column = pos - text.rfind("\n", 0, pos)
    return line, column, message
