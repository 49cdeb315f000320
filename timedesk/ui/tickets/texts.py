"""The words the help desk's screens share: statuses, priorities, history fields, and how near
an SLA deadline is (a level the screens colour)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from timedesk.ui.formats import date_time_text, worked_clock

NEAR_SECONDS = 3600  # a deadline within one office hour is shown amber

# levels of a deadline
OK, NEAR, BREACHED, PAUSED, MET, NONE = "ok", "near", "breached", "paused", "met", "none"


def status_title(status: str) -> str:
    titles = {"new": QCoreApplication.translate("TicketStatus", "New"),
              "assigned": QCoreApplication.translate("TicketStatus", "Assigned"),
              "in_progress": QCoreApplication.translate("TicketStatus", "In progress"),
              "waiting_requester": QCoreApplication.translate("TicketStatus",
                                                              "Waiting for requester"),
              "waiting_third_party": QCoreApplication.translate("TicketStatus",
                                                                "Waiting for third party"),
              "resolved": QCoreApplication.translate("TicketStatus", "Resolved"),
              "closed": QCoreApplication.translate("TicketStatus", "Closed"),
              "reopened": QCoreApplication.translate("TicketStatus", "Reopened")}
    return titles.get(status, status)


def priority_title(priority: str) -> str:
    titles = {"low": QCoreApplication.translate("TicketPriority", "Low"),
              "normal": QCoreApplication.translate("TicketPriority", "Normal"),
              "high": QCoreApplication.translate("TicketPriority", "High"),
              "urgent": QCoreApplication.translate("TicketPriority", "Urgent")}
    return titles.get(priority, priority)


def field_title(field: str) -> str:
    """A history entry's field in words."""
    titles = {"status": QCoreApplication.translate("TicketFields", "Status"),
              "assignee": QCoreApplication.translate("TicketFields", "Assignee"),
              "priority": QCoreApplication.translate("TicketFields", "Priority"),
              "category": QCoreApplication.translate("TicketFields", "Category"),
              "first_response_at": QCoreApplication.translate("TicketFields",
                                                              "First response")}
    return titles.get(field, field)


def history_value(field: str, value: str | None) -> str:
    """A history entry's before or after value in words ('—' for nothing)."""
    if value is None or value == "":
        return "—"
    if field == "status":
        return status_title(value)
    if field == "priority":
        return priority_title(value)
    if field.endswith("_at"):
        try:
            return date_time_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def deadline_level(due: datetime | None, done_at: datetime | None, *, breached: bool,
                   paused: bool, office_seconds_left: int | None) -> str:
    """How a deadline stands: met or breached once its event happened; while open, paused
    (waiting), breached, near (due within NEAR_SECONDS of office time), ok; none without a
    deadline. `office_seconds_left` is the office time from now to `due` (0 when past)."""
    if due is None:
        return NONE
    if done_at is not None:
        return BREACHED if breached or done_at > due else MET
    if breached:
        return BREACHED
    if paused:
        return PAUSED
    if office_seconds_left is not None and office_seconds_left <= NEAR_SECONDS:
        return NEAR if office_seconds_left > 0 else BREACHED
    return OK


def level_title(level: str) -> str:
    titles = {OK: QCoreApplication.translate("TicketSla", "on time"),
              NEAR: QCoreApplication.translate("TicketSla", "due within an office hour"),
              BREACHED: QCoreApplication.translate("TicketSla", "breached"),
              PAUSED: QCoreApplication.translate("TicketSla", "paused while waiting"),
              MET: QCoreApplication.translate("TicketSla", "met"),
              NONE: QCoreApplication.translate("TicketSla", "no deadline")}
    return titles.get(level, level)


# the label role (resources/styles/*.qss) each level is shown with
LEVEL_ROLES = {OK: "success", NEAR: "warning", BREACHED: "error", PAUSED: "hint", MET: "success",
               NONE: "hint"}


def office_hours(seconds: float | None) -> str:
    """Office time as H:MM hours: '3:30 office h' ('–' for nothing measured)."""
    if seconds is None:
        return "–"
    return QCoreApplication.translate("TicketSla", "{hours} office h").format(
        hours=worked_clock(seconds))
