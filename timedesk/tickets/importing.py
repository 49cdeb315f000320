"""Reading a CSV of tickets from another help desk (pure: no database).

Columns (a header line first, in any order): subject, requester (a user name), and optionally
description, category, priority (default normal), status (new, resolved or closed; default
new) and created_at (ISO-8601; without a UTC offset it is the office's local time; empty:
now). A bad line is a ValidationError naming it; HelpDesk.import_tickets stores all or
nothing."""

from __future__ import annotations

import csv
import io
from datetime import datetime, tzinfo

from timedesk.errors import ValidationError
from timedesk.tickets.service import ImportRow

COLUMNS = ("subject", "description", "requester", "category", "priority", "status",
           "created_at")
REQUIRED = ("subject", "requester")
MAX_ROWS = 100_000


def _when(text: str, zone: tzinfo, line: int) -> datetime | None:
    if not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("line {line}: created_at '{text}' is not a date and "
                              "time.", "Write it like 2025-03-01T09:30:00+01:00.",
                              line=line, text=text.strip()[:40]) from None
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


def read_import(text: str, zone: tzinfo) -> list[ImportRow]:
    """The tickets of a CSV text (its header names the columns)."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or ()]
    unknown = [name for name in header if name not in COLUMNS]
    missing = [name for name in REQUIRED if name not in header]
    if not header or unknown or missing:
        what = (f"unknown column(s) {', '.join(unknown)}" if unknown
                else f"no {', '.join(missing)} column" if header else "no header line")
        raise ValidationError("line 1: {what}.",
                              "The first line names the columns: {columns}.",
                              what=what, columns=', '.join(COLUMNS))
    reader.fieldnames = header
    rows = []
    for record in reader:
        line = reader.line_num
        if None in record:
            raise ValidationError("line {line}: more values than columns.",
                                  "Quote values that hold commas.", line=line)
        values = {key: (value or "") for key, value in record.items()}
        if not any(value.strip() for value in values.values()):
            continue
        rows.append(ImportRow(
            line=line, subject=values["subject"], description=values.get("description", ""),
            requester=values["requester"].strip(),
            category=values.get("category", "").strip() or None,
            priority=values.get("priority", "").strip().lower() or "normal",
            status=values.get("status", "").strip().lower() or "new",
            created_at=_when(values.get("created_at", ""), zone, line)))
        if len(rows) > MAX_ROWS:
            raise ValidationError("line {line}: more than {max_rows:,} tickets.",
                                  "Split the file.", line=line, max_rows=MAX_ROWS)
    if not rows:
        raise ValidationError("the file has no tickets.", "Add a line per ticket after the header.")
    return rows
