"""`timedesk config set` of an address a secret is sent to (run as real processes): the stored
secret is deleted and the command says it must be entered again (security review LOW-10)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.fixture
def env(timedesk_home):
    """Processes with no keyring and the opted-in secrets file, so secrets outlive them."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "TIMEDESK_SECRETS_FILE_STORE": "true"}


def timedesk(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_a_new_sesame_address_deletes_the_token_and_says_to_enter_it_again(env):
    assert timedesk(env, "secret", "set", "SESAME_TOKEN", stdin="sesame-token-4711\n") \
        .returncode == 0
    assert timedesk(env, "secret", "set", "SMTP_PASSWORD", stdin="smtp-password-4711\n") \
        .returncode == 0
    done = timedesk(env, "config", "set", "sesame.base_url", "https://sesame.example.org")
    assert done.returncode == 0, done.stderr
    assert "SESAME_TOKEN was deleted: enter it again (`timedesk secret set SESAME_TOKEN`)" \
        in done.stdout
    listed = timedesk(env, "secret", "list").stdout
    assert "SESAME_TOKEN" not in listed and "SMTP_PASSWORD" in listed


def test_setting_an_address_to_its_current_value_keeps_the_secret(env):
    timedesk(env, "secret", "set", "SMTP_PASSWORD", stdin="smtp-password-4712\n")
    done = timedesk(env, "config", "set", "smtp.port", "587")  # the default already
    assert done.returncode == 0 and "deleted" not in done.stdout
    assert "SMTP_PASSWORD" in timedesk(env, "secret", "list").stdout
