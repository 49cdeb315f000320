"""Backups: SQLite's online backup (a consistent copy that opens on its own); for PostgreSQL the
pg_dump command to run, without the password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from timedesk.db.backup import backup
from timedesk.db.database import Database
from timedesk.db.engine import make_engine, resolve_url
from timedesk.db.migrate import upgrade
from timedesk.errors import ValidationError


@pytest.fixture
def sqlite_db(tmp_path):
    db = Database.connect(resolve_url(f"sqlite:///{tmp_path / 'live' / 'timedesk.db'}", Path("-")))
    upgrade(db.engine)
    yield db
    db.dispose()


def add_employees(db: Database, *names: str) -> None:
    with db.engine.begin() as conn:
        for name in names:
            conn.execute(sa.text("INSERT INTO employees (name, active, created_at, updated_at) "
                                 "VALUES (:name, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                         {"name": name})


def employees_in(path: Path) -> list[str]:
    copy = sqlite3.connect(path)
    try:
        return [row[0] for row in copy.execute("SELECT name FROM employees ORDER BY id")]
    finally:
        copy.close()


def test_the_sqlite_copy_opens_on_its_own_and_holds_the_same_rows(sqlite_db, tmp_path):
    add_employees(sqlite_db, "Ana", "Begoña", "Carles")
    target = tmp_path / "backups" / "before-upgrade.db"
    target.parent.mkdir()
    assert backup(sqlite_db, target) == f"backup written to {target}"
    assert employees_in(target) == ["Ana", "Begoña", "Carles"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["before-upgrade.db"]


def test_the_copy_includes_rows_still_only_in_the_write_ahead_log(sqlite_db, tmp_path):
    add_employees(sqlite_db, "Dolores")  # the pool keeps the connection: no final checkpoint
    wal = Path(sqlite_db.engine.url.database + "-wal")
    assert wal.stat().st_size > 0
    assert b"Dolores" not in Path(sqlite_db.engine.url.database).read_bytes()
    backup(sqlite_db, tmp_path / "copy.db")
    assert employees_in(tmp_path / "copy.db") == ["Dolores"]


def test_the_backup_refuses_to_overwrite_an_existing_file(sqlite_db, tmp_path):
    add_employees(sqlite_db, "Ana")
    target = tmp_path / "precious.db"
    target.write_bytes(b"yesterday's backup")
    with pytest.raises(ValidationError, match="already exists") as excinfo:
        backup(sqlite_db, target)
    assert excinfo.value.exit_code == 2
    assert target.read_bytes() == b"yesterday's backup"


def test_the_backup_into_a_missing_folder_says_so(sqlite_db, tmp_path):
    with pytest.raises(ValidationError, match=r"folder .*nowhere does not exist"):
        backup(sqlite_db, tmp_path / "nowhere" / "copy.db")
    assert not (tmp_path / "nowhere").exists()


def test_postgresql_gets_the_pg_dump_command_without_the_password(tmp_path):
    url = resolve_url("postgresql://clerk:pg-pass-8080@db.office.lan:5433/timedesk", Path("-"))
    db = Database(make_engine(url))  # the command is built from the URL alone
    try:
        text = backup(db, tmp_path / "office.dump")
    finally:
        db.dispose()
    assert text.splitlines()[1].strip() == (
        f"pg_dump --format=custom --file={tmp_path / 'office.dump'} --host=db.office.lan "
        "--port=5433 --username=clerk timedesk")
    assert "pg-pass-8080" not in text and "PGPASSWORD" in text
    assert not (tmp_path / "office.dump").exists()
