"""What a person does by hand to the session log in timedesk (the GUI and the API call these):
create a session Clockify never sent, correct one, delete one, and type in a Clockify user.

Every change goes through the journal (timedesk.clockify.journal) with the person as the actor,
exactly like the changes webhooks make, so the history cannot tell a face apart from another.
Times a person changes are judged by the same rule as Clockify's edits: the first small
correction is accepted, anything else puts the session under review for a decision.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.journal import snapshot, write_change
from timedesk.clockify.judging import is_overtime, seconds_between
from timedesk.clockify.models import APPROVED, UNDER_REVIEW, ClockifySession, ClockifyUser
from timedesk.clockify.sessions import judge_time_change
from timedesk.clockify.users import clean_email, upsert_user
from timedesk.clockify.views import SessionInfo, UserInfo
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.db.txn import run_in_transaction
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus

MANUAL_EVENT = "MANUAL"  # created_by_event and history cause of what a person did in timedesk
MANUAL_ID_PREFIX = "manual-"  # such sessions have no Clockify entry: their key is made here
MAX_NOTE = 2000
MAX_DESCRIPTION = 5000
MAX_PROJECT = 300
EDITABLE = ("description", "project", "start", "end")
_CLOCKIFY_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _note(note: str | None, *, required: bool) -> str:
    text = (note or "").strip()
    if required and not text:
        raise ValidationError("this change needs a note.", "Say why the session is changed.")
    if len(text) > MAX_NOTE:
        raise ValidationError("the note is longer than {max_note} characters.", "Shorten it.",
                              max_note=MAX_NOTE)
    return text


def _moment(value: Any, name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError("the {name} must be an aware date and time.",
                              "Give it in ISO-8601 with a zone, e.g. 2025-06-16T07:05:00Z.",
                              name=name)
    return value.replace(microsecond=0)


def _description(value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError("the description must be text.", "Send a string (may be empty).")
    if len(value) > MAX_DESCRIPTION:
        raise ValidationError("the description is longer than {max_description} characters.",
                              "Shorten it.", max_description=MAX_DESCRIPTION)
    return value


def _project(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationError("the project must be a name (text) or null.", "")
    text = (value or "").strip()
    if len(text) > MAX_PROJECT:
        raise ValidationError("the project name is longer than {max_project} characters.",
                              "Shorten it.", max_project=MAX_PROJECT)
    return text or None


def _check_order(start: datetime, end: datetime | None) -> None:
    if end is not None and end < start:
        raise ValidationError("the session ends before it starts.",
                              "Give an end on or after the start.")


def _info(session: Session, row: ClockifySession) -> SessionInfo:
    user = session.get(ClockifyUser, row.user_id) if row.user_id is not None else None
    return SessionInfo.of(row, user)


def create_manual_session(db: Database, bus: EventBus, actor: Actor, *, user_id: int,
                          description: str, start: datetime, end: datetime,
                          project_name: str | None = None, note: str = "",
                          rules: ClockifyRules = ClockifyRules()) -> SessionInfo:
    """Record a session a person reports by hand (needs clockify.manage). It starts under
    review when clockify.manual_entries_need_review is on, like NEW_TIME_ENTRY; its key is a
    made-up `manual-...` id, since Clockify never saw it."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    start, end = _moment(start, "start"), _moment(end, "end")
    _check_order(start, end)
    description, project = _description(description), _project(project_name)
    note = _note(note, required=False)
    status = UNDER_REVIEW if rules.manual_entries_need_review else APPROVED
    duration = seconds_between(start, end)

    def work(session: Session) -> SessionInfo:
        user = session.get(ClockifyUser, user_id)
        if user is None:
            raise NotFound("there is no Clockify user #{user_id}.",
                           "List the users first, or create the user.", user_id=user_id)
        row = ClockifySession(
            clockify_id=f"{MANUAL_ID_PREFIX}{uuid.uuid4().hex}", user_id=user.id,
            created_by_event=MANUAL_EVENT, status=status, edits=0, running=False,
            description=description, project_name=project, tags=[], start_at=start, end_at=end,
            duration_seconds=duration, valid_start_at=start, valid_end_at=end,
            valid_duration_seconds=duration,
            overtime=is_overtime(duration, rules.overtime_threshold),
            deleted=False, created_at=utcnow(), updated_at=utcnow())
        session.add(row)
        session.flush()
        text = "created by hand in timedesk" + (", under review" if status == UNDER_REVIEW
                                                else "")
        write_change(session, bus, actor, row, None, "created",
                     f"{text}: {note}" if note else text, MANUAL_EVENT)
        return SessionInfo.of(row, user)

    return run_in_transaction(db, work)


def update_session(db: Database, bus: EventBus, actor: Actor, session_id: int, *, note: str,
                   rules: ClockifyRules = ClockifyRules(), **changes: Any) -> SessionInfo:
    """Correct `description`, `project` (a name), `start` or `end` of a session (needs
    clockify.manage; a note is required). A change of times counts as an edit and is judged
    like Clockify's: only a first small correction reaches the valid times, anything else puts
    the session under review. Unchanged values write no history. A running session's end and a
    deleted session cannot be changed (Conflict)."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("unknown session field(s): {unknown}.",
                              "Editable fields: {editable}.",
                              unknown=', '.join(sorted(unknown)), editable=', '.join(EDITABLE))
    if not changes:
        raise ValidationError("nothing to change.", "Give one of: {editable}.",
                              editable=', '.join(EDITABLE))
    note = _note(note, required=True)
    values: dict[str, Any] = {}
    if "description" in changes:
        values["description"] = _description(changes["description"])
    if "project" in changes:
        values["project"] = _project(changes["project"])
    for name in ("start", "end"):
        if name in changes:
            values[name] = _moment(changes[name], name)

    def work(session: Session) -> SessionInfo:
        row = _locked_session(session, session_id)
        if row.deleted:
            raise Conflict("the session is deleted.", "Deleted sessions are kept for the record "
                                                      "only.")
        if row.running and "end" in values:
            raise Conflict("the session is still running.",
                           "Stop its timer in Clockify, then correct its end.")
        before = snapshot(row)
        if "description" in values:
            row.description = values["description"]
        if "project" in values and values["project"] != row.project_name:
            # A name typed here no longer matches Clockify's project id or client.
            row.project_name, row.project_id, row.client_name = values["project"], None, None
        verdict = _change_times(row, values.get("start", row.start_at),
                                values.get("end", row.end_at), rules)
        text = f"edited in timedesk ({verdict}): {note}" if verdict else \
            f"edited in timedesk: {note}"
        write_change(session, bus, actor, row, before, "edited", text, MANUAL_EVENT)
        return _info(session, row)

    return run_in_transaction(db, work)


def _change_times(row: ClockifySession, new_start: datetime, new_end: datetime | None,
                  rules: ClockifyRules) -> str:
    """The times of a person's correction, judged as sessions.py judges Clockify's edits."""
    _check_order(new_start, new_end)
    if new_start == row.start_at and new_end == row.end_at:
        return ""
    verdict = judge_time_change(row, new_start, new_end, rules)
    row.start_at, row.end_at = new_start, new_end
    row.duration_seconds = seconds_between(new_start, new_end)
    row.valid_duration_seconds = seconds_between(row.valid_start_at, row.valid_end_at)
    if not row.running:
        row.overtime = is_overtime(row.duration_seconds, rules.overtime_threshold)
    return verdict


def soft_delete_session(db: Database, bus: EventBus, actor: Actor, session_id: int, *,
                        note: str) -> SessionInfo:
    """Mark a session deleted, keeping it and its history (needs clockify.manage; a note is
    required). Deleting a deleted session again changes nothing."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    note = _note(note, required=True)

    def work(session: Session) -> SessionInfo:
        row = _locked_session(session, session_id)
        if not row.deleted:
            before = snapshot(row)
            row.deleted, row.deleted_at = True, utcnow()
            write_change(session, bus, actor, row, before, "deleted",
                         f"deleted in timedesk: {note}", MANUAL_EVENT)
        return _info(session, row)

    return run_in_transaction(db, work)


def _locked_session(session: Session, session_id: int) -> ClockifySession:
    row = session.get(ClockifySession, session_id, with_for_update=True)
    if row is None:
        raise NotFound("there is no Clockify session #{session_id}.", "List the sessions first.",
                       session_id=session_id)
    return row


def create_user(db: Database, bus: EventBus, actor: Actor, *, clockify_id: str,
                name: str | None = None, email: str | None = None) -> UserInfo:
    """Type in a Clockify user timedesk has not seen in a webhook yet (needs clockify.manage),
    e.g. to give their e-mail before their first entry. Conflict when the id is known."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    clockify_id = (clockify_id or "").strip() if isinstance(clockify_id, str) else ""
    if not _CLOCKIFY_ID.match(clockify_id):
        raise ValidationError("the Clockify user id is missing or not valid.",
                              "Copy it from Clockify (letters and digits, at most 64).")
    if name is not None and not isinstance(name, str):
        raise ValidationError("the name must be text.", "")
    name = (name or "").strip()[:200] or None
    address = clean_email(email)

    def work(session: Session) -> UserInfo:
        taken = session.scalar(select(ClockifyUser.id)
                               .where(ClockifyUser.clockify_id == clockify_id))
        if taken is not None:
            raise Conflict("the Clockify user {clockify_id} is already known (#{taken}).",
                           "Edit that user instead.", clockify_id=clockify_id, taken=taken)
        # upsert_user writes the history row and the event as for a user seen in a webhook.
        user = upsert_user(session, bus, actor, clockify_id, name=name, email=address)
        assert user is not None  # the id was checked above
        return UserInfo.of(user)

    return run_in_transaction(db, work)
