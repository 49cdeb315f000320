"""How each Clockify event changes the session log (one session per Clockify entry id).

Deliveries are at-least-once, duplicated and out of order, so events are ordered by what
Clockify says about the entry, never by arrival. An entry starts once, stops or is created once,
and only then is edited: a start, a stop or a creation for a session already past that point
(a start for any known session, a stop or creation for a closed one) is late or repeated and is
ignored; so is a copy sent while the entry ran (no end) once it is closed. A delete ends
everything but a restore; a restore that arrives before its delete tells that a delete is on its
way, and that delete is ignored when it comes. A duplicate changes nothing and writes no history;
a stop or an edit of an entry never seen creates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.clockify import topics as ev
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.journal import snapshot, write_change
from timedesk.clockify.judging import is_first_small_correction, is_overtime, seconds_between
from timedesk.clockify.models import APPROVED, UNDER_REVIEW, ClockifySession, ClockifyUser
from timedesk.clockify.payload import TimeEntry
from timedesk.clockify.users import upsert_user
from timedesk.db.base import utcnow
from timedesk.events.bus import EventBus

_CREATES = {ev.TIMER_STARTED: "started", ev.TIMER_STOPPED: "stopped",
            ev.ENTRY_DELETED: "deleted"}  # any other event creates a plain "created" session


@dataclass(frozen=True)
class Applied:
    session_id: int | None
    outcome: str  # started, stopped, created, edited, deleted, restored, unchanged, ignored: ...


def apply_entry(session: Session, bus: EventBus, event: str, entry: TimeEntry,
                rules: ClockifyRules, actor: str) -> Applied:
    """Apply one event about `entry` in the caller's transaction (see the module rules)."""
    user = upsert_user(session, bus, actor, entry.user_id, name=entry.user_name,
                       status=entry.user_status, email=entry.user_email)
    row = session.scalar(select(ClockifySession).where(ClockifySession.clockify_id == entry.id)
                         .with_for_update())
    if row is None:
        return _create(session, bus, event, entry, user, rules, actor)
    before = snapshot(row)
    kind, note = _change(row, event, entry, user, rules)
    if kind.startswith("ignored"):
        return Applied(row.id, kind)
    changed = write_change(session, bus, actor, row, before, kind, note, event)
    return Applied(row.id, kind if changed else "unchanged")


def _create(session: Session, bus: EventBus, event: str, entry: TimeEntry,
            user: ClockifyUser | None, rules: ClockifyRules, actor: str) -> Applied:
    kind = _CREATES.get(event, "created")
    status, edits, note = APPROVED, 0, event
    if event == ev.ENTRY_CREATED and rules.manual_entries_need_review:
        status, note = UNDER_REVIEW, f"{event}: entry made by hand, under review"
    elif event in (ev.ENTRY_UPDATED, ev.ENTRY_SPLIT):
        # An edit of an entry never seen: there is no earlier version to judge it against.
        status, edits, note = UNDER_REVIEW, 1, f"{event}: edit of an unseen entry, under review"
    elif event == ev.TIMER_STOPPED:
        note = f"{event}: its start was not received"
    elif event == ev.ENTRY_DELETED:
        note = f"{event}: delete of an entry timedesk had not seen"
    if kind != "deleted":  # what the entry is, whichever event brought it first
        kind = "started" if entry.running else ("stopped" if kind == "stopped" else "created")
    row = ClockifySession(
        clockify_id=entry.id, created_by_event=event[:40], status=status, edits=edits,
        running=entry.running, start_at=entry.start, end_at=entry.end,
        duration_seconds=entry.duration_seconds, valid_start_at=entry.start,
        valid_end_at=entry.end, valid_duration_seconds=entry.duration_seconds,
        overtime=is_overtime(entry.duration_seconds, rules.overtime_threshold),
        deleted=event == ev.ENTRY_DELETED, deleted_at=utcnow() if kind == "deleted" else None,
        late_delete_expected=event == ev.ENTRY_RESTORED,
        created_at=utcnow(), updated_at=utcnow())
    _copy_details(row, entry, user)
    session.add(row)
    session.flush()  # the loser of a concurrent insert fails here; the caller retries
    write_change(session, bus, actor, row, None, kind, note, event)
    return Applied(row.id, kind)


def _change(row: ClockifySession, event: str, entry: TimeEntry, user: ClockifyUser | None,
            rules: ClockifyRules) -> tuple[str, str]:
    """Change `row` for `event`; returns (kind of change, history note)."""
    if row.deleted:
        if event != ev.ENTRY_RESTORED:
            return "ignored: the session is deleted", ""
        row.deleted, row.deleted_at = False, None
        verdict = _take_entry(row, entry, user, rules)
        return "restored", _note(event, verdict)
    stale = _stale(row, event, entry)
    if stale:
        return f"ignored: {stale}", ""
    if event == ev.ENTRY_DELETED:
        row.deleted, row.deleted_at = True, utcnow()
        return "deleted", event
    if event == ev.ENTRY_RESTORED:  # its delete has not come yet: it is late when it does
        row.late_delete_expected = True
    was_running = row.running
    verdict = _take_entry(row, entry, user, rules)
    return ("stopped" if was_running and not row.running else "edited"), _note(event, verdict)


def _stale(row: ClockifySession, event: str, entry: TimeEntry) -> str:
    """Why `event` about a live session is older than what the session already holds ("" when
    it is not): Clockify starts, stops and creates an entry once, and an entry never runs again
    once closed."""
    if event == ev.TIMER_STARTED:
        return "late or repeated start"  # never reopens a stopped session
    if event == ev.ENTRY_CREATED:
        return "late or repeated creation"
    if event == ev.TIMER_STOPPED and not row.running:
        return "late or repeated stop"
    if event in (ev.ENTRY_UPDATED, ev.ENTRY_SPLIT, ev.BACKFILL) and entry.running \
            and not row.running:
        return "a copy sent while the entry ran, after it stopped"
    if event == ev.ENTRY_DELETED and row.late_delete_expected:
        row.late_delete_expected = False
        return "a delete older than the restore already applied"
    return ""


def _note(event: str, verdict: str) -> str:
    return f"{event}: {verdict}" if verdict else event


def _copy_details(row: ClockifySession, entry: TimeEntry, user: ClockifyUser | None) -> None:
    """Everything but the times. A REST copy may carry ids without names: a known name of the
    same project or task is kept rather than erased."""
    row.user_id = user.id if user is not None else row.user_id
    row.workspace_id = entry.workspace_id or row.workspace_id
    row.description = entry.description
    same_project = entry.project_id == row.project_id
    row.project_id = entry.project_id
    row.project_name = entry.project_name or (row.project_name if same_project else None)
    row.client_name = entry.client_name or (row.client_name if same_project else None)
    same_task = entry.task_id == row.task_id
    row.task_id = entry.task_id
    row.task_name = entry.task_name or (row.task_name if same_task else None)
    known = {t.get("id"): t.get("name") for t in row.tags or () if t.get("id")}
    row.tags = [{"id": t.id, "name": t.name or known.get(t.id)} for t in entry.tags]
    row.billable = entry.billable if entry.billable is not None else row.billable
    if entry.time_zone is not None:  # only 2025+ bodies carry it; older ones must not erase it
        row.time_zone = entry.time_zone
    if entry.offset_start is not None:
        row.offset_start = entry.offset_start
    if entry.offset_end is not None:
        row.offset_end = entry.offset_end


def judge_time_change(row: ClockifySession, new_start: datetime, new_end: datetime | None,
                      rules: ClockifyRules) -> str:
    """Count an edit of start/end (by Clockify or by a person) and judge it: the first small
    correction goes into the valid times; anything else puts the session under review, its
    valid times waiting for a person's decision. Returns the verdict for the history row."""
    accepted = is_first_small_correction(
        row.start_at, row.end_at, new_start, new_end, earlier_edits=row.edits,
        decided=row.decided_by is not None, tolerance=rules.edit_tolerance)
    row.edits += 1
    if accepted:
        row.valid_start_at, row.valid_end_at = new_start, new_end
        return "first small correction, accepted"
    row.status = UNDER_REVIEW
    return "change needs review"


def _take_entry(row: ClockifySession, entry: TimeEntry, user: ClockifyUser | None,
                rules: ClockifyRules) -> str:
    """Take the entry's details and times; returns how a change of times was judged."""
    _copy_details(row, entry, user)
    closing = row.running and entry.end is not None
    # A copy without an end (sent while it ran, delivered late) never reopens a closed session.
    new_start, new_end = entry.start, entry.end if entry.end is not None else row.end_at
    moved = new_start != row.start_at or (row.end_at is not None and new_end != row.end_at)
    verdict = judge_time_change(row, new_start, new_end, rules) if moved else ""
    if closing and row.valid_end_at is None:
        row.valid_end_at = new_end
    row.start_at, row.end_at, row.running = new_start, new_end, new_end is None
    row.duration_seconds = seconds_between(new_start, new_end)
    row.valid_duration_seconds = seconds_between(row.valid_start_at, row.valid_end_at)
    if not row.running:  # running sessions are flagged by the monitor, never unflagged here
        row.overtime = is_overtime(row.duration_seconds, rules.overtime_threshold)
    return verdict
