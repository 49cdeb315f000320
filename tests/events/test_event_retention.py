"""Purging old events at start-up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from timedesk.db.base import utcnow
from timedesk.events.models import EventRow
from timedesk.events.retention import purge_old_events


def add_events(db, count: int, age_days: float, topic: str) -> None:
    with db.unit_of_work() as session:
        stamp = utcnow() - timedelta(days=age_days)
        session.add_all(EventRow(topic=topic, payload={}, origin="test", created_at=stamp)
                        for _ in range(count))


def stored_topics(db) -> list[str]:
    with db.session_factory() as session:
        return list(session.scalars(select(EventRow.topic).order_by(EventRow.id)))


def test_purge_deletes_events_older_than_the_retention_and_keeps_recent_ones(db):
    add_events(db, 3, age_days=10, topic="old")
    add_events(db, 2, age_days=6, topic="recent")
    add_events(db, 1, age_days=0, topic="new")
    assert purge_old_events(db, 7) == 3
    assert stored_topics(db) == ["recent", "recent", "new"]


def test_purge_keeps_the_newest_event_so_sqlite_never_reuses_an_id(db, bus):
    add_events(db, 4, age_days=30, topic="holiday")
    assert purge_old_events(db, 7) == 3
    assert stored_topics(db) == ["holiday"]
    with db.session_factory() as session:
        newest = session.scalar(select(EventRow.id))
    with db.unit_of_work() as session:
        after = bus.publish(session, "turns.issued")
    assert after.id > newest


def test_purge_works_in_bounded_batches_and_finishes_at_the_next_start(db):
    add_events(db, 25, age_days=10, topic="old")
    add_events(db, 1, age_days=0, topic="new")
    assert purge_old_events(db, 7, batch_size=10, max_batches=2) == 20
    assert purge_old_events(db, 7, batch_size=10, max_batches=2) == 5
    assert purge_old_events(db, 7, batch_size=10, max_batches=2) == 0
    assert stored_topics(db) == ["new"]


def test_purge_of_an_empty_table_deletes_nothing(db):
    assert purge_old_events(db, 7) == 0


def test_purge_refuses_to_keep_events_less_than_a_day(db):
    with pytest.raises(ValueError):
        purge_old_events(db, 0)
