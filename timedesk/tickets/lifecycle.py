"""The ticket's statuses and the moves between them (pure: no database).

Moves allowed (the issue's list): new -> assigned, resolved, closed; assigned/reopened ->
in_progress, the two waiting statuses, resolved; in_progress -> the two waiting statuses,
resolved; a waiting status -> in_progress, resolved; resolved -> closed, reopened; closed ->
reopened. While a ticket waits on someone else its SLA clock pauses (WAITING)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from timedesk.errors import Conflict

STATUSES = ("new", "assigned", "in_progress", "waiting_requester", "waiting_third_party",
            "resolved", "closed", "reopened")
OPEN_STATUSES = tuple(status for status in STATUSES if status not in ("resolved", "closed"))
WAITING = frozenset({"waiting_requester", "waiting_third_party"})
PRIORITIES = ("low", "normal", "high", "urgent")

_WORKING = frozenset({"in_progress", "waiting_requester", "waiting_third_party", "resolved"})
MOVES: Mapping[str, frozenset[str]] = MappingProxyType({
    "new": frozenset({"assigned", "resolved", "closed"}),
    "assigned": _WORKING,
    "reopened": _WORKING,
    "in_progress": frozenset({"waiting_requester", "waiting_third_party", "resolved"}),
    "waiting_requester": frozenset({"in_progress", "resolved"}),
    "waiting_third_party": frozenset({"in_progress", "resolved"}),
    "resolved": frozenset({"closed", "reopened"}),
    "closed": frozenset({"reopened"}),
})


def check_move(before: str, after: str) -> None:
    """None when a ticket may go from `before` to `after`; else Conflict naming both."""
    allowed = MOVES.get(before, frozenset())
    if after not in allowed:
        choices = ", ".join(sorted(allowed)) or "none"
        raise Conflict("a ticket cannot go from '{before}' to '{after}'.",
                       "From '{before}' it may go to: {choices}.",
                       before=before, after=after, choices=choices)
