"""Every turn of a range of numbering days (all statuses) to CSV or XLSX, for the manager.

Customer name and note: the project keeps them off the lobby display and out of the HTTP API
(timedesk.server.turns_api) because they are personal data. This export is the manager's own
(it needs turns.dashboard, and timedesk.export writes files readable by their owner only), and
the names are what a manager needs to follow up a complaint, so they are included by default;
`personal=False` leaves both columns out, and the file's parameters say which was chosen.

Rows are streamed from the database (yield_per) into the writer: 100,000 turns never sit in
memory. Times are the office's local wall times (office.timezone), as people remember them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.export import BOOL, DATE, DATETIME, NUMBER, TEXT, Column, write_csv, write_xlsx
from timedesk.export.files import output_format
from timedesk.outputs import LANGUAGES
from timedesk.settings import Settings
from timedesk.turns.clock import OfficeClock
from timedesk.turns.models import DONE, Desk, Turn, TurnService
from timedesk.turns.stats import check_range

MAX_EXPORT_DAYS = 3660  # ten years: streamed, so the length only costs time
READ_BATCH = 1000

STATUS_TEXT = {
    "es": {"waiting": "En espera", "called": "Llamado", "serving": "En atención",
           "done": "Atendido", "no_show": "No se presentó", "cancelled": "Anulado"},
    "en": {"waiting": "Waiting", "called": "Called", "serving": "Being served",
           "done": "Served", "no_show": "No-show", "cancelled": "Cancelled"},
}
_S = NUMBER  # seconds, as whole numbers people can sum and average in a sheet
COLUMNS = (
    Column("day", "Día", "Day", DATE, 12),
    Column("number", "Número", "Number", TEXT, 9),
    Column("service", "Servicio", "Service", TEXT, 8),
    Column("service_name", "Nombre del servicio", "Service name", TEXT, 24),
    Column("issued_service", "Emitido para", "Issued for", TEXT, 10),
    Column("priority", "Prioritario", "Priority", BOOL, 10),
    Column("status", "Estado", "Status", TEXT, 15),
    Column("issued_at", "Emitido", "Issued", DATETIME, 20),
    Column("called_at", "Llamado", "Called", DATETIME, 20),
    Column("started_at", "Inicio de atención", "Service started", DATETIME, 20),
    Column("finished_at", "Fin", "Finished", DATETIME, 20),
    Column("desk", "Puesto", "Desk", TEXT, 8),
    Column("called_by", "Llamado por", "Called by", TEXT, 16),
    Column("wait_s", "Espera (s)", "Wait (s)", _S, 10, 0),
    Column("service_s", "Atención (s)", "Service (s)", _S, 11, 0),
    Column("estimate_low_s", "Estimación mín. (s)", "Estimate low (s)", _S, 12, 0),
    Column("estimate_high_s", "Estimación máx. (s)", "Estimate high (s)", _S, 12, 0),
    Column("within_estimate", "Dentro de la estimación", "Within estimate", BOOL, 12),
    Column("calls", "Llamadas", "Calls", NUMBER, 9, 0),
    Column("transfers", "Transferencias", "Transfers", NUMBER, 9, 0),
)
PERSONAL_COLUMNS = (
    Column("customer_name", "Cliente", "Customer", TEXT, 24),
    Column("note", "Nota", "Note", TEXT, 40),
)
_LABELS = {
    "es": ("Desde", "Hasta", "Zona horaria", "Nombres y notas de clientes", "Turnos"),
    "en": ("From", "To", "Time zone", "Customer names and notes", "Turns"),
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def columns_for(personal: bool) -> tuple[Column, ...]:
    return COLUMNS + PERSONAL_COLUMNS if personal else COLUMNS


def format_of(path: Path, fmt: str | None = None) -> str:
    """'csv' or 'xlsx': as given, else from the file's extension."""
    return output_format(path, fmt)


def _seconds(later: datetime | None, earlier: datetime | None) -> int | None:
    if later is None or earlier is None:
        return None
    return max(int(round((later - earlier).total_seconds())), 0)


def _rows(session: Session, clock: OfficeClock, start: date, end: date, lang: str,
          written: list[int]) -> Iterator[dict[str, Any]]:
    issued_for = aliased(TurnService)
    # plain columns, not ORM objects: nothing piles up in the session while streaming
    query = (select(Turn.day, Turn.number, TurnService.code, TurnService.name, issued_for.code,
                    Turn.priority, Turn.status, Turn.issued_at, Turn.called_at, Turn.started_at,
                    Turn.finished_at, Desk.name, Turn.called_by, Turn.estimate_low_s,
                    Turn.estimate_high_s, Turn.calls, Turn.transfers, Turn.customer_name,
                    Turn.note)
             .join(TurnService, TurnService.id == Turn.service_id)
             .join(issued_for, issued_for.id == Turn.issued_service_id)
             .outerjoin(Desk, Desk.id == Turn.desk_id)
             .where(Turn.day >= start, Turn.day <= end)
             .order_by(Turn.day, Turn.issued_at, Turn.id)
             .execution_options(yield_per=READ_BATCH))
    statuses = STATUS_TEXT[lang]
    zone = clock.zone
    for (day, number, code, name, issued_code, priority, status, issued_at, called_at,
         started_at, finished_at, desk, called_by, low, high, calls, transfers, customer,
         note) in session.execute(query):
        wait = _seconds(called_at, issued_at)
        yield {
            "day": day, "number": number, "service": code, "service_name": name,
            "issued_service": issued_code, "priority": bool(priority),
            "status": statuses.get(status, status),
            "issued_at": issued_at.astimezone(zone),
            "called_at": called_at.astimezone(zone) if called_at else None,
            "started_at": started_at.astimezone(zone) if started_at else None,
            "finished_at": finished_at.astimezone(zone) if finished_at else None,
            "desk": desk, "called_by": called_by, "wait_s": wait,
            "service_s": (_seconds(finished_at, started_at or called_at)
                          if status == DONE else None),
            "estimate_low_s": low, "estimate_high_s": high,
            "within_estimate": (low <= wait <= high) if None not in (wait, low, high) else None,
            "calls": calls, "transfers": transfers, "customer_name": customer, "note": note,
        }
        written[0] += 1


def export_history(db: Database, settings: Settings, actor: Actor, start: date, end: date,
                   path: Path, *, fmt: str | None = None, lang: str = "es", personal: bool = True,
                   delimiter: str | None = None,
                   progress: Callable[[int, int], Any] | None = None,
                   cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write every turn of the numbering days `start`..`end` to `path` (.csv or .xlsx), all or
    nothing. `progress(rows written, rows)`; `cancel()` returning True stops with
    timedesk.jobs.JobCancelled and leaves no file. CSV uses ';' in Spanish, ',' in English."""
    require(actor, Permission.TURNS_DASHBOARD)
    check_range(start, end, MAX_EXPORT_DAYS)
    if lang not in LANGUAGES:
        raise ValidationError("'{lang}' is not an export language.", "Use es or en.", lang=lang)
    path = Path(path)
    fmt = format_of(path, fmt)
    clock = OfficeClock.from_settings(settings)
    first, last, zone, names, sheet = _LABELS[lang]
    parameters = {first: start, last: end, zone: str(clock.zone),
                  names: personal}
    columns = columns_for(personal)
    with db.session_factory() as session:
        total = session.scalar(select(func.count(Turn.id))
                               .where(Turn.day >= start, Turn.day <= end)) or 0
        written = [0]  # the rows really written (a turn may be issued while we read)
        rows = _rows(session, clock, start, end, lang, written)
        if fmt == "csv":
            write_csv(path, columns, rows, lang=lang,
                      delimiter=delimiter or (";" if lang == "es" else ","),
                      parameters=parameters, total=total, progress=progress, cancel=cancel)
        else:
            write_xlsx(path, columns, rows, lang=lang, sheet=sheet, parameters=parameters,
                       total=total, progress=progress, cancel=cancel)
    return ExportResult(path, written[0])
