import io
import logging

import aiohttp
import pytest

from server_sample_routes import LEAKY_TEXT
from timedesk.logs import redact_value
from timedesk.server.middlewares import MAX_BODY_BYTES


async def error_of(response: aiohttp.ClientResponse) -> dict:
    assert response.content_type == "application/json"
    body = await response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


async def test_an_unknown_address_is_a_404_json_error(server_url, http):
    async with http.get(f"{server_url}/no/such/thing") as response:
        assert response.status == 404
        error = await error_of(response)
    assert error["code"] == "not_found"
    assert "/no/such/thing" in error["message"] and "openapi.json" in error["message"]


async def test_a_wrong_method_is_a_405_json_error_that_names_the_allowed_ones(server_url, http):
    async with http.delete(f"{server_url}/health") as response:
        assert response.status == 405
        assert "GET" in response.headers["Allow"]
        error = await error_of(response)
    assert error["code"] == "method_not_allowed"
    assert "DELETE is not allowed on /health" in error["message"]


async def test_a_declared_body_over_1_mib_is_refused_with_413_json(server_url, http):
    body = io.BytesIO(b"x" * (MAX_BODY_BYTES + 1))
    async with http.post(f"{server_url}/test/echo-size", data=body) as response:
        assert response.status == 413
        error = await error_of(response)
    assert error["code"] == "payload_too_large" and "1024 KiB" in error["message"]


async def test_a_chunked_body_over_1_mib_is_refused_with_413_json_when_read(server_url, http):
    async def chunks():
        for _ in range(17):  # 17 x 64 KiB = 1.0625 MiB, no Content-Length
            yield b"x" * 65536

    async with http.post(f"{server_url}/test/echo-size", data=chunks()) as response:
        assert response.status == 413
        assert (await error_of(response))["code"] == "payload_too_large"


async def test_a_body_of_exactly_1_mib_is_accepted(server_url, http):
    body = io.BytesIO(b"x" * MAX_BODY_BYTES)
    async with http.post(f"{server_url}/test/echo-size", data=body) as response:
        assert response.status == 200
        assert await response.json() == {"bytes": MAX_BODY_BYTES}


async def test_a_timedesk_error_becomes_its_status_code_and_message_with_the_hint(server_url, http):
    async with http.get(f"{server_url}/test/conflict") as response:
        assert response.status == 409
        error = await error_of(response)
    assert error == {"code": "conflict",
                     "message": "turn A-12 was already called. Call the next turn instead."}


async def test_a_known_secret_in_an_error_message_is_masked(server_url, http):
    redact_value("s3cret-webhook-key")
    params = {"value": "s3cret-webhook-key"}
    async with http.get(f"{server_url}/test/invalid", params=params) as response:
        assert response.status == 400
        error = await error_of(response)
    assert error["code"] == "invalid_input"
    assert "s3cret-webhook-key" not in error["message"] and "***" in error["message"]


async def test_an_unexpected_exception_is_a_generic_500_and_its_traceback_is_logged(
        server_url, http, caplog):
    caplog.set_level(logging.ERROR, logger="timedesk.server")
    async with http.get(f"{server_url}/test/boom") as response:
        assert response.status == 500
        error = await error_of(response)
    assert error["code"] == "internal_error"
    assert LEAKY_TEXT not in error["message"] and "hunter2" not in error["message"]
    reference = error["message"].split("reference ")[1].split(")")[0]
    logged = [r for r in caplog.records if reference in r.getMessage()]
    assert logged and logged[0].exc_info and "RuntimeError" in caplog.text


async def test_an_error_after_a_stream_started_drops_the_connection_instead_of_a_second_reply(
        server_url, http):
    with pytest.raises(aiohttp.ClientPayloadError):
        async with http.get(f"{server_url}/test/broken-stream") as response:
            assert response.status == 200
            await response.read()
    async with http.get(f"{server_url}/health") as response:  # the server is fine
        assert response.status == 200
