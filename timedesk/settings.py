"""Every setting of timedesk, declared once: key, type, default, description.

Values come, later ones winning, from: the defaults; the machine-wide file (not read with
TIMEDESK_HOME); the user's file (or the file named by TIMEDESK_CONFIG); TIMEDESK_<SECTION>_<KEY>
environment variables. Modules declare their own settings with `declare()` in a `settings.py` of
their package, imported by load_module_settings() so that every face knows every key.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timedesk import setting_checks as checks
from timedesk.errors import ConfigError
from timedesk.paths import Paths

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple = ()
    minimum: float | None = None
    maximum: float | None = None
    validate: Callable[[Any], None] | None = None  # what the value must look like (setting_checks)

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]

    @property
    def env_var(self) -> str:
        return "TIMEDESK_" + self.key.upper().replace(".", "_")

    def parse_text(self, text: str) -> Any:
        """Convert a string from the environment or the command line, then validate it."""
        text = text.strip()
        if self.type is bool:
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise ValueError("expected true or false")
        if self.type is int:
            try:
                value: Any = int(text)
            except ValueError:
                raise ValueError("expected a whole number") from None
        elif self.type is float:
            try:
                value = float(text)
            except ValueError:
                raise ValueError("expected a number") from None
        else:
            value = text
        return self.check(value)

    def check(self, value: Any) -> Any:
        """Validate a typed value (from TOML) and return it; ValueError says what is expected."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"expected {self.type.__name__}, got {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ValueError("expected one of " + ", ".join(repr(c) for c in self.choices))
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"must be at most {self.maximum}")
        if self.validate is not None:
            self.validate(value)
        return value


REGISTRY: dict[str, Setting] = {}


def declare(key: str, type: type, default: Any, description: str, **limits: Any) -> Setting:
    if not _KEY_RE.match(key):
        raise ValueError(f"setting key {key!r} must look like 'section.name'")
    if key in REGISTRY:
        raise ValueError(f"setting {key!r} is declared twice")
    setting = Setting(key, type, default, description, **limits)
    if default is not None:
        setting.check(default)
    REGISTRY[key] = setting
    return setting


# ---- core settings -------------------------------------------------------------------------
declare("database.url", str, "",
        "SQLAlchemy URL of the database; empty means the embedded SQLite file in the data folder. "
        "Several PCs share one PostgreSQL: postgresql+psycopg2://user@host/dbname")
declare("database.sqlite_busy_timeout_ms", int, 15000,
        "How long SQLite waits for another writer before giving up (ms)", minimum=0)
declare("listener.enabled", bool, True, "Start the embedded HTTP listener with the app")
declare("listener.host", str, "127.0.0.1",
        "Address the listener binds to; 0.0.0.0 opens it to the LAN", validate=checks.host_or_empty)
declare("listener.port", int, 8765, "TCP port of the listener (0 = any free port)",
        minimum=0, maximum=65535)
declare("listener.public_url", str, "",
        "URL other machines use to reach the listener; empty means derived from host and port",
        validate=checks.http_url_or_empty)
declare("listener.allowed_hosts", str, "",
        "More host names the listener answers to, comma-separated (it always answers to "
        "addresses, localhost, this machine's name, listener.host and the host of "
        "listener.public_url); any other name gets 421, against DNS rebinding",
        validate=checks.host_list)
declare("ui.language", str, "", "Language of the interface: es, en, or empty for the system's",
        choices=("", "es", "en"))
declare("log.level", str, "INFO", "Level of the log file",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"))
declare("log.max_bytes", int, 2_000_000, "Size at which the log file rotates", minimum=10_000)
declare("log.backups", int, 5, "How many rotated log files are kept", minimum=0)
declare("events.sqlite_poll_ms", int, 250,
        "How often other processes' events are looked for on SQLite (ms)", minimum=20)
declare("events.retention_days", int, 7, "Days events are kept for late subscribers", minimum=1)
declare("secrets.file_store", bool, False,
        "Opt-in: keep secrets in an UNENCRYPTED file (0600) when no OS keyring exists")


def load_module_settings() -> None:
    """Declare every module's settings: importing a module's settings.py runs its declare()s
    (lazy here: those modules import this one)."""
    import timedesk.clockify.settings  # noqa: F401
    import timedesk.listener_settings  # noqa: F401
    import timedesk.mail.settings  # noqa: F401
    import timedesk.sesame.settings  # noqa: F401
    import timedesk.turns.settings  # noqa: F401


def valid_keys() -> str:
    return ", ".join(sorted(REGISTRY))


def _dotted(text: str) -> list[str]:
    return [part.strip().strip("\"'") for part in text.split(".")]


def _line_of(text: str, section: str, name: str | None) -> int:
    """Best-effort line number of a key in a TOML text, for error messages: `name =` under
    `[section]`, `section.name =`, `[section.name]`, or the first line of the section (an inline
    table, a top-level value); 1 when nothing matches."""
    wanted = [section] if name is None else [section, name]
    header: list[str] = []
    first_of_section = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            header = _dotted(stripped.strip("[] "))
            path = header
        else:
            key = re.match(r"^([A-Za-z0-9_.\"' -]+?)\s*=", stripped)
            if not key:
                continue
            path = header + _dotted(key.group(1))
        if path[:len(wanted)] == wanted:
            return number
        if path[:1] == [section] and not first_of_section:
            first_of_section = number
    return first_of_section or 1


def read_file(path: Path) -> dict[str, Any]:
    """Read one settings file into {key: value}; a clear ConfigError names file, line and keys."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc.strerror}.",
                          "Check that the file exists and is readable.") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = f":{found.group(1)}" if found else ""
        raise ConfigError(f"{path}{line}: not valid TOML: {exc}.",
                          "Fix the line named, or delete the file to return to the defaults. "
                          f"Valid keys: {valid_keys()}.") from None
    values: dict[str, Any] = {}
    for section, table in document.items():
        if not isinstance(table, dict):
            line = _line_of(text, section, None)
            raise ConfigError(f"{path}:{line}: '{section}' must be a [section] table.",
                              f"Valid keys: {valid_keys()}.")
        for name, value in table.items():
            key = f"{section}.{name}"
            setting = REGISTRY.get(key)
            line = _line_of(text, section, name)
            if setting is None:
                raise ConfigError(f"{path}:{line}: unknown setting '{key}'.",
                                  f"Valid keys: {valid_keys()}.")
            try:
                values[key] = setting.check(value)
            except ValueError as exc:
                raise ConfigError(f"{path}:{line}: setting '{key}': {exc}.",
                                  f"{key}: {setting.description}.") from None
    return values


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_file(path: Path, values: dict[str, Any]) -> None:
    """Write {key: value} as TOML atomically: a temp file in the same folder, then a rename, so
    that a crash or a full disk leaves the old file whole."""
    sections: dict[str, list[str]] = {}
    for key in sorted(values):
        section, name = key.split(".", 1)
        sections.setdefault(section, []).append(f"{name} = {_toml_value(values[key])}")
    body = "\n\n".join(f"[{s}]\n" + "\n".join(lines) for s, lines in sections.items())
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("# timedesk settings; see `timedesk config list`\n\n" + body + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise ConfigError(f"cannot write settings file {path}: {exc.strerror or exc}.",
                          "Check that the folder exists and is writable; the file was not "
                          "changed.") from None


class Settings:
    """The effective settings of this process, with where each value came from."""

    def __init__(self, values: dict[str, Any], sources: dict[str, str], user_file: Path) -> None:
        self._values = values
        self._sources = sources
        self.user_file = user_file

    @classmethod
    def load(cls, paths: Paths, environ: dict[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        load_module_settings()
        values = {key: s.default for key, s in REGISTRY.items()}
        sources = {key: "default" for key in REGISTRY}
        user_file = Path(env["TIMEDESK_CONFIG"]) if env.get("TIMEDESK_CONFIG") else paths.user_config
        files = [f for f in (paths.system_config, user_file) if f is not None]
        for file in files:
            if file.exists() or (file == user_file and env.get("TIMEDESK_CONFIG")):
                for key, value in read_file(file).items():
                    values[key] = value
                    sources[key] = str(file)
        for key, setting in REGISTRY.items():
            raw = env.get(setting.env_var)
            if raw is None:
                continue
            try:
                values[key] = setting.parse_text(raw)
            except ValueError as exc:
                raise ConfigError(f"environment variable {setting.env_var}: {exc}.",
                                  f"{key}: {setting.description}.") from None
            sources[key] = f"env {setting.env_var}"
        return cls(values, sources, user_file)

    def __getitem__(self, key: str) -> Any:
        if key not in REGISTRY:
            raise ConfigError(f"unknown setting '{key}'.", f"Valid keys: {valid_keys()}.")
        return self._values.get(key, REGISTRY[key].default)

    def get(self, key: str) -> Any:
        return self[key]

    def source(self, key: str) -> str:
        self[key]
        return self._sources.get(key, "default")

    def items(self) -> list[tuple[Setting, Any, str]]:
        return [(REGISTRY[k], self[k], self.source(k)) for k in sorted(REGISTRY)]

    def override(self, key: str, value: Any) -> None:
        """Change a value for this process only (command-line flags, tests)."""
        self._values[key] = REGISTRY[key].check(value) if key in REGISTRY else self[key]
        self._sources[key] = "override"

    def set(self, key: str, text_or_value: Any) -> Any:
        """Persist one setting in the user's file (keeping its other values) and apply it."""
        if key not in REGISTRY:
            raise ConfigError(f"unknown setting '{key}'.", f"Valid keys: {valid_keys()}.")
        setting = REGISTRY[key]
        try:
            value = (setting.parse_text(text_or_value) if isinstance(text_or_value, str)
                     and setting.type is not str else setting.check(text_or_value))
        except ValueError as exc:
            raise ConfigError(f"setting '{key}': {exc}.", f"{key}: {setting.description}.") from None
        stored = read_file(self.user_file) if self.user_file.exists() else {}
        stored[key] = value
        write_file(self.user_file, stored)
        if not self._sources.get(key, "").startswith("env "):
            # An environment variable still wins over the file, now and at the next start.
            self._values[key] = value
            self._sources[key] = str(self.user_file)
        return value
