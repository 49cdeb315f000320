"""A TIMEDESK_HOME (or its logs/ folder) that cannot be used is one line naming the folder and
what to do, exit code 2, from the CLI and from the window's entry (issue 21 item 3): the log is
set up inside the error handling, not before it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from cli_support import one_line_error

from timedesk.cli import main

VERBS = [["user", "list"], ["demo"], ["api-token", "list"], ["db", "current"], [],
         ["display", "--windowed"]]


def run(env, argv, wrapper=()) -> subprocess.CompletedProcess:
    return subprocess.run([*wrapper, sys.executable, "-m", "timedesk", *argv], env=env,
                          text=True, capture_output=True, timeout=120)


@pytest.mark.parametrize("argv", VERBS, ids=lambda a: " ".join(a) or "gui")
def test_a_file_where_the_logs_folder_should_be_is_one_line(timedesk_home, argv):
    timedesk_home.mkdir()
    (timedesk_home / "logs").write_text("not a folder")
    result = run(dict(os.environ), argv)
    assert result.returncode == 2, result.stderr
    line = one_line_error(result.stderr)
    assert str(timedesk_home / "logs") in line and "TIMEDESK_HOME" in line


def test_a_timedesk_home_that_is_a_file_is_one_line(timedesk_home):
    timedesk_home.write_text("not a folder")
    result = run(dict(os.environ), ["user", "list"])
    assert result.returncode == 2, result.stderr
    assert str(timedesk_home) in one_line_error(result.stderr)


def _can_mount_read_only() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o ro none /mnt"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs root and mount namespaces")
@pytest.mark.parametrize("argv", [["user", "list"], []], ids=["user list", "gui"])
def test_a_read_only_timedesk_home_is_one_line(timedesk_home, argv):
    """A read-only file system (as root, chmod is not enforced: a read-only tmpfs mounted on
    the home in a private mount namespace is)."""
    timedesk_home.mkdir()
    command = " ".join(["exec", sys.executable, "-m", "timedesk", *argv])
    result = subprocess.run(["unshare", "-m", "sh", "-c",
                             f'mount -t tmpfs -o ro none "$TIMEDESK_HOME" && {command}'],
                            env=dict(os.environ), text=True, capture_output=True, timeout=120)
    assert result.returncode == 2, result.stderr
    line = one_line_error(result.stderr)
    assert str(timedesk_home) in line and "Read-only file system" in line


def test_an_unexpected_error_is_one_line_that_points_to_the_log(env, capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ValueError("year 0 is out of range\nsecond line")

    monkeypatch.setattr("timedesk.auth.service.list_users", broken)
    assert main(["user", "list"]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert "ValueError: year 0 is out of range second line" in line and "log" in line
