"""Automatic weekly and monthly reports by e-mail, through the outbox.

Once a week (or month) has ended, plus a grace period for timers stopped just after midnight,
each active user with an e-mail and notices on gets their own report, and the report recipients
(clockify.report_recipients, else mail.coordination) get everyone's. Only users and periods with
sessions get a report. Every mail has an idempotency key per period and recipient, so a restart,
a second workstation or a second run never sends one twice. Only the latest finished period is
considered, and nothing is prepared while mail.enabled is off (turning it on later sends the
latest period, not a backlog).

`ReportScheduler` runs `send_due_reports` every hour off the event loop (Qt-free: the GUI and
`timedesk serve` both start it). `send_reports_now` sends the same reports of any finished week
or month when a person asks (the Clockify tab's Reports page, `timedesk clockify report send`):
each such request is a new mail, keyed by the moment it was asked.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.models import ClockifySession, ClockifyUser
from timedesk.clockify.report_periods import LAST_FINISHED, MONTHLY, WEEKLY
from timedesk.clockify.reports import report_file_name, write_report
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.events.bus import EventBus
from timedesk.mail import enqueue, recipients, render, split_addresses
from timedesk.mail.models import OutboxMail
from timedesk.office import days_bounds, office_zone, period, week_start
from timedesk.periodic import PeriodicTask

log = logging.getLogger(__name__)

GRACE = timedelta(hours=2)  # after a period ends, before its report is made
SCHEDULER_ACTOR = Actor.system("scheduler:clockify-reports")
_TITLES = {("es", WEEKLY): "Informe semanal de Clockify",
           ("es", MONTHLY): "Informe mensual de Clockify",
           ("en", WEEKLY): "Weekly Clockify report", ("en", MONTHLY): "Monthly Clockify report"}
_EVERYONE = {"es": "todos los usuarios", "en": "all users"}


@dataclass
class ScheduledReports:
    """What one pass did: the idempotency keys queued now, and failures (logged too)."""

    queued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: str = ""


@dataclass(frozen=True)
class _Target:
    key: str
    who: str  # for the file name
    user: str | None  # Clockify id, or None for everyone
    to: list[str]
    title: str


def send_due_reports(db: Database, bus: EventBus, settings: Any, now: datetime | None = None, *,
                     reports_dir: Path | None = None) -> ScheduledReports:
    """Write and queue the reports due at `now` that were never queued (see the module rules);
    `reports_dir` defaults to the reports folder's `clockify` subfolder."""
    result = ScheduledReports()
    if not settings["mail.enabled"]:
        result.skipped = "mail.enabled is off"
        return result
    now = now or utcnow()
    office = office_zone(settings)
    today = now.astimezone(office).date()
    lang = settings["clockify.notice_language"]
    folder = reports_dir or _default_folder()
    for kind, setting in ((WEEKLY, "clockify.report_weekly_enabled"),
                          (MONTHLY, "clockify.report_monthly_enabled")):
        if not settings[setting]:
            continue
        start, end = period(LAST_FINISHED[kind], today, week_start(settings))
        since, until = days_bounds(start, end, office)
        if now < until + GRACE:
            continue
        _send_all(db, bus, settings, kind, start, end, lang, folder, result)
    return result


def _send_all(db: Database, bus: EventBus, settings: Any, kind: str, start: date, end: date,
              lang: str, folder: Path, result: ScheduledReports, *, asked: str = "",
              actor: Actor = SCHEDULER_ACTOR) -> None:
    since, until = days_bounds(start, end, office_zone(settings))
    for target in _targets(db, settings, kind, start, since, until, lang, asked):
        try:
            if _send(db, bus, settings, target, kind, start, end, lang, folder, actor):
                result.queued.append(target.key)
        except Exception as exc:  # one broken report must not stop the others
            log.exception("clockify report %s could not be sent", target.key)
            result.failed.append(f"{target.key}: {exc}")


def send_reports_now(db: Database, bus: EventBus, settings: Any, actor: Actor, kind: str,
                     day: date, now: datetime | None = None, *,
                     reports_dir: Path | None = None) -> ScheduledReports:
    """Send at once the weekly (`kind` WEEKLY) or monthly report of the week or month that holds
    `day`, to the same people as the schedule, whatever the schedule already sent. Needs
    clockify.manage; the period must have ended; mail.enabled must be on."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    if kind not in (WEEKLY, MONTHLY):
        raise ValidationError("'{kind}' is not a report period.", "Use weekly or monthly.",
                              kind=kind)
    now = now or utcnow()
    start, end = period("this_week" if kind == WEEKLY else "this_month", day,
                        week_start(settings))
    if now < days_bounds(start, end, office_zone(settings))[1]:
        raise ValidationError("the week of {moment} has not ended yet." if kind == WEEKLY
                              else "the month of {moment} has not ended yet.",
                              "Send a week or month that is over.", moment=day.isoformat())
    if not settings["mail.enabled"]:
        raise ValidationError("e-mail is turned off (mail.enabled).",
                              "Turn it on in File > Settings > Mail first.")
    result = ScheduledReports()
    _send_all(db, bus, settings, kind, start, end, settings["clockify.notice_language"],
              reports_dir or _default_folder(), result, asked=f":sent:{now.isoformat()}",
              actor=actor)
    if not result.queued and not result.failed:
        result.skipped = "nobody has sessions in that period, or nobody gets reports"
    return result


def _default_folder() -> Path:
    from timedesk.paths import Paths

    return Paths.from_environment().reports_dir / "clockify"


def _targets(db: Database, settings: Any, kind: str, start: date, since: datetime,
             until: datetime, lang: str, asked: str = "") -> list[_Target]:
    base = f"clockify:report:{kind}:{start.isoformat()}{asked}"
    title = _TITLES[(lang, kind)]
    with db.session_factory() as session:
        users_with_sessions = set(session.scalars(
            select(ClockifySession.user_id).distinct()
            .where(ClockifySession.deleted.is_(False), ClockifySession.start_at >= since,
                   ClockifySession.start_at < until)))
        users = session.scalars(select(ClockifyUser).where(
            ClockifyUser.active.is_(True), ClockifyUser.notify.is_(True),
            ClockifyUser.email.is_not(None)).order_by(ClockifyUser.id)).all()
    # the id's tail in the file name: two users of the same name never share a file
    targets = [_Target(f"{base}:user:{u.clockify_id}", f"{u.name or 'user'}-{u.clockify_id[-6:]}",
                       u.clockify_id,
                       recipients(u.email, True, None, False), title)
               for u in users if u.id in users_with_sessions]
    everyone = split_addresses(settings["clockify.report_recipients"]
                               or settings["mail.coordination"])
    if users_with_sessions and everyone:
        targets.append(_Target(f"{base}:all", "all-users", None, everyone,
                               f"{title} ({_EVERYONE[lang]})"))
    return [t for t in targets if t.to]


def _already_queued(db: Database, key: str) -> bool:
    with db.session_factory() as session:
        return session.scalar(select(OutboxMail.id).where(OutboxMail.idempotency_key == key)) \
            is not None


def _send(db: Database, bus: EventBus, settings: Any, target: _Target, kind: str, start: date,
          end: date, lang: str, folder: Path, actor: Actor) -> bool:
    if _already_queued(db, target.key):
        return False
    where = folder / kind
    where.mkdir(parents=True, exist_ok=True)
    # One name per period and recipient: a second workstation racing this one rewrites the same
    # complete file (atomically) rather than leaving an orphan.
    path = where / report_file_name(kind, start, end, target.who)
    write_report(db, actor, start=start, end=end, user=target.user, fmt="xlsx",
                 lang=lang, out=path, settings=settings)
    period = f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
    mail = render("report_attached", lang, report=target.title, period=period,
                  file_name=path.name)
    with db.unit_of_work() as session:
        return enqueue(session, target.key, target.to, mail.subject, mail.text, html=mail.html,
                       language=lang, attachments=[str(path)], bus=bus)


class ReportScheduler(PeriodicTask):
    """Calls `send_due_reports` every `interval_s` (first after `first_delay_s`), in the loop's
    default executor so the loop never waits on the database or openpyxl."""

    task_name = "timedesk-clockify-reports"
    stop_timeout_s = 60.0

    def __init__(self, db: Database, bus: EventBus, settings: Any, *,
                 reports_dir: Path | None = None, interval_s: float = 3600.0,
                 first_delay_s: float = 60.0,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__()
        self.db, self.bus, self.settings = db, bus, settings
        self.reports_dir = reports_dir
        self.interval_s, self.first_delay_s = interval_s, first_delay_s
        self.clock = clock
        self.last_result: ScheduledReports | None = None

    def interval(self) -> float:
        return self.interval_s

    def first_delay(self) -> float:
        return self.first_delay_s

    async def run_once(self) -> ScheduledReports:
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(None, lambda: send_due_reports(
            self.db, self.bus, self.settings, self.clock(), reports_dir=self.reports_dir))
        self.last_result = result
        return result

    async def tick(self) -> None:
        result = await self.run_once()
        if result.queued:
            log.info("clockify reports queued: %s", ", ".join(result.queued))
