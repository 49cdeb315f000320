"""Durations in words for people, translated: one function per form. The numeric forms (H:MM:SS,
H:MM, M:SS) are Qt-free, in timedesk.durations; worked time in words is
timedesk.ui.formats.worked."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication


def minutes_and_seconds(seconds: float | None) -> str:
    """A measured time to the second: '–' for nothing measured, '45 s', '12 min 05 s',
    '1 h 07 min' (the turns dashboard's figures)."""
    if seconds is None:
        return "–"
    whole = int(round(seconds))
    if whole < 60:
        return QCoreApplication.translate("TurnsDashboard", "{s} s").format(s=whole)
    if whole < 3600:
        return QCoreApplication.translate("TurnsDashboard", "{m} min {s} s").format(
            m=whole // 60, s=f"{whole % 60:02d}")
    return QCoreApplication.translate("TurnsDashboard", "{h} h {m} min").format(
        h=whole // 3600, m=f"{whole % 3600 // 60:02d}")


def waited(seconds: float) -> str:
    """How long someone has waited, coarse: whole minutes ('12 min'), seconds under one
    ('40 s')."""
    minutes = int(seconds // 60)
    if minutes:
        return QCoreApplication.translate("Durations", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("Durations", "{seconds} s").format(seconds=int(seconds))


def wait_estimate(low_s: int | None, high_s: int | None) -> str:
    """The estimated wait for people: 'about 10–15 min', 'up to 5 min', or 'no estimate yet'."""
    if low_s is None or high_s is None:
        return QCoreApplication.translate("Ticket", "no estimate yet")
    low = int(low_s // 60)
    high = max(int(math.ceil(high_s / 60)), low, 1)
    if low == 0:
        return QCoreApplication.translate("Ticket", "up to {high} min").format(high=high)
    if low == high:
        return QCoreApplication.translate("Ticket", "about {minutes} min").format(minutes=low)
    return QCoreApplication.translate("Ticket", "about {low}–{high} min").format(low=low,
                                                                                high=high)
