"""Whether this PC still owes the office manager the set-up wizard: the first run (the first
administrator created here) marks it pending; finishing or closing the wizard clears it, so it
is offered once, automatically, and afterwards only from Help › Set-up wizard…. Kept with the
window state (window.ini in the user's config folder): it is this PC's."""

from __future__ import annotations

from pathlib import Path

from timedesk.ui.window_state import WindowState

PENDING = "wizard/pending"
ENDED = "wizard/ended"  # "completed" or "dismissed"


def mark_pending(config_dir: Path) -> None:
    settings = WindowState(config_dir).settings
    settings.setValue(PENDING, True)
    settings.sync()


def is_pending(config_dir: Path) -> bool:
    return WindowState(config_dir).settings.value(PENDING) in (True, "true")


def mark_ended(config_dir: Path, how: str) -> None:
    """The wizard was `how` ("completed", "dismissed"): not offered again automatically."""
    settings = WindowState(config_dir).settings
    settings.setValue(PENDING, False)
    settings.setValue(ENDED, how)
    settings.sync()


def how_ended(config_dir: Path) -> str | None:
    value = WindowState(config_dir).settings.value(ENDED)
    return value if isinstance(value, str) and value else None
