"""`timedesk db upgrade | current | backup FILE`, and one line with exit code 2 (never a
traceback) when the database is wrong or out of reach."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys

import pytest
import sqlalchemy as sa
from cli_support import one_line_error
from pg_support import PG_DATABASE, PG_HOST, PG_PORT, PG_WHERE, url_with_password

from timedesk.cli import main
from timedesk.db.migrate import head_revision

HEADS = head_revision()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_upgrade_migrates_a_new_database_and_current_then_says_up_to_date(env, capsys):
    assert main(["db", "current"]) == 0
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "current"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(f": revision none — behind (newest is {HEADS}; run `timedesk db upgrade`)")
    assert out[1].endswith(f": schema at revision {HEADS}")
    assert out[2] == f"PostgreSQL {PG_WHERE}: revision {HEADS} — up to date"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_current_and_backup_do_not_create_a_missing_sqlite_file_and_upgrade_does(
        env, capsys, timedesk_home, tmp_path):
    sqlite_file = next(iter(timedesk_home.rglob("*.db")), None)
    assert sqlite_file is None
    assert main(["db", "current"]) == 3
    err = one_line_error(capsys.readouterr().err)
    assert "there is no database yet at" in err and "`timedesk db upgrade`" in err
    assert main(["db", "backup", str(tmp_path / "copy.db")]) == 3
    capsys.readouterr()
    assert not list(timedesk_home.rglob("*.db")) and not (tmp_path / "copy.db").exists()
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "current"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("SQLite ") and out[0].endswith(f": schema at revision {HEADS}")
    assert out[1].endswith(f": revision {HEADS} — up to date")


def test_current_on_a_database_from_a_newer_timedesk_says_so(ctx, env, capsys):
    with ctx.db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM alembic_version"))
        conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES ('z999')"))
    assert main(["db", "current"]) == 0
    assert "revision z999 — newer than this timedesk knows" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 2
    err = one_line_error(capsys.readouterr().err)
    assert "cannot upgrade the schema" in err and "'z999'" in err


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_backup_copies_the_sqlite_database_and_refuses_to_overwrite(ctx, env, capsys, tmp_path):
    with ctx.db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO employees (name, active, created_at, updated_at) "
                             "VALUES ('Ana', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    target = tmp_path / "copy.db"
    assert main(["db", "backup", str(target)]) == 0
    assert capsys.readouterr().out == f"backup written to {target}\n"
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT name FROM employees").fetchall() == [("Ana",)]
    copy.close()
    before = target.read_bytes()
    assert main(["db", "backup", str(target)]) == 2
    assert one_line_error(capsys.readouterr().err) == (
        f"timedesk: {target} already exists. Choose a new file name; nothing was written.")
    assert target.read_bytes() == before


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_backup_on_postgresql_prints_the_pg_dump_command_without_the_password(env, capsys,
                                                                              tmp_path):
    assert main(["db", "backup", str(tmp_path / "office.dump")]) == 0
    out = capsys.readouterr().out
    assert "pg_dump --format=custom" in out and f"--username=timedesk {PG_DATABASE}" in out
    assert ":timedesk@" not in out and "password=" not in out
    assert not (tmp_path / "office.dump").exists()


def bad_url_cases():
    port = closed_port()
    return [
        pytest.param("notaurl", "timedesk: database URL is not valid", id="not-a-url"),
        pytest.param("mysql://x/y", "timedesk: database backend 'mysql' is not supported",
                     id="mysql"),
        pytest.param(f"postgresql://timedesk:pw-closed-1@127.0.0.1:{port}/timedesk_test",
                     f"timedesk: cannot open the database (PostgreSQL 127.0.0.1:{port}/"
                     "timedesk_test): connection to server at \"127.0.0.1\", port "
                     f"{port} failed: Connection refused. Check that the server is running",
                     id="closed-port"),
        pytest.param(url_with_password("wrong-pw-4242"),
                     f"timedesk: cannot open the database (PostgreSQL {PG_WHERE}): connection to "
                     f"server at \"{PG_HOST}\", port {PG_PORT} failed: "
                     "FATAL:  password authentication failed for user \"timedesk\".",
                     id="wrong-password", marks=pytest.mark.postgres),
    ]


@pytest.mark.parametrize("verb", [["current"], ["upgrade"], ["backup", "out.db"]])
@pytest.mark.parametrize("url, expected", bad_url_cases())
def test_a_wrong_or_unreachable_database_is_one_line_and_exit_code_2(capsys, monkeypatch, url,
                                                                     expected, verb):
    monkeypatch.setenv("TIMEDESK_DATABASE_URL", url)
    assert main(["db", *verb]) == 2
    captured = capsys.readouterr()
    err = one_line_error(captured.err)
    assert err.startswith(expected)
    assert "database.url (TIMEDESK_DATABASE_URL)" in err
    assert "pw-closed-1" not in err and "wrong-pw-4242" not in err and captured.out == ""


def test_a_file_that_is_not_an_sqlite_database_is_one_line_and_exit_code_2(capsys, monkeypatch,
                                                                           tmp_path):
    impostor = tmp_path / "timedesk.db"
    impostor.write_bytes(b"PK\x03\x04 a zip file, renamed" * 100)
    monkeypatch.setenv("TIMEDESK_DATABASE_URL", f"sqlite:///{impostor}")
    assert main(["db", "upgrade"]) == 2
    assert one_line_error(capsys.readouterr().err) == (
        f"timedesk: cannot open the database (SQLite {impostor}): file is not a database. "
        "Check that the folder exists and is writable, and that the file is an SQLite database.")
    assert impostor.read_bytes().startswith(b"PK\x03\x04 a zip file")


@pytest.mark.parametrize("url", ["notaurl", "postgresql://timedesk:pw-sub-77@127.0.0.1:{port}/x"])
def test_a_real_process_with_a_bad_url_prints_one_line_and_exits_2(url, timedesk_home):
    environment = {"TIMEDESK_HOME": str(timedesk_home), "PATH": "/usr/bin:/bin",
                   "TIMEDESK_DATABASE_URL": url.format(port=closed_port())}
    result = subprocess.run([sys.executable, "-m", "timedesk", "db", "current"], env=environment,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "pw-sub-77" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("timedesk: ")
    assert result.stdout == ""
