"""Saving a section's settings from the Connection tab: off the GUI thread (deleting a secret
may wait for the keyring) through timedesk.secret_endpoints.save_settings, so a new address
deletes the stored secret it would receive, as `timedesk config set` does."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from shiboken6 import Shiboken

from timedesk.errors import TimedeskError
from timedesk.jobs import Job
from timedesk.secret_endpoints import save_settings


async def save_form(owner: Any, button: Any, jobs: Any, title: str, settings: Any, secrets: Any,
                    values: Mapping[str, Any],
                    failed: Callable[[TimedeskError], None]) -> tuple[str, ...] | None:
    """Save `values` with `button` disabled meanwhile; the secrets deleted, or None when saving
    failed (`failed` has told the person why) or `owner` was closed meanwhile."""
    button.setEnabled(False)
    try:
        cleared = await jobs.run(Job(title, lambda progress: save_settings(settings, secrets,
                                                                           values)))
    except TimedeskError as exc:
        if Shiboken.isValid(owner):
            button.setEnabled(True)
            failed(exc)
        return None
    if not Shiboken.isValid(owner):
        return None
    button.setEnabled(True)
    return cleared
