"""Security review MEDIUM-5 (LAN part): `timedesk serve` on a LAN address says in words what it
exposes (stderr and the log), and answers HTTPS with the certificate and key of the settings
(or --tls-cert/--tls-key); a certificate that cannot be used is one line and exit code 2."""

from __future__ import annotations

import re
import signal
import ssl
import sys
from pathlib import Path

import pytest
import requests
from cli_support import one_line_error
from server_helpers import ServeProcess

if str(Path(__file__).parents[1] / "mail") not in sys.path:  # smtp_helpers, as the mail
    sys.path.insert(0, str(Path(__file__).parents[1] / "mail"))  # section's tests do
from smtp_helpers import self_signed_certificate  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
LISTENING = re.compile(r"^listening on (https?)://([0-9.]+):(\d+)$")


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost and its key, as PEM files."""
    cert, key = self_signed_certificate(folder)
    key.chmod(0o600)
    return cert, key


@pytest.fixture
def serve(env):
    started: list[ServeProcess] = []

    def start(*args: str, environment: dict[str, str] | None = None) -> ServeProcess:
        child = ServeProcess(environment or env, *args)
        started.append(child)
        return child

    yield start
    for child in started:
        child.kill()


def _log(home) -> str:
    return (Path(home) / "logs" / "timedesk.log").read_text(encoding="utf-8")


def test_serve_on_the_lan_with_tls_answers_https_and_says_what_it_exposes(
        serve, env, tmp_path, timedesk_home):
    cert, key = self_signed(tmp_path)
    env = {**env, "TIMEDESK_LISTENER_TLS_CERT": str(cert), "TIMEDESK_LISTENER_TLS_KEY": str(key)}
    child = serve("--host", "0.0.0.0", "--port", "0", environment=env)
    match = LISTENING.match(child.first_line() or "")
    assert match and match.group(1) == "https", match
    port = match.group(3)
    answer = requests.get(f"https://127.0.0.1:{port}/health", verify=str(cert), timeout=10)
    assert answer.status_code == 200 and answer.json()["status"] == "ok"
    with pytest.raises(requests.exceptions.ConnectionError):  # plain HTTP is not answered
        requests.get(f"http://127.0.0.1:{port}/health", timeout=5)
    assert child.signal_and_wait(signal.SIGTERM)[0] == 0
    warning = child.stderr()
    assert "reachable from other computers" in warning and "/api/v1" in warning
    assert "plain HTTP" not in warning
    assert "reachable from other computers" in _log(timedesk_home)


def test_serve_on_the_lan_without_tls_warns_that_tokens_cross_in_clear(serve, timedesk_home):
    child = serve("--host", "0.0.0.0", "--port", "0")
    match = LISTENING.match(child.first_line() or "")
    assert match and match.group(1) == "http"
    assert child.signal_and_wait(signal.SIGTERM)[0] == 0
    warning = child.stderr()
    for words in ("lobby display page", "Clockify webhooks", "HTTP API", "plain HTTP",
                  "listener.tls_cert", "reverse proxy"):
        assert words in warning, words
    log = _log(timedesk_home)
    assert "WARNING" in log and "plain HTTP" in log


def test_serve_on_loopback_does_not_warn(serve):
    child = serve("--port", "0")
    assert LISTENING.match(child.first_line() or "")
    assert child.signal_and_wait(signal.SIGTERM)[0] == 0
    assert "warning" not in child.stderr()


def test_the_tls_flags_win_and_a_key_that_does_not_fit_is_one_line_and_exit_2(serve, tmp_path):
    cert, _ = self_signed(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    _, wrong_key = self_signed(other)
    child = serve("--port", "0", "--tls-cert", str(cert), "--tls-key", str(wrong_key))
    assert child.first_line() is None
    assert child.wait() == 2
    line = one_line_error(child.stderr())
    assert str(cert) in line and "belong together" in line


async def test_a_listener_with_tls_serves_https_to_a_python_client(ctx, tmp_path):
    import aiohttp

    from timedesk.server.listener import Listener

    cert, key = self_signed(tmp_path)
    ctx.settings.override("listener.tls_cert", str(cert))
    ctx.settings.override("listener.tls_key", str(key))

    listener = Listener(ctx)
    assert await listener.start("127.0.0.1", 0) == "listening", listener.error
    try:
        assert listener.url.startswith("https://127.0.0.1:")
        assert listener.public_url.startswith("https://")
        context = ssl.create_default_context(cafile=str(cert))
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{listener.url}/health", ssl=context) as response:
                assert response.status == 200
    finally:
        await listener.stop()
