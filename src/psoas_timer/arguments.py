"""The command line's grammar: ``psoas-timer [options] [COMMAND ...]`` read into
an :class:`argparse.Namespace`.

Both sides of start-up read it: :mod:`psoas_timer.cli` parses the command line
and runs a command or hands the window's options to :func:`psoas_timer.app.run`;
:func:`psoas_timer.app.build_window` (tests, screenshots) parses a window's
options itself. Here, neither imports the other: the entry point
(:mod:`psoas_timer.startup.launch`) is the only importer of the CLI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

#: The subcommands (``cli.COMMANDS`` runs them): any of these on the command
#: line needs the full parser.
COMMAND_NAMES = frozenset(
    {"list", "plan", "validate", "import", "export", "history", "install-desktop"}
)

EPILOG = """\
commands:
  (none)                      open the window
  list [--json]               list exercises and routines
  plan ROUTINE [--json]       print every step of a routine (id, exercise id or .toml file)
  validate FILE...            check routine files
  import FILE [--replace]     add a routine file to your routines
  export ROUTINE_ID FILE [--force]
                              write a routine (yours or built-in) to a new file
  history [--json] [--csv FILE]  totals, streak and recent sessions; --csv exports all
  install-desktop [--uninstall]  add (or remove) the menu entry, icons and AppStream file

exit codes:
  0  success
  1  unexpected failure
  2  bad input: invalid file, unknown id or bad arguments
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"psoas-timer: error: {message}\n")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands=False`` leaves out the subcommands (see :func:`parse_args`)."""
    parser = _Parser(
        prog="psoas-timer",
        description="A guided timer for psoas strengthening and release exercises.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"psoas-timer {__version__}")
    parser.add_argument(
        "--routine", metavar="ID_OR_FILE", help="open the window with this routine selected"
    )
    parser.add_argument("--start", action="store_true", help="start the selected routine at once")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="show the window, wait for its first paint and exit (for smoke tests)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start hidden in the tray (shows the window where there is no tray)",
    )
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help="open another window even if psoas-timer is running (by default a second "
        "launch raises the running window and hands it --routine and --start)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p_list = sub.add_parser("list", help="list exercises and routines")
    p_list.add_argument("--json", action="store_true", help="print JSON")

    p_plan = sub.add_parser("plan", help="print the whole timeline of a routine")
    p_plan.add_argument("routine", metavar="ROUTINE_ID_OR_FILE")
    p_plan.add_argument("--json", action="store_true", help="print JSON")

    p_validate = sub.add_parser("validate", help="check routine files")
    p_validate.add_argument("files", nargs="+", metavar="FILE", type=Path)

    p_import = sub.add_parser("import", help="add a routine file to your routines")
    p_import.add_argument("file", metavar="FILE", type=Path)
    p_import.add_argument(
        "--replace", action="store_true", help="replace your routine with the same id"
    )

    p_export = sub.add_parser("export", help="write a routine to a .toml file")
    p_export.add_argument("routine", metavar="ROUTINE_ID")
    p_export.add_argument("file", metavar="FILE", type=Path)
    p_export.add_argument(
        "--force",
        action="store_true",
        help="replace an existing FILE (a copy of it is kept first)",
    )

    p_history = sub.add_parser("history", help="show totals, the streak and recent sessions")
    p_history.add_argument("--json", action="store_true", help="print JSON")
    p_history.add_argument(
        "--csv", metavar="FILE", help="export every session to a CSV file ('-' for stdout)"
    )
    p_history.add_argument(
        "--limit", type=int, default=10, metavar="N", help="recent sessions to show (10)"
    )
    p_desktop = sub.add_parser(
        "install-desktop",
        help="install the menu entry, icons and AppStream file for this user",
    )
    p_desktop.add_argument(
        "--uninstall", action="store_true", help="remove exactly what install-desktop writes"
    )
    return parser


#: The options that open the window, spelled in full: option -> (attribute, takes a value).
WINDOW_OPTIONS = {
    "--routine": ("routine", True),
    "--start": ("start", False),
    "--exit-after-startup": ("exit_after_startup", False),
    "--tray": ("tray", False),
    "--new-instance": ("new_instance", False),
    "-v": ("verbose", False),
    "--verbose": ("verbose", False),
}


def window_args(tokens: Sequence[str]) -> argparse.Namespace | None:
    """The window's options, read without argparse, when every token is one of
    :data:`WINDOW_OPTIONS` spelled in full (``--routine ID``, ``--routine=ID``);
    ``None`` for anything else, which the parser then reads (or reports).

    Building even the options' parser costs about 2 ms of start-up: argparse
    looks for a translation of its messages (importing ``locale``) and measures
    the terminal once per option.
    """
    values: dict[str, Any] = {
        attribute: None if takes_value else False
        for attribute, takes_value in WINDOW_OPTIONS.values()
    }
    values["command"] = None
    position = 0
    while position < len(tokens):
        name, equals, value = tokens[position].partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        attribute, takes_value = WINDOW_OPTIONS[name]
        if takes_value and not equals:
            position += 1
            # argparse reads "-x" after an option as another option (or an error)
            if position == len(tokens) or tokens[position].startswith("-"):
                return None
            value = tokens[position]
        elif takes_value != bool(equals):
            return None  # --start=yes: the parser's error message
        values[attribute] = value if takes_value else True
        position += 1
    return argparse.Namespace(**values)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line.

    Opening the window (no command, no ``--help``) reads its options directly
    (:func:`window_args`), or else parses with the options alone: building the
    seven subcommands' parsers would cost a few ms of start-up. Anything those
    options do not cover goes to the full parser, which then reports it.
    """
    tokens = list(sys.argv[1:] if argv is None else argv)
    args = window_args(tokens)
    if args is not None:
        return args
    if not any(token in COMMAND_NAMES or token in ("-h", "--help") for token in tokens):
        args, rest = build_parser(commands=False).parse_known_args(tokens)
        if not rest:
            return args
    return build_parser().parse_args(tokens)
