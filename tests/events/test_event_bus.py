"""In-process publish/subscribe: what a subscriber in the publishing process sees."""

from __future__ import annotations

import pytest
from event_helpers import collect
from sqlalchemy import func, select

from timedesk.events.models import EventRow


def test_subscriber_gets_the_event_only_once_the_transaction_commits(db, bus):
    received = collect(bus)
    with db.unit_of_work() as session:
        published = bus.publish(session, "turns.issued", {"turn_id": 7})
        assert received == []
    assert [(e.id, e.topic, e.payload) for e in received] == [(published.id, "turns.issued",
                                                                {"turn_id": 7})]
    assert received[0].origin == bus.origin


def test_event_of_a_rolled_back_transaction_is_never_delivered_nor_stored(db, bus):
    received = collect(bus)
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as session:
            bus.publish(session, "turns.issued", {"turn_id": 7})
            raise RuntimeError("the use case failed after publishing")
    assert received == []
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == 0


def test_exact_prefix_and_star_subscriptions_each_get_their_topics(db, bus):
    exact, prefix, everything = collect(bus, "turns.called"), collect(bus, "turns."), collect(bus)
    with db.unit_of_work() as session:
        for topic in ("turns.called", "turns.issued", "tickets.created", "turnstile.moved"):
            bus.publish(session, topic)
    assert [e.topic for e in exact] == ["turns.called"]
    assert [e.topic for e in prefix] == ["turns.called", "turns.issued"]
    assert [e.topic for e in everything] == ["turns.called", "turns.issued", "tickets.created",
                                             "turnstile.moved"]


def test_failing_subscriber_breaks_neither_the_publisher_nor_other_subscribers(db, bus, caplog):
    def broken(_event):
        raise ValueError("subscriber bug")

    bus.subscribe("*", broken)
    after = collect(bus)
    with db.unit_of_work() as session:
        bus.publish(session, "tickets.created", {"ticket_id": 1})
    assert [e.topic for e in after] == ["tickets.created"]
    assert "subscriber bug" in caplog.text
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == 1


def test_unsubscribed_callback_gets_nothing_more(db, bus):
    received: list = []
    unsubscribe = bus.subscribe("*", received.append)
    with db.unit_of_work() as session:
        bus.publish(session, "a.one")
    unsubscribe()
    with db.unit_of_work() as session:
        bus.publish(session, "a.two")
    assert [e.topic for e in received] == ["a.one"]


def test_same_event_id_delivered_twice_reaches_subscribers_once(db, bus):
    received = collect(bus)
    with db.unit_of_work() as session:
        bus.publish(session, "a.one")
    bus.deliver(received[0])  # what a feed does when an event also comes back from the database
    assert len(received) == 1


def test_a_closed_context_is_freed_with_its_engine_though_its_bus_and_notices_listened(env):
    """The bus (and the Clockify notices, left attached) listen to the session factory's
    commits; SQLAlchemy's registry of those listeners must not keep the context alive: every
    context of a long-running process (each test of the suite) stayed in memory with its
    engine and compiled statements, and the per-test garbage collection grew to a second."""
    import gc
    import weakref

    from timedesk.app import build_context
    from timedesk.clockify.notices import ClockifyNotices

    context = build_context(env)
    notices = ClockifyNotices(context.db, context.bus, context.settings)
    notices.attach()
    received = collect(context.bus)
    with context.db.unit_of_work() as session:
        context.bus.publish(session, "turns.issued")
    assert [e.topic for e in received] == ["turns.issued"]  # the weakly held hooks still run
    engine, bus = weakref.ref(context.db.engine), weakref.ref(context.bus)
    context.close()
    del context, notices, received, session
    gc.collect()
    assert bus() is None and engine() is None


def test_stopped_notices_leave_the_session_hooks_of_the_bus_in_place(db, bus):
    from timedesk.clockify.notices import ClockifyNotices

    notices = ClockifyNotices(db, bus, None)
    notices.attach()
    assert notices.running
    notices.detach()
    assert not notices.running
    received = collect(bus)
    with db.unit_of_work() as session:
        bus.publish(session, "turns.issued")
    assert [e.topic for e in received] == ["turns.issued"]
