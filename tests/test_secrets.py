"""Secrets behind one interface over keyring (service 'timedesk'), with the environment for
headless servers, session-only values and an opt-in unencrypted file when no keyring exists."""

from __future__ import annotations

import json
import stat

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from timedesk.errors import SecretStoreUnavailable, ValidationError
from timedesk.paths import Paths
from timedesk.secrets import SERVICE, SecretStore, keyring_available, normalize_name
from timedesk.settings import Settings


def make_store(environ: dict[str, str] | None = None, *, file_store: bool = False) -> SecretStore:
    paths = Paths.from_environment()
    settings = Settings.load(paths, {"TIMEDESK_SECRETS_FILE_STORE": "true"} if file_store else {})
    return SecretStore(settings, paths, environ if environ is not None else {})


@pytest.fixture
def no_keyring():
    """A headless Linux box: keyring's 'fail' backend (the memory keyring comes back after)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())


def test_set_stores_the_value_in_the_os_keyring_under_the_service_timedesk(memory_keyring):
    store = make_store()
    assert store.set("sesame-token", "tok-1234-abcd") == "keyring"
    assert memory_keyring.store[(SERVICE, "SESAME_TOKEN")] == "tok-1234-abcd"
    assert make_store().get("SESAME_TOKEN") == "tok-1234-abcd"
    assert make_store().source("sesame_token") == "keyring"


def test_names_are_normalized_and_bad_names_refused():
    assert normalize_name(" clockify.webhook-secret ") == "CLOCKIFY_WEBHOOK_SECRET"
    for bad in ("", "1ST", "with space", "__NAMES__", "x" * 65):
        with pytest.raises(ValidationError, match="is not valid"):
            normalize_name(bad)


def test_list_gives_the_names_from_every_place_and_never_a_value(memory_keyring):
    make_store().set("IN_KEYRING", "value-in-keyring")
    store = make_store({"TIMEDESK_SECRET_FROM_ENV": "value-from-env", "TIMEDESK_HOME": "x"})
    store.set("FOR_NOW", "value-for-now", session_only=True)
    assert store.names() == ["FOR_NOW", "FROM_ENV", "IN_KEYRING"]
    assert [store.source(n) for n in store.names()] == ["session", "environment", "keyring"]


def test_an_environment_variable_serves_a_headless_server_and_wins(memory_keyring):
    make_store().set("SMTP_PASSWORD", "from-the-keyring")
    store = make_store({"TIMEDESK_SECRET_SMTP_PASSWORD": "from-the-service-env"})
    assert store.get("smtp_password") == "from-the-service-env"
    assert store.source("SMTP_PASSWORD") == "environment"


def test_delete_forgets_the_value_and_its_name(memory_keyring):
    store = make_store()
    store.set("OLD_TOKEN", "old-token-value")
    assert store.delete("old_token") is True
    assert store.get("OLD_TOKEN") is None and store.names() == []
    assert (SERVICE, "OLD_TOKEN") not in memory_keyring.store
    assert store.delete("OLD_TOKEN") is False


def test_empty_and_too_short_values_are_refused_before_anything_is_stored(memory_keyring):
    store = make_store()
    with pytest.raises(ValidationError, match="is empty"):
        store.set("PIN", "")
    with pytest.raises(ValidationError, match="too short") as excinfo:
        store.set("PIN", "123")  # the log could not mask it without mangling every '123'
    assert "123" not in str(excinfo.value)
    assert memory_keyring.store == {}


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_the_fail_and_null_backends_count_as_no_keyring(backend, memory_keyring):
    assert keyring_available() is True
    keyring.set_keyring(backend())
    assert keyring_available() is False


def test_without_a_keyring_set_says_so_and_offers_session_or_file_store(no_keyring):
    store = make_store()
    with pytest.raises(SecretStoreUnavailable) as excinfo:
        store.set("SESAME_TOKEN", "tok-no-keyring-9876")
    message = str(excinfo.value)
    assert "No OS keyring is available" in message
    assert "session only" in message and "timedesk config set secrets.file_store true" in message
    assert "TIMEDESK_SECRET_<NAME>" in message
    assert "tok-no-keyring-9876" not in message and "\n" not in message
    assert store.backend_label() == "none (session only)"
    assert store.get("SESAME_TOKEN") is None


def test_without_a_keyring_a_session_only_value_lives_as_long_as_the_store(no_keyring):
    store = make_store()
    assert store.set("SESAME_TOKEN", "tok-session-5555", session_only=True) == "session"
    assert store.get("SESAME_TOKEN") == "tok-session-5555"
    assert make_store().get("SESAME_TOKEN") is None  # the next start does not have it
    assert not store.file_path.exists()


def test_the_opt_in_file_store_is_0600_and_labelled_unencrypted(no_keyring, timedesk_home):
    store = make_store(file_store=True)
    assert store.set("SESAME_TOKEN", "tok-in-file-4321") == "file"
    assert "UNENCRYPTED" in store.backend_label() and "UNENCRYPTED" in store.file_path.name
    assert stat.S_IMODE(store.file_path.stat().st_mode) == 0o600
    document = json.loads(store.file_path.read_text())
    assert document["warning"].startswith("UNENCRYPTED")
    assert document["secrets"] == {"SESAME_TOKEN": "tok-in-file-4321"}
    assert make_store(file_store=True).get("SESAME_TOKEN") == "tok-in-file-4321"
    assert make_store(file_store=True).delete("SESAME_TOKEN") is True
    assert json.loads(store.file_path.read_text())["secrets"] == {}
    assert stat.S_IMODE(store.file_path.stat().st_mode) == 0o600


def test_the_file_store_is_not_read_or_written_without_the_opt_in(no_keyring):
    make_store(file_store=True).set("SESAME_TOKEN", "tok-opted-in-1111")
    store = make_store()
    assert store.get("SESAME_TOKEN") is None and store.names() == []
    with pytest.raises(SecretStoreUnavailable):
        store.set("OTHER", "tok-other-2222")


def test_a_corrupt_file_store_gives_a_clear_error_without_its_content(no_keyring):
    store = make_store(file_store=True)
    store.file_path.parent.mkdir(parents=True)
    store.file_path.write_text('{"secrets": {"A": "tok-half-writ')
    with pytest.raises(SecretStoreUnavailable) as excinfo:
        store.get("A")
    assert f"the secrets file {store.file_path} cannot be read" in str(excinfo.value)
    assert "tok-half" not in str(excinfo.value)


class LockedKeyring(keyring.backends.fail.Keyring):
    """A real backend that refuses (a locked Secret Service); its messages quote the value."""

    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked(f"locked while reading {username}")

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"could not store {password!r}")


def test_a_keyring_that_refuses_gives_one_clear_error_without_the_value():
    keyring.set_keyring(LockedKeyring())
    store = make_store()
    assert store.keyring_available
    with pytest.raises(SecretStoreUnavailable) as excinfo:
        store.set("SESAME_TOKEN", "tok-locked-7777")
    assert "the OS keyring refused access to secret SESAME_TOKEN (PasswordSetError)" in str(
        excinfo.value)
    assert "tok-locked-7777" not in str(excinfo.value) and excinfo.value.__cause__ is None
    with pytest.raises(SecretStoreUnavailable, match="KeyringLocked"):
        store.get("SESAME_TOKEN")


def test_a_stored_secret_never_reaches_the_settings_file(memory_keyring, timedesk_home):
    store = make_store()
    Settings.load(Paths.from_environment(), {}).set("log.level", "DEBUG")
    store.set("SESAME_TOKEN", "tok-not-in-settings-3141")
    store.get("SESAME_TOKEN")
    Settings.load(Paths.from_environment(), {}).set("log.backups", "2")
    settings_text = (timedesk_home / "timedesk.toml").read_text()
    assert "log" in settings_text and "tok-not-in-settings-3141" not in settings_text
