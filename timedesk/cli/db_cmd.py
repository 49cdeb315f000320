"""`timedesk db upgrade | current | backup FILE`."""

from __future__ import annotations

from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("db", help="database schema and backups")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    verbs.add_parser("upgrade", help="apply pending migrations").set_defaults(func=run_upgrade)
    verbs.add_parser("current", help="print the schema revision").set_defaults(func=run_current)
    backup = verbs.add_parser("backup", help="copy the SQLite database (or print pg_dump's command)")
    backup.add_argument("file", type=Path)
    backup.set_defaults(func=run_backup)


def _open(args, migrate: bool, *, must_exist: bool = False):
    """The database; with `must_exist`, a missing SQLite file is an error, not created empty."""
    from timedesk.app import load_settings, open_database
    from timedesk.cli.common import start_logging
    from timedesk.db.engine import resolve_url
    from timedesk.errors import NotFound
    from timedesk.secrets import SecretStore

    paths, settings = load_settings()
    paths.ensure()
    start_logging(args, paths, settings)
    if must_exist:
        url = resolve_url(settings["database.url"], paths.sqlite_file)
        if (url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
                and not Path(url.database).exists()):
            raise NotFound("there is no database yet at {database}.",
                           "Run `timedesk db upgrade` (or start timedesk) to create it.",
                           database=url.database)
    return open_database(paths, settings, migrate=migrate,
                         secrets=SecretStore(settings, paths))


def run_upgrade(args) -> int:
    from timedesk.db.migrate import current_revision

    db = _open(args, migrate=True)
    print(f"{db.description}: schema at revision {current_revision(db.engine)}")
    db.dispose()
    return 0


def run_current(args) -> int:
    from timedesk.db.migrate import current_revision, head_revision, is_known_revision

    db = _open(args, migrate=False, must_exist=True)
    current = current_revision(db.engine)
    head = head_revision()
    if current == head:
        state = "up to date"
    elif current and not all(is_known_revision(r) for r in current.split(",")):
        state = f"newer than this timedesk knows (its newest is {head}): install the newer version"
    else:
        state = f"behind (newest is {head}; run `timedesk db upgrade`)"
    print(f"{db.description}: revision {current or 'none'} — {state}")
    db.dispose()
    return 0


def run_backup(args) -> int:
    from timedesk.db.backup import backup

    db = _open(args, migrate=False, must_exist=True)
    try:
        print(backup(db, args.file))
    finally:
        db.dispose()
    return 0
