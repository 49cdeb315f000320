"""A session's history as people read it: who or what made each change, each changed field as
"before → after" with local times and h:mm durations (never raw JSON), and the note the service
stored (in English, for the record) as a translated sentence: `note_text` recognises every note
the service writes, old rows included; a note it does not know is shown as stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from timedesk.clockify.journal import BACKFILL_ACTOR, MONITOR_ACTOR, WEBHOOK_ACTOR
from timedesk.clockify.views import HistoryEntry
from timedesk.durations import hours_minutes
from timedesk.ui.clockify.event_names import event_text, event_title
from timedesk.ui.clockify.sessions_format import NO_VALUE, local_time, status_title

# shown in this order; ids and offsets are bookkeeping and left out
FIELDS = ("status", "start_at", "end_at", "duration_seconds", "valid_start_at", "valid_end_at",
          "valid_duration_seconds", "running", "overtime", "edits", "description",
          "project_name", "client_name", "task_name", "tags", "billable", "time_zone",
          "observation", "decided_by", "deleted")
SUMMARY = ("start_at", "end_at", "duration_seconds", "status")  # of a new session


@dataclass(frozen=True)
class HistoryLine:
    when: str
    who: str
    what: str
    changes: list[str]
    note: str


def field_title(name: str) -> str:
    return {
        "status": Q.translate("ClockifySessions", "Status"),
        "start_at": Q.translate("ClockifySessions", "Start"),
        "end_at": Q.translate("ClockifySessions", "End"),
        "duration_seconds": Q.translate("ClockifySessions", "Duration"),
        "valid_start_at": Q.translate("ClockifySessions", "Valid start"),
        "valid_end_at": Q.translate("ClockifySessions", "Valid end"),
        "valid_duration_seconds": Q.translate("ClockifySessions", "Valid duration"),
        "running": Q.translate("ClockifySessions", "Running"),
        "overtime": Q.translate("ClockifySessions", "Overtime"),
        "edits": Q.translate("ClockifySessions", "Edits"),
        "description": Q.translate("ClockifySessions", "Description"),
        "project_name": Q.translate("ClockifySessions", "Project"),
        "client_name": Q.translate("ClockifySessions", "Client"),
        "task_name": Q.translate("ClockifySessions", "Task"),
        "tags": Q.translate("ClockifySessions", "Tags"),
        "billable": Q.translate("ClockifySessions", "Billable"),
        "time_zone": Q.translate("ClockifySessions", "Time zone"),
        "observation": Q.translate("ClockifySessions", "Observation"),
        "decided_by": Q.translate("ClockifySessions", "Decided by"),
        "deleted": Q.translate("ClockifySessions", "Deleted"),
    }.get(name, name)


def value_text(name: str, value: Any) -> str:
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, bool):
        if value:
            return Q.translate("ClockifySessions", "yes")
        return Q.translate("ClockifySessions", "no")
    if name.endswith("_at") and isinstance(value, str):
        try:
            return local_time(datetime.fromisoformat(value), seconds=True)
        except ValueError:
            return value
    if name.endswith("duration_seconds"):
        return hours_minutes(int(value))
    if name == "status":
        return status_title(str(value))
    if name == "tags" and isinstance(value, list):
        return ", ".join(str(t.get("name") or t.get("id")) if isinstance(t, dict) else str(t)
                         for t in value) or NO_VALUE
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


def who_text(actor: str) -> str:
    known = {WEBHOOK_ACTOR: Q.translate("ClockifySessions", "Clockify (webhook)"),
             MONITOR_ACTOR: Q.translate("ClockifySessions", "Overtime monitor"),
             BACKFILL_ACTOR: Q.translate("ClockifySessions", "Clockify (back-fill)"),
             "demo:clockify": Q.translate("ClockifySessions", "Demo data")}
    if actor in known:
        return known[actor]
    kind, _, name = actor.partition(":")
    if kind == "user" and name:
        return name
    if kind == "token" and name:
        return Q.translate("ClockifySessions", "API token {name}").format(name=name)
    return actor


def what_text(action: str) -> str:
    kind = action.rpartition(".")[2]
    return {"started": Q.translate("ClockifySessions", "Timer started"),
            "stopped": Q.translate("ClockifySessions", "Timer stopped"),
            "created": Q.translate("ClockifySessions", "Created"),
            "restored": Q.translate("ClockifySessions", "Restored"),
            "edited": Q.translate("ClockifySessions", "Edited"),
            "deleted": Q.translate("ClockifySessions", "Deleted"),
            "approved": Q.translate("ClockifySessions", "Approved"),
            "rejected": Q.translate("ClockifySessions", "Rejected"),
            "overtime": Q.translate("ClockifySessions", "Overtime flagged"),
            }.get(kind, kind.replace("_", " ").capitalize())


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """One line per changed field; a new session lists its times and status."""
    after = after or {}
    if before is None:
        return [f"{field_title(f)}: {value_text(f, after.get(f))}" for f in SUMMARY if f in after]
    return [f"{field_title(f)}: {value_text(f, before.get(f))} → {value_text(f, after.get(f))}"
            for f in FIELDS if before.get(f) != after.get(f)]


def _reason(text: str) -> str | None:
    """A verdict or reason the service writes after an event (timedesk.clockify.sessions and
    .manual), translated; None when it is not one of them."""
    return {
        "entry made by hand, under review": Q.translate(
            "ClockifyNotes", "entry made by hand, under review"),
        "edit of an unseen entry, under review": Q.translate(
            "ClockifyNotes", "change of an entry timedesk had not seen, under review"),
        "its start was not received": Q.translate(
            "ClockifyNotes", "its start was not received"),
        "delete of an entry timedesk had not seen": Q.translate(
            "ClockifyNotes", "delete of an entry timedesk had not seen"),
        "first small correction, accepted": Q.translate(
            "ClockifyNotes", "first small correction, accepted"),
        "change needs review": Q.translate("ClockifyNotes", "the change needs review"),
    }.get(text)


_OVERTIME = re.compile(r"^running longer than (?P<hours>[0-9.]+) h$")
_EDITED = re.compile(r"^edited in timedesk(?: \((?P<verdict>[^)]*)\))?: (?P<note>.*)$", re.S)


def _with_note(sentence: str, note: str) -> str:
    return Q.translate("ClockifyNotes", "{sentence}: “{note}”").format(
        sentence=sentence, note=note) if note else sentence


def note_text(note: str | None) -> str:
    """The stored history note as a sentence in the interface's language: "TIMER_STOPPED: its
    start was not received" reads "Timer stopped (TIMER_STOPPED): its start was not received";
    a person's own words (a rejection's reason) are kept as typed, in quotes."""
    stored = (note or "").strip()
    head, _, rest = stored.partition(": ")
    if event_title(head) is not None and (not rest or _reason(rest) is not None):
        return f"{event_text(head)}: {_reason(rest)}" if rest else event_text(head)
    if head in ("approved", "rejected"):
        return _with_note(Q.translate("ClockifySessions", "Approved") if head == "approved"
                          else Q.translate("ClockifySessions", "Rejected"), rest)
    if head in ("created by hand in timedesk", "created by hand in timedesk, under review"):
        return _with_note(Q.translate("ClockifyNotes", "Recorded by hand in timedesk")
                          if head.endswith("timedesk") else Q.translate(
                              "ClockifyNotes", "Recorded by hand in timedesk, under review"),
                          rest)
    if head == "deleted in timedesk":
        return _with_note(Q.translate("ClockifyNotes", "Deleted in timedesk"), rest)
    edited = _EDITED.match(stored)
    if edited:
        verdict = edited["verdict"]
        sentence = Q.translate("ClockifyNotes", "Corrected in timedesk")
        if verdict:
            sentence = Q.translate("ClockifyNotes", "Corrected in timedesk ({verdict})").format(
                verdict=_reason(verdict) or verdict)
        return _with_note(sentence, edited["note"])
    overtime = _OVERTIME.match(stored)
    if overtime:
        return Q.translate("ClockifyNotes", "Running longer than {hours} h").format(
            hours=overtime["hours"])
    return stored


def history_line(entry: HistoryEntry) -> HistoryLine:
    return HistoryLine(local_time(entry.at, seconds=True), who_text(entry.actor),
                       what_text(entry.action), changes(entry.before, entry.after),
                       note_text(entry.note))
