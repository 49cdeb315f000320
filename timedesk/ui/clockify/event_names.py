"""Clockify's event types as people read them: a translated name with the raw code after it,
"Timer started (NEW_TIMER_STARTED)", wherever the GUI shows one (the webhook form and list, the
error log, a session's first event and history). An event timedesk does not know keeps its
code alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from timedesk.clockify import topics
from timedesk.clockify.manual import MANUAL_EVENT


def event_title(code: str) -> str | None:
    """The translated name of a known event type or cause (None: an unknown one)."""
    return {
        topics.TIMER_STARTED: Q.translate("ClockifyEvents", "Timer started"),
        topics.TIMER_STOPPED: Q.translate("ClockifyEvents", "Timer stopped"),
        topics.ENTRY_CREATED: Q.translate("ClockifyEvents", "Entry added by hand"),
        topics.ENTRY_UPDATED: Q.translate("ClockifyEvents", "Entry changed"),
        topics.ENTRY_DELETED: Q.translate("ClockifyEvents", "Entry deleted"),
        topics.ENTRY_SPLIT: Q.translate("ClockifyEvents", "Entry split"),
        topics.ENTRY_RESTORED: Q.translate("ClockifyEvents", "Entry restored"),
        topics.BACKFILL: Q.translate("ClockifyEvents", "Read back from Clockify"),
        MANUAL_EVENT: Q.translate("ClockifyEvents", "Recorded in timedesk"),
    }.get(code)


def event_text(code: str | None) -> str:
    """"Timer started (NEW_TIMER_STARTED)"; an unknown code as it is, none as ""."""
    if not code:
        return ""
    title = event_title(code)
    return Q.translate("ClockifyEvents", "{name} ({code})").format(name=title, code=code) \
        if title else code
