"""A person's decision on a session: approve (the Clockify times become the valid times) or
reject (the valid times stay). Both need clockify.approve and are written to the history."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
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


def approve_sessions(db: Database, bus: EventBus, actor: Actor, session_ids: Iterable[int],
                     note: str = "") -> list[SessionInfo]:
    """Approve several closed sessions in one transaction, in the order given (each as
    `approve_session`, each with its history row). All or nothing: when one is missing,
    deleted or running, none is approved and the Conflict names them."""
    ids = list(dict.fromkeys(session_ids))
    if not ids:
        raise ValidationError("no session to approve.", "Select the sessions to approve first.")
    note = _checked(actor, note)

    def work(session: Session) -> list[SessionInfo]:
        rows = {row.id: row for row in session.scalars(
            select(ClockifySession).where(ClockifySession.id.in_(ids))
            .order_by(ClockifySession.id).with_for_update())}
        refused = [f"#{i}" for i in ids if i not in rows or _not_decidable(rows[i])]
        if refused:
            raise Conflict("{count} of the {total} sessions cannot be approved: {sessions}.",
                           "Sessions deleted in Clockify, still running or gone cannot be "
                           "approved; unselect them and approve the others. Nothing was "
                           "approved.", count=len(refused), total=len(ids),
                           sessions=", ".join(refused))
        return [_apply(session, bus, actor, rows[i], APPROVED, note) for i in ids]

    return run_in_transaction(db, work)


def _checked(actor: Actor, note: str) -> str:
    require(actor, Permission.CLOCKIFY_APPROVE)
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("the note is longer than {max_note} characters.", "Shorten it.",
                              max_note=MAX_NOTE)
    return note


def _not_decidable(row: ClockifySession) -> Conflict | None:
    if row.deleted:
        return Conflict("the session was deleted in Clockify.", "Deleted sessions are kept "
                        "for the record only; nothing is left to decide.")
    if row.running:
        return Conflict("the session is still running.", "Decide once its timer stops.")
    return None


def _decide(db: Database, bus: EventBus, actor: Actor, session_id: int, status: str,
            note: str) -> SessionInfo:
    note = _checked(actor, note)

    def work(session: Session) -> SessionInfo:
        row = session.get(ClockifySession, session_id, with_for_update=True)
        if row is None:
            raise NotFound("there is no Clockify session #{session_id}.",
                           "List the sessions first.", session_id=session_id)
        problem = _not_decidable(row)
        if problem is not None:
            raise problem
        return _apply(session, bus, actor, row, status, note)

    return run_in_transaction(db, work)


def _apply(session: Session, bus: EventBus, actor: Actor, row: ClockifySession, status: str,
           note: str) -> SessionInfo:
    """The decision on one locked, decidable row, with its history row and events."""
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
