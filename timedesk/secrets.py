"""Secrets (API tokens, passwords) behind one small interface over `keyring` (service "timedesk").

Lookup order: TIMEDESK_SECRET_<NAME> in the environment (headless servers), values kept for this
session only, the OS keyring, and — only when the user opted in with `secrets.file_store` — an
UNENCRYPTED file (mode 0600) in the data folder. Values never reach the database, a settings file,
a log or an exception message: every value read or written is registered with the log redactor.

`keyring` is imported by the functions that use it: loading it (it looks up its backends) takes
about 50 ms, which a start that reads no secret, as the sign-in window on SQLite, does not pay.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from timedesk.errors import SecretStoreUnavailable, ValidationError
from timedesk.files import write_atomic
from timedesk.logs import redact_value
from timedesk.paths import Paths
from timedesk.settings import Settings

SERVICE = "timedesk"
INDEX_ENTRY = "__names__"  # keyring cannot enumerate: the names (never values) are kept here
FILE_STORE_NAME = "secrets-UNENCRYPTED.json"
_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
MIN_LENGTH = 4  # shorter values are too common for the log to mask (timedesk.logs.redact_value)

NO_KEYRING_HINT = (
    "No OS keyring is available on this machine (headless Linux has none). Either keep the "
    "secret for this session only, set TIMEDESK_SECRET_<NAME> in the environment of the service, "
    "or opt in to the unencrypted file store: `timedesk config set secrets.file_store true`."
)


def normalize_name(name: str) -> str:
    normalized = name.strip().upper().replace("-", "_").replace(".", "_")
    if not _NAME_RE.match(normalized):
        raise ValidationError("secret name '{name}' is not valid.",
                              "Use letters, digits and underscores, e.g. SESAME_TOKEN.", name=name)
    return normalized


@contextmanager
def _keyring_errors(what: str) -> Iterator[None]:
    """A keyring that exists but fails (locked, no D-Bus session) becomes SecretStoreUnavailable,
    worded from names only: backends' messages are not trusted to leave values out."""
    import keyring.errors

    try:
        yield
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(
            "the OS keyring refused access to {what} ({error_type}).",
            "Unlock the keyring (log in to the desktop session) or see `timedesk secret list`.",
        what=what, error_type=type(exc).__name__) from None


def keyring_available() -> bool:
    """True when keyring has a real backend (not the 'fail' or 'null' ones)."""
    import keyring

    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if module.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", []))
    return True


class SecretReader(Protocol):
    """What reads a secret by name: SecretStore, or a form's typed value over it."""

    def get(self, name: str) -> str | None: ...


class SecretStore:
    def __init__(self, settings: Settings, paths: Paths,
                 environ: dict[str, str] | None = None) -> None:
        self._settings = settings
        self._file = paths.data_dir / FILE_STORE_NAME
        self._environ = os.environ if environ is None else environ
        self._session: dict[str, str] = {}

    # -- where things are ----------------------------------------------------------------
    @property
    def keyring_available(self) -> bool:
        return keyring_available()

    @property
    def file_store_enabled(self) -> bool:
        return bool(self._settings["secrets.file_store"])

    @property
    def file_path(self) -> Path:
        return self._file

    def backend_label(self) -> str:
        import keyring

        if self.keyring_available:
            return f"OS keyring ({type(keyring.get_keyring()).__name__})"
        if self.file_store_enabled:
            return f"UNENCRYPTED file {self._file}"
        return "none (session only)"

    # -- reading -------------------------------------------------------------------------
    def get(self, name: str) -> str | None:
        import keyring

        name = normalize_name(name)
        value = self._environ.get(f"TIMEDESK_SECRET_{name}")
        if value is None:
            value = self._session.get(name)
        if value is None and self.keyring_available:
            with _keyring_errors(f"secret {name}"):
                value = keyring.get_password(SERVICE, name)
        if value is None and self.file_store_enabled:
            value = self._read_file().get(name)
        if value:
            redact_value(value)
        return value

    def source(self, name: str) -> str | None:
        """Where the value of `name` comes from, or None when it is not set anywhere."""
        import keyring

        name = normalize_name(name)
        if f"TIMEDESK_SECRET_{name}" in self._environ:
            return "environment"
        if name in self._session:
            return "session"
        if self.keyring_available:
            with _keyring_errors(f"secret {name}"):
                if keyring.get_password(SERVICE, name) is not None:
                    return "keyring"
        if self.file_store_enabled and name in self._read_file():
            return "file"
        return None

    def names(self) -> list[str]:
        """Names of the secrets set anywhere (never their values)."""
        found = {k[len("TIMEDESK_SECRET_"):] for k in self._environ if k.startswith("TIMEDESK_SECRET_")}
        found |= set(self._session)
        if self.keyring_available:
            found |= set(self._keyring_index())
        if self.file_store_enabled:
            found |= set(self._read_file())
        return sorted(n for n in found if _NAME_RE.match(n))

    # -- writing -------------------------------------------------------------------------
    def set(self, name: str, value: str, *, session_only: bool = False) -> str:
        """Store a secret; returns where ('keyring', 'file' or 'session').

        Raises SecretStoreUnavailable when no keyring exists and the user chose no fallback."""
        import keyring

        name = normalize_name(name)
        if not value:
            raise ValidationError("the value for secret {name} is empty.",
                                  "Give a non-empty value (it is read from standard input).",
                                  name=name)
        if len(value) < MIN_LENGTH:
            raise ValidationError("the value for secret {name} is too short.",
                                  "Give at least {min_length} characters.",
                                  name=name, min_length=MIN_LENGTH)
        redact_value(value)
        if session_only:
            self._session[name] = value
            return "session"
        if self.keyring_available:
            with _keyring_errors(f"secret {name}"):
                keyring.set_password(SERVICE, name, value)
                self._keyring_index_update(add=name)
            self._session.pop(name, None)
            return "keyring"
        if self.file_store_enabled:
            data = self._read_file()
            data[name] = value
            self._write_file(data)
            self._session.pop(name, None)
            return "file"
        raise SecretStoreUnavailable("cannot store secret {name}.", NO_KEYRING_HINT, name=name)

    def delete(self, name: str) -> bool:
        """Forget a secret everywhere timedesk stores it; True if it existed."""
        import keyring
        import keyring.errors

        name = normalize_name(name)
        existed = self._session.pop(name, None) is not None
        if self.keyring_available:
            with _keyring_errors(f"secret {name}"):
                try:
                    keyring.delete_password(SERVICE, name)
                    existed = True
                except keyring.errors.PasswordDeleteError:
                    pass
                self._keyring_index_update(remove=name)
        if self._file.exists():
            data = self._read_file()
            if data.pop(name, None) is not None:
                existed = True
                self._write_file(data)
        return existed

    # -- internals -----------------------------------------------------------------------
    def _keyring_index(self) -> list[str]:
        import keyring

        with _keyring_errors("the list of secret names"):
            raw = keyring.get_password(SERVICE, INDEX_ENTRY)
        try:
            names = json.loads(raw) if raw else []
        except ValueError:
            names = []
        return [n for n in names if isinstance(n, str)]

    def _keyring_index_update(self, add: str | None = None, remove: str | None = None) -> None:
        import keyring

        names = set(self._keyring_index())
        if add:
            names.add(add)
        if remove:
            names.discard(remove)
        keyring.set_password(SERVICE, INDEX_ENTRY, json.dumps(sorted(names)))

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            raise SecretStoreUnavailable("the secrets file {file} cannot be read.",
                                         "Delete it and set the secrets again.",
                                         file=self._file) from None
        values = data.get("secrets", {}) if isinstance(data, dict) else {}
        for value in values.values():
            redact_value(value)
        return {k: v for k, v in values.items() if isinstance(v, str)}

    def _write_file(self, values: dict[str, str]) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        document = {"warning": "UNENCRYPTED: anyone who can read this file can read these secrets.",
                    "secrets": values}
        write_atomic(self._file, json.dumps(document, indent=2))  # 0600, like every atomic write
