"""The settings registry: declared once and typed; default < system file < user file < environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timedesk import settings as settings_module
from timedesk.errors import ConfigError
from timedesk.paths import Paths
from timedesk.settings import REGISTRY, Settings, declare, read_file


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """Paths as a real install has them, with the machine-wide file in a temp folder (not /etc)."""
    return Paths(config_dir=tmp_path / "user", data_dir=tmp_path / "data", log_dir=tmp_path / "logs",
                 reports_dir=tmp_path / "reports", system_config=tmp_path / "etc" / "timedesk.toml")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(excinfo) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    return message


def test_every_setting_is_declared_with_a_type_a_valid_default_and_a_description():
    assert {"database.url", "log.max_bytes", "secrets.file_store", "listener.port"} <= set(REGISTRY)
    for key, setting in REGISTRY.items():
        assert setting.type in (str, int, float, bool), key
        assert setting.check(setting.default) == setting.default, key
        assert len(setting.description) > 10, key
        assert setting.env_var == "TIMEDESK_" + key.upper().replace(".", "_")


def test_a_setting_cannot_be_declared_twice_or_with_a_bad_key_or_default():
    with pytest.raises(ValueError, match="declared twice"):
        declare("log.level", str, "INFO", "again")
    with pytest.raises(ValueError, match="section.name"):
        declare("NoSection", str, "", "bad key")
    with pytest.raises(ValueError, match="at least"):
        declare("test.too_small", int, 1, "default below its own minimum", minimum=5)
    assert "test.too_small" not in REGISTRY


def test_precedence_is_default_then_system_file_then_user_file_then_environment(paths):
    write(paths.system_config, '[log]\nlevel = "WARNING"\nbackups = 2\n[listener]\nport = 9100\n')
    write(paths.user_config, '[log]\nlevel = "ERROR"\nbackups = 3\n')
    loaded = Settings.load(paths, {"TIMEDESK_LOG_BACKUPS": "4"})
    assert loaded["listener.host"] == "127.0.0.1"
    assert loaded.source("listener.host") == "default"
    assert loaded["listener.port"] == 9100
    assert loaded.source("listener.port") == str(paths.system_config)
    assert loaded["log.level"] == "ERROR"
    assert loaded.source("log.level") == str(paths.user_config)
    assert loaded["log.backups"] == 4
    assert loaded.source("log.backups") == "env TIMEDESK_LOG_BACKUPS"


def test_without_any_file_every_value_is_its_default(paths):
    loaded = Settings.load(paths, {})
    assert all(value == setting.default and source == "default"
               for setting, value, source in loaded.items())


def test_timedesk_config_names_the_file_read_instead_of_the_users(paths, tmp_path):
    write(paths.user_config, "[listener]\nport = 9001\n")
    other = write(tmp_path / "silent.toml", "[listener]\nport = 9002\n")
    loaded = Settings.load(paths, {"TIMEDESK_CONFIG": str(other)})
    assert loaded["listener.port"] == 9002
    assert loaded.user_file == other
    loaded.set("log.level", "DEBUG")
    assert read_file(other) == {"listener.port": 9002, "log.level": "DEBUG"}
    assert read_file(paths.user_config) == {"listener.port": 9001}


def test_timedesk_config_naming_a_missing_file_is_a_clear_error(paths, tmp_path):
    missing = tmp_path / "typo.toml"
    with pytest.raises(ConfigError) as excinfo:
        Settings.load(paths, {"TIMEDESK_CONFIG": str(missing)})
    assert f"cannot read settings file {missing}" in one_line_error(excinfo)


@pytest.mark.parametrize("raw, expected", [("yes", True), ("ON", True), ("0", False), ("off", False)])
def test_environment_values_are_converted_to_the_settings_type(paths, raw, expected):
    loaded = Settings.load(paths, {"TIMEDESK_SECRETS_FILE_STORE": raw,
                                   "TIMEDESK_LOG_MAX_BYTES": " 20000 "})
    assert loaded["secrets.file_store"] is expected
    assert loaded["log.max_bytes"] == 20000


@pytest.mark.parametrize("variable, raw, expected", [
    ("TIMEDESK_LISTENER_PORT", "eighty", "expected a whole number"),
    ("TIMEDESK_LISTENER_ENABLED", "maybe", "expected true or false"),
    ("TIMEDESK_LISTENER_PORT", "70000", "must be at most 65535"),
    ("TIMEDESK_LOG_LEVEL", "LOUD", "expected one of 'DEBUG'"),
])
def test_a_bad_environment_value_names_the_variable_and_what_is_expected(paths, variable, raw,
                                                                         expected):
    with pytest.raises(ConfigError) as excinfo:
        Settings.load(paths, {variable: raw})
    message = one_line_error(excinfo)
    assert f"environment variable {variable}:" in message and expected in message


@pytest.mark.parametrize("text, line, expected", [
    ('[listener]\nhost = "x"\nport = "8080"\n', 3, "expected int, got str"),
    ("[listener]\nenabled = 1\n", 2, "expected bool, got int"),
    ("# comment\n\n[log]\nmax_bytes = 2.5e6\n", 4, "expected int, got float"),
    ('[ui]\nlanguage = "fr"\n', 2, "expected one of '', 'es', 'en'"),
    ("[log]\nmax_bytes = 10\n", 2, "must be at least 10000"),
    ("[listener]\nport = -1\n", 2, "must be at least 0"),
])
def test_a_wrong_value_in_a_file_names_the_file_the_line_and_the_setting(paths, text, line,
                                                                          expected):
    write(paths.user_config, text)
    with pytest.raises(ConfigError) as excinfo:
        Settings.load(paths, {})
    message = one_line_error(excinfo)
    assert message.startswith(f"{paths.user_config}:{line}: setting '")
    assert expected in message


@pytest.mark.parametrize("text, line", [
    ('[log]\nlevel = "INFO"\nmaxbytes = 3\n', 3),
    ('# written by IT\n\nlog.maxbytes = 3\n', 3),
    ('[log]\nlevel = "INFO"\n[log.maxbytes]\n', 3),
])
def test_an_unknown_key_in_a_file_names_the_file_the_line_and_the_valid_keys(paths, text, line):
    write(paths.system_config, text)
    with pytest.raises(ConfigError) as excinfo:
        Settings.load(paths, {})
    message = one_line_error(excinfo)
    assert message.startswith(f"{paths.system_config}:{line}: unknown setting 'log.maxbytes'.")
    assert "Valid keys: " in message
    assert "database.url, " in message and "log.max_bytes, " in message


def test_a_broken_toml_file_names_the_file_the_line_and_the_valid_keys(paths):
    write(paths.user_config, '[database]\nurl = "postgresql://host/db\n[log]\n')
    with pytest.raises(ConfigError) as excinfo:
        Settings.load(paths, {})
    message = one_line_error(excinfo)
    assert message.startswith(f"{paths.user_config}:2: not valid TOML:")
    assert "Valid keys: " in message and "database.url, " in message


def test_a_value_outside_any_section_names_its_own_line(paths):
    write(paths.user_config, "# my settings\n\nurl = 'sqlite:///x.db'\n")
    with pytest.raises(ConfigError) as excinfo:
        Settings.load(paths, {})
    assert one_line_error(excinfo).startswith(
        f"{paths.user_config}:3: 'url' must be a [section] table. Valid keys: ")


def test_an_unknown_key_asked_for_in_code_lists_the_valid_keys(paths):
    with pytest.raises(ConfigError, match=r"unknown setting 'log\.colour'\. Valid keys: "):
        Settings.load(paths, {})["log.colour"]


def test_set_persists_the_value_and_keeps_the_files_other_values(paths):
    write(paths.user_config, '[log]\nlevel = "DEBUG"\n\n[ui]\nlanguage = "es"\n')
    loaded = Settings.load(paths, {})
    assert loaded.set("listener.port", "9005") == 9005
    assert loaded.set("listener.enabled", "no") is False
    assert loaded["listener.port"] == 9005 and loaded.source("listener.port") == str(paths.user_config)
    reloaded = Settings.load(paths, {})
    assert (reloaded["listener.port"], reloaded["listener.enabled"]) == (9005, False)
    assert (reloaded["log.level"], reloaded["ui.language"]) == ("DEBUG", "es")


def test_set_does_not_copy_machine_wide_values_into_the_users_file(paths):
    write(paths.system_config, '[listener]\nhost = "0.0.0.0"\n')
    Settings.load(paths, {}).set("listener.port", 9006)
    assert read_file(paths.user_config) == {"listener.port": 9006}


@pytest.mark.parametrize("key, text, expected", [
    ("listener.port", "99999", "must be at most 65535"),
    ("listener.port", "many", "expected a whole number"),
    ("ui.language", "fr", "expected one of"),
    ("log.colour", "red", "unknown setting 'log.colour'"),
])
def test_set_refuses_a_bad_value_and_leaves_the_file_untouched(paths, key, text, expected):
    original = write(paths.user_config, "[listener]\nport = 9001\n").read_bytes()
    with pytest.raises(ConfigError, match=expected):
        Settings.load(paths, {}).set(key, text)
    assert paths.user_config.read_bytes() == original


def test_set_writes_atomically_so_a_failed_write_keeps_the_old_file(paths, monkeypatch):
    original = write(paths.user_config, "[listener]\nport = 9001\n").read_bytes()
    loaded = Settings.load(paths, {})

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "replace", disk_full)
    with pytest.raises(ConfigError) as excinfo:
        loaded.set("log.level", "DEBUG")
    message = one_line_error(excinfo)
    assert f"cannot write settings file {paths.user_config}: No space left on device" in message
    assert paths.user_config.read_bytes() == original
    assert os.listdir(paths.config_dir) == ["timedesk.toml"]  # no temp file left behind


def test_set_while_an_environment_variable_overrides_it_keeps_the_variables_value(paths):
    loaded = Settings.load(paths, {"TIMEDESK_LISTENER_PORT": "9100"})
    loaded.set("listener.port", "9200")
    assert read_file(paths.user_config) == {"listener.port": 9200}
    assert loaded["listener.port"] == 9100
    assert loaded.source("listener.port") == "env TIMEDESK_LISTENER_PORT"


def test_override_changes_this_process_only_and_is_checked(paths):
    loaded = Settings.load(paths, {})
    loaded.override("listener.port", 0)
    assert (loaded["listener.port"], loaded.source("listener.port")) == (0, "override")
    with pytest.raises(ValueError, match="at most"):
        loaded.override("listener.port", 70000)
    assert not paths.user_config.exists()
    assert Settings.load(paths, {})["listener.port"] == 8765


def test_set_keeps_a_persons_comments_and_key_order(paths):
    text = ('# office PC, ask Ana before changing\n[ui]\nlanguage = "es"  # the desk staff read Spanish\n'
            '\n[listener]\n# the LAN port the displays use\nport = 9001\nhost = "0.0.0.0"\n')
    write(paths.user_config, text)
    Settings.load(paths, {}).set("listener.port", 9002)
    assert paths.user_config.read_text(encoding="utf-8") == text.replace("9001", "9002")


def test_set_many_checks_every_value_first_and_a_bad_one_writes_nothing(paths):
    original = write(paths.user_config, "[listener]\nport = 9001\n").read_bytes()
    loaded = Settings.load(paths, {})
    with pytest.raises(ConfigError, match="setting 'ui.language': expected one of"):
        loaded.set_many({"listener.port": "9003", "ui.language": "fr", "log.level": "DEBUG"})
    assert paths.user_config.read_bytes() == original
    assert (loaded["listener.port"], loaded["log.level"]) == (9001, "INFO")


def test_set_many_writes_the_file_once_for_many_keys(paths, monkeypatch):
    writes = []
    real_write = settings_module.write_atomic
    monkeypatch.setattr(settings_module, "write_atomic",
                        lambda path, data: (writes.append(path), real_write(path, data)))
    loaded = Settings.load(paths, {})
    assert loaded.set_many({"listener.port": "9004", "log.level": "DEBUG", "ui.language": "en"}) \
        == {"listener.port": 9004, "log.level": "DEBUG", "ui.language": "en"}
    assert writes == [paths.user_config]
    assert read_file(paths.user_config) == {"listener.port": 9004, "log.level": "DEBUG",
                                            "ui.language": "en"}
