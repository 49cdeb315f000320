import io
import logging

import aiohttp
import pytest
from server_sample_routes import LEAKY_TEXT

from timedesk.secrets import SecretStore
from timedesk.server.middlewares import MAX_BODY_BYTES


def read_secret(value: str) -> None:
    """Store and read back `value` through the secret store, as a start with that password
    would: from then on the log knows it as a secret (see timedesk.logs)."""
    from timedesk.paths import Paths
    from timedesk.settings import Settings

    paths = Paths.from_environment()
    store = SecretStore(Settings.load(paths, {}), paths, {})
    store.set("DATABASE_PASSWORD", value)
    assert store.get("DATABASE_PASSWORD") == value


async def error_of(response: aiohttp.ClientResponse) -> dict:
    assert response.content_type == "application/json"
    body = await response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


async def test_an_unknown_address_is_a_404_json_error_that_does_not_repeat_the_path(
        server_url, http):
    async with http.get(f"{server_url}/no/such/thing") as response:
        assert response.status == 404
        error = await error_of(response)
    assert error["code"] == "not_found"
    assert "/no/such/thing" not in error["message"] and "openapi.json" in error["message"]


async def test_a_wrong_method_is_a_405_json_error_that_names_the_allowed_ones(server_url, http):
    async with http.delete(f"{server_url}/health") as response:
        assert response.status == 405
        assert "GET" in response.headers["Allow"]
        error = await error_of(response)
    assert error["code"] == "method_not_allowed"
    assert "/health" not in error["message"] and "Use GET" in error["message"]


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


async def answer_bytes(http, url: str) -> tuple[int, bytes]:
    async with http.get(url) as response:
        return response.status, await response.read()


@pytest.mark.parametrize("template", [
    "/guess/{}/letmein",                    # 404: unauthenticated
    "/health/{}",                           # 404 under a real address
])
async def test_a_path_holding_a_known_secret_answers_exactly_as_a_wrong_guess(
        server_url, http, template):
    """HIGH-1: masking secrets in error bodies made the listener an oracle for guessing them."""
    secret = "PgPass-UNIQUE-4410"
    read_secret(secret)
    right = await answer_bytes(http, server_url + template.format(secret))
    wrong = await answer_bytes(http, server_url + template.format("PgPass-UNIQUE-4411"))
    assert right == wrong and right[0] == 404
    assert b"***" not in right[1]


async def test_a_405_for_a_path_holding_a_secret_answers_exactly_as_a_wrong_guess(
        server_url, http):
    read_secret("s3cret-webhook-key")
    answers = []
    for guess in ("s3cret-webhook-key", "s3cret-webhook-kez"):
        async with http.post(f"{server_url}/test/named/{guess}/conflict") as response:
            answers.append((response.status, await response.read()))
    assert answers[0] == answers[1] and answers[0][0] == 405


async def test_a_query_value_echoed_in_a_400_is_never_masked_so_a_guess_teaches_nothing(
        server_url, http):
    read_secret("s3cret-webhook-key")
    messages = []
    for guess in ("s3cret-webhook-key", "s3cret-webhook-kez"):
        async with http.get(f"{server_url}/test/invalid", params={"value": guess}) as response:
            assert response.status == 400
            messages.append((await error_of(response))["message"].replace(guess, "GUESS"))
    assert messages[0] == messages[1] and "GUESS" in messages[0]


async def test_a_long_value_echoed_in_an_error_message_is_cut_short(server_url, http):
    """LOW-11: a 5000-character value never comes back whole."""
    async with http.get(f"{server_url}/test/invalid", params={"value": "v" * 5000}) as response:
        assert response.status == 400
        error = await error_of(response)
    assert "v" * 200 not in error["message"] and len(error["message"]) < 600
    assert error["message"].endswith("Send another one.")  # the hint survives the cut


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
