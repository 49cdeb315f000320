"""The Windows installer's silent set-up (packaging/windows/timedesk.iss).

There is no Windows machine here, so the Inno Setup script is checked as text: every
`/PARAM=value` it turns into a machine-wide setting names a setting that exists, with the kind
(str/int/bool) of that setting; the file it writes (dotted TOML keys, written without a BOM) is
read by timedesk's own settings reader; and the README names every parameter.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from timedesk import settings
from timedesk.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "timedesk.iss"
README = ROOT / "packaging" / "README.md"

# Inno Setup's own command-line parameters (its help, "Setup Command Line Parameters"): a setting
# parameter with one of these names would be taken by Setup itself.
INNO_PARAMETERS = {
    "SILENT", "VERYSILENT", "SUPPRESSMSGBOXES", "LOG", "NOCANCEL", "NORESTART", "RESTARTEXITCODE",
    "CLOSEAPPLICATIONS", "NOCLOSEAPPLICATIONS", "FORCECLOSEAPPLICATIONS", "NOFORCECLOSEAPPLICATIONS",
    "LOGCLOSEAPPLICATIONS", "RESTARTAPPLICATIONS", "NORESTARTAPPLICATIONS", "LOADINF", "SAVEINF",
    "LANG", "DIR", "GROUP", "NOICONS", "TYPE", "COMPONENTS", "TASKS", "MERGETASKS", "PASSWORD",
    "ALLUSERS", "CURRENTUSER", "HELP", "SP-", "DEBUGWND",
}
KINDS = {"str": str, "int": int, "bool": bool}


def _script() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def _parameters() -> list[tuple[str, str, str]]:
    """(PARAM, setting key, kind) of every AddSetting call in the script."""
    return re.findall(r"^\s*AddSetting\('([A-Z]+)', '([a-z_.]+)', '(\w+)'\);", _script(), re.M)


@pytest.fixture(scope="module", autouse=True)
def _all_settings():
    settings.load_module_settings()


def test_the_script_turns_parameters_into_settings():
    params = _parameters()
    assert len(params) >= 10, params
    assert ("DATABASEURL", "database.url", "str") in params
    assert ("LISTENERHOST", "listener.host", "str") in params


def test_every_parameter_names_an_existing_setting_of_its_kind():
    wrong = []
    for param, key, kind in _parameters():
        setting = settings.REGISTRY.get(key)
        if setting is None:
            wrong.append(f"/{param}: no setting {key!r}")
        elif KINDS.get(kind) is not setting.type:
            wrong.append(f"/{param}: {key} is {setting.type.__name__}, the script says {kind}")
    assert wrong == []


def test_parameters_are_unique_and_not_inno_setups_own():
    params = [p for p, _, _ in _parameters()]
    assert len(params) == len(set(params))
    assert set(params).isdisjoint(INNO_PARAMETERS | {"CONFIG"})
    assert len({k for _, k, _ in _parameters()}) == len(params)


def test_no_parameter_writes_a_secret():
    keys = [k for _, k, _ in _parameters()]
    assert [k for k in keys if re.search(r"password|secret|token|key$", k)] == []


def test_the_file_is_written_without_a_bom_and_config_excludes_parameters():
    text = _script()
    assert "SaveStringsToUTF8FileWithoutBOM(Target, SettingLines, False)" in text
    assert "SaveStringsToUTF8File(" not in text
    assert "not both" in text  # /CONFIG plus parameters stops setup before installing
    assert "Result := False" in text


def _render(values: dict[str, str]) -> str:
    """What the script's AddSetting writes for `values` ({PARAM: command-line text}), in Python:
    strings quoted with \\ and " escaped, whole numbers as they are, booleans normalised."""
    lines = ["# Written by the timedesk installer from its command line."]
    for param, key, kind in _parameters():
        value = values.get(param, "").strip()
        if not value:
            continue
        if kind == "bool":
            value = "true" if value.lower() in ("true", "yes", "1") else "false"
        elif kind == "str":
            value = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines.append(f"{key} = {value}")
    return "\r\n".join(lines) + "\r\n"


def test_what_the_script_writes_is_read_by_timedesk(tmp_path):
    values = {"DATABASEURL": "postgresql+psycopg2://timedesk@db.office.lan/timedesk",
              "LISTENERHOST": "0.0.0.0", "LISTENERPORT": "8770", "LISTENERENABLED": "yes",
              "UILANGUAGE": "es", "SMTPFROM": "recepcion@example.org",
              "TIMEZONE": "Europe/Madrid"}
    path = tmp_path / "timedesk.toml"
    path.write_bytes(_render(values).encode("utf-8"))
    read = settings.read_file(path)
    assert read["database.url"] == values["DATABASEURL"]
    assert read["listener.host"] == "0.0.0.0"
    assert read["listener.port"] == 8770
    assert read["listener.enabled"] is True
    assert read["ui.language"] == "es"
    assert read["smtp.from_address"] == "recepcion@example.org"


def test_quotes_and_backslashes_survive_the_scripts_escaping():
    text = _render({"SMTPHOST": 'mail\\srv "a"', "DATABASEURL": "sqlite:///C:\\x\\td.db"})
    assert tomllib.loads(text) == {"smtp": {"host": 'mail\\srv "a"'},
                                   "database": {"url": "sqlite:///C:\\x\\td.db"}}


def test_a_value_the_setting_refuses_is_named_with_its_line(tmp_path):
    path = tmp_path / "timedesk.toml"
    text = _render({"UILANGUAGE": "es", "LISTENERPORT": "99999"})
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        settings.read_file(path)
    line = 1 + text.splitlines().index("listener.port = 99999")
    assert f"{path}:{line}: setting 'listener.port'" in caught.value.message


def test_a_prepared_file_saved_with_a_bom_is_read(tmp_path):
    """/CONFIG copies IT's file as it is, and Notepad may have saved it with a BOM."""
    path = tmp_path / "timedesk.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'[ui]\nlanguage = "es"\n')
    assert settings.read_file(path) == {"ui.language": "es"}


def test_the_readme_and_the_script_header_name_every_parameter():
    readme = README.read_text(encoding="utf-8")
    missing = [p for p, _, _ in _parameters() if f"/{p}=" not in readme]
    assert missing == [], f"packaging/README.md does not name {missing}"
    assert "/CONFIG=" in readme and "no Windows machine" in readme
