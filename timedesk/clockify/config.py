"""The rules the session log applies, read once from the settings and passed to the services.

Services take a `ClockifyRules` instead of the whole Settings object so that a test states the
rules it needs in one line and a face cannot forget which keys matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import timedesk.clockify.settings  # noqa: F401  (declares the keys read below)
from timedesk.settings import REGISTRY


def _default(key: str) -> Any:
    return REGISTRY[key].default


@dataclass(frozen=True)
class ClockifyRules:
    overtime_hours: float = _default("clockify.overtime_hours")
    edit_tolerance_minutes: float = _default("clockify.edit_tolerance_minutes")
    manual_entries_need_review: bool = _default("clockify.manual_entries_need_review")
    workspace_id: str = _default("clockify.workspace_id")

    @classmethod
    def from_settings(cls, settings: Any) -> ClockifyRules:
        """The rules in force: `settings` is a timedesk.settings.Settings (or any mapping)."""
        return cls(overtime_hours=float(settings["clockify.overtime_hours"]),
                   edit_tolerance_minutes=float(settings["clockify.edit_tolerance_minutes"]),
                   manual_entries_need_review=bool(settings["clockify.manual_entries_need_review"]),
                   workspace_id=str(settings["clockify.workspace_id"]).strip())

    @property
    def overtime_threshold(self) -> timedelta:
        return timedelta(hours=self.overtime_hours)

    @property
    def edit_tolerance(self) -> timedelta:
        return timedelta(minutes=self.edit_tolerance_minutes)
