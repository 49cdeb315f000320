"""Clockify reports: the sessions of a period, for one user or for everyone, as XLSX or CSV with
the legacy service's 21 columns, Usuario, ID Clockify and a TOTALES row
(timedesk.clockify.report_rows).

A session belongs to the period when it starts inside it, the period's days being counted in the
office's zone (office.timezone); deleted sessions are left out; running ones are listed
without end or duration. Blocking: faces run it off the GUI thread with progress and cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.models import ClockifySession, ClockifyUser
from timedesk.clockify.report_rows import COLUMNS, Totals, report_rows
from timedesk.clockify.views import SessionInfo, UserInfo
from timedesk.db.database import Database
from timedesk.errors import NotFound, ValidationError
from timedesk.export import write_csv, write_xlsx
from timedesk.office import days_bounds, office_zone
from timedesk.outputs import FORMATS, LANGUAGES

S, U = ClockifySession, ClockifyUser
_SHEET = {"es": "Sesiones", "en": "Sessions"}
_LABELS = {
    "es": {"report": "Informe", "title": "Sesiones de Clockify", "period": "Periodo",
           "user": "Usuario", "everyone": "Todos los usuarios",
           "zone": "Zona horaria del periodo", "user_times": "Horas (usuario)",
           "user_times_value": "zona horaria de cada sesión cuando se conoce",
           "sessions": "Sesiones", "left_out": "Excluidas", "deleted": "sesiones eliminadas"},
    "en": {"report": "Report", "title": "Clockify sessions", "period": "Period", "user": "User",
           "everyone": "All users", "zone": "Period time zone", "user_times": "Times (user)",
           "user_times_value": "each session's time zone when known", "sessions": "Sessions",
           "left_out": "Left out", "deleted": "deleted sessions"},
}


@dataclass(frozen=True)
class ReportRequest:
    """A checked request: what write_report was asked for, in the form it works with."""

    start: date
    end: date
    user: UserInfo | None
    fmt: str
    lang: str


def find_report_user(db: Database, user: str) -> UserInfo:
    """The Clockify user with this Clockify id or e-mail (any case); NotFound otherwise."""
    text = (user or "").strip()
    with db.session_factory() as session:
        row = session.scalar(select(U).where(U.clockify_id == text)) if text else None
        if row is None and text:
            row = session.scalar(select(U).where(func.lower(U.email) == text.lower())
                                 .order_by(U.id).limit(1))
        if row is None:
            raise NotFound("there is no Clockify user '{text}'.",
                           "Give a Clockify user id or e-mail; `timedesk clockify users` lists "
                           "them.", text=text[:80])
        return UserInfo.of(row)


def check_request(db: Database, *, start: Any, end: Any, user: str | None, fmt: str,
                  lang: str) -> ReportRequest:
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError("the report {name} must be a date.", "Use YYYY-MM-DD.", name=name)
    if start > end:
        raise ValidationError("the report period starts ({start}) after it ends ({end}).",
                              "Give a start on or before the end.", start=start, end=end)
    fmt, lang = (fmt or "").strip().lower(), (lang or "").strip().lower()
    if fmt not in FORMATS:
        raise ValidationError("'{fmt}' is not a report format.", "Use xlsx or csv.", fmt=fmt)
    if lang not in LANGUAGES:
        raise ValidationError("'{lang}' is not a report language.", "Use es or en.", lang=lang)
    found = find_report_user(db, user) if user is not None and user.strip() else None
    return ReportRequest(start, end, found, fmt, lang)


def count_sessions(db: Database, since: datetime, until: datetime,
                   user_id: int | None = None) -> int:
    query = select(func.count()).select_from(S).where(
        S.deleted.is_(False), S.start_at >= since, S.start_at < until)
    if user_id is not None:
        query = query.where(S.user_id == user_id)
    with db.session_factory() as session:
        return session.scalar(query) or 0


def _sessions(db: Database, since: datetime, until: datetime,
              user_id: int | None) -> Iterator[SessionInfo]:
    """The period's sessions by user name, then start; streamed, not loaded all at once."""
    query = (select(S, U).outerjoin(U, U.id == S.user_id)
             .where(S.deleted.is_(False), S.start_at >= since, S.start_at < until)
             .order_by(func.lower(func.coalesce(U.name, U.email, "")), S.user_id, S.start_at,
                       S.id))
    if user_id is not None:
        query = query.where(S.user_id == user_id)
    with db.session_factory() as session:
        for row, owner in session.execute(query.execution_options(yield_per=500)):
            yield SessionInfo.of(row, owner)


def _parameters(request: ReportRequest, office: tzinfo, count: int) -> dict[str, Any]:
    """What the file says about itself (labels in the report's language)."""
    label = _LABELS[request.lang]
    who = label["everyone"]
    if request.user is not None:
        user = request.user
        who = " ".join(filter(None, [user.name, f"<{user.email}>" if user.email else None,
                                     f"({user.clockify_id})"]))
    return {label["report"]: label["title"],
            label["period"]: f"{request.start.isoformat()} – {request.end.isoformat()}",
            label["user"]: who, label["zone"]: str(office),
            label["user_times"]: label["user_times_value"], label["sessions"]: count,
            label["left_out"]: label["deleted"]}


def write_report(db: Database, actor: Actor, *, start: date, end: date, user: str | None = None,
                 fmt: str = "xlsx", lang: str = "es", out: Path, settings: Any,
                 progress: Callable[[int, int], Any] | None = None,
                 cancel: Callable[[], bool] | None = None) -> Path:
    """Write the report of start..end (whole days, both included) to `out`; returns `out`.
    `user` is a Clockify user id or e-mail (None: everyone). Needs clockify.view; NotFound for an
    unknown user; ValidationError when start > end. All or nothing (see timedesk.export)."""
    require(actor, Permission.CLOCKIFY_VIEW)
    request = check_request(db, start=start, end=end, user=user, fmt=fmt, lang=lang)
    office = office_zone(settings)
    since, until = days_bounds(request.start, request.end, office)
    user_id = request.user.id if request.user is not None else None
    count = count_sessions(db, since, until, user_id)
    rows = report_rows(_sessions(db, since, until, user_id), request.lang, office, Totals())
    options: dict[str, Any] = dict(
        lang=request.lang, parameters=_parameters(request, office, count), total=count + 1,
        progress=progress, cancel=cancel)
    out = Path(out)
    if request.fmt == "csv":
        return write_csv(out, COLUMNS, rows, delimiter=settings["clockify.report_csv_delimiter"],
                         **options)
    return write_xlsx(out, COLUMNS, rows, sheet=_SHEET[request.lang], **options)


def report_file_name(kind: str, start: date, end: date, who: str, fmt: str = "xlsx") -> str:
    """A file name that says what the report holds: clockify-weekly-2025-06-16_2025-06-22-ana.xlsx
    (`who` reduced to letters, digits, '.', '_' and '-')."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", who).strip("-.")[:60] or "user"
    return f"clockify-{kind}-{start.isoformat()}_{end.isoformat()}-{slug}.{fmt}"
