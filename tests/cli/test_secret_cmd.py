"""`timedesk secret set NAME | delete NAME | list`: values come from stdin (no echo on a
terminal), are never printed, and never land in the database, a settings file or the log."""

from __future__ import annotations

import json
import os
import pty
import select
import sqlite3
import stat
import sys
import time

import keyring
import keyring.backends.fail
import pytest
from cli_support import one_line_error

from timedesk.cli import main


@pytest.fixture
def no_keyring():
    keyring.set_keyring(keyring.backends.fail.Keyring())


def test_set_reads_the_value_from_stdin_and_stores_it_in_the_keyring(stdin, capsys,
                                                                     memory_keyring):
    stdin("tok-from-pipe-1001\n")
    assert main(["secret", "set", "sesame-token"]) == 0
    out = capsys.readouterr().out
    assert out == "SESAME_TOKEN stored in OS keyring (MemoryKeyring)\n"
    assert memory_keyring.store[("timedesk", "SESAME_TOKEN")] == "tok-from-pipe-1001"


def test_set_with_nothing_on_stdin_stores_nothing(stdin, capsys, memory_keyring):
    stdin("")
    assert main(["secret", "set", "SESAME_TOKEN"]) == 2
    assert "nothing was given on standard input" in one_line_error(capsys.readouterr().err)
    assert memory_keyring.store == {}


def test_list_prints_names_and_where_they_come_from_never_values(stdin, capsys, monkeypatch):
    stdin("tok-listed-2002\n")
    main(["secret", "set", "SESAME_TOKEN"])
    monkeypatch.setenv("TIMEDESK_SECRET_SMTP_PASSWORD", "smtp-env-3003")
    assert main(["secret", "list"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("SESAME_TOKEN\tkeyring\nSMTP_PASSWORD\tenvironment\n")
    assert "tok-listed-2002" not in out and "smtp-env-3003" not in out


def test_delete_forgets_and_a_second_delete_says_there_is_nothing(stdin, capsys):
    stdin("tok-deleted-4004\n")
    main(["secret", "set", "SESAME_TOKEN"])
    assert main(["secret", "delete", "sesame_token"]) == 0
    assert main(["secret", "delete", "sesame_token"]) == 3
    captured = capsys.readouterr()
    assert captured.out.endswith("SESAME_TOKEN deleted\n")
    assert one_line_error(captured.err) == (
        "timedesk: no secret named SESAME_TOKEN; nothing was deleted.")


def test_delete_of_a_secret_from_the_environment_says_where_it_comes_from(capsys, monkeypatch):
    monkeypatch.setenv("TIMEDESK_SECRET_SMTP_PASSWORD", "smtp-env-5005")
    assert main(["secret", "delete", "SMTP_PASSWORD"]) == 3
    assert one_line_error(capsys.readouterr().err) == (
        "timedesk: SMTP_PASSWORD comes from the variable TIMEDESK_SECRET_SMTP_PASSWORD; "
        "unset it there.")


def test_without_a_keyring_set_explains_the_choices_and_exits_2(stdin, capsys, no_keyring,
                                                                timedesk_home):
    stdin("tok-homeless-6006\n")
    assert main(["secret", "set", "SESAME_TOKEN"]) == 2
    err = one_line_error(capsys.readouterr().err)
    assert err.startswith("timedesk: cannot store secret SESAME_TOKEN. No OS keyring is available")
    assert "session only" in err and "TIMEDESK_SECRET_<NAME>" in err
    assert "`timedesk config set secrets.file_store true`" in err
    assert "tok-homeless-6006" not in err
    assert main(["secret", "list"]) == 0
    assert capsys.readouterr().out.startswith(
        "note: no OS keyring on this machine; secrets come from none (session only)")


def test_the_opt_in_file_store_is_used_after_config_set(stdin, capsys, no_keyring,
                                                        timedesk_home):
    assert main(["config", "set", "secrets.file_store", "true"]) == 0
    stdin("tok-in-file-7007\n")
    assert main(["secret", "set", "SESAME_TOKEN"]) == 0
    store = timedesk_home / "data" / "secrets-UNENCRYPTED.json"
    assert capsys.readouterr().out.endswith(f"SESAME_TOKEN stored in UNENCRYPTED file {store}\n")
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert json.loads(store.read_text())["secrets"] == {"SESAME_TOKEN": "tok-in-file-7007"}
    assert "tok-in-file-7007" not in (timedesk_home / "timedesk.toml").read_text()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # its bytes are searched
def test_a_secret_set_never_reaches_the_database_the_settings_or_the_log(env, ctx, stdin,
                                                                        capsys, timedesk_home):
    value = "tok-nowhere-on-disk-8008"
    assert main(["config", "set", "log.level", "DEBUG"]) == 0
    stdin(value + "\n")
    assert main(["secret", "set", "SESAME_TOKEN"]) == 0
    stdin("a-long-password\n")
    assert main(["user", "add", "maria", "--role", "staff"]) == 0  # a command using the DB
    assert main(["db", "upgrade"]) == 0
    assert main(["secret", "list"]) == 0
    assert value not in capsys.readouterr().out
    ctx.close()
    dump = "\n".join(sqlite3.connect(timedesk_home / "data" / "timedesk.db").iterdump())
    assert "maria" in dump and value not in dump
    files = [p for p in timedesk_home.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"timedesk.db", "timedesk.toml", "timedesk.log"}
    for path in files:
        assert value.encode() not in path.read_bytes(), path


def read_until(fd: int, wanted: bytes, timeout: float = 30) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_on_a_terminal_set_asks_for_the_value_without_echoing_it(timedesk_home):
    environment = {"TIMEDESK_HOME": str(timedesk_home), "PATH": "/usr/bin:/bin",
                   "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
                   "TIMEDESK_SECRETS_FILE_STORE": "true"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: timedesk with the pseudo-terminal as its terminal
        os.execve(sys.executable, [sys.executable, "-m", "timedesk", "secret", "set", "TOKEN"],
                  environment)
    try:
        assert b"Value for TOKEN: " in read_until(fd, b"Value for TOKEN: ")
        os.write(fd, b"typed-secret-9009\n")
        rest = read_until(fd, b"stored in")
        rest += read_until(fd, b"\n", timeout=5)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert b"stored in UNENCRYPTED file" in rest
    assert b"typed-secret-9009" not in rest
    assert os.waitstatus_to_exitcode(status) == 0
    store = timedesk_home / "data" / "secrets-UNENCRYPTED.json"
    assert json.loads(store.read_text())["secrets"] == {"TOKEN": "typed-secret-9009"}
