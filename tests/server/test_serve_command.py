import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from server_helpers import ServeProcess

from timedesk.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
LISTENING = re.compile(r"^listening on http://127\.0\.0\.1:(\d+)$")


@pytest.fixture
def serve(env):
    started: list[ServeProcess] = []

    def start(*args: str) -> ServeProcess:
        child = ServeProcess(env, *args)
        started.append(child)
        return child

    yield start
    for child in started:
        child.kill()


def test_serve_on_port_0_prints_the_real_port_answers_health_and_stops_on_sigterm(
        serve, database_url, timedesk_home):
    child = serve("--port", "0")
    line = child.first_line()
    match = LISTENING.match(line or "")
    assert match, line
    port = int(match.group(1))
    assert port > 0
    body = requests.get(f"http://127.0.0.1:{port}/health", timeout=10).json()
    assert body["status"] == "ok"
    assert body["database"] == ("sqlite" if database_url.startswith("sqlite") else "postgresql")
    code, seconds = child.signal_and_wait(signal.SIGTERM)
    assert code == 0 and seconds < 4
    log = (Path(timedesk_home) / "logs" / "timedesk.log").read_text(encoding="utf-8")
    assert "serve: stopped" in log


def test_serve_stops_with_exit_code_0_on_sigint(serve):
    child = serve("--host", "127.0.0.1", "--port", "0")
    assert LISTENING.match(child.first_line() or "")
    code, seconds = child.signal_and_wait(signal.SIGINT)
    assert code == 0 and seconds < 4


def test_serve_takes_host_and_port_from_the_settings_by_default(serve, env):
    env["TIMEDESK_LISTENER_PORT"] = "0"
    child = serve()
    assert LISTENING.match(child.first_line() or "")
    assert child.signal_and_wait()[0] == 0


def test_serve_on_a_port_in_use_exits_2_with_one_line_on_stderr(serve):
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        child = serve("--port", str(port))
        assert child.first_line() is None  # nothing on stdout: it never listened
        assert child.wait() == 2
        lines = child.stderr().strip().splitlines()
    assert lines == [f"timedesk: port {port} on 127.0.0.1 is already in use; choose another "
                     "port with --port (or the setting listener.port) or stop the other program"]


def test_serve_refuses_a_port_number_out_of_range(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--port", "70000"])
    assert exit_info.value.code == 2
    assert "a port is 0-65535" in capsys.readouterr().err


def test_building_the_command_line_does_not_load_aiohttp():
    # `timedesk --version` and every other command stay fast: serve imports it when it runs.
    probe = ("import sys; from timedesk.cli import build_parser; build_parser(); "
             "print('aiohttp' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=30, check=True).stdout
    assert out.strip() == "False"
