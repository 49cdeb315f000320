"""`timedesk config template`: the commented machine-wide file (the Debian package's
/etc/timedesk/timedesk.toml) names every declared setting with its description, variable and
default, parses as TOML setting nothing, and each line uncommented sets that setting's default."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from timedesk.cli import main
from timedesk.paths import Paths
from timedesk.settings import REGISTRY, Setting, Settings, load_module_settings, read_file
from timedesk.settings_template import render_template

VALUE_LINE = re.compile(r"^# ([a-z][a-z0-9_]*) = ")


def _uncommented(template: str) -> str:
    """The template with every `# name = value` line enabled, as an admin would."""
    return "\n".join(line[2:] if VALUE_LINE.match(line) else line
                     for line in template.splitlines())


def _comment_text(template: str) -> str:
    """The comments as one line of words (the template wraps descriptions)."""
    return " ".join(" ".join(line[1:].split()) for line in template.splitlines()
                    if line.startswith("#"))


def _paths(tmp_path: Path, system_file: Path) -> Paths:
    return Paths(config_dir=tmp_path / "user", data_dir=tmp_path / "data",
                 log_dir=tmp_path / "logs", reports_dir=tmp_path / "reports",
                 system_config=system_file)


def test_the_template_names_every_setting_with_its_description_variable_and_limits():
    load_module_settings()
    words = _comment_text(render_template())
    for setting in REGISTRY.values():
        assert f"{setting.name}: {' '.join(setting.description.split()).rstrip('.')}." in words
        assert f"variable {setting.env_var})" in words
    assert "(int; at least 0; at most 65535; variable TIMEDESK_LISTENER_PORT)" in words
    assert '(str; one of "DEBUG", "INFO", "WARNING", "ERROR"; variable TIMEDESK_LOG_LEVEL)' \
        in words


def test_as_shipped_it_parses_as_toml_and_sets_nothing(tmp_path):
    load_module_settings()
    template = render_template()
    document = tomllib.loads(template)
    assert set(document) == {setting.section for setting in REGISTRY.values()}
    assert all(table == {} for table in document.values())
    system_file = tmp_path / "etc" / "timedesk.toml"
    system_file.parent.mkdir()
    system_file.write_text(template, encoding="utf-8")
    settings = Settings.load(_paths(tmp_path, system_file), environ={})
    assert {source for _, _, source in settings.items()} == {"default"}


def test_each_line_uncommented_sets_that_settings_default(tmp_path):
    load_module_settings()
    enabled = tmp_path / "timedesk.toml"
    enabled.write_text(_uncommented(render_template()), encoding="utf-8")
    values = read_file(enabled)  # every value is accepted by its setting's checks
    assert values == {key: setting.default for key, setting in REGISTRY.items()}
    document = tomllib.loads(enabled.read_text(encoding="utf-8"))
    assert {type(v) for table in document.values() for v in table.values()} <= {bool, int, float, str}


def test_a_setting_declared_later_is_in_the_template(monkeypatch):
    load_module_settings()
    monkeypatch.setitem(REGISTRY, "zeta.quote_test", Setting(
        "zeta.quote_test", str, 'say "hi"\\', "A value that needs escaping in TOML",
        choices=('say "hi"\\', "")))
    template = render_template()
    assert "[zeta]" in template
    assert tomllib.loads(_uncommented(template))["zeta"] == {"quote_test": 'say "hi"\\'}


def test_config_template_prints_it(capsys):
    assert main(["config", "template"]) == 0
    assert capsys.readouterr().out == render_template()
