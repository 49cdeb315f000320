"""Changing where a credential is sent asks for the credential again: saving a new value of an
endpoint setting (Sesame's region or base URL, Clockify's API address, the SMTP host or port)
deletes its stored secret, so a manager cannot redirect the admin's secret to a server they
choose (security review LOW-10)."""

from __future__ import annotations

import pytest

from timedesk.paths import Paths
from timedesk.secret_endpoints import ENDPOINT_SECRETS, cleared_message, save_setting, save_settings
from timedesk.secrets import SecretStore
from timedesk.settings import Settings


@pytest.fixture
def stores(memory_keyring, timedesk_home):
    paths = Paths.from_environment()
    settings = Settings.load(paths, {})
    return settings, SecretStore(settings, paths, {})


@pytest.mark.parametrize("key, value, secret", [
    ("sesame.region", "eu3", "SESAME_TOKEN"),
    ("sesame.base_url", "https://sesame-proxy.example.org", "SESAME_TOKEN"),
    ("clockify.api_base_url", "https://clockify-proxy.example.org/api/v1", "CLOCKIFY_API_KEY"),
    ("smtp.host", "mail.example.org", "SMTP_PASSWORD"),
    ("smtp.port", 2525, "SMTP_PASSWORD"),
])
def test_a_new_endpoint_deletes_the_secret_it_would_receive(stores, key, value, secret):
    settings, secrets = stores
    for name in set(ENDPOINT_SECRETS.values()):
        secrets.set(name, f"{name.lower()}-value-1234")
    saved = save_setting(settings, secrets, key, value)
    assert saved.value == settings[key] == value and saved.cleared == (secret,)
    assert secrets.get(secret) is None
    others = set(ENDPOINT_SECRETS.values()) - {secret}
    assert all(secrets.get(name) for name in others)  # only the paired secret goes


def test_saving_the_same_value_again_keeps_the_secret(stores):
    settings, secrets = stores
    secrets.set("SESAME_TOKEN", "sesame-token-5678")
    assert save_setting(settings, secrets, "sesame.region", settings["sesame.region"]).cleared == ()
    assert save_setting(settings, secrets, "sesame.concurrency", 2).cleared == ()
    assert secrets.get("SESAME_TOKEN") == "sesame-token-5678"


def test_no_stored_secret_means_nothing_to_clear_and_no_message(stores):
    settings, secrets = stores
    saved = save_settings(settings, secrets, {"smtp.host": "mail.example.org", "smtp.port": 465})
    assert saved == () and cleared_message(saved) == ""


def test_saving_several_settings_clears_each_secret_once_and_says_how_to_enter_it_again(stores):
    settings, secrets = stores
    secrets.set("SMTP_PASSWORD", "smtp-password-91")
    cleared = save_settings(settings, secrets, {"smtp.host": "mail.example.org", "smtp.port": 465,
                                                "smtp.user": "office"})
    assert cleared == ("SMTP_PASSWORD",)
    message = cleared_message(cleared)
    assert "SMTP_PASSWORD" in message and "enter it again" in message
    assert "timedesk secret set SMTP_PASSWORD" in message


def test_a_bad_value_among_several_saves_nothing_and_keeps_the_secret(stores):
    """The forms save their settings with one write (Settings.set_many): a new SMTP host with a
    port out of range changes neither the file nor the stored password."""
    from timedesk.errors import ConfigError

    settings, secrets = stores
    secrets.set("SMTP_PASSWORD", "smtp-password-91")
    with pytest.raises(ConfigError, match="smtp.port"):
        save_settings(settings, secrets, {"smtp.host": "mail.example.org", "smtp.port": 99999})
    assert secrets.get("SMTP_PASSWORD") == "smtp-password-91"
    assert settings["smtp.host"] != "mail.example.org"
    assert not settings.user_file.exists() or "mail.example.org" not in \
        settings.user_file.read_text(encoding="utf-8")


def test_the_pairs_name_the_secrets_the_modules_really_read():
    from timedesk.clockify.rest import SECRET_NAME
    from timedesk.mail.smtp import PASSWORD_SECRET
    from timedesk.sesame.errors import TOKEN_SECRET

    assert set(ENDPOINT_SECRETS.values()) == {TOKEN_SECRET, SECRET_NAME, PASSWORD_SECRET}
    assert {k for k, v in ENDPOINT_SECRETS.items() if v == TOKEN_SECRET} == {
        "sesame.region", "sesame.base_url"}
