"""Replays (security review MEDIUM-5) through a real listener, on SQLite and PostgreSQL: a request
that repeats the body an earlier request brought to the same webhook within the replay window
is answered 200 with the earlier delivery's id, and nothing is stored or applied again."""

import json
from datetime import timedelta

from clockify_http_helpers import STOPPED_ID, T0, VIEWER, deliveries, processed, send, variant
from sqlalchemy import update

from timedesk.clockify import inbox, queries
from timedesk.clockify.models import ClockifyDelivery
from timedesk.db.base import utcnow


async def deliver(http, url, db, webhook_token, event, body):
    status, answer = await send(http, url, webhook_token(event), event, body)
    assert status == 200, answer
    await processed(db, answer["delivery_id"])
    return answer


def found(db):
    return queries.get_session_by_clockify_id(db, VIEWER, STOPPED_ID)


async def test_the_same_body_posted_twice_is_one_delivery_and_the_session_is_unchanged(
        url, http, db, webhook_token):
    body = variant(minutes=30)
    first = await deliver(http, url, db, webhook_token, "TIMER_STOPPED", body)
    before = found(db)
    reordered = json.loads(json.dumps(body, sort_keys=True))  # key order does not matter
    again = await deliver(http, url, db, webhook_token, "TIMER_STOPPED", reordered)
    assert again["delivery_id"] == first["delivery_id"] and deliveries(db) == 1
    assert again["status"] == "replay of an earlier delivery, nothing stored"
    assert found(db) == before


async def test_a_replayed_old_update_does_not_move_the_times_back(url, http, db,
                                                                  webhook_token):
    await deliver(http, url, db, webhook_token, "TIMER_STOPPED", variant(minutes=30))
    old = variant(minutes=40)
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_UPDATED", old)
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_UPDATED", variant(minutes=45))
    before, stored = found(db), deliveries(db)
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_UPDATED", old)
    assert found(db) == before and before.end == T0 + timedelta(minutes=45)
    assert deliveries(db) == stored


async def test_a_replayed_delete_after_a_restore_does_nothing(url, http, db, webhook_token):
    await deliver(http, url, db, webhook_token, "TIMER_STOPPED", variant(minutes=30))
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED", variant(minutes=30))
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_RESTORED", variant(minutes=30))
    before = found(db)
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED", variant(minutes=30))
    assert not found(db).deleted and found(db) == before


async def test_the_same_body_for_another_event_type_is_not_a_replay(url, http, db,
                                                                    webhook_token):
    first = await deliver(http, url, db, webhook_token, "TIMER_STOPPED", variant(minutes=30))
    other = await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED",
                          variant(minutes=30))
    assert other["delivery_id"] != first["delivery_id"] and found(db).deleted


async def test_a_repeat_older_than_the_window_is_stored_and_applied(url, http, db,
                                                                    webhook_token):
    body = variant(minutes=30)
    first = await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED", body)
    await deliver(http, url, db, webhook_token, "TIME_ENTRY_RESTORED", body)
    with db.unit_of_work() as session:
        session.execute(update(ClockifyDelivery).values(
            received_at=utcnow() - inbox.REPLAY_WINDOW - timedelta(minutes=1)))
    again = await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED", body)
    assert again["delivery_id"] != first["delivery_id"] and deliveries(db) == 3
    assert found(db).deleted
    # the new delivery holds the key now: a repeat of it is a replay again
    assert (await deliver(http, url, db, webhook_token, "TIME_ENTRY_DELETED",
                          body))["delivery_id"] == again["delivery_id"]
