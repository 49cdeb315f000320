"""Backups: SQLite's online backup API; for PostgreSQL, the pg_dump command to run."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.files import atomic_path


def backup(db: Database, target: Path) -> str:
    """Back the database up to `target` and say what was done (for PostgreSQL: what to run)."""
    url = db.engine.url
    target = target.expanduser().resolve()
    if target.exists():
        raise ValidationError("{target} already exists.",
                              "Choose a new file name; nothing was written.",
                              target=target)
    if not target.parent.is_dir():
        raise ValidationError("folder {parent} does not exist.", "Create it first.",
                              parent=target.parent)
    if db.backend == "postgresql":
        parts = ["pg_dump", "--format=custom", f"--file={target}",
                 f"--host={url.host or 'localhost'}", f"--port={url.port or 5432}"]
        if url.username:
            parts.append(f"--username={url.username}")
        parts.append(url.database or "")
        return ("PostgreSQL is backed up with pg_dump (the password is asked for, or taken from "
                "PGPASSWORD / ~/.pgpass):\n  " + shlex.join(parts))
    assert url.database is not None  # a SQLite database is a file (its URL names it)
    source = sqlite3.connect(url.database)
    try:
        # The copy holds what the database holds: atomic_path makes it its owner's only (0600).
        with atomic_path(target) as temporary:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)  # consistent copy while other processes keep writing
            finally:
                destination.close()
    finally:
        source.close()
    return f"backup written to {target}"
