"""A person's decision on a session: approve (the Clockify times become the valid times) or
reject (the valid times stay). Both need clockify.approve and are written to the history."""

from __future__ import annotations

from sqlalchemy.orm import Session

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.journal import snapshot, write_change
from timedesk.clockify.models import APPROVED, REJECTED, ClockifySession, ClockifyUser
from timedesk.clockify.views import SessionInfo
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.db.txn import run_in_transaction
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus

MAX_NOTE = 2000


def approve_session(db: Database, bus: EventBus, actor: Actor, session_id: int,
                    note: str = "") -> SessionInfo:
    """Approve a closed session: its current Clockify times become its valid times.
    Approving an approved, unchanged session again is a no-op (no history row)."""
    return _decide(db, bus, actor, session_id, APPROVED, note)


def reject_session(db: Database, bus: EventBus, actor: Actor, session_id: int,
                   note: str) -> SessionInfo:
    """Reject a closed session's changes: the valid times stay as they were; a note is required
    (it becomes the session's observation)."""
    if not (note or "").strip():
        raise ValidationError("a rejection needs a note.", "Say why the session is rejected.")
    return _decide(db, bus, actor, session_id, REJECTED, note)


def _decide(db: Database, bus: EventBus, actor: Actor, session_id: int, status: str,
            note: str) -> SessionInfo:
    require(actor, Permission.CLOCKIFY_APPROVE)
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("the note is longer than {max_note} characters.", "Shorten it.",
                              max_note=MAX_NOTE)

    def work(session: Session) -> SessionInfo:
        row = session.get(ClockifySession, session_id, with_for_update=True)
        if row is None:
            raise NotFound("there is no Clockify session #{session_id}.",
                           "List the sessions first.", session_id=session_id)
        if row.deleted:
            raise Conflict("the session was deleted in Clockify.", "Deleted sessions are kept "
                           "for the record only; nothing is left to decide.")
        if row.running:
            raise Conflict("the session is still running.", "Decide once its timer stops.")
        before = snapshot(row)
        if status == APPROVED:
            row.valid_start_at, row.valid_end_at = row.start_at, row.end_at
            row.valid_duration_seconds = row.duration_seconds
        row.status = status
        row.observation = note or row.observation
        row.decided_by = actor.label
        kind = "approved" if status == APPROVED else "rejected"
        if write_change(session, bus, actor, row, before, kind,
                        f"{kind}: {note}" if note else kind, kind.upper()):
            row.decided_at = utcnow()
        user = session.get(ClockifyUser, row.user_id) if row.user_id is not None else None
        return SessionInfo.of(row, user)

    return run_in_transaction(db, work)
