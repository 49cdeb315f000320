"""Group commit of webhook stores: concurrent deliveries share transactions, each answer still
comes after its own row is committed, and one body the database refuses spoils no other."""

from __future__ import annotations

import asyncio

from clockify_http_helpers import VIEWER, deliveries, send, variant

from timedesk.clockify import inbox
from timedesk.server.clockify.intake import INTAKE

BURST = 40


async def test_a_burst_of_deliveries_is_stored_in_fewer_transactions_than_requests(
        server, http, db, webhook_token):
    url, app = server
    token = webhook_token("TIMER_STOPPED")
    answers = await asyncio.gather(*(send(http, url, token, "TIMER_STOPPED",
                                          variant(entry_id=f"{n:024x}"))
                                     for n in range(BURST)))
    assert [status for status, _ in answers] == [200] * BURST
    ids = [answer["delivery_id"] for _, answer in answers]
    assert len(set(ids)) == BURST and deliveries(db) == BURST
    for (_, answer), n in zip(answers, range(BURST), strict=False):  # each id is its own body
        assert inbox.get_delivery(db, VIEWER, answer["delivery_id"]).body["id"] == f"{n:024x}"
    batches = app[INTAKE].batcher.batches
    assert 1 <= batches < BURST, f"{batches} transactions for {BURST} concurrent deliveries"


async def test_a_body_the_database_refuses_fails_alone_and_the_others_are_stored(
        server, http, db, webhook_token, monkeypatch):
    url, app = server
    token = webhook_token("TIMER_STOPPED")
    real = inbox.store_deliveries
    poison = "0000000000000000000bad00"

    def refuse_the_poison(db_, arrivals):
        if any(a.body.get("id") == poison for a in arrivals):
            raise ValueError("the database refuses this body")
        return real(db_, arrivals)

    monkeypatch.setattr(inbox, "store_deliveries", refuse_the_poison)
    bodies = [variant(entry_id=f"{n:024x}") for n in range(10)] + [variant(entry_id=poison)]
    answers = await asyncio.gather(*(send(http, url, token, "TIMER_STOPPED", body)
                                     for body in bodies))
    statuses = [status for status, _ in answers]
    assert statuses[:10] == [200] * 10 and statuses[10] >= 500
    assert deliveries(db) == 10
