"""Exports of work sessions: every session of a range as XLSX or CSV (one row per employee and
day, with the flags and the text of each broken rule), or as PDF the monthly record of each
employee that Spanish law asks for (registro de jornada: each day's start and end and hours,
the month's totals, signed by the worker and the company). Sessions are streamed from the
database into the writer: a year of 500 people is never held in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from itertools import groupby
from pathlib import Path
from typing import Any

from timedesk.auth.permissions import Actor
from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.export import (
    DATE,
    DATETIME,
    DURATION,
    NUMBER,
    TEXT,
    Column,
    TotalRow,
    write_csv,
)
from timedesk.export.files import output_format
from timedesk.export.pdf import PdfSection, write_pdf
from timedesk.export.xlsx import parameters_sheet
from timedesk.export.xlsx_stream import write_workbook
from timedesk.jobs import JobCancelled
from timedesk.outputs import LANGUAGES
from timedesk.punches.reports import employee_names
from timedesk.punches.sessions import WorkSession
from timedesk.punches.sessions_service import (
    MAX_RANGE_DAYS,
    SessionScope,
    load_scope,
    stream_sessions,
    visible_employee,
)
from timedesk.turns.stats import check_range

EXPORT_FORMATS = ("xlsx", "csv", "pdf")
SESSION_COLUMNS = (
    Column("employee_id", "Id", "Id", NUMBER, 6, 0),
    Column("employee", "Empleado", "Employee", TEXT, 24),
    Column("date", "Día", "Day", DATE, 11),
    Column("first_in", "Entrada", "First in", DATETIME, 19),
    Column("last_out", "Salida", "Last out", DATETIME, 19),
    Column("worked_s", "Trabajado", "Worked", DURATION, 10),
    Column("break_s", "Pausas", "Breaks", DURATION, 10),
    Column("cycles", "Tramos", "Cycles", NUMBER, 7, 0),
    Column("scheduled_s", "Previsto", "Scheduled", DURATION, 10),
    Column("late_s", "Retraso", "Late", DURATION, 9),
    Column("early_s", "Salida anticipada", "Left early", DURATION, 9),
    Column("overtime_s", "Horas extra", "Overtime", DURATION, 10),
    Column("flags", "Marcas", "Flags", TEXT, 28),
    Column("rules", "Normas incumplidas", "Rules broken", TEXT, 60),
)
RECORD_COLUMNS = (
    Column("date", "Día", "Day", DATE, 14),
    Column("start", "Entrada", "Start", TEXT, 9),
    Column("end", "Salida", "End", TEXT, 11),
    Column("break_s", "Pausas", "Breaks", DURATION, 9),
    Column("worked_s", "Trabajado", "Worked", DURATION, 12),
    Column("overtime_s", "Horas extra", "Overtime", DURATION, 10),
    Column("flags", "Incidencias", "Remarks", TEXT, 30),
)
MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_WORDS = {
    "es": {"title": "Registro de jornada", "sessions": "Jornadas", "from": "Desde",
           "to": "Hasta", "employee": "Empleado", "everyone": "Todos", "zone": "Zona horaria",
           "company": "Empresa", "tax_id": "CIF", "worker": "Trabajador/a",
           "total": "Total del mes", "sign_worker": "Firma del trabajador/a",
           "sign_company": "Firma y sello de la empresa", "open": "sin salida",
           "next_day": "(+1 d)", "margin": "Margen para una salida olvidada (min)"},
    "en": {"title": "Working time record", "sessions": "Sessions", "from": "From", "to": "To",
           "employee": "Employee", "everyone": "Everyone", "zone": "Time zone",
           "company": "Company", "tax_id": "Tax id", "worker": "Employee",
           "total": "Month total", "sign_worker": "Employee's signature",
           "sign_company": "Company's signature and stamp", "open": "no out",
           "next_day": "(+1 d)", "margin": "Margin for a forgotten out (min)"},
}


FLAG_WORDS = {
    "es": {"late": "retraso", "early": "salida anticipada", "overtime": "horas extra",
           "holiday": "festivo", "open": "salida sin fichar", "rule": "norma"},
    "en": {"late": "late", "early": "left early", "overtime": "overtime", "holiday": "holiday",
           "open": "out not punched", "rule": "rule"},
}


def flag_text(flags: Iterable[str], lang: str) -> str:
    """The flags in words ("retraso, norma max_9h"), for people rather than programs."""
    words = FLAG_WORDS[lang]
    return ", ".join(f"{words['rule']} {flag[5:]}" if flag.startswith("rule:")
                     else words.get(flag, flag) for flag in flags)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # sessions written


def _rule_texts(scope: SessionScope) -> dict[str, str]:
    return {rule.flag: rule.text for rule in scope.rules}


def _session_rows(works: Iterable[WorkSession], names: dict[int, str], zone: tzinfo,
                  texts: dict[str, str], written: list[int]) -> Iterator[list[Any]]:
    """SESSION_COLUMNS' values of each session, in order (a list: 130,000 of them in a year)."""
    for work in works:
        written[0] += 1
        yield [work.employee_id, names.get(work.employee_id, ""), work.date,
               work.first_in.astimezone(zone),
               work.last_out.astimezone(zone) if work.last_out else None, work.worked_s,
               work.break_s, work.cycles, work.scheduled_s, work.late_s, work.early_s,
               work.overtime_s, ", ".join(work.flags),
               "; ".join(texts[flag] for flag in work.flags if flag in texts)]


def _record_row(work: WorkSession, zone: tzinfo, lang: str) -> dict[str, Any]:
    words = _WORDS[lang]
    start = work.first_in.astimezone(zone)
    end = work.last_out.astimezone(zone) if work.last_out else None
    end_text = words["open"] if end is None else end.strftime("%H:%M") + (
        f" {words['next_day']}" if end.date() != start.date() else "")
    return {"date": work.date, "start": start.strftime("%H:%M"), "end": end_text,
            "break_s": work.break_s, "worked_s": work.worked_s, "overtime_s": work.overtime_s,
            "flags": flag_text(work.flags, lang)}


def _record_sections(works: Iterable[WorkSession], names: dict[int, str], settings: Any,
                     zone: tzinfo, lang: str, texts: dict[str, str],
                     written: list[int]) -> Iterator[PdfSection]:
    words = _WORDS[lang]
    company = " · ".join(part for part in (
        settings["punches.company_name"],
        settings["punches.company_tax_id"] and
        f"{words['tax_id']} {settings['punches.company_tax_id']}") if part)
    for (employee_id, year, month), month_works in groupby(
            works, key=lambda work: (work.employee_id, work.date.year, work.date.month)):
        days = list(month_works)
        written[0] += len(days)
        rows: list[dict[str, Any] | TotalRow] = [_record_row(work, zone, lang)
                                                 for work in days]
        rows.append(TotalRow({"date": words["total"],
                              "break_s": sum(work.break_s for work in days),
                              "worked_s": sum(work.worked_s for work in days),
                              "overtime_s": sum(work.overtime_s for work in days)}))
        name = names.get(employee_id, str(employee_id))
        lines = [f"{words['company']}: {company or '—'}",
                 f"{words['worker']}: {name} (id {employee_id})",
                 f"{MONTHS[lang][month - 1]} {year} · {words['zone']}: {zone_name_of(zone)}"]
        broken = sorted({flag for work in days for flag in work.flags if flag in texts})
        lines += [f"{flag_text([flag], lang)}: {texts[flag]}" for flag in broken]
        yield PdfSection(f"{words['title']} — {name} — {MONTHS[lang][month - 1]} {year}",
                         lines, RECORD_COLUMNS, rows,
                         (words["sign_worker"], words["sign_company"]))


def zone_name_of(zone: tzinfo) -> str:
    return str(getattr(zone, "key", "") or zone)


def _write_xlsx(path: Path, rows: Iterable[list[Any]], lang: str, sheet: str,
                parameters: dict[str, Any], progress: Callable[[int, int], Any] | None,
                cancel: Callable[[], bool] | None) -> None:
    """The sessions sheet streamed as XML (a year of 500 people is 130,000 rows: openpyxl's
    cells would take minutes), the parameters on a second sheet."""
    def stop_if_asked() -> None:
        if cancel is not None and cancel():
            raise JobCancelled()

    write_workbook(path, SESSION_COLUMNS,
                   ((row, False) for row in rows), lang=lang,
                   sheet=sheet, add_sheets=lambda book: parameters_sheet(book, parameters, lang),
                   total=0, progress=progress, cancel=stop_if_asked)


def export_sessions(db: Database, actor: Actor, start: date, end: date, path: Path, *,
                    settings: Any, fmt: str | None = None, employee: str | int | None = None,
                    lang: str = "es", now: datetime | None = None,
                    progress: Callable[[int, int], Any] | None = None,
                    cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the sessions of `start`..`end` (everyone's with punches.view_all, else one's own)
    to `path`, all or nothing: XLSX or CSV one row per session; PDF the monthly record of each
    employee, with signature lines. `cancel()` stops with JobCancelled and leaves no file."""
    check_range(start, end, MAX_RANGE_DAYS)
    if lang not in LANGUAGES:
        raise ValidationError("'{lang}' is not an export language.", "Use es or en.",
                              lang=lang[:10])
    path = Path(path)
    fmt = output_format(path, fmt, EXPORT_FORMATS)
    words = _WORDS[lang]
    written = [0]
    with db.session_factory() as session:
        wanted = visible_employee(session, actor, employee)
        scope = load_scope(session, settings, now)
        names = employee_names(session, None if wanted is None else [wanted])
        zone = scope.zone
        parameters = {words["from"]: start, words["to"]: end,
                      words["employee"]: names.get(wanted, "") if wanted else words["everyone"],
                      words["zone"]: zone_name_of(zone),
                      words["margin"]: int(scope.judge.open_margin.total_seconds() // 60)}
        works = stream_sessions(session, scope, start, end, wanted)
        if fmt == "pdf":
            write_pdf(path, words["title"],
                      _record_sections(works, names, settings, zone, lang, _rule_texts(scope),
                                       written),
                      lang=lang, parameters=parameters, progress=progress, cancel=cancel)
        else:
            rows = _session_rows(works, names, zone, _rule_texts(scope), written)
            if fmt == "csv":
                write_csv(path, SESSION_COLUMNS, rows, lang=lang,
                          delimiter=";" if lang == "es" else ",", parameters=parameters,
                          progress=progress, cancel=cancel)
            else:
                _write_xlsx(path, rows, lang, words["sessions"], parameters, progress, cancel)
    return ExportResult(path, written[0])
