"""Durations as text, the same everywhere (files, the command line, the GUI's figures): one
function per output form, Qt-free. The GUI's translated forms ("12 min 05 s") are in
timedesk.ui.durations."""

from __future__ import annotations


def hms(seconds: float) -> str:
    """H:MM:SS with hours past 24 (26:03:00), as the [h]:mm:ss cells show; rounded to the
    second; '-' before negatives."""
    whole = int(round(seconds))
    sign, whole = ("-" if whole < 0 else ""), abs(whole)
    hours, rest = divmod(whole, 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def hms_padded(seconds: float) -> str:
    """HH:MM:SS, hours on two digits at least (08:00:00, 26:03:00); cut to the second."""
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def hours_minutes(seconds: float | None, *, missing: str = "-") -> str:
    """H:MM (1:05 for 65 minutes); seconds are cut, not rounded, as a clock shows them; a
    negative counts as 0; `missing` for None."""
    if seconds is None:
        return missing
    hours, rest = divmod(max(0, int(seconds)), 3600)
    return f"{hours}:{rest // 60:02d}"


def minutes_seconds(seconds: float | None, *, missing: str = "-") -> str:
    """M:SS with minutes past 60 (75:03), rounded to the second; `missing` for None."""
    if seconds is None:
        return missing
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
