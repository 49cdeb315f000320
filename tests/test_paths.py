"""Where timedesk keeps its files: the platform's folders, or one TIMEDESK_HOME folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from timedesk.app import build_context, load_settings
from timedesk.paths import Paths, system_config_file


def test_timedesk_home_puts_config_data_logs_and_reports_under_one_folder(tmp_path):
    paths = Paths.from_environment({"TIMEDESK_HOME": str(tmp_path / "portable")})
    root = tmp_path / "portable"
    assert paths.user_config == root / "timedesk.toml"
    assert paths.sqlite_file == root / "data" / "timedesk.db"
    assert paths.log_dir == root / "logs"
    assert paths.reports_dir == root / "reports"
    assert paths.portable is True


def test_timedesk_home_does_not_read_the_machine_wide_file(tmp_path):
    assert Paths.from_environment({"TIMEDESK_HOME": str(tmp_path)}).system_config is None


def test_a_relative_or_tilde_timedesk_home_becomes_an_absolute_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Paths.from_environment({"TIMEDESK_HOME": "here"}).data_dir == tmp_path / "here" / "data"
    monkeypatch.setenv("HOME", str(tmp_path / "user-home"))
    assert Paths.from_environment({"TIMEDESK_HOME": "~/td"}).config_dir == tmp_path / "user-home" / "td"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux folders")
def test_without_timedesk_home_the_platforms_per_user_folders_are_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    paths = Paths.from_environment({})
    assert paths.user_config == tmp_path / "xdg-config" / "timedesk" / "timedesk.toml"
    assert paths.sqlite_file == tmp_path / "xdg-data" / "timedesk" / "timedesk.db"
    assert paths.system_config == Path("/etc/timedesk/timedesk.toml")
    assert paths.portable is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux folders")
def test_the_machine_wide_file_on_linux_is_etc_timedesk():
    assert system_config_file() == Path("/etc/timedesk/timedesk.toml")


def test_ensure_creates_every_folder(tmp_path):
    paths = Paths.from_environment({"TIMEDESK_HOME": str(tmp_path / "new")})
    paths.ensure()
    assert all(folder.is_dir() for folder in
               (paths.config_dir, paths.data_dir, paths.log_dir, paths.reports_dir))


def test_the_embedded_database_and_the_settings_file_land_in_timedesk_home(timedesk_home):
    paths, settings = load_settings()
    settings.set("log.level", "DEBUG")
    context = build_context()
    try:
        assert context.db.description == f"SQLite {timedesk_home / 'data' / 'timedesk.db'}"
    finally:
        context.close()
    assert (timedesk_home / "data" / "timedesk.db").is_file()
    assert (timedesk_home / "timedesk.toml").is_file()
    assert (timedesk_home / "reports").is_dir() and (timedesk_home / "logs").is_dir()
