"""Clockify's webhooks through a real listener on 127.0.0.1, on SQLite and PostgreSQL: the real
samples with real headers, the order of checks, durable-first answers, idempotence, the seed's
URLs, and every refusal with what it leaves behind (nothing, or one error-log row)."""

import json
import logging

import pytest
from clockify_http_helpers import (
    MANUAL_ID,
    STOPPED_ID,
    T0,
    VIEWER,
    deliveries,
    delivery_status,
    error_rows,
    processed,
    raw_sample,
    send,
    sessions,
    variant,
)

from timedesk.clockify import inbox, queries
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.topics import LEGACY_PATHS
from timedesk.server.middlewares import MAX_BODY_BYTES


def session_of(db, clockify_id):
    return queries.get_session_by_clockify_id(db, VIEWER, clockify_id)


async def test_the_real_2022_timer_stopped_body_with_real_headers_becomes_a_session(
        url, http, db, webhook_token):
    token = webhook_token("TIMER_STOPPED")
    status, answer = await send(http, url, token, "TIMER_STOPPED",
                                raw_sample("TIMER_STOPPED.2022"))
    assert status == 200
    assert answer["event"] == "TIMER_STOPPED" and answer["status"] == "accepted"
    assert await processed(db, answer["delivery_id"]) == ["processed"]
    found = session_of(db, STOPPED_ID)
    assert (found.duration_seconds, found.running, found.status) == (26, False, "approved")
    assert found.project_name == "Kabisa - Persoonlijke Ontwikkeling"
    assert found.user.name == "JP Weijers" and found.user.email is None


async def test_the_real_2025_manual_entry_is_stored_under_review_with_its_time_zone(
        url, http, db, webhook_token):
    status, answer = await send(http, url, webhook_token("NEW_TIME_ENTRY"), "NEW_TIME_ENTRY",
                                raw_sample("NEW_TIME_ENTRY.2025"))
    assert status == 200
    await processed(db, answer["delivery_id"])
    found = session_of(db, MANUAL_ID)
    assert (found.status, found.time_zone, found.offset_start) == ("under_review",
                                                                   "Asia/Calcutta", 19800)
    assert found.overtime is True  # 11 h 48 min
    assert [t["name"] for t in found.tags] == ["new"]


async def test_the_delivery_is_stored_before_the_answer_arrives(url, http, db, webhook_token):
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                variant())
    assert status == 200
    # read at once, before any wait: the row is there and holds the body as sent
    stored = inbox.get_delivery(db, VIEWER, answer["delivery_id"])
    assert stored.body["id"] == STOPPED_ID and stored.event_type == "TIMER_STOPPED"


async def test_when_the_body_cannot_be_stored_the_answer_is_not_2xx(url, http, db, webhook_token,
                                                                   monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(inbox, "store_deliveries", broken)
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                variant())
    assert status >= 500 and answer["error"]["code"]
    assert deliveries(db) == 0


async def test_a_start_then_its_stop_make_one_closed_session_with_two_history_rows(
        url, http, db, webhook_token):
    started = variant(minutes=None)
    status_1, first = await send(http, url, webhook_token("NEW_TIMER_STARTED"),
                                 "NEW_TIMER_STARTED", started)
    await processed(db, first["delivery_id"])
    assert session_of(db, STOPPED_ID).running is True
    status_2, second = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                  variant(minutes=45))
    await processed(db, second["delivery_id"])
    found = session_of(db, STOPPED_ID)
    assert (status_1, status_2) == (200, 200)
    assert (found.running, found.duration_seconds) == (False, 45 * 60)
    actions = [h.action for h in queries.session_history(db, VIEWER, found.id)]
    assert actions == ["clockify_session.started", "clockify_session.stopped"]


async def test_a_duplicate_delivery_is_answered_2xx_and_stored_once(url, http, db,
                                                                   webhook_token):
    token = webhook_token("TIMER_STOPPED")
    answers = [await send(http, url, token, "TIMER_STOPPED", variant()) for _ in range(3)]
    assert [status for status, _ in answers] == [200, 200, 200]
    ids = [answer["delivery_id"] for _, answer in answers]
    assert len(set(ids)) == 1 and deliveries(db) == 1  # the repeats name the first delivery
    assert [a["status"].startswith("replay") for _, a in answers] == [False, True, True]
    assert await processed(db, ids[0]) == ["processed"]
    found = session_of(db, STOPPED_ID)  # one session with one history row
    assert sessions(db) == 1
    assert len(queries.session_history(db, VIEWER, found.id)) == 1


async def test_a_stop_before_its_start_creates_the_session_and_the_late_start_is_ignored(
        url, http, db, webhook_token):
    _, stop = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                         variant(minutes=20))
    await processed(db, stop["delivery_id"])
    _, start = await send(http, url, webhook_token("NEW_TIMER_STARTED"), "NEW_TIMER_STARTED",
                          variant(minutes=None))
    await processed(db, start["delivery_id"])
    found = session_of(db, STOPPED_ID)
    assert (found.running, found.duration_seconds) == (False, 20 * 60)
    assert inbox.get_delivery(db, VIEWER, start["delivery_id"]).outcome.startswith("ignored")


@pytest.mark.parametrize("name", sorted(LEGACY_PATHS))
async def test_the_seed_urls_take_the_event_from_the_path(name, url, http, db, webhook_token):
    event = LEGACY_PATHS[name]
    status, answer = await send(http, url, webhook_token(event), None, variant(),
                                path=f"/webhook/clockify/{name}")
    assert (status, answer["event"]) == (200, event)
    assert await processed(db, answer["delivery_id"]) == ["processed"]


async def test_a_seed_url_refuses_the_token_of_another_event(url, http, db, webhook_token):
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), None, variant(),
                                path="/webhook/clockify/start")
    assert status == 401 and answer["error"]["code"] == "authentication_failed"
    assert deliveries(db) == 0


async def test_an_event_type_timedesk_does_not_process_is_stored_and_answered_202(
        url, http, db, webhook_token):
    project = {"id": "625d15dfbea8f62f6f3aa377", "name": "Kabisa", "workspaceId": "w"}
    status, answer = await send(http, url, webhook_token("NEW_PROJECT"), "NEW_PROJECT", project)
    assert (status, answer["status"]) == (202, "stored, not processed")
    assert await processed(db, answer["delivery_id"]) == ["ignored"]
    assert inbox.get_delivery(db, VIEWER, answer["delivery_id"]).body == project
    assert sessions(db) == 0


@pytest.mark.parametrize("case", ["missing", "wrong", "other event", "no event header"])
async def test_a_bad_token_is_401_stores_nothing_and_is_logged_once_a_minute(
        case, url, http, db, webhook_token, caplog):
    good = webhook_token("TIMER_STOPPED")
    webhook_token("NEW_TIMER_STARTED")
    token, event = {"missing": (None, "TIMER_STOPPED"),
                    "wrong": ("not-the-token-0123456789", "TIMER_STOPPED"),
                    "other event": (good, "NEW_TIMER_STARTED"),
                    "no event header": (good, None)}[case]
    caplog.set_level(logging.INFO)
    for _ in range(5):
        status, answer = await send(http, url, token, event, variant())
        assert status == 401 and answer["error"]["code"] == "authentication_failed"
    assert (deliveries(db), error_rows(db)) == (0, [])
    lines = [r for r in caplog.records if r.name == "timedesk.security"]
    assert len(lines) == 1 and "127.0.0.1" in lines[0].getMessage()
    assert all(good not in r.getMessage() for r in caplog.records)
    assert all("not-the-token" not in r.getMessage() for r in caplog.records)


async def test_a_bad_token_with_a_bad_body_is_only_a_401(url, http, db):
    status, _ = await send(http, url, "nope", "TIMER_STOPPED", b"{not json")
    assert status == 401 and error_rows(db) == []


@pytest.mark.parametrize("body, content_type, reason", [
    (b'{"id": "abc", "timeInterval": ', "application/json", "malformed_json"),
    (b'[{"id": "6260fee78065a229df4561dd"}]', "application/json", "not_an_object"),
    (b'"just text"', "application/json", "not_an_object"),
    (b'{"id": "x", "n": NaN}', "application/json", "malformed_json"),
    (b'{"id": ' + b"[" * 200_000 + b"]" * 200_000 + b"}", "application/json", "malformed_json"),
    (b'\xff\xfe{"id": 1}', "application/json", "malformed_json"),
    (b'id=6260fee78065a229df4561dd', "application/x-www-form-urlencoded", "wrong_content_type"),
    (b'{"id": "6260fee78065a229df4561dd"}', "text/plain", "wrong_content_type"),
])
async def test_a_body_that_is_not_a_json_object_is_400_and_lands_in_the_error_log(
        body, content_type, reason, url, http, db, webhook_token):
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                body, headers={"Content-Type": content_type})
    assert status == 400 and answer["error"]["code"] == reason
    assert deliveries(db) == 0
    [row] = error_rows(db)
    assert (row.reason, row.event_type) == (reason, "TIMER_STOPPED")
    assert row.body_excerpt and len(row.body_excerpt) <= 2001


async def test_a_long_bad_body_is_logged_with_a_bounded_excerpt(url, http, db, webhook_token):
    body = b"[" + b"1," * 100_000 + b"1]"
    status, _ = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED", body)
    assert status == 400
    [row] = error_rows(db)
    assert row.reason == "not_an_object" and len(row.body_excerpt) <= 2001


async def test_a_body_over_1_mib_is_413_and_lands_in_the_error_log(url, http, db, webhook_token):
    body = json.dumps(variant(description="x" * MAX_BODY_BYTES)).encode()
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED", body)
    assert status == 413 and answer["error"]["code"] == "payload_too_large"
    assert deliveries(db) == 0
    [row] = error_rows(db)
    assert (row.reason, row.event_type) == ("too_large", "TIMER_STOPPED")
    assert row.body_excerpt.startswith('{"id"') and len(row.body_excerpt) <= 2001


async def test_a_chunked_body_over_1_mib_is_413_and_lands_in_the_error_log(url, http, db,
                                                                          webhook_token):
    async def chunks():
        for _ in range(20):
            yield b"x" * 64 * 1024

    headers = {"Clockify-Signature": webhook_token("TIMER_STOPPED"),
               "Clockify-Webhook-Event-Type": "TIMER_STOPPED",
               "Content-Type": "application/json"}
    async with http.post(url + "/webhooks/clockify", data=chunks(), headers=headers) as response:
        assert response.status == 413
    assert deliveries(db) == 0
    assert [row.reason for row in error_rows(db)] == ["too_large"]


async def test_an_oversize_body_with_a_bad_token_leaves_no_error_log_row(url, http, db):
    body = b"x" * (MAX_BODY_BYTES + 1)
    status, _ = await send(http, url, "nope", "TIMER_STOPPED", body)
    assert status == 413 and error_rows(db) == []


async def test_a_processing_failure_is_answered_2xx_kept_failed_and_reprocessed_later(
        url, http, db, bus, webhook_token, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("the session log is broken for a moment")

    monkeypatch.setattr(inbox, "apply_entry", broken)
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                variant())
    assert status == 200
    assert await processed(db, answer["delivery_id"]) == ["failed"]
    assert [row.reason for row in error_rows(db)] == ["processing_failed"]
    assert any("failed" in r.getMessage() for r in caplog.records
               if r.levelno >= logging.WARNING)
    monkeypatch.undo()
    result = inbox.reprocess_failed(db, bus, VIEWER, rules=ClockifyRules())
    assert (result.processed, result.failed) == (1, 0)
    assert delivery_status(db, answer["delivery_id"]) == "processed"
    assert session_of(db, STOPPED_ID).duration_seconds == 30 * 60


async def test_a_body_the_session_log_cannot_read_is_answered_2xx_and_kept_failed(
        url, http, db, webhook_token):
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                {"id": "6260fee78065a229df4561dd", "timeInterval": {}})
    assert status == 200
    assert await processed(db, answer["delivery_id"]) == ["failed"]
    assert "timeInterval.start" in inbox.get_delivery(db, VIEWER, answer["delivery_id"]).error


async def test_deliveries_left_pending_by_an_earlier_run_are_processed_at_start(ctx, db):
    from aiohttp import web

    from timedesk.server import create_app

    delivery_id = inbox.store_delivery(db, "TIMER_STOPPED", {}, variant())
    app = create_app(ctx)
    runner = web.AppRunner(app, shutdown_timeout=2)
    await runner.setup()
    try:
        assert await processed(db, delivery_id) == ["processed"]
    finally:
        await runner.cleanup()
    assert session_of(db, STOPPED_ID).duration_seconds == 30 * 60


async def test_concurrent_deliveries_of_many_entries_make_one_session_each(url, http, db,
                                                                           webhook_token):
    import asyncio

    token = webhook_token("TIMER_STOPPED")
    bodies = [variant(entry_id=f"{i:024x}", start=T0) for i in range(40)]
    answers = await asyncio.gather(*(send(http, url, token, "TIMER_STOPPED", b)
                                     for b in bodies + bodies[:10]))
    assert {status for status, _ in answers} == {200}
    await processed(db, *(a["delivery_id"] for _, a in answers), timeout=60)
    assert sessions(db) == 40


async def test_the_webhook_addresses_are_in_the_openapi_document(url, http):
    async with http.get(url + "/api/v1/openapi.json") as response:
        document = await response.json()
    assert set(document["paths"]["/webhooks/clockify"]["post"]["responses"]) >= {
        "200", "202", "400", "401", "413"}
    assert "/webhook/clockify/{name}" in document["paths"]


def test_the_clockify_domain_never_imports_aiohttp_web():
    import subprocess
    import sys

    probe = ("import sys, timedesk.clockify.manual, timedesk.clockify.monitor, "
             "timedesk.clockify.history_search; print('aiohttp.web' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "False"




async def test_a_nul_character_is_stored_where_the_engine_can_and_else_refused_and_logged(
        url, http, db, webhook_token):
    status, answer = await send(http, url, webhook_token("TIMER_STOPPED"), "TIMER_STOPPED",
                                variant(description="nul \u0000 here"))
    if db.backend == "sqlite":
        assert status == 200 and deliveries(db) == 1
    else:  # PostgreSQL's JSONB cannot hold \u0000: a 400 Clockify will not retry forever
        assert status == 400 and answer["error"]["code"] == "unstorable_body"
        assert deliveries(db) == 0
        assert [row.reason for row in error_rows(db)] == ["unstorable_body"]


async def test_a_removed_webhooks_token_is_refused_at_once_despite_the_token_cache(
        url, http, db, ctx, admin_actor):
    from timedesk.clockify import webhooks

    token = "tok-removed-at-once-0123456789abcdef"
    hook = webhooks.add_webhook(db, admin_actor, "TIMER_STOPPED", token, bus=ctx.bus)
    status, _ = await send(http, url, token, "TIMER_STOPPED", variant())
    assert status == 200  # the listener now remembers this token for a few seconds
    webhooks.remove_webhook(db, admin_actor, hook.id, bus=ctx.bus)
    status, answer = await send(http, url, token, "TIMER_STOPPED", variant(minutes=20))
    assert status == 401 and answer["error"]["code"] == "authentication_failed"
