"""The export of the sessions list as the Sessions page shows it: every session of a filter (all
pages, in the list's order) with the page's columns, as CSV or XLSX through the shared writers
(timedesk.export), all or nothing. Times are this computer's wall times, as on the page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from timedesk.auth.permissions import Actor
from timedesk.clockify.models import APPROVED, REJECTED, UNDER_REVIEW
from timedesk.clockify.queries import SessionFilter, list_sessions
from timedesk.clockify.views import SessionInfo
from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.export import BOOL, DATETIME, DURATION, NUMBER, TEXT, Column, write_csv
from timedesk.export.files import counted, output_format
from timedesk.export.xlsx import parameters_sheet
from timedesk.export.xlsx_stream import write_workbook
from timedesk.outputs import LANGUAGES

EXPORT_FORMATS = ("csv", "xlsx")
BATCH = 1000  # sessions read per query
COLUMNS = (
    Column("user", "Usuario", "User", TEXT, 22),
    Column("description", "Descripción", "Description", TEXT, 40),
    Column("project", "Proyecto", "Project", TEXT, 22),
    Column("task", "Tarea", "Task", TEXT, 18),
    Column("start", "Inicio", "Start", DATETIME, 19),
    Column("end", "Fin", "End", DATETIME, 19),
    Column("duration", "Duración", "Duration", DURATION, 10),
    Column("status", "Estado", "Status", TEXT, 14),
    Column("overtime", "Horas extra", "Overtime", BOOL, 9),
    Column("edits", "Modificaciones", "Edits", NUMBER, 8, 0),
)
_STATUS = {"es": {APPROVED: "Aprobada", UNDER_REVIEW: "En revisión", REJECTED: "Rechazada"},
           "en": {APPROVED: "Approved", UNDER_REVIEW: "Under review", REJECTED: "Rejected"}}
_WORDS = {"es": {"title": "Sesiones", "count": "Sesiones", "filter": "Filtro",
                 "unknown": "(usuario desconocido)", "none": "ninguno"},
          "en": {"title": "Sessions", "count": "Sessions", "filter": "Filter",
                 "unknown": "(unknown user)", "none": "none"}}


@dataclass(frozen=True)
class ListExport:
    path: Path
    rows: int


def _all_sessions(db: Database, actor: Actor, filters: SessionFilter, sort: str,
                  descending: bool, first: list[SessionInfo], total: int
                  ) -> Iterator[SessionInfo]:
    yield from first
    seen = len(first)
    while seen < total:
        items = list_sessions(db, actor, filters, sort=sort, descending=descending,
                              limit=BATCH, offset=seen).items
        if not items:
            return
        seen += len(items)
        yield from items


def _row(info: SessionInfo, lang: str, zone: tzinfo | None) -> dict[str, Any]:
    def local(moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(zone)

    user = (info.user.name or info.user.clockify_id) if info.user else _WORDS[lang]["unknown"]
    project = info.project_name or info.project_id or ""
    if info.project_name and info.client_name:
        project = f"{info.project_name} ({info.client_name})"
    return {"user": user, "description": info.description, "project": project,
            "task": info.task_name or "", "start": local(info.start),
            "end": None if info.running else local(info.end),
            "duration": None if info.running else info.duration_seconds,
            "status": _STATUS[lang].get(info.status, info.status),
            "overtime": info.overtime, "edits": info.edits}


def _parameters(filters: SessionFilter, lang: str, total: int) -> dict[str, Any]:
    chosen = [f"{name}={value}" for name, value in vars(filters).items()
              if value is not None and not (name == "deleted" and value is False)]
    words = _WORDS[lang]
    return {words["filter"]: "; ".join(chosen) or words["none"], words["count"]: total}


def export_session_list(db: Database, actor: Actor, filters: SessionFilter, path: Path, *,
                        fmt: str | None = None, lang: str = "es", sort: str = "start",
                        descending: bool = True, zone: tzinfo | None = None,
                        progress: Callable[[int, int], Any] | None = None,
                        cancel: Callable[[], bool] | None = None) -> ListExport:
    """Write every session of `filters` (sorted as the list) to `path` as csv or xlsx (`fmt`,
    else the file's extension), times in `zone` (None: this computer's); how many rows."""
    if lang not in LANGUAGES:
        raise ValidationError("'{lang}' is not an export language.", "Use es or en.",
                              lang=lang[:10])
    path = Path(path)
    fmt = output_format(path, fmt, EXPORT_FORMATS)
    first = list_sessions(db, actor, filters, sort=sort, descending=descending, limit=BATCH)
    rows = counted((_row(info, lang, zone) for info in _all_sessions(
        db, actor, filters, sort, descending, first.items, first.total)),
        total=first.total, progress=progress, cancel=cancel)
    parameters = _parameters(filters, lang, first.total)
    if fmt == "csv":
        write_csv(path, COLUMNS, rows, lang=lang, delimiter=";" if lang == "es" else ",",
                  parameters=parameters, total=first.total)
    else:
        write_workbook(path, COLUMNS, (([row[column.key] for column in COLUMNS], False)
                                       for row in rows), lang=lang, sheet=_WORDS[lang]["title"],
                       add_sheets=lambda book: parameters_sheet(book, parameters, lang),
                       total=first.total)
    return ListExport(path, first.total)
