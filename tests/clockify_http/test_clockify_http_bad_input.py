"""Bad input at /api/v1/clockify is a 400 that says what was wrong, never a 500 (security review
LOW-1, LOW-2, LOW-11): deep JSON, ids past 2^63-1, the edges of the calendar, NUL characters;
and the text filters take `%` and `_` literally."""

from __future__ import annotations

import logging

import pytest
from clockify_http_helpers import store_and_process, variant

SESSIONS = "/api/v1/clockify/sessions"
USERS = "/api/v1/clockify/users"


@pytest.fixture
def seeded(db, bus):
    store_and_process(db, bus, "TIMER_STOPPED", variant(entry_id="a" * 24, minutes=30))


async def send(http, method, url, headers, data=None, json=None, **params):
    async with http.request(method, url, headers=headers, data=data, json=json,
                            params=params) as response:
        return response.status, await response.json()


@pytest.mark.parametrize("method,path", [("POST", SESSIONS), ("PATCH", SESSIONS + "/1"),
                                         ("POST", USERS), ("PATCH", USERS + "/1"),
                                         ("POST", SESSIONS + "/1/reject")])
async def test_deeply_nested_json_is_a_400(url, http, bearer, seeded, method, path):
    deep = b"[" * 100_000 + b"]" * 100_000
    headers = {**bearer(), "Content-Type": "application/json"}
    status, answer = await send(http, method, url + path, headers, data=deep)
    assert status == 400, answer
    assert "nested" in answer["error"]["message"]


async def test_a_client_error_is_logged_in_one_line_without_a_traceback(url, http, bearer,
                                                                       caplog):
    caplog.set_level(logging.DEBUG)
    headers = {**bearer(), "Content-Type": "application/json"}
    status, _ = await send(http, "POST", url + USERS, headers, data=b"[" * 100_000)
    assert status == 400
    assert not [r for r in caplog.records if r.exc_info], caplog.text


@pytest.mark.parametrize("user_id", [2**63, 99999999999999999999, 0, -1])
async def test_an_id_outside_1_to_2_63_minus_1_in_a_body_is_a_400(url, http, bearer, seeded,
                                                                  user_id):
    status, answer = await send(http, "POST", url + SESSIONS, bearer(), json={
        "user_id": user_id, "start": "2025-06-16T07:00:00Z", "end": "2025-06-16T08:00:00Z",
        "note": "typed in"})
    assert status == 400, answer
    assert "'user_id'" in answer["error"]["message"]


@pytest.mark.parametrize("path,params,total", [
    (SESSIONS, {"to": "9999-12-31"}, 1), (SESSIONS, {"from": "9999-12-31T23:59:59Z"}, 0),
    (SESSIONS, {"from": "0001-01-01T00:00:00+01:00", "to": "9999-12-31T23:00:00-01:00"}, 1),
    ("/api/v1/clockify/history", {"to": "9999-12-31"}, 1)])
async def test_a_search_up_to_the_ends_of_the_calendar_works(url, http, bearer, seeded, path,
                                                             params, total):
    status, answer = await send(http, "GET", url + path, bearer(), **params)
    assert (status, answer.get("total")) == (200, total), answer


@pytest.mark.parametrize("params", [{"from": "0001-01-01", "to": "9999-12-31"},
                                    {"from": "2025-01-01", "to": "9999-12-31"}])
async def test_a_report_day_past_9998_is_a_400_that_says_which_days_work(url, http, bearer,
                                                                         seeded, params):
    status, answer = await send(http, "GET", url + "/api/v1/clockify/reports", bearer(),
                                **params)
    assert status == 400, answer
    assert "9998-12-31" in answer["error"]["message"]


@pytest.mark.parametrize("path,params", [(SESSIONS, {"to": ""}), (SESSIONS, {"limit": ""}),
                                         (SESSIONS, {"running": "0"}),
                                         (USERS, {"active": "1"}),
                                         (SESSIONS, {"from": "2025-06-16T07:00:00"}),
                                         (SESSIONS, {"status": ""})])
async def test_a_value_the_api_document_does_not_allow_is_a_400(url, http, bearer, path, params):
    status, answer = await send(http, "GET", url + path, bearer(), **params)
    assert status == 400, answer


async def test_the_first_day_of_the_calendar_is_a_period_bound_that_works(url, http, bearer,
                                                                          seeded):
    status, answer = await send(http, "GET", url + SESSIONS, bearer(), **{"from": "0001-01-01"})
    assert (status, answer["total"]) == (200, 1)
    async with http.get(url + "/api/v1/clockify/reports", headers=bearer(), params={
            "from": "0001-01-01", "to": "0001-01-02", "format": "csv"}) as response:
        assert response.status == 200, await response.text()


@pytest.mark.parametrize("path,name", [(SESSIONS, "q"), (SESSIONS, "user"),
                                       (SESSIONS, "project"), (USERS, "q"),
                                       ("/api/v1/clockify/history", "by"),
                                       ("/api/v1/clockify/reports", "user")])
async def test_a_nul_character_in_a_query_value_is_a_400(url, http, bearer, seeded, path, name):
    params = {name: "a\x00b", "from": "2025-06-01", "to": "2025-06-30"}
    status, answer = await send(http, "GET", url + path, bearer(), **params)
    assert status == 400, answer
    assert f"'{name}'" in answer["error"]["message"] and "control" in answer["error"]["message"]


async def test_a_nul_character_in_a_json_text_is_a_400(url, http, bearer):
    status, answer = await send(http, "POST", url + USERS, bearer(),
                                json={"clockify_id": "abc123", "name": "x\u0000y"})
    assert status == 400, answer
    assert "'name'" in answer["error"]["message"]


async def test_a_long_query_value_is_not_repeated_in_the_error(url, http, bearer):
    status, answer = await send(http, "GET", url + SESSIONS, bearer(), sort="s" * 5000)
    assert status == 400 and "s" * 100 not in answer["error"]["message"]


async def test_like_wildcards_in_the_text_filters_match_only_themselves(url, http, bearer,
                                                                        seeded):
    headers = bearer()
    for path, name in [(SESSIONS, "q"), (SESSIONS, "project"), (USERS, "q")]:
        for wildcard in ("%", "_"):
            status, answer = await send(http, "GET", url + path, headers, **{name: wildcard})
            assert (status, answer["total"]) == (200, 0), (path, name, wildcard)
    status, answer = await send(http, "GET", url + USERS, headers, q="weij")
    assert answer["total"] == 1  # a plain search still finds
