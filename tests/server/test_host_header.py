"""LOW-5: the listener answers only to the names it is known by, so a web page that rebinds its
own domain to 127.0.0.1 (DNS rebinding) gets 421 instead of the listener's answers; and the
`Server` header names no versions."""

from __future__ import annotations

import pytest
from listener_support import serving

from timedesk.server import create_app


async def status_for(http, url: str, host: str | None) -> tuple[int, dict]:
    headers = {"Host": host} if host is not None else {}
    async with http.get(f"{url}/health", headers=headers) as response:
        return response.status, await response.json()


def port_of(url: str) -> str:
    return url.rsplit(":", 1)[1]


async def test_a_foreign_host_name_gets_421_with_the_json_error(server_url, http):
    status, body = await status_for(http, server_url, f"attacker.example:{port_of(server_url)}")
    assert status == 421
    assert body["error"]["code"] == "misdirected_request"
    assert "attacker.example" not in body["error"]["message"]
    assert "listener.allowed_hosts" in body["error"]["message"]


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LOCALHOST", "[::1]"])
async def test_the_loopback_names_are_answered(server_url, http, name):
    assert (await status_for(http, server_url, f"{name}:{port_of(server_url)}"))[0] == 200


async def test_this_machines_own_name_is_answered(server_url, http):
    import socket

    machine = socket.gethostname().partition(".")[0]
    for name in (socket.gethostname(), f"{machine}.local"):
        assert (await status_for(http, server_url, name))[0] == 200, name


async def test_an_address_literal_cannot_be_rebound_so_it_is_answered(server_url, http):
    assert (await status_for(http, server_url, "192.168.1.20:8765"))[0] == 200


async def test_the_host_of_public_url_the_configured_host_and_allowed_hosts_are_answered(
        ctx, http):
    ctx.settings.override("listener.public_url", "https://timedesk.office.example/")
    ctx.settings.override("listener.host", "desk-pc.lan")
    ctx.settings.override("listener.allowed_hosts", "tv.lan, Reception.LAN")
    async with serving(create_app(ctx)) as url:
        for name in ("timedesk.office.example", "desk-pc.lan:8765", "tv.lan", "reception.lan"):
            assert (await status_for(http, url, name))[0] == 200, name
        assert (await status_for(http, url, "office.example"))[0] == 421


async def test_the_server_header_reveals_no_versions(server_url, http):
    for path in ("/health", "/no/such/thing"):
        async with http.get(server_url + path) as response:
            server = response.headers.get("Server", "")
        assert "aiohttp" not in server and "Python" not in server, server
