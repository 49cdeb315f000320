"""Settings that say where a stored secret is sent, and the rule that guards them: when one
of them changes value, its secret is deleted and must be entered again. Whoever may change an
address (a manager, in the Settings dialog or with `timedesk config set`) could otherwise send
the token, API key or password an administrator stored to a server of their choosing
(security review LOW-10). Every face saves these settings through `save_settings`.

A secret given by an environment variable (TIMEDESK_SECRET_...) is the environment's to change
and stays; only what timedesk stored (keyring, file, session) is deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

# names as timedesk.sesame.errors, timedesk.clockify.rest and timedesk.mail.smtp read them
# (a test keeps them equal; core does not import the modules)
ENDPOINT_SECRETS: dict[str, str] = {
    "sesame.region": "SESAME_TOKEN",  # the region makes the address: api-{region}...
    "sesame.base_url": "SESAME_TOKEN",
    "clockify.api_base_url": "CLOCKIFY_API_KEY",
    "smtp.host": "SMTP_PASSWORD",
    "smtp.port": "SMTP_PASSWORD",
}


class SavedSetting(NamedTuple):
    key: str
    value: Any  # as stored (parsed and checked)
    cleared: tuple[str, ...]  # secrets deleted because the address they go to changed


def _file_value(settings, key: str) -> Any:
    from timedesk.settings import REGISTRY, read_file

    stored = read_file(settings.user_file) if settings.user_file.exists() else {}
    return stored.get(key, REGISTRY[key].default)


def _before(settings, key: str) -> Any:
    """The value an endpoint's change is measured from: with an environment variable in force,
    the file's (the variable may go away)."""
    return _file_value(settings, key) if settings.source(key).startswith("env ") else settings[key]


def save_setting(settings, secrets, key: str, value: Any) -> SavedSetting:
    """Persist one setting; when it is an endpoint and its value changes, delete the secret that
    endpoint receives."""
    saved, cleared = _save(settings, secrets, {key: value})
    return SavedSetting(key, saved[key], cleared)


def save_settings(settings, secrets, values: Mapping[str, Any]) -> tuple[str, ...]:
    """Save those of `values` that differ from the current ones with one write of the settings
    file, all or nothing (Settings.set_many); returns the secrets deleted (each once, in order)
    because the address they are sent to changed."""
    changed = {key: value for key, value in values.items() if value != settings[key]}
    return _save(settings, secrets, changed)[1] if changed else ()


def _save(settings, secrets, values: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    before = {key: _before(settings, key) for key in values if key in ENDPOINT_SECRETS}
    saved = settings.set_many(dict(values))
    cleared: list[str] = []
    for key, old in before.items():
        secret = ENDPOINT_SECRETS[key]
        if saved[key] != old and secret not in cleared and secrets.delete(secret):
            cleared.append(secret)
    return saved, tuple(cleared)


def cleared_message(cleared: tuple[str, ...]) -> str:
    """What the command line says about deleted secrets ('' when none): which, and how to
    enter them again. The GUI says the same in its own words (and language)."""
    return " ".join(
        f"The address {name} is sent to changed, so the stored {name} was deleted: enter it "
        f"again (`timedesk secret set {name}`)." for name in cleared)
