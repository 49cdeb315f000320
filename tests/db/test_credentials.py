"""The PostgreSQL password goes to the secret store, never to database.url's settings file."""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

from timedesk.app import build_context, load_settings
from timedesk.cli import main
from timedesk.db.credentials import (
    PASSWORD_SECRET,
    save_database_url,
    separate_password,
    with_stored_password,
)
from timedesk.secrets import SecretStore


@pytest.mark.parametrize("text, url, password", [
    ("postgresql://ana:s3cr%40t@db.office:5432/timedesk",
     "postgresql://ana@db.office:5432/timedesk", "s3cr@t"),
    ("postgresql+psycopg2://ana@db/timedesk", "postgresql+psycopg2://ana@db/timedesk", None),
    ("", "", None),
    ("not a url", "not a url", None),
])
def test_separate_password_splits_the_url_from_its_password(text, url, password):
    assert separate_password(text) == (url, password)


def test_saving_a_url_moves_its_password_to_the_keyring_and_never_to_the_file(
        timedesk_home, memory_keyring):
    paths, settings = load_settings()
    secrets = SecretStore(settings, paths)
    assert save_database_url(settings, secrets, "postgresql://ana:Secreto99@db/timedesk") == "keyring"
    assert settings["database.url"] == "postgresql://ana@db/timedesk"
    assert "Secreto99" not in settings.user_file.read_text()
    assert secrets.get(PASSWORD_SECRET) == "Secreto99"
    url = with_stored_password(make_url(settings["database.url"]), secrets)
    assert url.password == "Secreto99"
    # a URL that carries its own password, and SQLite, are left alone
    assert with_stored_password(make_url("postgresql://u:own@h/d"), secrets).password == "own"
    assert with_stored_password(make_url("sqlite:///x.db"), secrets).password is None


def test_without_a_keyring_nothing_is_saved_and_the_message_says_what_to_do(
        timedesk_home, monkeypatch):
    monkeypatch.setattr("timedesk.secrets.keyring_available", lambda: False)
    paths, settings = load_settings()
    secrets = SecretStore(settings, paths)
    with pytest.raises(Exception) as caught:
        save_database_url(settings, secrets, "postgresql://ana:Secreto99@db/timedesk")
    assert "TIMEDESK_SECRET_" in str(caught.value) and "Secreto99" not in str(caught.value)
    assert settings["database.url"] == ""
    assert not settings.user_file.exists() or "Secreto99" not in settings.user_file.read_text()


def test_config_set_database_url_stores_the_password_as_a_secret(timedesk_home, capsys):
    assert main(["config", "set", "database.url", "postgresql://ana:Secreto99@db/timedesk"]) == 0
    out = capsys.readouterr().out
    assert "database.url = postgresql://ana@db/timedesk" in out
    assert f"secret {PASSWORD_SECRET} (keyring)" in out and "Secreto99" not in out
    paths, settings = load_settings()
    assert "Secreto99" not in settings.user_file.read_text()
    assert SecretStore(settings, paths).get(PASSWORD_SECRET) == "Secreto99"


@pytest.mark.postgres
def test_build_context_connects_with_the_stored_password(postgres_schema, monkeypatch):
    url = make_url(postgres_schema)
    if not url.password:
        pytest.skip("the test PostgreSQL URL has no password")
    monkeypatch.setenv("TIMEDESK_DATABASE_URL", separate_password(postgres_schema)[0])
    monkeypatch.setenv(f"TIMEDESK_SECRET_{PASSWORD_SECRET}", str(url.password))
    context = build_context(dict(os.environ))
    try:
        assert context.db.backend == "postgresql"
    finally:
        context.close()
