"""The values the notice templates print: times in the session's own zone, durations as H:MM:SS,
what an edit changed (from the session's history) and why a session awaits review."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.audit.models import AuditEntry
from timedesk.clockify import topics
from timedesk.clockify.journal import ENTITY
from timedesk.clockify.report_periods import session_zones
from timedesk.clockify.views import SessionInfo
from timedesk.db.base import utcnow
from timedesk.events.bus import Event
from timedesk.export import duration_text

_FIELDS = {"es": {"description": "Descripción", "project_name": "Proyecto",
                  "task_name": "Tarea", "start_at": "Inicio", "end_at": "Fin",
                  "duration_seconds": "Duración"},
           "en": {"description": "Description", "project_name": "Project", "task_name": "Task",
                  "start_at": "Start", "end_at": "End", "duration_seconds": "Duration"}}
_REASONS = {"es": ("entrada creada manualmente en Clockify",
                   "cambio de inicio, fin o duración que necesita aprobación "
                   "(modificación n.º {edits})"),
            "en": ("entry created by hand in Clockify",
                   "change of start, end or duration that needs approval (edit #{edits})")}
_RUNNING = {"es": "en curso", "en": "running"}
_DECISIONS = {"es": {"approved": "aprobada", "rejected": "rechazada"},
              "en": {"approved": "approved", "rejected": "rejected"}}


def _moment(value: datetime | None, zone: tzinfo | None, label: str) -> str | None:
    if value is None:
        return None
    return f"{value.astimezone(zone):%d/%m/%Y %H:%M} ({label})"


def notice_values(session: Session, info: SessionInfo, event: Event, lang: str,
                  overtime_hours: float, office: tzinfo | None) -> dict[str, Any]:
    """Every placeholder of every session template (render ignores the ones it does not use)."""
    starts, ends, label = session_zones(info.time_zone, info.offset_start, info.offset_end,
                                        office)
    seconds = info.duration_seconds
    if seconds is None and info.running:  # overtime of a running session: time so far
        seconds = max(0, int((utcnow() - info.start).total_seconds()))
    project = " / ".join(p for p in (info.project_name, info.task_name) if p) or None
    user = info.user
    return {
        "user": (user.name or user.email or user.clockify_id) if user else None,
        "description": info.description or None, "project": project,
        "start": _moment(info.start, starts, label),
        "end": _moment(info.end, ends, label) or (_RUNNING[lang] if info.running else None),
        "duration": duration_text(seconds) if seconds is not None else None,
        "threshold": f"{overtime_hours:g} h",
        "reason": _reason(info, lang),
        "changes": _changes(session, info, event, lang, starts, ends, label)
        if event.topic == topics.SESSION_EDITED else None,
        **(_decision(session, info, event, lang) if event.topic == topics.SESSION_DECIDED
           else {}),
    }


def _decision(session: Session, info: SessionInfo, event: Event, lang: str) -> dict[str, Any]:
    """The decision announced by `event` and the note given with it (none: a dash); the
    history row says "approved: <note>" or "rejected: <note>"."""
    status = str((event.payload or {}).get("status", info.status))
    row = _event_row(session, info, event)
    written = (row.note or "") if row is not None else ""
    return {"decision": _DECISIONS[lang].get(status, status),
            "note": written.split(": ", 1)[1] if ": " in written else None}


def _reason(info: SessionInfo, lang: str) -> str:
    manual, edited = _REASONS[lang]
    if info.created_by_event == topics.ENTRY_CREATED and info.edits == 0:
        return manual
    return edited.format(edits=info.edits)


def _changes(session: Session, info: SessionInfo, event: Event, lang: str,
             starts: tzinfo | None, ends: tzinfo | None, label: str) -> str | None:
    """What the edit announced by `event` changed (from its history row)."""
    row = _event_row(session, info, event)
    if row is None or not row.before or not row.after:
        return None
    parts = []
    for field, name in _FIELDS[lang].items():
        old, new = row.before.get(field), row.after.get(field)
        if old != new:
            zone = starts if field == "start_at" else ends
            parts.append(f"{name}: {_show(field, old, zone, label)} → "
                         f"{_show(field, new, zone, label)}")
    return "; ".join(parts) or None


def _event_row(session: Session, info: SessionInfo, event: Event) -> AuditEntry | None:
    """The history row of the change `event` announces: the session's newest one written no
    later than the event (both are written in one transaction)."""
    return session.scalar(
        select(AuditEntry).where(AuditEntry.entity == ENTITY,
                                 AuditEntry.entity_id == str(info.id),
                                 AuditEntry.at <= event.created_at)
        .order_by(AuditEntry.id.desc()).limit(1))


def _show(field: str, value: Any, zone: tzinfo | None, label: str) -> str:
    if value is None or value == "":
        return "—"
    if field in ("start_at", "end_at"):
        return _moment(datetime.fromisoformat(value), zone, label) or "—"
    if field == "duration_seconds":
        return duration_text(value)
    return str(value)
