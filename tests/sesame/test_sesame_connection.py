"""Testing the connection (service and `timedesk sesame test`): the company's name, or one
clear message per cause: 401, 403, unknown region (DNS), refused, timeout, unexpected answer,
no token."""

from __future__ import annotations

import socket

import pytest
from cli_support import one_line_error
from fake_sesame import TOKEN

from timedesk.cli import main
from timedesk.errors import ConfigError
from timedesk.sesame.errors import (
    SesameAuthError,
    SesameNotLicensed,
    SesameTimeout,
    SesameUnexpectedAnswer,
    SesameUnreachable,
)
from timedesk.sesame.service import test_connection as check_connection


@pytest.fixture
def local(fake):
    """Settings pointed at the fake server and a secret store holding the token."""
    from timedesk.app import load_settings
    from timedesk.secrets import SecretStore

    paths, settings = load_settings()
    settings.override("sesame.base_url", fake.base_url)
    settings.override("sesame.timeout_s", 0.3)
    secrets = SecretStore(settings, paths)
    secrets.set("sesame_token", TOKEN, session_only=True)
    return settings, secrets


@pytest.fixture
def unknown_regions(monkeypatch):
    """Names under sesametime.com do not resolve (no DNS query leaves the machine)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if str(host).endswith(".sesametime.com"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_a_good_token_gives_the_company_name(local):
    assert check_connection(*local).name == "Gestoría Ribera SL"


def test_an_invalid_or_revoked_token_says_401(local, fake):
    with pytest.raises(SesameAuthError) as failed:
        check_connection(*local, token="revoked-token-123")
    assert "401" in str(failed.value) and "timedesk secret set sesame_token" in str(failed.value)


def test_a_company_without_the_api_add_on_says_403(local, fake):
    fake.answer("/core/v3/info", 403)
    with pytest.raises(SesameNotLicensed, match="not licensed for the API"):
        check_connection(*local)


def test_an_unknown_region_says_the_address_does_not_resolve(local, unknown_regions):
    with pytest.raises(SesameUnreachable) as failed:
        check_connection(*local, region="zz9", base_url="")
    assert "api-zz9.sesametime.com" in failed.value.message
    assert "does not resolve" in failed.value.message and "region" in failed.value.hint


def test_a_refused_connection_is_unreachable_at_once(local):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SesameUnreachable, match="connection refused"):
        check_connection(*local, base_url=f"http://127.0.0.1:{port}")


def test_a_slow_sesame_is_a_timeout(local, fake, fast_retries):
    fake.answer("/core/v3/info", 200, delay=0.8)
    with pytest.raises(SesameTimeout, match="within 0.3 s"):
        check_connection(*local)


@pytest.mark.parametrize("status, body", [(404, "<html>Not found</html>"),
                                          (200, "<html>proxy login</html>")])
def test_an_answer_that_is_not_sesames_is_unexpected(local, fake, status, body):
    fake.answer("/core/v3/info", status, body=body)
    with pytest.raises(SesameUnexpectedAnswer):
        check_connection(*local)


def test_no_token_stored_says_how_to_store_one(local):
    settings, secrets = local
    secrets.delete("sesame_token")
    with pytest.raises(ConfigError, match="no Sesame token is set"):
        check_connection(settings, secrets)


# -- the command --------------------------------------------------------------------------------
@pytest.fixture
def cli_env(fake, monkeypatch, env):
    monkeypatch.setenv("TIMEDESK_SESAME_BASE_URL", fake.base_url)
    monkeypatch.setenv("TIMEDESK_SESAME_TIMEOUT_S", "0.3")
    monkeypatch.setenv("TIMEDESK_SECRET_SESAME_TOKEN", TOKEN)
    return fake


SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@SQLITE_ONLY
def test_sesame_test_prints_the_company(cli_env, capsys):
    assert main(["sesame", "test"]) == 0
    assert capsys.readouterr().out == "connected to Sesame: Gestoría Ribera SL\n"


@pytest.mark.parametrize("setup, code, words", [
    (lambda fake, mp: mp.setenv("TIMEDESK_SECRET_SESAME_TOKEN", "revoked-token-1"), 4, "(401)"),
    (lambda fake, mp: fake.answer("/core/v3/info", 403), 4, "(403)"),
    (lambda fake, mp: (mp.setenv("TIMEDESK_SESAME_BASE_URL", ""),
                       mp.setenv("TIMEDESK_SESAME_REGION", "zz9")), 6, "does not resolve"),
    (lambda fake, mp: fake.answer("/core/v3/info", 200, delay=0.8), 6, "did not answer"),
    (lambda fake, mp: fake.answer("/core/v3/info", 200, body="<html/>"), 6, "not JSON"),
    (lambda fake, mp: mp.delenv("TIMEDESK_SECRET_SESAME_TOKEN"), 2, "no Sesame token"),
    (lambda fake, mp: mp.setenv("TIMEDESK_SESAME_REGION", "eu-1") or
     mp.setenv("TIMEDESK_SESAME_BASE_URL", ""), 2, "not a Sesame region code"),
])
@SQLITE_ONLY
def test_sesame_test_failures_are_one_line_with_their_exit_code(
        cli_env, capsys, monkeypatch, unknown_regions, fast_retries, setup, code, words):
    setup(cli_env, monkeypatch)
    assert main(["sesame", "test"]) == code
    err = one_line_error(capsys.readouterr().err)
    assert words in err and TOKEN not in err
