"""Composition root: builds the objects every face shares (settings, database, events, secrets).

Faces call `build_context()` once; services receive only the narrow parts they need.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from timedesk.db.credentials import with_stored_password
from timedesk.db.database import Database
from timedesk.db.engine import PoolSize, resolve_url
from timedesk.db.migrate import upgrade
from timedesk.events.bus import EventBus
from timedesk.paths import Paths
from timedesk.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: Paths
    settings: Settings
    db: Database
    bus: EventBus
    secrets: Any  # timedesk.secrets.SecretStore
    extras: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        """Stop the jobs still running in this process (a widget's load, a report), then let go of
        the database: a job querying a disposed SQLite engine can crash the process."""
        from timedesk.jobs import stop_all_jobs

        left = stop_all_jobs(timeout=10.0)
        if left:
            log.warning("jobs still running when the database was closed: %s",
                        ", ".join(job.title for job in left))
        self.db.dispose()


def load_settings(environ: dict[str, str] | None = None) -> tuple[Paths, Settings]:
    paths = Paths.from_environment(environ)
    return paths, Settings.load(paths, environ)


def open_database(paths: Paths, settings: Settings, *, migrate: bool = True,
                  secrets: Any | None = None, server: bool = False) -> Database:
    """Connect (DatabaseUnavailable on failure) and bring the schema up to date.

    A PostgreSQL URL without a password takes DATABASE_PASSWORD from `secrets` (the store).
    `server` (`timedesk serve`) sizes the connection pool by the database.serve_* settings."""
    url = resolve_url(settings["database.url"], paths.sqlite_file)
    url = with_stored_password(url, secrets)
    db = Database.connect(url, busy_timeout_ms=settings["database.sqlite_busy_timeout_ms"],
                          pool=PoolSize.from_settings(settings, server=server))
    if migrate:
        try:
            upgrade(db.engine)
        except Exception:
            db.dispose()
            raise
    return db


def housekeeping(ctx: AppContext) -> None:
    """Start-up chores of every long-running face (GUI, serve); blocking: run it off the loop."""
    from timedesk.events.retention import purge_old_events

    try:
        removed = purge_old_events(ctx.db, ctx.settings["events.retention_days"])
        if removed:
            log.info("housekeeping: %d old events removed", removed)
    except Exception:  # housekeeping must never keep the app from starting
        log.exception("housekeeping failed")


def build_context(environ: dict[str, str] | None = None, *, migrate: bool = True,
                  paths: Paths | None = None, settings: Settings | None = None,
                  server: bool = False) -> AppContext:
    from timedesk.secrets import SecretStore

    if paths is None or settings is None:
        paths, settings = load_settings(environ)
    paths.ensure()
    secrets = SecretStore(settings, paths, environ)
    db = open_database(paths, settings, migrate=migrate, secrets=secrets, server=server)
    log.info("database: %s", db.description)
    return AppContext(paths=paths, settings=settings, db=db, bus=EventBus(db), secrets=secrets)
