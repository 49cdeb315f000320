"""Small helpers shared by the command modules."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date

from timedesk.errors import ValidationError

# Dates beyond these cannot be turned into UTC instants and back (year 0, year 10000).
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(9998, 12, 31)
MAX_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL (bigint) store


def parse_date(text: str | None, option: str, default: date | None = None) -> date | None:
    """A YYYY-MM-DD option of a command (`default` when not given), within FIRST..LAST_DATE."""
    if text is None:
        return default
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("{option} '{text}' is not a date.",
                              "Write it as YYYY-MM-DD.", option=option, text=text[:40]) from None
    if not FIRST_DATE <= value <= LAST_DATE:
        raise ValidationError("{option} {moment} is out of range.",
                              "Use a date from {first_date} to {last_date}.",
                              option=option, moment=value.isoformat(), first_date=FIRST_DATE,
                              last_date=LAST_DATE)
    return value


def cli_actor():
    """Who a command acts as: the machine's administrator (a system actor named "cli")."""
    from timedesk.auth.permissions import Actor

    return Actor.system("cli")


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("--to {end} is before --from {start}.", "Swap the two dates.",
                              end=end, start=start)


def whole_number(low: int, high: int):
    """An argparse type: a whole number from `low` to `high`, else a one-line usage error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text[:40]} is out of range ({low} to {high})")
        return value

    return parse


record_id = whole_number(1, MAX_ID)


def start_logging(args, paths, settings) -> None:
    """The rotating log file in the log folder, sized by log.max_bytes (and stderr with -v)."""
    from timedesk.logs import setup_logging

    setup_logging(paths.log_dir, settings["log.level"], verbose=getattr(args, "verbose", False),
                  max_bytes=settings["log.max_bytes"], backups=settings["log.backups"])


def context(args, *, server: bool = False):
    """Build the AppContext (settings, migrated database, secrets) for a command; `server`:
    `timedesk serve`'s larger connection pool."""
    from timedesk.app import build_context, load_settings

    paths, settings = load_settings()
    # Logging first, so that the migrations run at start-up are in the log file.
    start_logging(args, paths, settings)
    return build_context(paths=paths, settings=settings, server=server)


def read_secret_input(prompt: str, *, confirm: bool = False) -> str:
    """A secret from standard input: without echo on a terminal, the first line of a pipe."""
    if sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != value:
            raise ValidationError("the two entries differ.", "Type the same value twice.")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if "\x00" in value:
        raise ValidationError("the value given contains a NUL character.",
                              "Type it again without control characters.")
    if not value:
        raise ValidationError("nothing was given on standard input.",
                              "Type the value when asked, or pipe it: echo VALUE | timedesk ...")
    return value
