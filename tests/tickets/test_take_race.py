"""Two technicians taking the same ticket at the same instant: exactly one wins, the other
gets a Conflict naming the winner; the history holds one assignment."""

from __future__ import annotations

import threading

import pytest

from timedesk.errors import Conflict, NotFound


def test_two_technicians_taking_one_ticket_at_once_one_wins(desk, people):
    ticket = desk.create_ticket(people.rita, "Printer", "Jams")
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def take(name):
        barrier.wait()
        try:
            results[name] = desk.take(getattr(people, name), ticket.id)
        except Exception as exc:  # noqa: BLE001 - the test looks at what each thread got
            results[name] = exc

    threads = [threading.Thread(target=take, args=(name,)) for name in ("tom", "tina")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    winners = [name for name, got in results.items() if not isinstance(got, Exception)]
    losers = [got for got in results.values() if isinstance(got, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert isinstance(losers[0], Conflict)
    assert f"already taken by {winners[0]}" in losers[0].message
    detail = desk.get_ticket(people.mara, ticket.id)
    assert (detail.ticket.assignee, detail.ticket.status) == (winners[0], "assigned")
    assert [h.after for h in detail.history if h.field == "assignee"] == [winners[0]]


def test_taking_a_taken_closed_or_invisible_ticket_is_refused(desk, people):
    ticket = desk.create_ticket(people.rita, "Printer", "Jams")
    desk.take(people.tom, ticket.id)
    with pytest.raises(Conflict, match="already yours"):
        desk.take(people.tom, ticket.id)
    with pytest.raises(Conflict, match="already taken by tom"):
        desk.take(people.tina, ticket.id)
    closed = desk.create_ticket(people.rita, "Gone", "x")
    desk.update_ticket(people.rita, closed.id, status="closed")
    with pytest.raises(Conflict, match="closed"):
        desk.take(people.tina, closed.id)
    with pytest.raises(NotFound):
        desk.take(people.tina, 999_999)
