"""The ticket's moves: exactly the issue's list; any other is a Conflict naming both statuses,
and through the service nothing of it is stored."""

from __future__ import annotations

import pytest

from timedesk.errors import Conflict
from timedesk.tickets.lifecycle import MOVES, OPEN_STATUSES, STATUSES, WAITING, check_move

ISSUE_MOVES = {
    ("new", "assigned"), ("new", "resolved"), ("new", "closed"),
    *{(start, end) for start in ("assigned", "reopened")
      for end in ("in_progress", "waiting_requester", "waiting_third_party", "resolved")},
    ("in_progress", "waiting_requester"), ("in_progress", "waiting_third_party"),
    ("in_progress", "resolved"),
    *{(start, end) for start in WAITING for end in ("in_progress", "resolved")},
    ("resolved", "closed"), ("resolved", "reopened"), ("closed", "reopened"),
}


def test_the_moves_are_exactly_the_issues_list():
    assert {(start, end) for start, ends in MOVES.items() for end in ends} == ISSUE_MOVES
    assert set(MOVES) == set(STATUSES)
    assert set(OPEN_STATUSES) == set(STATUSES) - {"resolved", "closed"}


@pytest.mark.parametrize(("before", "after"), sorted(ISSUE_MOVES))
def test_every_legal_move_is_allowed(before, after):
    assert check_move(before, after) is None


ILLEGAL = sorted((start, end) for start in STATUSES for end in STATUSES
                 if (start, end) not in ISSUE_MOVES)


@pytest.mark.parametrize(("before", "after"), ILLEGAL)
def test_every_other_move_is_a_conflict_naming_both_statuses(before, after):
    with pytest.raises(Conflict) as refused:
        check_move(before, after)
    assert f"'{before}'" in refused.value.message and f"'{after}'" in refused.value.message
