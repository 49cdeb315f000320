"""Exports of the ticket list: the tickets an actor may see that match a filter, as CSV, XLSX
(streamed: tens of thousands of rows in constant memory) or PDF (written without Qt), with
their SLA deadlines in the office calendar's zone.

Only the ticket's own fields go out (subject, description, people, status, dates, deadlines):
never a comment, so never an internal note. Visibility is the service's (HelpDesk.list_tickets,
page by page), so a requester's file holds their own tickets only."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from timedesk.auth.permissions import Actor
from timedesk.errors import ValidationError
from timedesk.export import BOOL, DATETIME, NUMBER, TEXT, Column, write_csv
from timedesk.export.files import output_format
from timedesk.export.pdf import PdfSection, write_pdf
from timedesk.export.xlsx import parameters_sheet
from timedesk.export.xlsx_stream import write_workbook
from timedesk.office.service import current_calendar
from timedesk.outputs import LANGUAGES
from timedesk.tickets.service import PER_PAGE_MAX, HelpDesk, TicketFilter, TicketInfo

EXPORT_FORMATS = ("csv", "xlsx", "pdf")
COLUMNS = (
    Column("id", "Nº", "No.", NUMBER, 7, 0),
    Column("subject", "Asunto", "Subject", TEXT, 40),
    Column("status", "Estado", "Status", TEXT, 14),
    Column("priority", "Prioridad", "Priority", TEXT, 9),
    Column("category", "Categoría", "Category", TEXT, 16),
    Column("requester", "Solicitante", "Requester", TEXT, 14),
    Column("assignee", "Asignado a", "Assignee", TEXT, 14),
    Column("created_at", "Creado", "Created", DATETIME, 19),
    Column("updated_at", "Actualizado", "Updated", DATETIME, 19),
    Column("first_response_due", "Primera respuesta (plazo)", "First response due",
           DATETIME, 19),
    Column("first_response_at", "Primera respuesta", "First response", DATETIME, 19),
    Column("resolution_due", "Resolución (plazo)", "Resolution due", DATETIME, 19),
    Column("resolved_at", "Resuelto", "Resolved", DATETIME, 19),
    Column("closed_at", "Cerrado", "Closed", DATETIME, 19),
    Column("paused", "SLA en pausa", "SLA paused", BOOL, 8),
    Column("breached", "SLA incumplido", "SLA breached", TEXT, 24),
    Column("description", "Descripción", "Description", TEXT, 60),
)
# A4 portrait holds a few columns: the PDF keeps what a meeting about the queue needs.
PDF_KEYS = ("id", "subject", "status", "priority", "assignee", "first_response_due",
            "resolution_due", "breached")
PDF_COLUMNS = tuple(column for column in COLUMNS if column.key in PDF_KEYS)
_WORDS = {
    "es": {"title": "Tickets", "zone": "Zona horaria", "status": "Estado",
           "priority": "Prioridad", "assignee": "Asignado a", "category": "Categoría",
           "requester": "Solicitante", "q": "Texto", "sort": "Orden", "all": "Todos",
           "count": "Tickets"},
    "en": {"title": "Tickets", "zone": "Time zone", "status": "Status", "priority": "Priority",
           "assignee": "Assignee", "category": "Category", "requester": "Requester",
           "q": "Text", "sort": "Sort", "all": "All", "count": "Tickets"},
}
_BREACHED = {"es": {"first_response": "primera respuesta", "resolution": "resolución"},
             "en": {"first_response": "first response", "resolution": "resolution"}}


def _visible_tickets(desk: HelpDesk, actor: Actor, filt: TicketFilter,
                     first: Sequence[TicketInfo], total: int) -> Iterator[TicketInfo]:
    """Every ticket of the filter, page after page (the first page already read)."""
    yield from first
    page, seen = 1, len(first)
    while seen < total:
        page += 1
        items = desk.list_tickets(actor, replace(filt, page=page, per_page=PER_PAGE_MAX)).items
        if not items:
            return
        seen += len(items)
        yield from items


def _local(moment: datetime | None, zone: tzinfo) -> datetime | None:
    return None if moment is None else moment.astimezone(zone)


def _row(info: TicketInfo, zone: tzinfo, lang: str) -> dict[str, Any]:
    breached = _BREACHED[lang]
    sla = info.sla
    return {"id": info.id, "subject": info.subject, "status": info.status,
            "priority": info.priority, "category": info.category or "",
            "requester": info.requester, "assignee": info.assignee or "",
            "created_at": _local(info.created_at, zone),
            "updated_at": _local(info.updated_at, zone),
            "first_response_due": _local(sla.first_response_due, zone),
            "first_response_at": _local(sla.first_response_at, zone),
            "resolution_due": _local(sla.resolution_due, zone),
            "resolved_at": _local(info.resolved_at, zone),
            "closed_at": _local(info.closed_at, zone), "paused": sla.paused,
            "breached": ", ".join(breached.get(name, name) for name in sla.breached),
            "description": info.description}


def _parameters(filt: TicketFilter, zone: tzinfo, lang: str, total: int) -> dict[str, Any]:
    words = _WORDS[lang]
    every = words["all"]
    return {words["status"]: ", ".join(filt.status) or every,
            words["priority"]: ", ".join(filt.priority) or every,
            words["assignee"]: filt.assignee or every,
            words["category"]: filt.category or every,
            words["requester"]: filt.requester or every,
            words["q"]: filt.q or "", words["sort"]: filt.sort,
            words["zone"]: str(getattr(zone, "key", "") or zone), words["count"]: total}


def export_tickets(desk: HelpDesk, actor: Actor, filt: TicketFilter, fmt: str | None,
                   path: Path, *, lang: str = "es") -> int:
    """Write the tickets `actor` may see that match `filt` (all pages, in its order) to `path`
    as csv, xlsx or pdf (`fmt`, or the file's extension), all or nothing; how many."""
    if lang not in LANGUAGES:
        raise ValidationError("'{lang}' is not an export language.", "Use es or en.",
                              lang=lang[:10])
    path = Path(path)
    fmt = output_format(path, fmt, EXPORT_FORMATS)
    first = desk.list_tickets(actor, replace(filt, page=1, per_page=PER_PAGE_MAX))
    zone = current_calendar(desk.db, desk.settings).zone
    rows = (_row(info, zone, lang)
            for info in _visible_tickets(desk, actor, filt, first.items, first.total))
    parameters = _parameters(filt, zone, lang, first.total)
    title = _WORDS[lang]["title"]
    if fmt == "csv":
        write_csv(path, COLUMNS, rows, lang=lang, delimiter=";" if lang == "es" else ",",
                  parameters=parameters, total=first.total)
    elif fmt == "xlsx":
        write_workbook(path, COLUMNS, (([row[column.key] for column in COLUMNS], False)
                                       for row in rows), lang=lang, sheet=title,
                       add_sheets=lambda book: parameters_sheet(book, parameters, lang),
                       total=first.total)
    else:
        write_pdf(path, title, [PdfSection(title, [], PDF_COLUMNS, rows)], lang=lang,
                  parameters=parameters)
    return first.total
