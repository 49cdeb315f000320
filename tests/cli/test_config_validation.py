"""Issue 20 #5: a setting is validated when it is set, by what its declaration says (a time of
day, a time zone, an address...), not when a module first uses it: `config set` refuses a bad
value in one line with exit code 2 and keeps the file, and a bad value in a settings file or
the environment is named at start-up."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cli_support import one_line_error

from timedesk.app import load_settings
from timedesk.errors import ConfigError


def timedesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=dict(os.environ),
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("key, bad, said", [
    ("turns.reset_time", "25:00", "HH:MM"),
    ("office.timezone", "Europe/Madird", "time zone"),
])
def test_config_set_refuses_a_value_the_setting_cannot_take(timedesk_home, key, bad, said):
    done = timedesk("config", "set", key, bad)
    assert done.returncode == 2, done.stderr
    line = one_line_error(done.stderr)
    assert key in line and said in line and bad in line
    assert not (timedesk_home / "timedesk.toml").exists()  # nothing was saved


def test_config_set_takes_a_good_value_and_issuing_still_works(timedesk_home):
    done = timedesk("config", "set", "turns.reset_time", "05:30")
    assert done.returncode == 0, done.stderr
    assert 'reset_time = "05:30"' in (timedesk_home / "timedesk.toml").read_text()


def test_a_bad_value_in_the_file_or_the_environment_names_the_key(timedesk_home):
    file = timedesk_home / "timedesk.toml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text('[turns]\nreset_time = "7h"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"timedesk.toml:2: setting 'turns.reset_time'.*HH:MM"):
        load_settings()
    file.unlink()
    with pytest.raises(ConfigError, match="TIMEDESK_OFFICE_TIMEZONE.*time zone"):
        load_settings({**os.environ, "TIMEDESK_OFFICE_TIMEZONE": "Mars/Olympus"})


@pytest.mark.parametrize("url, said", [("notaurl", "database URL is not valid"),
                                       ("mysql://admin:hunter22@x/y", "'mysql' is not supported")])
def test_config_set_refuses_a_database_url_no_command_could_open(timedesk_home, url, said):
    done = timedesk("config", "set", "database.url", url)
    assert done.returncode == 2, done.stderr
    line = one_line_error(done.stderr)
    assert said in line and "hunter22" not in line
    assert not (timedesk_home / "timedesk.toml").exists()
