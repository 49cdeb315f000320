"""The `timedesk` command. Without a sub-command it opens the main window.

Each group of sub-commands lives in its own module with a `register(subparsers)` function; every
command returns an exit code. TimedeskError becomes one line on stderr and its exit code, never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from timedesk import __version__
from timedesk.errors import TimedeskError

COMMAND_MODULES = [
    "timedesk.cli.config_cmd",
    "timedesk.cli.db_cmd",
    "timedesk.cli.user_cmd",
    "timedesk.cli.employee_cmd",
    "timedesk.cli.secret_cmd",
    "timedesk.cli.serve_cmd",
    "timedesk.cli.demo_cmd",
    "timedesk.cli.gui_cmd",
    "timedesk.cli.mail_cmd",
    "timedesk.cli.clockify_cmd",
    "timedesk.cli.sesame_cmd",
    "timedesk.cli.turns_cmd",
    "timedesk.cli.punches_cmd",
    "timedesk.cli.punch_cmd",
    "timedesk.cli.display_cmd",
    "timedesk.cli.kiosk_cmd",
    "timedesk.cli.hours_cmd",
    "timedesk.cli.tickets_cmd",
]


class CommandParser(argparse.ArgumentParser):
    """Bad arguments are one `timedesk: ...` line (exit code 2) like every other error, not
    argparse's usage block; the sub-commands' parsers are of this class too."""

    def error(self, message: str):
        where = self.prog.removeprefix("timedesk").strip()
        self.exit(2, f"timedesk: {where + ': ' if where else ''}{message} "
                     f"(see `{self.prog} --help`).\n")


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="timedesk", description="timedesk: the office time-and-attendance desk.")
    parser.add_argument("--version", action="version", version=f"timedesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(subparsers)
        if hasattr(module, "register_top_level"):  # options of the bare command (gui: --self-test)
            module.register_top_level(parser)
    return parser


def fail(message: str, code: int = 2) -> int:
    print(f"timedesk: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    # Files and folders this process creates (database, WAL, logs, backups, reports) are the
    # user's only: they hold password hashes and personal data.
    previous = os.umask(0o077)
    try:
        return _run(argv)
    finally:
        os.umask(previous)  # for callers in the same process (tests)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        # Not logging.basicConfig: it does nothing when the root logger already has a handler,
        # and its handler would print secret values unmasked.
        from timedesk.logs import setup_console_logging

        setup_console_logging()
    handler = getattr(args, "func", None)
    if handler is None:
        from timedesk.cli.gui_cmd import run_gui_command

        handler = run_gui_command
    try:
        return int(handler(args) or 0)
    except TimedeskError as exc:
        return fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted.", 130)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            return _reader_left()
        # A folder or file timedesk needs and cannot use (read-only, a file where a folder
        # should be, no space): say which and what to do, not a traceback.
        where = f" {exc.filename}" if exc.filename else ""
        return fail(f"cannot use{where}: {exc.strerror or exc}. Check that it is a folder you "
                    "can write to, or set TIMEDESK_HOME to one.", 2)
    except Exception as exc:
        import logging

        logging.getLogger(__name__).exception("unexpected error")
        what = " ".join(str(exc).split())[:200]
        return fail(f"unexpected error ({type(exc).__name__}: {what}); the details are in the "
                    "log file. Please report it.", 1)


def _reader_left() -> int:
    # `timedesk config list | head`: the reader left; say nothing more on that pipe.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1
