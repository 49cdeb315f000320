import asyncio
import logging
import socket

import aiohttp
import pytest
from server_helpers import create_test_app

from timedesk import __version__
from timedesk.server import Listener, add_openapi


@pytest.fixture
async def listener(ctx):
    listener = Listener(ctx, app_factory=create_test_app)
    yield listener
    await listener.stop()


@pytest.fixture
def occupied_port():
    """A port another program is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        yield other.getsockname()[1]


async def health_of(http: aiohttp.ClientSession, url: str) -> dict:
    async with http.get(f"{url}/health") as response:
        assert response.status == 200
        return await response.json()


async def refuses_connections(http: aiohttp.ClientSession, url: str) -> bool:
    try:
        async with http.get(f"{url}/health"):
            return False
    except aiohttp.ClientConnectionError:
        return True


async def test_start_on_port_0_listens_on_a_real_port_and_reports_its_url(listener, http):
    changes = []
    listener.on_state_change.append(lambda lst: changes.append((lst.state, lst.url)))
    assert await listener.start("127.0.0.1", 0) == "listening"
    assert listener.port and listener.port > 0
    assert listener.url == f"http://127.0.0.1:{listener.port}" and listener.error is None
    assert (await health_of(http, listener.url))["version"] == __version__
    assert changes == [("listening", listener.url)]


async def test_stop_closes_the_port_and_reports_stopped(listener, http):
    changes = []
    listener.on_state_change.append(lambda lst: changes.append(lst.state))
    await listener.start("127.0.0.1", 0)
    url = listener.url
    await listener.stop()
    assert (listener.state, listener.url, listener.port) == ("stopped", None, None)
    assert changes == ["listening", "stopped"]
    assert await refuses_connections(http, url)


async def test_a_port_in_use_does_not_raise_but_fails_with_a_clear_logged_message(
        listener, occupied_port, caplog):
    caplog.set_level(logging.ERROR, logger="timedesk.server")
    changes = []
    listener.on_state_change.append(lambda lst: changes.append(lst.state))
    assert await listener.start("127.0.0.1", occupied_port) == "failed"
    expected = (f"port {occupied_port} on 127.0.0.1 is already in use; choose another port in "
                "File > Settings > This computer or stop the other program")
    assert listener.error == expected and listener.url is None
    assert changes == ["failed"]
    assert expected in caplog.text


async def test_after_a_failed_start_another_port_works(listener, occupied_port, http):
    await listener.start("127.0.0.1", occupied_port)
    assert await listener.restart("127.0.0.1", 0) == "listening"
    assert listener.error is None
    assert (await health_of(http, listener.url))["status"] == "ok"


async def test_restart_moves_the_listener_to_the_new_port(listener, http):
    await listener.start("127.0.0.1", 0)
    old_url = listener.url
    assert await listener.restart("127.0.0.1", 0) == "listening"
    assert listener.url != old_url
    assert await refuses_connections(http, old_url)
    assert (await health_of(http, listener.url))["status"] == "ok"


async def test_restart_on_the_same_port_rebinds_it(listener, http):
    await listener.start("127.0.0.1", 0)
    port = listener.port
    assert await listener.restart("127.0.0.1", port) == "listening"
    assert listener.port == port
    assert (await health_of(http, listener.url))["status"] == "ok"


async def test_an_address_that_is_not_this_machines_fails_with_advice(listener):
    # 192.0.2.1 is TEST-NET-1: never assigned to a local interface; binding sends nothing.
    assert await listener.start("192.0.2.1", 0) == "failed"
    assert listener.error.startswith("192.0.2.1 is not an address of this machine")


async def test_concurrent_starts_leave_exactly_one_server(listener, http):
    await asyncio.gather(listener.start("127.0.0.1", 0), listener.start("127.0.0.1", 0))
    assert listener.state == "listening"
    assert (await health_of(http, listener.url))["status"] == "ok"


async def test_a_failing_state_callback_does_not_break_the_listener(listener):
    def broken(_):
        raise RuntimeError("status bar is gone")

    seen = []
    listener.on_state_change.extend([broken, lambda lst: seen.append(lst.state)])
    assert await listener.start("127.0.0.1", 0) == "listening"
    assert seen == ["listening"]


async def test_a_route_module_that_breaks_the_start_fails_the_listener_not_the_app(ctx, caplog):
    def conflicting_app(context):
        app = create_test_app(context)
        add_openapi(app, paths={"/health": {"get": {"summary": "described twice"}}})
        return app

    listener = Listener(ctx, app_factory=conflicting_app)
    assert await listener.start("127.0.0.1", 0) == "failed"
    assert listener.error == "the listener could not start (ValueError); see the log"
    assert "described twice" in caplog.text
    await listener.stop()
    assert listener.state == "stopped" and listener.error is None


async def test_a_long_query_reaches_the_api_which_answers_with_its_json_error(listener, http):
    # 2,000 characters of 3 bytes each, percent-encoded: ~18 KB, past aiohttp's 8 KB default
    await listener.start("127.0.0.1", 0)
    async with http.get(f"{listener.url}/api/v1/punches/sessions", params={
            "from": "2026-12-01", "to": "2026-12-01", "employee": "€" * 2000}) as response:
        assert response.status == 401 and response.content_type == "application/json"
        assert (await response.json())["error"]["code"] == "authentication_failed"
