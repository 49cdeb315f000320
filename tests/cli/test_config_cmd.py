"""`timedesk config list | get KEY | set KEY VALUE`, and its one-line errors with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cli_support import one_line_error

from timedesk.cli import main


def test_list_shows_every_setting_with_its_value_source_variable_and_description(capsys,
                                                                               monkeypatch):
    monkeypatch.setenv("TIMEDESK_LISTENER_PORT", "9300")
    assert main(["config", "list"]) == 0
    out = capsys.readouterr().out
    assert "listener.port = 9300    [env TIMEDESK_LISTENER_PORT; TIMEDESK_LISTENER_PORT]" in out
    assert "log.level = INFO    [default; TIMEDESK_LOG_LEVEL]" in out
    assert "secrets.file_store = false    [default; TIMEDESK_SECRETS_FILE_STORE]" in out
    assert "    Size at which the log file rotates" in out


def test_get_prints_just_the_value(capsys):
    assert main(["config", "get", "listener.enabled"]) == 0
    assert main(["config", "get", "listener.port"]) == 0
    assert capsys.readouterr().out == "true\n8765\n"


def test_set_saves_in_the_users_file_and_get_then_reads_it(capsys, timedesk_home):
    assert main(["config", "set", "log.level", "DEBUG"]) == 0
    assert main(["config", "set", "listener.enabled", "off"]) == 0
    assert main(["config", "get", "log.level"]) == 0
    assert main(["config", "get", "listener.enabled"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"log.level = DEBUG  (saved in {timedesk_home / 'timedesk.toml'})"
    assert out[2:] == ["DEBUG", "false"]
    text = (timedesk_home / "timedesk.toml").read_text()
    assert 'level = "DEBUG"' in text and "enabled = false" in text


def test_set_tells_when_an_environment_variable_still_wins(capsys, monkeypatch):
    monkeypatch.setenv("TIMEDESK_LOG_LEVEL", "ERROR")
    assert main(["config", "set", "log.level", "DEBUG"]) == 0
    assert main(["config", "get", "log.level"]) == 0
    out = capsys.readouterr().out
    assert "note: TIMEDESK_LOG_LEVEL is set in this environment and wins over the file." in out
    assert out.endswith("ERROR\n")


def test_the_commands_use_the_file_named_by_timedesk_config(capsys, monkeypatch, tmp_path):
    silent = tmp_path / "deployed.toml"
    silent.write_text("[listener]\nport = 9400\n")
    monkeypatch.setenv("TIMEDESK_CONFIG", str(silent))
    assert main(["config", "set", "ui.language", "es"]) == 0
    assert main(["config", "get", "listener.port"]) == 0
    assert capsys.readouterr().out.endswith("9400\n")
    assert 'language = "es"' in silent.read_text()


@pytest.mark.parametrize("argv, expected", [
    (["config", "set", "listener.port", "70000"],
     "timedesk: setting 'listener.port': must be at most 65535. listener.port: TCP port"),
    (["config", "set", "listener.enabled", "perhaps"],
     "timedesk: setting 'listener.enabled': expected true or false."),
    (["config", "set", "ui.language", "fr"],
     "timedesk: setting 'ui.language': expected one of '', 'es', 'en'."),
    (["config", "set", "log.colour", "red"],
     "timedesk: unknown setting 'log.colour'. Valid keys: "),
    (["config", "get", "database.host"],
     "timedesk: unknown setting 'database.host'. Valid keys: "),
])
def test_a_bad_key_or_value_is_one_line_and_exit_code_2(capsys, timedesk_home, argv, expected):
    assert main(argv) == 2
    captured = capsys.readouterr()
    err = one_line_error(captured.err)
    assert err.startswith(expected)
    assert "Valid keys" not in err or "database.url, " in err
    assert captured.out == "" and not (timedesk_home / "timedesk.toml").exists()


@pytest.mark.parametrize("text, expected", [
    ('[log]\nlevel = "INFO\n', ":2: not valid TOML: "),
    ('[log]\nlevel = "INFO"\nmax_size = 5\n', ":3: unknown setting 'log.max_size'. Valid keys: "),
    ('[listener]\n\nport = "8080"\n', ":3: setting 'listener.port': expected int, got str."),
])
@pytest.mark.parametrize("argv", [["config", "list"], ["config", "get", "log.level"],
                                  ["config", "set", "log.level", "DEBUG"], ["db", "current"]])
def test_a_broken_settings_file_stops_every_command_with_one_line(capsys, timedesk_home, text,
                                                                 expected, argv):
    timedesk_home.mkdir()
    (timedesk_home / "timedesk.toml").write_text(text)
    assert main(argv) == 2
    err = one_line_error(capsys.readouterr().err)
    assert err.startswith(f"timedesk: {timedesk_home / 'timedesk.toml'}{expected}")
    if "unknown" in expected or "TOML" in expected:
        assert "log.max_bytes" in err  # the valid keys
    assert (timedesk_home / "timedesk.toml").read_text() == text


def test_a_bad_environment_variable_is_one_line_and_exit_code_2(capsys, monkeypatch):
    monkeypatch.setenv("TIMEDESK_LOG_MAX_BYTES", "lots")
    assert main(["config", "list"]) == 2
    assert one_line_error(capsys.readouterr().err) == (
        "timedesk: environment variable TIMEDESK_LOG_MAX_BYTES: expected a whole number. "
        "log.max_bytes: Size at which the log file rotates.")


def test_list_does_not_show_a_password_in_the_database_url(capsys, monkeypatch):
    monkeypatch.setenv("TIMEDESK_DATABASE_URL", "postgresql://clerk:pg-pass-6060@db/timedesk")
    assert main(["config", "list"]) == 0
    out = capsys.readouterr().out
    assert "database.url = postgresql://clerk:***@db/timedesk" in out
    assert "pg-pass-6060" not in out


def test_list_piped_into_a_reader_that_stops_early_ends_without_a_traceback():
    process = subprocess.Popen([sys.executable, "-m", "timedesk", "config", "list"],
                               env=dict(os.environ), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, bufsize=0)
    process.stdout.close()  # like `| head -0`: the reader is gone before the first line
    _, err = process.communicate(timeout=30)
    assert err == b""
