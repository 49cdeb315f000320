"""Data, logs, reports and backups are the user's only (security review MEDIUM-4): folders 0700,
the database with its WAL/SHM, the backups and the logs 0600, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from timedesk.paths import Paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(env, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timedesk", *argv], env=env, text=True,
                          capture_output=True, timeout=180, preexec_fn=lambda: os.umask(0o022))


def test_demo_and_backup_leave_nothing_other_users_can_read(timedesk_home, tmp_path):
    env = dict(os.environ)  # the default SQLite database in the home
    assert run(env, "demo").returncode == 0
    backup = tmp_path / "copy.db"
    result = run(env, "db", "backup", str(backup))
    assert result.returncode == 0, result.stderr
    paths = Paths.from_environment()
    for folder in (paths.data_dir, paths.log_dir, paths.reports_dir):
        assert mode(folder) == 0o700, folder
    files = [*paths.data_dir.iterdir(), *paths.log_dir.iterdir(), backup]
    assert paths.sqlite_file in files and paths.log_dir / "timedesk.log" in files
    for file in files:
        assert mode(file) == 0o600, file


def test_wal_and_shm_of_a_running_database_are_private(timedesk_home):
    from timedesk.app import build_context

    previous = os.umask(0o022)
    try:
        ctx = build_context()
        try:
            with ctx.db.engine.connect() as conn:  # WAL and SHM exist while a connection is open
                conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x)")
                conn.exec_driver_sql("INSERT INTO t VALUES (1)")
                conn.commit()
                data = ctx.paths.data_dir
                sidecars = [data / "timedesk.db-wal", data / "timedesk.db-shm"]
                assert all(p.exists() for p in sidecars)
                assert [mode(p) for p in sidecars] == [0o600, 0o600]
        finally:
            ctx.close()
    finally:
        os.umask(previous)


def test_files_an_older_version_left_world_readable_are_tightened(timedesk_home):
    from timedesk.app import build_context
    from timedesk.logs import setup_logging

    paths = Paths.from_environment()
    for folder in (paths.data_dir, paths.log_dir):
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    paths.sqlite_file.touch(mode=0o644)
    (paths.log_dir / "timedesk.log").touch(mode=0o644)
    build_context().close()
    setup_logging(paths.log_dir)
    import logging

    logging.getLogger().handlers[-1].close()
    assert mode(paths.data_dir) == mode(paths.log_dir) == 0o700
    assert mode(paths.sqlite_file) == mode(paths.log_dir / "timedesk.log") == 0o600
