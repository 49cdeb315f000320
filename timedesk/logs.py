"""Logging: a rotating file in the log folder, and a formatter that masks every known secret value.

Secret values are registered with `redact_value()` by the secret store whenever one is read or
written, so that a value a library happens to log (a URL, a header) is printed as ***.
`redact()` is for the log only: applied to an answer that repeats a client's input, it would
tell the client whether its guess is a secret (security review HIGH-1).

A message's control characters are written escaped (`\n` as the two characters \\n), so a
value from a request cannot start a forged line of its own. `timedesk.security` lines also go
to their own file, so that a flood of other lines cannot rotate them away.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path

_SECRETS: set[str] = set()
_LOCK = threading.Lock()
LOG_FILE_NAME = "timedesk.log"
SECURITY_LOG_FILE_NAME = "security.log"
SECURITY_LOGGER = "timedesk.security"
# Everything that ends or rewrites a line in a file or a terminal (C0, DEL, C1, U+2028/9).
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
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


def escape_controls(text: str) -> str:
    """`text` on one line: each control character as its escape (\\n, \\r, \\x1b, \\u2028)."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class RedactingFormatter(logging.Formatter):
    """Masks secret values in the whole formatted line: message, traceback and stack; writes
    the message's control characters escaped (a traceback keeps its lines).

    A formatter, not a filter: a filter would have to rewrite the LogRecord that every other
    handler (pytest's caplog, a GUI log view) shares, and would take their traceback away."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatMessage(self, record: logging.LogRecord) -> str:
        message = record.message  # set by format() for this formatter alone
        record.message = escape_controls(message)
        try:
            return super().formatMessage(record)
        finally:
            record.message = message


def _install(handlers: list[logging.Handler], level: int,
             security: logging.Handler | None = None) -> None:
    """Replace timedesk's handlers on the root logger by `handlers` (and on the security
    logger by `security`), each masking secrets."""
    root, security_logger = logging.getLogger(), logging.getLogger(SECURITY_LOGGER)
    for logger in (root, security_logger):
        for handler in list(logger.handlers):
            if getattr(handler, "_timedesk", False):
                logger.removeHandler(handler)
                handler.close()
    for logger, added in ((root, handlers), (security_logger, [security] if security else [])):
        for handler in added:
            handler._timedesk = True  # type: ignore[attr-defined]
            handler.setFormatter(RedactingFormatter(FORMAT))
            logger.addHandler(handler)
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
    A log folder or file that cannot be written is a ConfigError naming it.

    `timedesk.security` lines (refused requests) go to the general file and to security.log,
    which only they fill: anonymous traffic that rotates the general file cannot erase them."""
    from timedesk.errors import ConfigError
    from timedesk.paths import private_folder

    folder = private_folder(log_dir)
    path = folder / LOG_FILE_NAME
    try:
        file_handler = PrivateRotatingFileHandler(path, maxBytes=max_bytes,
                                                  backupCount=backups, encoding="utf-8")
        security = PrivateRotatingFileHandler(folder / SECURITY_LOG_FILE_NAME,
                                              maxBytes=max_bytes, backupCount=max(backups, 1),
                                              encoding="utf-8")
    except OSError as exc:
        raise ConfigError("cannot write the log file {path}: {value}.",
                          "Make the log folder writable, or set TIMEDESK_HOME to a folder you "
                          "can write to.", path=path, value=exc.strerror or exc) from None
    handlers: list[logging.Handler] = [file_handler]
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    _install(handlers, logging.DEBUG if verbose else getattr(logging, level, logging.INFO),
             security)
    return path
