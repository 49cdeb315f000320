"""The lobby display's state without Qt: calls, recalls, duplicates, the previous calls and
how stale the news is."""

from __future__ import annotations

from timedesk.ui.turns.display_board import DisplayBoard


def call(turn_id: int, number: str, desk: str = "1", **extra) -> dict:
    return {"turn_id": turn_id, "number": number, "desk": desk, "colour": "#aa0000",
            "service": number[0], **extra}


def test_a_new_call_becomes_current_and_the_previous_one_moves_to_the_list():
    board = DisplayBoard(recent_limit=2)
    board.add_call(call(1, "A001"), 10)
    board.add_call(call(2, "A002", "2"), 11)
    board.add_call(call(3, "B001", "3"), 12)
    assert board.current.number == "B001" and board.current.desk == "3"
    assert [c.number for c in board.recent] == ["A002", "A001"]
    board.add_call(call(4, "B002"), 13)
    assert [c.number for c in board.recent] == ["B001", "A002"]  # kept to the limit


def test_the_same_event_is_shown_once_and_a_recall_does_not_duplicate_the_turn():
    board = DisplayBoard(recent_limit=5)
    assert board.add_call(call(1, "A001"), 10) is not None
    assert board.add_call(call(1, "A001"), 10) is None  # the bus and the feed both brought it
    board.add_call(call(2, "A002"), 11)
    recalled = board.add_call(call(1, "A001", recall=True), 12)
    assert recalled.recall and board.current.turn_id == 1
    assert [c.number for c in board.recent] == ["A002"]


def test_stale_counts_from_the_last_good_news():
    now = [100.0]
    board = DisplayBoard(clock=lambda: now[0])
    now[0] = 110.0
    assert board.stale_for(15) is None
    now[0] = 120.0
    assert board.stale_for(15) == 20.0  # never heard from the database since it started
    board.set_waiting([])
    assert board.stale_for(15) is None and board.last_update_at is not None
