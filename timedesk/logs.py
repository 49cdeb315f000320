"""Logging: a rotating file in the log folder, and a formatter that masks every known secret value.

Secret values are registered with `redact_value()` by the secret store whenever one is read or
written, so that a value a library happens to log (a URL, a header) is printed as ***.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path

_SECRETS: set[str] = set()
_LOCK = threading.Lock()
LOG_FILE_NAME = "timedesk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def redact_value(value: str) -> None:
    """Remember a secret value so that the log never prints it (values under 4 chars are too
    common to mask safely and are never accepted as secrets anyway)."""
    if value and len(value) >= 4:
        with _LOCK:
            _SECRETS.add(value)


def redact(text: str) -> str:
    with _LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for value in secrets:
        if value in text:
            text = text.replace(value, "***")
    return text


class RedactingFormatter(logging.Formatter):
    """Masks secret values in the whole formatted line: message, traceback and stack.

    A formatter, not a filter: a filter would have to rewrite the LogRecord that every other
    handler (pytest's caplog, a GUI log view) shares, and would take their traceback away."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def _install(handlers: list[logging.Handler], level: int) -> None:
    """Replace timedesk's handlers on the root logger by `handlers`, each masking secrets."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_timedesk", False):
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        handler._timedesk = True  # type: ignore[attr-defined]
        handler.setFormatter(RedactingFormatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(level)


def setup_console_logging() -> None:
    """Debug details on stderr (--verbose) before the settings say where the log file is;
    masked like the file. setup_logging() replaces this handler."""
    _install([logging.StreamHandler(sys.stderr)], logging.DEBUG)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files (the current one and each new one after a rollover) only
    their owner can read: the log names users, customers and addresses."""

    def _open(self):
        from timedesk.paths import private_file

        path = Path(self.baseFilename)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        private_file(path)  # a file an older version created world-readable
        return super()._open()


def setup_logging(log_dir: Path, level: str = "INFO", *, verbose: bool = False,
                  max_bytes: int = 2_000_000, backups: int = 5) -> Path:
    """Send the log to a rotating file (and stderr with --verbose). Returns the file's path.
    A log folder or file that cannot be written is a ConfigError naming it."""
    from timedesk.errors import ConfigError
    from timedesk.paths import private_folder

    path = private_folder(log_dir) / LOG_FILE_NAME
    try:
        file_handler = PrivateRotatingFileHandler(path, maxBytes=max_bytes,
                                                  backupCount=backups, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write the log file {path}: {exc.strerror or exc}.",
                          "Make the log folder writable, or set TIMEDESK_HOME to a folder you "
                          "can write to.") from None
    handlers: list[logging.Handler] = [file_handler]
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    _install(handlers, logging.DEBUG if verbose else getattr(logging, level, logging.INFO))
    return path
