"""Punching in and out, breaks, corrections, status and "who is in"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from timedesk.punches.models import ACTIONS, STATES, Punch

__all__ = ["ACTIONS", "STATES", "PunchInfo"]


@dataclass(frozen=True)
class PunchInfo:
    """One punch as the faces show it; `state` is the state it leaves the employee in."""

    id: int
    employee_id: int
    action: str
    at: datetime
    state: str
    correction: bool
    reason: str | None
    source: str
    replaces_id: int | None
    voided: bool = False

    @classmethod
    def of(cls, row: Punch) -> PunchInfo:
        return cls(row.id, row.employee_id, row.action, row.at, state_after(row.action),
                   row.correction, row.reason, row.source, row.replaces_id, row.voided)


def state_after(action: str) -> str:
    """The state an action leaves: in and break_end -> working, break_start -> on_break,
    out -> out."""
    return {"in": "working", "break_end": "working", "break_start": "on_break"}.get(action, "out")
