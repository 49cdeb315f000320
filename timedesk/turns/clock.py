"""The office's clock for Turns: the office's zone (timedesk.office), the numbering day (which
starts at turns.reset_time) and whether a service is open now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from timedesk.errors import ConfigError
from timedesk.office import days_bounds, office_zone
from timedesk.setting_checks import parse_time_of_day
from timedesk.settings import Settings


def parse_reset(text: str) -> time:
    try:
        return parse_time_of_day(text or "00:00")
    except ValueError as exc:
        raise ConfigError("turns.reset_time: {cause}.",
                          "Set it like 00:00 (midnight) or 05:00.", cause=exc) from None


@dataclass(frozen=True)
class OfficeClock:
    zone: tzinfo
    reset: time = time(0, 0)

    @classmethod
    def from_settings(cls, settings: Settings) -> OfficeClock:
        return cls(office_zone(settings), parse_reset(settings["turns.reset_time"]))

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def numbering_day(self, moment: datetime) -> date:
        """The day whose numbering `moment` belongs to: before the reset time it is yesterday's."""
        local = self.local(moment)
        shifted = local - timedelta(hours=self.reset.hour, minutes=self.reset.minute)
        return shifted.date()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """UTC-aware start and end of a calendar day in the office's zone."""
        return days_bounds(day, day, self.zone)

    def is_open(self, opens: time | None, closes: time | None, moment: datetime) -> bool:
        if opens is None or closes is None:
            return True
        now = self.local(moment).time()
        return opens <= now < closes
