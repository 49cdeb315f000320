"""Renamed settings keep working: clockify.report_timezone and turns.timezone became
office.timezone, clockify.week_start became office.week_start. A file or environment variable
that still uses an old key has its value taken over by the new key, with a warning; when both are
set the new one wins and the old one is said to be ignored."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from timedesk.cli import main
from timedesk.errors import ConfigError
from timedesk.paths import Paths
from timedesk.settings import Settings, read_file


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A portable install (TIMEDESK_HOME): only the user's file is read."""
    return Paths.from_environment({"TIMEDESK_HOME": str(tmp_path)})


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_old_key_in_a_file_is_taken_over_by_the_new_key_with_a_warning(paths, caplog):
    file = write(paths.user_config, '[turns]\ntimezone = "Europe/Madrid"\n'
                                    '[clockify]\nweek_start = "saturday"\n')
    with caplog.at_level(logging.WARNING, logger="timedesk.settings"):
        settings = Settings.load(paths, {})
    assert settings["office.timezone"] == "Europe/Madrid"
    assert settings["office.week_start"] == "saturday"
    assert settings.source("office.timezone") == str(file)
    assert any("turns.timezone was renamed to office.timezone" in n for n in settings.notes)
    assert any("clockify.week_start was renamed to office.week_start" in n
               for n in settings.notes)
    assert "turns.timezone was renamed to office.timezone" in caplog.text


def test_an_old_environment_variable_is_taken_over_by_the_new_key(paths):
    settings = Settings.load(paths, {"TIMEDESK_CLOCKIFY_REPORT_TIMEZONE": "America/Lima",
                                     "TIMEDESK_CLOCKIFY_WEEK_START": "sunday"})
    assert settings["office.timezone"] == "America/Lima"
    assert settings["office.week_start"] == "sunday"
    assert settings.source("office.timezone") == "env TIMEDESK_CLOCKIFY_REPORT_TIMEZONE"
    assert any("TIMEDESK_CLOCKIFY_REPORT_TIMEZONE was renamed to TIMEDESK_OFFICE_TIMEZONE" in n
               for n in settings.notes)


def test_when_old_and_new_keys_are_both_set_the_new_one_wins_and_the_old_is_ignored(paths):
    write(paths.user_config, '[office]\ntimezone = "Europe/Madrid"\n'
                             '[clockify]\nreport_timezone = "America/Lima"\n')
    settings = Settings.load(paths, {"TIMEDESK_OFFICE_WEEK_START": "friday",
                                     "TIMEDESK_CLOCKIFY_WEEK_START": "sunday"})
    assert settings["office.timezone"] == "Europe/Madrid"
    assert settings["office.week_start"] == "friday"
    assert settings.source("office.week_start") == "env TIMEDESK_OFFICE_WEEK_START"
    assert any("clockify.report_timezone is ignored" in n for n in settings.notes)
    assert any("TIMEDESK_CLOCKIFY_WEEK_START is ignored" in n for n in settings.notes)


def test_of_two_old_names_of_one_key_the_first_renamed_wins(paths):
    settings = Settings.load(paths, {"TIMEDESK_CLOCKIFY_REPORT_TIMEZONE": "America/Lima",
                                     "TIMEDESK_TURNS_TIMEZONE": "Europe/Madrid"})
    assert settings["office.timezone"] == "America/Lima"
    assert any("TIMEDESK_TURNS_TIMEZONE is ignored" in n for n in settings.notes)


def test_an_old_environment_variable_still_wins_over_the_new_key_in_a_file(paths):
    write(paths.user_config, '[office]\ntimezone = "Europe/Madrid"\n')
    settings = Settings.load(paths, {"TIMEDESK_TURNS_TIMEZONE": "Atlantic/Canary"})
    assert settings["office.timezone"] == "Atlantic/Canary"


def test_a_bad_value_under_an_old_key_is_refused_naming_the_old_key(paths):
    write(paths.user_config, '[turns]\ntimezone = "Europe/Madird"\n')
    with pytest.raises(ConfigError, match=r"setting 'turns\.timezone'.*time zone"):
        Settings.load(paths, {})
    paths.user_config.unlink()
    with pytest.raises(ConfigError, match="TIMEDESK_CLOCKIFY_WEEK_START"):
        Settings.load(paths, {"TIMEDESK_CLOCKIFY_WEEK_START": "lunes"})


def test_saving_any_setting_rewrites_the_file_with_the_new_key(paths):
    write(paths.user_config, '[clockify]\nreport_timezone = "Europe/Madrid"\n')
    settings = Settings.load(paths, {})
    settings.set("log.level", "DEBUG")
    assert read_file(paths.user_config) == {"office.timezone": "Europe/Madrid",
                                            "log.level": "DEBUG"}
    assert "report_timezone" not in paths.user_config.read_text()


def test_reading_or_setting_an_old_key_says_what_it_was_renamed_to(paths):
    settings = Settings.load(paths, {})
    with pytest.raises(ConfigError, match="'turns.timezone' was renamed to 'office.timezone'"):
        settings["turns.timezone"]
    with pytest.raises(ConfigError, match="was renamed to 'office.week_start'"):
        settings.set("clockify.week_start", "sunday")


def test_config_list_notes_a_renamed_key_still_in_use(capsys, monkeypatch, timedesk_home):
    monkeypatch.setenv("TIMEDESK_TURNS_TIMEZONE", "Europe/Madrid")
    assert main(["config", "list"]) == 0
    out = capsys.readouterr().out
    assert ("office.timezone = Europe/Madrid    [env TIMEDESK_TURNS_TIMEZONE; "
            "TIMEDESK_OFFICE_TIMEZONE]") in out
    assert ("note: environment: TIMEDESK_TURNS_TIMEZONE was renamed to TIMEDESK_OFFICE_TIMEZONE; "
            "its value is used as TIMEDESK_OFFICE_TIMEZONE. Rename it there.") in out
