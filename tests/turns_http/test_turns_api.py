"""The Turns HTTP API on a real listener (127.0.0.1, port 0), on SQLite and PostgreSQL."""

from __future__ import annotations

import aiohttp
import pytest

from timedesk.auth.service import create_api_token
from timedesk.turns import setup


@pytest.fixture
async def api(ctx, admin_actor, listener_url):
    """(base URL, headers of a manager's, a receptionist's and a staff member's tokens) with
    services A, B and desk 1 serving both."""
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="B", name="Payments")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A", "B"])
    headers = {role: {"Authorization": "Bearer " + create_api_token(ctx.db, admin_actor, role, role)}
               for role in ("manager", "receptionist", "staff")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        yield listener_url, headers, http


async def test_issue_list_and_call_a_turn_over_http(api):
    url, headers, http = api
    async with http.post(f"{url}/api/v1/turns", json={"service": "A", "priority": False},
                         headers=headers["receptionist"]) as r:
        assert r.status == 201
        issued = await r.json()
    assert issued["number"] == "A001" and issued["ahead"] == 0 and issued["estimate"] is None
    assert set(issued) >= {"id", "number", "service", "issued_at", "ahead", "estimate"}
    async with http.get(f"{url}/api/v1/turns?status=waiting", headers=headers["manager"]) as r:
        assert [t["number"] for t in (await r.json())["items"]] == ["A001"]
    async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["manager"]) as r:
        called = await r.json()
    assert (called["number"], called["desk"], called["status"]) == ("A001", "1", "called")
    async with http.post(f"{url}/api/v1/desks/1/recall", headers=headers["manager"]) as r:
        assert (await r.json())["calls"] == 2
    async with http.post(f"{url}/api/v1/desks/1/transfer", json={"service": "B"},
                         headers=headers["manager"]) as r:
        assert (await r.json())["service_code"] == "B"
    async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["manager"]) as r:
        assert (await r.json())["number"] == "A001"
    async with http.post(f"{url}/api/v1/desks/1/finish", headers=headers["manager"]) as r:
        assert (await r.json())["status"] == "done"
    async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["manager"]) as r:
        assert r.status == 204  # nobody waits


async def test_bad_requests_get_a_clear_json_error(api):
    url, headers, http = api
    async with http.post(f"{url}/api/v1/turns", json={"service": "Z"},
                         headers=headers["receptionist"]) as r:
        assert r.status == 404
        assert "no service 'Z'" in (await r.json())["error"]["message"]
    async with http.post(f"{url}/api/v1/desks/9/call-next", headers=headers["manager"]) as r:
        assert r.status == 404
    async with http.post(f"{url}/api/v1/desks/1/finish", headers=headers["manager"]) as r:
        assert r.status == 409
    async with http.post(f"{url}/api/v1/turns", json={"service": "A", "x": 1},
                         headers=headers["receptionist"]) as r:
        assert r.status == 400
    async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["receptionist"]) as r:
        assert r.status == 403  # a receptionist issues, a desk calls
    async with http.post(f"{url}/api/v1/turns", json={"service": "A"}) as r:
        assert r.status == 401


async def test_a_transferred_turn_keeps_its_number_and_both_services_go_on_issuing(api):
    """Issue 20 #1 and #2 over HTTP: A001 moves into B, which gave out B001 already; later
    issues of B go on (they answered 500 for the rest of the day)."""
    url, headers, http = api
    for service in ("A", "B"):
        async with http.post(f"{url}/api/v1/turns", json={"service": service},
                             headers=headers["receptionist"]) as r:
            assert r.status == 201
    async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["manager"]) as r:
        assert (await r.json())["number"] == "A001"
    async with http.post(f"{url}/api/v1/desks/1/transfer", json={"service": "B"},
                         headers=headers["manager"]) as r:
        assert r.status == 200
        moved = await r.json()
    assert (moved["number"], moved["service_code"]) == ("A001", "B")
    numbers = []
    for _ in range(2):
        async with http.post(f"{url}/api/v1/turns", json={"service": "B"},
                             headers=headers["receptionist"]) as r:
            assert r.status == 201
            numbers.append((await r.json())["number"])
    assert numbers == ["B002", "B003"]


async def test_a_desk_working_through_the_api_counts_for_the_estimate(api):
    """Issue 20 #3: desk 1 was never opened in a desk panel, but it calls and finishes turns:
    it is working, so once three turns were served the next issue gets an estimate."""
    url, headers, http = api
    for _ in range(3):
        async with http.post(f"{url}/api/v1/turns", json={"service": "A"},
                             headers=headers["receptionist"]) as r:
            assert (await r.json())["estimate"] is None  # not enough served turns yet
        async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["manager"]) as r:
            assert r.status == 200
        async with http.post(f"{url}/api/v1/desks/1/finish", headers=headers["manager"]) as r:
            assert r.status == 200
    async with http.post(f"{url}/api/v1/turns", json={"service": "A"},
                         headers=headers["receptionist"]) as r:
        estimate = (await r.json())["estimate"]
    assert estimate is not None and 0 <= estimate["low_s"] <= estimate["high_s"]


async def test_errors_quote_input_cut_short_and_list_no_names(api):
    """Security review LOW-11: a 5000-character service came back whole, and NotFound listed
    every service and desk."""
    url, headers, http = api
    async with http.post(f"{url}/api/v1/turns", json={"service": "Q" * 5000},
                         headers=headers["receptionist"]) as r:
        assert r.status == 404
        message = (await r.json())["error"]["message"]
    assert len(message) < 300 and "Q" * 41 not in message and "Registry" not in message
    assert "A, B" not in message
    async with http.post(f"{url}/api/v1/desks/9/transfer", json={"desk": "D" * 5000},
                         headers=headers["manager"]) as r:
        assert r.status == 404
        message = (await r.json())["error"]["message"]
    assert "desk '9'" in message and "Known desks" not in message
    async with http.post(f"{url}/api/v1/turns", json={"service": "A"},
                         headers=headers["receptionist"]) as r:
        assert r.status == 201
    async with http.post(f"{url}/api/v1/desks/1/call-next", headers=headers["manager"]) as r:
        assert r.status == 200
    async with http.post(f"{url}/api/v1/desks/1/transfer", json={"desk": "D" * 5000},
                         headers=headers["manager"]) as r:
        assert r.status == 404
        message = (await r.json())["error"]["message"]
    assert len(message) < 300 and "D" * 41 not in message


async def test_listing_turns_needs_turns_call_checked_by_the_service(api, ctx, monkeypatch):
    """Code review 1.3: the permission lives in reads.list_turns; the route only authenticates,
    so a receptionist's token is refused by the service's own check."""
    from timedesk.errors import PermissionDenied
    from timedesk.turns import reads

    checked = []
    real = reads.list_turns

    def spy(*args, **kwargs):
        try:
            return real(*args, **kwargs)
        except PermissionDenied:
            checked.append(args[2].name)
            raise

    monkeypatch.setattr(reads, "list_turns", spy)
    url, headers, http = api
    async with http.get(f"{url}/api/v1/turns", headers=headers["receptionist"]) as r:
        assert r.status == 403
        assert (await r.json())["error"]["code"] == "permission_denied"
    assert checked == ["receptionist"]
    async with http.get(f"{url}/api/v1/turns", headers=headers["manager"]) as r:
        assert r.status == 200


async def test_the_turn_list_over_http_leaves_out_names_and_notes(api, ctx, admin_actor):
    from timedesk.turns.queue import TurnQueue

    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(admin_actor, "A", customer_name="Ana Pérez", note="wheelchair")
    url, headers, http = api
    async with http.get(f"{url}/api/v1/turns", headers=headers["manager"]) as r:
        [item] = (await r.json())["items"]
    assert item["number"] == "A001" and "customer_name" not in item and "note" not in item


@pytest.mark.parametrize("action", ["call-next", "recall", "start", "finish", "no-show",
                                    "transfer"])
async def test_the_turn_routes_answer_403_from_the_use_cases_own_check(api, action):
    """The routes only authenticate; turns.call and turns.issue are checked by TurnQueue."""
    url, headers, http = api
    async with http.post(f"{url}/api/v1/desks/1/{action}", json={"service": "B"},
                         headers=headers["receptionist"]) as r:
        assert r.status == 403
        assert "turns.call" in (await r.json())["error"]["message"]
    async with http.post(f"{url}/api/v1/turns", json={"service": "A"},
                         headers=headers["staff"]) as r:
        assert r.status == 403
        assert "turns.issue" in (await r.json())["error"]["message"]
