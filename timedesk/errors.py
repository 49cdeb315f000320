"""Typed errors raised by services and translated at the edges (dialog, HTTP status, CLI exit code).

Every error carries a short machine code, a message saying what was wrong and a hint saying what
to do. Messages never contain secrets: services build them from names, never from values.

Message and hint are `str.format` templates, their values keyword parameters:
`Conflict("desk {desk} is closed.", "Open it first.", desk=desk.name)`. `message`, `hint` and
str() are the English text (the API, the CLI and the logs show it); the GUI translates the
templates (context ServiceErrors of the .ts file) and fills them with `params`. So a template
never is an f-string (tests/test_error_templates.py), and a literal brace is doubled: `{{`.
"""

from __future__ import annotations

from datetime import datetime


class TimedeskError(Exception):
    """Base of every error a face may show to a person."""

    code = "error"
    http_status = 500
    exit_code = 1

    def __init__(self, message: str, hint: str = "", **params: object) -> None:
        self.template = message
        self.hint_template = hint
        self.params = params
        self.message = fill(message, params)
        self.hint = fill(hint, params)
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


def fill(template: str, params: dict[str, object]) -> str:
    """`template` with `params` filled in. A text without parameters that is no valid template
    (a brace from data, in a message still built elsewhere) stays as it is."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        if params:
            raise
        return template


class ConfigError(TimedeskError):
    code = "config_error"
    http_status = 500
    exit_code = 2


class DatabaseUnavailable(TimedeskError):
    """The database cannot be reached or is not a timedesk database."""

    code = "database_unavailable"
    http_status = 503
    exit_code = 2


class ValidationError(TimedeskError):
    code = "invalid_input"
    http_status = 400
    exit_code = 2


class NotFound(TimedeskError):
    code = "not_found"
    http_status = 404
    exit_code = 3


class Conflict(TimedeskError):
    code = "conflict"
    http_status = 409
    exit_code = 3


class AuthenticationFailed(TimedeskError):
    code = "authentication_failed"
    http_status = 401
    exit_code = 4


class AccountLocked(AuthenticationFailed):
    """Signing in is locked: `locked_until` (UTC) says until when, `max_failures` after how many
    failures it locks, so that faces word it themselves instead of parsing the message."""

    code = "account_locked"
    http_status = 423

    def __init__(self, message: str, hint: str = "", *, locked_until: datetime | None = None,
                 max_failures: int = 0, **params: object) -> None:
        super().__init__(message, hint, **params)
        self.locked_until = locked_until
        self.max_failures = max_failures


class PermissionDenied(TimedeskError):
    code = "permission_denied"
    http_status = 403
    exit_code = 4


class SecretStoreUnavailable(TimedeskError):
    """No real OS keyring is available (headless Linux) and no fallback was chosen."""

    code = "no_keyring"
    http_status = 500
    exit_code = 2
