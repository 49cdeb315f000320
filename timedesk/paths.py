"""Where timedesk keeps its files.

By default the per-user folders of the platform (platformdirs). `TIMEDESK_HOME=<dir>` puts config,
data (the SQLite database), logs and generated reports under one folder: tests and portable
installs use it, and then the machine-wide file is not read either.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "timedesk"
CONFIG_FILE_NAME = "timedesk.toml"


def system_config_file() -> Path:
    """The machine-wide settings file IT can deploy, read before the user's file."""
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_NAME / CONFIG_FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / CONFIG_FILE_NAME
    return Path("/etc") / APP_NAME / CONFIG_FILE_NAME


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    reports_dir: Path
    system_config: Path | None
    portable: bool = False

    @property
    def user_config(self) -> Path:
        return self.config_dir / CONFIG_FILE_NAME

    @property
    def sqlite_file(self) -> Path:
        return self.data_dir / "timedesk.db"

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> Paths:
        env = os.environ if environ is None else environ
        home = env.get("TIMEDESK_HOME")
        if home:
            root = Path(home).expanduser().resolve()
            return cls(root, root / "data", root / "logs", root / "reports", None, portable=True)
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            reports_dir=Path(platformdirs.user_documents_dir()) / APP_NAME,
            system_config=system_config_file(),
        )

    def ensure(self) -> None:
        """Create the folders, readable by this user only (ConfigError naming one that fails)."""
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.reports_dir):
            private_folder(folder)


PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def private_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) for this user only; tighten one that other users can
    read (the database, logs and reports hold password hashes and personal data)."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        if not folder.is_dir():
            raise NotADirectoryError(20, "it is not a folder")
    except OSError as exc:
        from timedesk.errors import ConfigError

        raise ConfigError("cannot use the folder {folder}: {value}.",
                          "Make it a folder you can write to, or set TIMEDESK_HOME to one.",
                          folder=folder, value=exc.strerror or exc) from None
    _tighten(folder, PRIVATE_FOLDER)
    return folder


def private_file(path: Path) -> None:
    """Make an existing file readable and writable by this user only (POSIX; no-op elsewhere)."""
    _tighten(path, PRIVATE_FILE)


def _tighten(path: Path, mode: int) -> None:
    """Take the group's and others' rights away, where the owner may (best effort: a folder
    someone else owns and lends us stays as it is)."""
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(mode)
    except OSError:
        pass
