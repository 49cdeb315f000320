"""The columns of the Clockify report (the legacy service's 21, in its order, then Usuario and
ID Clockify) and how one session becomes one row; totals are summed as the rows go by."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from timedesk.clockify.models import APPROVED, REJECTED, UNDER_REVIEW
from timedesk.clockify.report_periods import session_zones
from timedesk.clockify.views import SessionInfo
from timedesk.export import BOOL, DATETIME, DURATION, NUMBER, TEXT, Column, TotalRow

_C = Column
COLUMNS: tuple[Column, ...] = (
    _C("description", "Descripcion", "Description", TEXT, 36),
    _C("project", "Nombre del proyecto", "Project name", TEXT, 24),
    _C("task", "Nombre de la tarea", "Task name", TEXT, 24),
    _C("start_utc", "Fecha de inicio (UTC)", "Start date (UTC)", DATETIME, 20),
    _C("start_user", "Fecha de inicio (usuario)", "Start date (user)", DATETIME, 20),
    _C("end_utc", "Fecha de fin (UTC)", "End date (UTC)", DATETIME, 20),
    _C("end_user", "Fecha de fin (usuario)", "End date (user)", DATETIME, 20),
    _C("valid_start_utc", "Fecha de inicio valida (UTC)", "Valid start date (UTC)", DATETIME, 20),
    _C("valid_start_user", "Fecha de inicio valida (usuario)", "Valid start date (user)",
       DATETIME, 20),
    _C("valid_end_utc", "Fecha de fin valida (UTC)", "Valid end date (UTC)", DATETIME, 20),
    _C("valid_end_user", "Fecha de fin valida (usuario)", "Valid end date (user)", DATETIME, 20),
    _C("duration", "Duracion", "Duration", DURATION, 11),
    _C("valid_duration", "Duracion valida", "Valid duration", DURATION, 11),
    _C("duration_hours", "Duracion(decimal)", "Duration (decimal)", NUMBER, 11, decimals=2),
    _C("valid_duration_hours", "Duracion valida(decimal)", "Valid duration (decimal)", NUMBER,
       11, decimals=2),
    _C("time_zone", "Zona Horaria", "Time zone", TEXT, 18),
    _C("running", "En curso", "Running", BOOL, 9),
    _C("overtime", "Overtime", "Overtime", BOOL, 9),
    _C("edits", "Modificaciones", "Edits", NUMBER, 9),
    _C("status", "Estado", "Status", TEXT, 15),
    _C("observation", "Observacion", "Observation", TEXT, 30),
    _C("user", "Usuario", "User", TEXT, 22),
    _C("clockify_id", "ID Clockify", "Clockify ID", TEXT, 26),
)
STATUS_LABELS = {"es": {APPROVED: "APROBADO", UNDER_REVIEW: "EN OBSERVACION",
                        REJECTED: "REPROBADO"},
                 "en": {APPROVED: "Approved", UNDER_REVIEW: "Under review",
                        REJECTED: "Rejected"}}
TOTALS_LABEL = {"es": "TOTALES", "en": "TOTALS"}


def hours(seconds: int | None) -> float | None:
    """Decimal hours rounded to the hundredth, as the (decimal) columns show them."""
    return None if seconds is None else round(seconds / 3600, 2)


def user_label(session: SessionInfo) -> str:
    user = session.user
    if user is None:
        return ""
    return user.name or user.email or user.clockify_id


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def _local(moment: datetime | None, zone: tzinfo | None) -> datetime | None:
    return None if moment is None else moment.astimezone(zone)


def session_row(session: SessionInfo, lang: str, office: tzinfo | None) -> dict[str, Any]:
    """One report row. A running session has no end and no duration yet; "usuario" times are
    in the session's own zone (see session_zones)."""
    starts, ends, zone_name = session_zones(session.time_zone, session.offset_start,
                                            session.offset_end, office)
    return {
        "description": session.description, "project": session.project_name,
        "task": session.task_name,
        "start_utc": _utc(session.start), "start_user": _local(session.start, starts),
        "end_utc": _utc(session.end), "end_user": _local(session.end, ends),
        "valid_start_utc": _utc(session.valid_start),
        "valid_start_user": _local(session.valid_start, starts),
        "valid_end_utc": _utc(session.valid_end),
        "valid_end_user": _local(session.valid_end, ends),
        "duration": session.duration_seconds,
        "valid_duration": session.valid_duration_seconds,
        "duration_hours": hours(session.duration_seconds),
        "valid_duration_hours": hours(session.valid_duration_seconds),
        "time_zone": zone_name, "running": session.running, "overtime": session.overtime,
        "edits": session.edits,
        "status": STATUS_LABELS[lang].get(session.status, session.status),
        "observation": session.observation, "user": user_label(session),
        "clockify_id": session.clockify_id,
    }


@dataclass
class Totals:
    sessions: int = 0
    seconds: int = 0
    valid_seconds: int = 0

    def add(self, session: SessionInfo) -> None:
        self.sessions += 1
        self.seconds += session.duration_seconds or 0
        self.valid_seconds += session.valid_duration_seconds or 0

    def row(self, lang: str) -> TotalRow:
        """Sums of whole seconds; the decimal hours are those of the sums (not sums of the
        rounded hours), so they agree with the duration totals."""
        return TotalRow({"description": TOTALS_LABEL[lang], "duration": self.seconds,
                         "valid_duration": self.valid_seconds,
                         "duration_hours": hours(self.seconds),
                         "valid_duration_hours": hours(self.valid_seconds)})


def report_rows(sessions: Iterable[SessionInfo], lang: str, office: tzinfo | None,
                totals: Totals) -> Iterator[dict[str, Any] | TotalRow]:
    """Every session's row, then the TOTALES row."""
    for session in sessions:
        totals.add(session)
        yield session_row(session, lang, office)
    yield totals.row(lang)
