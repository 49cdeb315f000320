"""Every setting of timedesk, declared once: key, type, default, description.

Values come, later ones winning, from: the defaults; the machine-wide file (not read with
TIMEDESK_HOME); the user's file (or the file named by TIMEDESK_CONFIG); TIMEDESK_<SECTION>_<KEY>
environment variables. Modules declare their own settings with `declare()` in a `settings.py` of
their package, imported by load_module_settings() so that every face knows every key.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from timedesk import setting_checks as checks
from timedesk.errors import ConfigError
from timedesk.files import write_atomic
from timedesk.outputs import LANGUAGES
from timedesk.paths import Paths

if TYPE_CHECKING:  # tomlkit is imported where a file is written: a start only reads
    import tomlkit

log = logging.getLogger(__name__)

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_NEW_FILE = "# timedesk settings; see `timedesk config list`\n"


class SettingValues(Protocol):
    """What reads settings by key: Settings, or a form's unsaved values over them."""

    def __getitem__(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Setting:
    key: str
    type: type[Any]
    default: Any
    description: str
    choices: tuple[Any, ...] = ()
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
        return _env_var(self.key)

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
RENAMED: dict[str, str] = {}  # old key -> the declared key that replaced it


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


def rename(old: str, new: str) -> None:
    """`old` was renamed to the declared `new`: files and environments that still set `old`
    keep working, with a note (see take_over_renamed)."""
    if new not in REGISTRY or old in REGISTRY or old in RENAMED:
        raise ValueError(f"cannot rename setting {old!r} to {new!r}")
    RENAMED[old] = new


def _env_var(key: str) -> str:
    return "TIMEDESK_" + key.upper().replace(".", "_")


def take_over_renamed(values: dict[str, Any], where: str, *, env: bool = False) -> list[str]:
    """Move the values of one source (a file, the environment) set under renamed keys to their
    new keys, in place, and say so (logged, and returned for `config list`). A new key set in the
    same source wins over its old names; of two old names of one key the first renamed wins."""
    name = _env_var if env else str
    notes = []
    for old, new in RENAMED.items():
        if old not in values:
            continue
        value = values.pop(old)
        if new in values:
            notes.append(f"{where}: {name(old)} was renamed to {name(new)}, which is set there "
                         f"too; {name(old)} is ignored. Remove it.")
        else:
            values[new] = value
            notes.append(f"{where}: {name(old)} was renamed to {name(new)}; its value is used "
                         f"as {name(new)}. Rename it there.")
    for note in notes:
        log.warning("%s", note)
    return notes


def _unknown(key: str) -> ConfigError:
    if key in RENAMED:
        return ConfigError("setting '{key}' was renamed to '{renamed}'.",
                           "Use {renamed}.", key=key, renamed=RENAMED[key])
    return ConfigError("unknown setting '{key}'.", "Valid keys: {valid_keys}.",
                       key=key, valid_keys=valid_keys())


# ---- core settings -------------------------------------------------------------------------
declare("database.url", str, "",
        "SQLAlchemy URL of the database; empty means the embedded SQLite file in the data folder. "
        "Several PCs share one PostgreSQL: postgresql+psycopg2://user@host/dbname")
declare("database.sqlite_busy_timeout_ms", int, 15000,
        "How long SQLite waits for another writer before giving up (ms)", minimum=0)
declare("database.pool_size", int, 1,
        "PostgreSQL connections each PC's timedesk keeps open (besides one for live updates)",
        minimum=1, maximum=50)
declare("database.max_overflow", int, 0,
        "More PostgreSQL connections each PC's timedesk may open for a moment when all are busy",
        minimum=0, maximum=50)
declare("database.serve_pool_size", int, 5,
        "PostgreSQL connections `timedesk serve` keeps open (besides one for live updates)",
        minimum=1, maximum=100)
declare("database.serve_max_overflow", int, 5,
        "More PostgreSQL connections `timedesk serve` may open for a moment when all are busy",
        minimum=0, maximum=100)
declare("database.pool_timeout", float, 30.0,
        "How long a task waits for a free PostgreSQL connection before giving up (s)",
        minimum=1.0, maximum=600.0)
declare("database.listen_url", str, "",
        "Direct PostgreSQL URL for live updates (LISTEN) when database.url goes through a "
        "pooler such as PgBouncer; empty means database.url")
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
        choices=("", *LANGUAGES))
declare("ui.theme", str, "system",
        "Look of the interface: system (light or dark as the system's colour scheme, following "
        "it live), light or dark", choices=("system", "light", "dark"))
declare("ui.idle_lock_minutes", float, 15.0,
        "Minutes without keyboard or mouse input after which the main window locks and asks "
        "the password of the person signed in (0 = never)", minimum=0, maximum=1440)
declare("log.level", str, "INFO", "Level of the log file",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"))
declare("log.max_bytes", int, 2_000_000, "Size at which the log file rotates", minimum=10_000)
declare("log.backups", int, 5, "How many rotated log files are kept", minimum=0)
declare("events.sqlite_poll_ms", int, 20,
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
    import timedesk.office  # noqa: F401
    import timedesk.punches.settings  # noqa: F401
    import timedesk.sesame.settings  # noqa: F401
    import timedesk.tickets.settings  # noqa: F401
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


def read_file(path: Path, notes: list[str] | None = None) -> dict[str, Any]:
    """Read one settings file into {key: value}; a clear ConfigError names file, line and keys.
    Renamed keys are read as their new keys, with a note appended to `notes`."""
    try:  # utf-8-sig: a file saved by Notepad (or an installer) may start with a BOM
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError("cannot read settings file {path}: {strerror}.",
                          "Check that the file exists and is readable.",
                          path=path, strerror=exc.strerror) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        at_line = f":{found.group(1)}" if found else ""
        raise ConfigError("{path}{at_line}: not valid TOML: {cause}.",
                          "Fix the line named, or delete the file to return to the defaults. "
                          "Valid keys: {valid_keys}.",
                          path=path, at_line=at_line, cause=exc, valid_keys=valid_keys()) from None
    values: dict[str, Any] = {}
    for section, table in document.items():
        if not isinstance(table, dict):
            line = _line_of(text, section, None)
            raise ConfigError("{path}:{line}: '{section}' must be a [section] table.",
                              "Valid keys: {valid_keys}.",
                              path=path, line=line, section=section, valid_keys=valid_keys())
        for name, value in table.items():
            key = f"{section}.{name}"
            setting = REGISTRY.get(RENAMED.get(key, key))
            line = _line_of(text, section, name)
            if setting is None:
                raise ConfigError("{path}:{line}: unknown setting '{key}'.",
                                  "Valid keys: {valid_keys}.",
                                  path=path, line=line, key=key, valid_keys=valid_keys())
            try:
                values[key] = setting.check(value)
            except ValueError as exc:
                raise ConfigError("{path}:{line}: setting '{key}': {cause}.",
                                  "{setting}: {description}.",
                                  path=path, line=line, key=key, cause=exc, setting=setting.key,
                                  description=setting.description) from None
    (notes if notes is not None else []).extend(take_over_renamed(values, str(path)))
    return values


def _rename_in(document: tomlkit.TOMLDocument) -> None:
    """Renamed keys of a file being saved take their new names (a new key already there wins)."""
    import tomlkit

    for old, new in RENAMED.items():
        old_section, old_name = old.split(".", 1)
        table = document.get(old_section)
        if table is None or old_name not in table:
            continue
        value = table[old_name]
        del table[old_name]
        section, name = new.split(".", 1)
        if section not in document:
            document.add(section, tomlkit.table())
        if name not in document[section]:
            document[section][name] = value


def write_file(path: Path, values: dict[str, Any]) -> None:
    """Put {key: value} into the settings file at `path`, all or nothing (files.write_atomic).
    The file is edited, not rewritten: a person's comments, key order and other values stay."""
    import tomlkit

    try:
        text = path.read_text(encoding="utf-8-sig") if path.exists() else _NEW_FILE
        document = tomlkit.parse(text)
        _rename_in(document)
        for key, value in values.items():
            section, name = key.split(".", 1)
            if section not in document:
                document.add(section, tomlkit.table())
            document[section][name] = value
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, tomlkit.dumps(document))
    except OSError as exc:
        raise ConfigError("cannot write settings file {path}: {value}.",
                          "Check that the folder exists and is writable; the file was not "
                          "changed.", path=path, value=exc.strerror or exc) from None


class Settings:
    """The effective settings of this process, with where each value came from."""

    def __init__(self, values: dict[str, Any], sources: dict[str, str], user_file: Path,
                 notes: tuple[str, ...] = ()) -> None:
        self._values = values
        self._sources = sources
        self.user_file = user_file
        self.notes = notes  # renamed keys still in use (take_over_renamed)
        self._watchers: list[Callable[[dict[str, Any]], None]] = []

    @classmethod
    def load(cls, paths: Paths, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        load_module_settings()
        values = {key: s.default for key, s in REGISTRY.items()}
        sources = {key: "default" for key in REGISTRY}
        user_file = Path(env["TIMEDESK_CONFIG"]) if env.get("TIMEDESK_CONFIG") else paths.user_config
        files = [f for f in (paths.system_config, user_file) if f is not None]
        notes: list[str] = []
        for file in files:
            if file.exists() or (file == user_file and env.get("TIMEDESK_CONFIG")):
                for key, value in read_file(file, notes).items():
                    values[key] = value
                    sources[key] = str(file)
        from_env: dict[str, Any] = {}
        variable: dict[str, str] = {}
        for key in [*REGISTRY, *RENAMED]:
            setting = REGISTRY[RENAMED.get(key, key)]
            raw = env.get(_env_var(key))
            if raw is None:
                continue
            try:
                from_env[key] = setting.parse_text(raw)
            except ValueError as exc:
                raise ConfigError("environment variable {env_var}: {cause}.",
                                  "{key}: {description}.",
                                  env_var=_env_var(key), cause=exc, key=setting.key,
                                  description=setting.description) from None
            variable.setdefault(RENAMED.get(key, key), _env_var(key))  # the one that wins
        notes += take_over_renamed(from_env, "environment", env=True)
        for key, value in from_env.items():
            values[key] = value
            sources[key] = f"env {variable[key]}"
        return cls(values, sources, user_file, tuple(notes))

    def __getitem__(self, key: str) -> Any:
        if key not in REGISTRY:
            raise _unknown(key)
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

    def watch(self, watcher: Callable[[dict[str, Any]], None]) -> None:
        """Call `watcher` with the typed values each time set/set_many saves some (a live
        setting, such as ui.theme, applies itself)."""
        self._watchers.append(watcher)

    def unwatch(self, watcher: Callable[[dict[str, Any]], None]) -> None:
        self._watchers.remove(watcher)

    def set(self, key: str, text_or_value: Any) -> Any:
        """Persist one setting in the user's file (keeping its other values) and apply it."""
        return self.set_many({key: text_or_value})[key]

    def set_many(self, values: dict[str, Any]) -> dict[str, Any]:
        """Persist several settings in the user's file with one write, all or nothing: every
        value is checked first, and a bad one leaves the file as it was. Returns the typed values."""
        checked: dict[str, Any] = {}
        for key, text_or_value in values.items():
            if key not in REGISTRY:
                raise _unknown(key)
            setting = REGISTRY[key]
            try:
                checked[key] = (setting.parse_text(text_or_value) if isinstance(text_or_value, str)
                                and setting.type is not str else setting.check(text_or_value))
            except ValueError as exc:
                raise ConfigError("setting '{key}': {cause}.",
                                  "{key}: {description}.",
                                  key=key, cause=exc, description=setting.description) from None
        if self.user_file.exists():
            read_file(self.user_file)  # a broken file is named, not overwritten
        write_file(self.user_file, checked)
        for key, value in checked.items():
            if not self._sources.get(key, "").startswith("env "):
                # An environment variable still wins over the file, now and at the next start.
                self._values[key] = value
                self._sources[key] = str(self.user_file)
        for watcher in list(self._watchers):
            watcher({key: self[key] for key in checked})
        return checked
