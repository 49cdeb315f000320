"""Small helpers shared by the command modules."""

from __future__ import annotations

import getpass
import sys

from timedesk.errors import ValidationError


def start_logging(args, paths, settings) -> None:
    """The rotating log file in the log folder, sized by log.max_bytes (and stderr with -v)."""
    from timedesk.logs import setup_logging

    setup_logging(paths.log_dir, settings["log.level"], verbose=getattr(args, "verbose", False),
                  max_bytes=settings["log.max_bytes"], backups=settings["log.backups"])


def context(args):
    """Build the AppContext (settings, migrated database, secrets) for a command."""
    from timedesk.app import build_context, load_settings

    paths, settings = load_settings()
    # Logging first, so that the migrations run at start-up are in the log file.
    start_logging(args, paths, settings)
    return build_context(paths=paths, settings=settings)


def read_secret_input(prompt: str, *, confirm: bool = False) -> str:
    """A secret from standard input: without echo on a terminal, the first line of a pipe."""
    if sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != value:
            raise ValidationError("the two entries differ.", "Type the same value twice.")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise ValidationError("nothing was given on standard input.",
                              "Type the value when asked, or pipe it: echo VALUE | timedesk ...")
    return value
