"""Small helpers shared by the command modules."""

from __future__ import annotations

import getpass
import sys

from timedesk.errors import ValidationError


def context(args):
    """Build the AppContext (settings, migrated database, secrets) for a command."""
    from timedesk.app import build_context
    from timedesk.logs import setup_logging

    ctx = build_context()
    setup_logging(ctx.paths.log_dir, ctx.settings["log.level"], verbose=getattr(args, "verbose", False),
                  max_bytes=ctx.settings["log.max_bytes"], backups=ctx.settings["log.backups"])
    return ctx


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
