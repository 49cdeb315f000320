"""The words the punch clock's screens share: states, actions, durations and times of day."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from timedesk.ui.formats import time_text

# What each state allows (the service refuses anything else with a sentence of its own).
ALLOWED = {"out": ("in",), "working": ("out", "break_start"), "on_break": ("break_end", "out")}


def allowed_actions(state: str) -> tuple[str, ...]:
    return ALLOWED.get(state, ())


def state_title(state: str) -> str:
    titles = {"out": QCoreApplication.translate("PunchStates", "Out"),
              "working": QCoreApplication.translate("PunchStates", "In"),
              "on_break": QCoreApplication.translate("PunchStates", "On a break")}
    return titles.get(state, state)


def action_title(action: str) -> str:
    titles = {"in": QCoreApplication.translate("PunchActions", "In"),
              "out": QCoreApplication.translate("PunchActions", "Out"),
              "break_start": QCoreApplication.translate("PunchActions", "Break"),
              "break_end": QCoreApplication.translate("PunchActions", "End break")}
    return titles.get(action, action)


def source_title(source: str) -> str:
    """Where a punch was made."""
    titles = {"pc": QCoreApplication.translate("PunchSources", "PC"),
              "kiosk": QCoreApplication.translate("PunchSources", "Kiosk"),
              "api": QCoreApplication.translate("PunchSources", "API"),
              "cli": QCoreApplication.translate("PunchSources", "Command line"),
              "confirmation": QCoreApplication.translate("PunchSources", "Confirmation"),
              "correction": QCoreApplication.translate("PunchSources", "Correction")}
    return titles.get(source, source)


def state_since(state: str, since: datetime | None) -> str:
    """'In since 09:02', 'On a break since 11:00', 'Out'."""
    if since is None:
        return state_title(state)
    return QCoreApplication.translate("Punches", "{state} since {time}").format(
        state=state_title(state), time=time_text(since))


def preset_title(name: str) -> str:
    titles = {"today": QCoreApplication.translate("Punches", "Today"),
              "this_week": QCoreApplication.translate("Punches", "This week"),
              "last_week": QCoreApplication.translate("Punches", "Last week"),
              "this_month": QCoreApplication.translate("Punches", "This month"),
              "last_month": QCoreApplication.translate("Punches", "Last month")}
    return titles.get(name, name)


def flag_title(flag: str) -> str:
    """A session's flag in words; a broken rule by its name (its text is the tooltip)."""
    titles = {"late": QCoreApplication.translate("SessionFlags", "late"),
              "early": QCoreApplication.translate("SessionFlags", "left early"),
              "overtime": QCoreApplication.translate("SessionFlags", "overtime"),
              "holiday": QCoreApplication.translate("SessionFlags", "holiday"),
              "open": QCoreApplication.translate("SessionFlags", "no out yet")}
    if flag.startswith("rule:"):
        return QCoreApplication.translate("SessionFlags", "rule {name}").format(
            name=flag.removeprefix("rule:"))
    return titles.get(flag, flag)
