import ipaddress

import pytest

from timedesk.app import load_settings
from timedesk.server import public_url
from timedesk.server.addresses import lan_address


@pytest.fixture
def settings():
    return load_settings()[1]


def test_public_url_is_the_configured_one_when_set(settings):
    settings.override("listener.public_url", "https://desk.example.org/timedesk/")
    assert public_url(settings, "0.0.0.0", 8765) == "https://desk.example.org/timedesk"


def test_public_url_is_host_and_port_for_a_specific_address(settings):
    assert public_url(settings, "127.0.0.1", 40123) == "http://127.0.0.1:40123"
    assert public_url(settings) == "http://127.0.0.1:8765"  # the defaults of the settings
    assert public_url(settings, "::1", 8765) == "http://[::1]:8765"


def test_public_url_for_every_interface_is_this_machines_lan_address(settings):
    url = public_url(settings, "0.0.0.0", 8765)
    host = url.removeprefix("http://").removesuffix(":8765")
    assert host == lan_address()
    assert ipaddress.ip_address(host).version == 4 and host != "0.0.0.0"


async def test_a_running_listener_gives_the_public_url_with_its_actual_port(ctx):
    from timedesk.server import Listener

    listener = Listener(ctx)
    assert listener.public_url is None
    await listener.start("127.0.0.1", 0)
    try:
        assert listener.public_url == listener.url
    finally:
        await listener.stop()
