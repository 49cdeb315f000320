"""Back-fill from Clockify's REST API, for when the listener was down. The face fetches pages
(`GET .../user/{id}/time-entries?hydrated=true`, `GET .../users`) and hands the JSON here; the
entries go through the same rules as webhooks, so a back-fill run twice changes nothing."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.journal import BACKFILL_ACTOR
from timedesk.clockify.payload import PayloadError, parse_rest_entry
from timedesk.clockify.sessions import apply_entry
from timedesk.clockify.topics import BACKFILL
from timedesk.clockify.users import upsert_user
from timedesk.db.database import Database
from timedesk.db.txn import run_in_transaction
from timedesk.events.bus import EventBus


@dataclass
class BackfillResult:
    outcomes: dict[str, int] = field(default_factory=dict)  # outcome -> count
    invalid: list[str] = field(default_factory=list)  # what was wrong with skipped entries

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


def import_members(db: Database, bus: EventBus, members: Iterable[Mapping[str, Any]]) -> int:
    """Upsert the workspace members (`GET /workspaces/{ws}/users`): names and, where timedesk
    has none, e-mails. Returns how many members were read."""
    read = 0
    for member in members:
        member_id = member.get("id")
        if not isinstance(member_id, str) or not member_id.strip():
            continue
        run_in_transaction(db, functools.partial(
            upsert_user, bus=bus, actor=BACKFILL_ACTOR, clockify_id=member_id.strip(),
            name=member.get("name"), status=member.get("status"), email=member.get("email")))
        read += 1
    return read


def backfill_entries(db: Database, bus: EventBus, entries: Iterable[Mapping[str, Any]], *,
                     rules: ClockifyRules,
                     members: Mapping[str, Mapping[str, Any]] | None = None) -> BackfillResult:
    """Apply REST time entries (`taskId`/`tagIds` or hydrated) one transaction each; unknown
    entries are created, known ones judged as edits. `members` maps user ids to members."""
    result = BackfillResult()
    for body in entries:
        user_id = body.get("userId") if isinstance(body, Mapping) else None
        try:
            entry = parse_rest_entry(body, (members or {}).get(user_id) if user_id else None)
        except PayloadError as exc:
            result.invalid.append(exc.message)
            continue
        if rules.workspace_id and entry.workspace_id not in (None, rules.workspace_id):
            result.count("ignored: another workspace")
            continue
        applied = run_in_transaction(db, functools.partial(
            apply_entry, bus=bus, event=BACKFILL, entry=entry, rules=rules, actor=BACKFILL_ACTOR))
        result.count(applied.outcome)
    return result
