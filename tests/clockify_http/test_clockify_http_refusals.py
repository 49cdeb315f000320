"""Refused webhook tokens (security review LOW-7), through a real listener on SQLite and
PostgreSQL: the webhooks are compared in memory, so a refusal costs no query on the webhook
thread, and an address past its burst of refusals gets 429 with Retry-After while a good
token still gets through."""

from clockify_http_helpers import processed, send, variant
from sqlalchemy import event

from timedesk.server.clockify.intake import INTAKE
from timedesk.server.clockify.security_log import RefusalLimit


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_a_refused_token_costs_no_query(url, server, http, db, webhook_token):
    good = webhook_token("TIMER_STOPPED")
    tokens = server[1][INTAKE].tokens
    tokens.refresh_seconds = 600.0  # no periodic read during the test, however slow the machine
    status, answer = await send(http, url, good, "TIMER_STOPPED", variant())
    assert status == 200
    await processed(db, answer["delivery_id"])
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        for n in range(12):
            status, _ = await send(http, url, f"wrong-token-{n:04d}-0123456789", "TIMER_STOPPED",
                                   variant())
            assert status == 401
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert statements == []
    assert tokens.reads == 1


async def test_past_its_burst_an_address_gets_429_and_a_good_token_still_passes(
        url, http, db, webhook_token):
    good = webhook_token("TIMER_STOPPED")
    answers = [await send(http, url, "wrong-token-0123456789", "TIMER_STOPPED", variant())
               for _ in range(int(RefusalLimit.BURST) + 1)]
    assert [s for s, _ in answers] == [401] * int(RefusalLimit.BURST) + [429]
    assert answers[-1][1]["error"]["code"] == "too_many_refusals"
    async with http.post(url + "/webhooks/clockify", data=b"{}", headers={
            "Content-Type": "application/json", "Clockify-Signature": "still-wrong-0123456789",
            "Clockify-Webhook-Event-Type": "TIMER_STOPPED"}) as response:
        assert response.status == 429 and response.headers["Retry-After"] == "1"
    status, answer = await send(http, url, good, "TIMER_STOPPED", variant())
    assert status == 200 and await processed(db, answer["delivery_id"]) == ["processed"]


def test_the_bucket_refills_at_its_rate_and_each_address_has_its_own():
    clock = Clock()
    limit = RefusalLimit(burst=3, rate=0.5, clock=clock)
    assert [limit.wait_after("10.0.0.1") for _ in range(4)] == [0, 0, 0, 2.0]
    assert limit.wait_after("10.0.0.2") == 0
    clock.now += 1.0
    assert limit.wait_after("10.0.0.1") == 1.0  # half a token back: one more second
    clock.now += 1.0
    assert limit.wait_after("10.0.0.1") == 0
    clock.now += 60.0
    assert [limit.wait_after("10.0.0.1") for _ in range(4)] == [0, 0, 0, 2.0]  # burst back
