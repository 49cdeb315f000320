"""What the Turns services return: plain frozen records the faces show or serialise (never ORM
rows, which would tie a widget or a handler to an open session)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, time
from typing import Any

from timedesk.turns.models import Desk, Turn, TurnService, allowed_actions

TOPIC_ISSUED = "turns.issued"
TOPIC_CALLED = "turns.called"  # a call or a recall: the display announces it
TOPIC_CHANGED = "turns.changed"  # started, finished, no-show, transferred
TOPIC_SHOWN = "turns.shown"  # a display acknowledges a call it showed
TOPIC_SETUP = "turns.setup"  # services or desks changed
PRIVATE_FIELDS = ("customer_name", "note")


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name: str
    colour: str
    active: bool
    opens_at: time | None
    closes_at: time | None
    priority_allowed: bool

    @classmethod
    def of(cls, row: TurnService) -> ServiceInfo:
        return cls(row.id, row.code, row.name, row.colour, row.active, row.opens_at,
                   row.closes_at, row.priority_allowed)

    def hours_text(self) -> str:
        if self.opens_at is None or self.closes_at is None:
            return ""
        return f"{self.opens_at:%H:%M}-{self.closes_at:%H:%M}"


@dataclass(frozen=True)
class DeskInfo:
    id: int
    name: str
    active: bool
    paused: bool
    service_codes: tuple[str, ...]
    staff: tuple[str, ...]
    holder: str | None

    @classmethod
    def of(cls, row: Desk, staff: tuple[str, ...] = ()) -> DeskInfo:
        return cls(row.id, row.name, row.active, row.paused,
                   tuple(s.code for s in row.services), staff, row.holder)


@dataclass(frozen=True)
class TurnInfo:
    id: int
    number: str
    service_code: str
    service_name: str
    colour: str
    priority: bool
    status: str
    issued_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    desk: str | None
    calls: int
    customer_name: str | None
    note: str | None
    estimate_low_s: int | None
    estimate_high_s: int | None
    ahead: int | None = None  # people ahead when it was issued (tickets, the API)

    @classmethod
    def of(cls, turn: Turn, service: TurnService, desk: Desk | None,
           ahead: int | None = None) -> TurnInfo:
        return cls(turn.id, turn.number, service.code, service.name, service.colour,
                   turn.priority, turn.status, turn.issued_at, turn.called_at, turn.started_at,
                   turn.finished_at, desk.name if desk else None, turn.calls, turn.customer_name,
                   turn.note, turn.estimate_low_s, turn.estimate_high_s, ahead)

    def allowed_actions(self) -> frozenset[str]:
        """What its desk may do with this turn now (turns.models.allowed_actions)."""
        return allowed_actions(self.status)

    def public(self) -> dict[str, Any]:
        """What may be shown in public (the display, its web feed): never the name or note."""
        return {"id": self.id, "number": self.number, "service": self.service_code,
                "service_name": self.service_name, "colour": self.colour, "desk": self.desk,
                "priority": self.priority}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("issued_at", "called_at", "started_at", "finished_at"):
            data[key] = data[key].isoformat() if data[key] else None
        return data

    def for_api(self) -> dict[str, Any]:
        """The turn for integrations (the HTTP API): everything but what the customer told
        reception (their name and note), which only the desks' own screens show."""
        data = self.to_json()
        for private in PRIVATE_FIELDS:
            del data[private]
        return data


@dataclass(frozen=True)
class CallResult:
    """A call (or recall) and the event that announces it (the display acknowledges its id)."""

    turn: TurnInfo
    event_id: int
    finished: TurnInfo | None = None  # the desk's previous turn, closed by Call next


@dataclass(frozen=True)
class WaitingSummary:
    service_code: str
    service_name: str
    colour: str
    waiting: int
    longest_wait_s: int
