"""The Sesame use cases every face calls: test the connection, generate a report, the history
of generated reports.

`generate_report` validates everything before it talks to Sesame, reads the catalogues (cached),
the employees of the offices/departments asked for, and the period's work entries (deleted ones
too: they show as incidences); builds the report (timedesk.sesame.report), writes it to a
temporary file renamed when complete, and records it in the history (the last
sesame.keep_reports are kept; older files are deleted) with an audit row. A filter is never
ignored: entries of employees outside it are dropped even if Sesame sent them.

Memory (a million entries under 400 MB): each page of work entries is parsed, filtered and
compacted into an EntryStore as it arrives (compact_page), so the raw JSON of all pages is
never held at once; the pages are then merged in Sesame's page order (merge_pages).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.errors import ConfigError, NotFound, TimedeskError, ValidationError
from timedesk.export import parameters_path
from timedesk.jobs import Progress
from timedesk.outputs import FORMATS, LANGUAGES
from timedesk.sesame import catalog, demo_company
from timedesk.sesame.client import CompanyInfo, SesameClient, base_url_for
from timedesk.sesame.entries import Catalogs, EntryStore, parse_employee, parse_work_entry
from timedesk.sesame.errors import TOKEN_SECRET
from timedesk.sesame.models import Difference, SesameReport
from timedesk.settings import SettingValues

if TYPE_CHECKING:  # imported where used: a cold start needs neither
    from timedesk.secrets import SecretReader
    from timedesk.sesame.report import ReportOptions

log = logging.getLogger(__name__)
MAX_DAYS = 366
PER_EMPLOYEE_FETCH = 3  # up to this many employees: ask Sesame for each one's entries only
ENTITY = "sesame_report"
TOLERANCE_S = 60  # totals closer than this to Sesame's agree


class ReportPhase(StrEnum):
    """What generate_report is doing, as its Progress.phase (the GUI words it)."""

    CATALOGUES = "catalogues"  # reading employees, activities and the filters' members
    PAGES = "pages"  # reading the period's work entries, page by page
    TOTALS = "totals"  # reading Sesame's own totals to compare
    ROWS = "rows"  # writing the report's rows


def make_client(settings: SettingValues, secrets: SecretReader, *, token: str | None = None,
                region: str | None = None, base_url: str | None = None) -> SesameClient:
    """A client for the configured (or given) region/base URL and the stored (or given) token;
    while `sesame.demo` is on (and no token or address is given), the demo company's."""
    if settings["sesame.demo"] and token is None and base_url is None:
        token, base_url = demo_company.DEMO_TOKEN, demo_base_url(settings)
        _demo_listener_answers(base_url)
    token = token if token is not None else secrets.get(TOKEN_SECRET)
    if not token or not token.strip():
        raise ConfigError("no Sesame token is set.",
                          "Store the company's API token: `timedesk secret set sesame_token` "
                          "(Sesame: Settings > Integrations > API), or set "
                          "TIMEDESK_SECRET_SESAME_TOKEN.")
    url = base_url_for(settings["sesame.region"] if region is None else region,
                       settings["sesame.base_url"] if base_url is None else base_url)
    return SesameClient(url, token, concurrency=settings["sesame.concurrency"],
                        requests_per_minute=settings["sesame.requests_per_minute"],
                        timeout=settings["sesame.timeout_s"],
                        page_size=settings["sesame.page_size"])


def sesame_connected(settings: SettingValues, secrets: SecretReader) -> bool:
    """Whether reports have a Sesame to read: the demo company is on, or a token is stored (a
    PC without a secret store has none)."""
    if settings["sesame.demo"]:
        return True
    try:
        token = secrets.get(TOKEN_SECRET)
    except TimedeskError:
        return False
    return bool(token and token.strip())


def demo_base_url(settings: SettingValues) -> str:
    """Where this PC's listener serves the demo company (timedesk/server/sesame_demo.py)."""
    if settings["listener.tls_cert"].strip():
        raise ConfigError("the demo company is served over plain HTTP only, and this listener "
                          "has a TLS certificate.",
                          "Turn sesame.demo off, or try the demo on a PC without "
                          "listener.tls_cert.")
    host = settings["listener.host"].strip()
    if host in ("", "0.0.0.0", "::"):
        host = "127.0.0.1"  # bound to every address: this PC's own is one of them
    elif ":" in host:
        host = f"[{host}]"  # an IPv6 literal
    return f"http://{host}:{settings['listener.port']}{demo_company.DEMO_PREFIX}"


def _demo_listener_answers(url: str) -> None:
    """ConfigError, saying what to start, when nothing listens where the demo company is."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), 2).close()
    except OSError:
        raise ConfigError("the demo company is served by this PC's listener, and nothing "
                          "listens at {address}.",
                          "Start timedesk (the app) or `timedesk serve` on this PC, or turn "
                          "sesame.demo off to use a Sesame account.",
                          address=f"{parts.hostname}:{parts.port}") from None


def test_connection(settings: SettingValues, secrets: SecretReader, *, token: str | None = None,
                    region: str | None = None, base_url: str | None = None) -> CompanyInfo:
    """The company the token opens; a typed error says why not (401, 403, DNS, timeout...)."""
    with make_client(settings, secrets, token=token, region=region, base_url=base_url) as client:
        client.retries = 1  # a person is waiting: one more try, not a long series
        return client.info()


test_connection.__test__ = False  # type: ignore[attr-defined]  # for pytest: not a test


@dataclass(frozen=True)
class ReportRequest:
    date_from: date
    date_to: date
    group_by: str = "employee"
    breaks: str = "absorb"
    employee_ids: tuple[str, ...] = ()
    office_ids: tuple[str, ...] = ()
    department_ids: tuple[str, ...] = ()
    fmt: str = "xlsx"
    lang: str = "es"
    out: Path | None = None  # None: the reports folder (paths.reports_dir) + a name
    cross_check: bool = False


@dataclass(frozen=True)
class GeneratedReport:
    id: int
    path: Path
    fmt: str
    rows: int
    employees: int
    total_seconds: int
    created_at: datetime
    differences: tuple[Difference, ...] | None = None  # None: not cross-checked
    date_from: date | None = None
    date_to: date | None = None
    group_by: str = "employee"
    lang: str = "es"
    filters: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, row: SesameReport) -> GeneratedReport:
        differences = None if row.differences is None else tuple(
            Difference.from_json(item) for item in row.differences)
        return cls(row.id, Path(row.path), row.fmt, row.rows, row.employees, row.total_seconds,
                   row.created_at, differences, row.date_from, row.date_to, row.group_by,
                   row.lang, dict(row.filters or {}))


def _options(ctx: Any, request: ReportRequest) -> ReportOptions:
    """Every check that needs no network; the report options."""
    from timedesk.sesame.report import ReportOptions

    for name in ("date_from", "date_to"):
        value = getattr(request, name)
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError("the report's {field} is not a date.",
                                  "Give it as YYYY-MM-DD.", field=name.replace('_', ' '))
    if request.fmt not in FORMATS:
        raise ValidationError("'{fmt}' is not a report format.", "Use xlsx or csv.",
                              fmt=request.fmt)
    if request.lang not in LANGUAGES:
        raise ValidationError("'{lang}' is not a report language.", "Use es or en.",
                              lang=request.lang)
    if (request.date_to - request.date_from).days >= MAX_DAYS:
        raise ValidationError("the period {date_from}..{date_to} is longer than "
                              "{max_days} days.", "Make one report per year or less.",
                              date_from=request.date_from, date_to=request.date_to,
                              max_days=MAX_DAYS)
    for name in ("employee_ids", "office_ids", "department_ids"):
        ids = getattr(request, name)
        if isinstance(ids, str) or any(not isinstance(i, str) or not i.strip() for i in ids):
            raise ValidationError("the report's {field} must be Sesame ids.",
                                  "Choose them from the lists, or leave them empty.",
                                  field=name.replace('_', ' '))
    if request.out is not None and not Path(request.out).parent.is_dir():
        raise ValidationError("the folder {parent} does not exist.",
                              "Create it first or choose another output file.",
                              parent=Path(request.out).parent)
    settings = ctx.settings
    return ReportOptions(request.date_from, request.date_to, group_by=request.group_by,
                         breaks=request.breaks,
                         split_at_midnight=settings["sesame.split_at_midnight"],
                         merge_gap_seconds=settings["sesame.merge_gap_seconds"],
                         today=date.today())


def generate_report(ctx: Any, actor: Actor, request: ReportRequest,
                    progress: Progress | None = None) -> GeneratedReport:
    """Fetch, build and write the attendance report of `request`; never half a file."""
    from timedesk.sesame.report import build_report, write_report

    require(actor, Permission.SESAME_REPORT)
    progress = progress or Progress()
    options = _options(ctx, request)
    progress.update(0, 0, "reading Sesame's catalogues", phase=ReportPhase.CATALOGUES)
    with make_client(ctx.settings, ctx.secrets) as client:
        catalogs = catalog.load_catalogs(ctx, actor, client)
        progress.check()
        allowed = _allowed_employees(client, request)
        pages = _work_entries(client, request, allowed, progress, catalogs)
        sesame_totals = (_sesame_totals(client, request, progress)
                         if request.cross_check else None)
    entries, catalogs = merge_pages(pages, catalogs)
    progress.check()
    report = build_report(entries, catalogs, options)
    differences = None
    if sesame_totals is not None:
        differences = cross_check(report, entries, catalogs, options, sesame_totals,
                                  allowed=allowed)
    path = _output_path(ctx, request)
    filters = _filters(request)  # what the file and the history say was asked for
    write_report(report, path, fmt=request.fmt, lang=request.lang,
                 extra_parameters=_extra_parameters(request, catalogs, filters),
                 progress=lambda done, total: progress.update(done, total, "rows written",
                                                              phase=ReportPhase.ROWS),
                 cancel=progress.check)
    return _remember(ctx, actor, request, path, report, differences, filters)


def _allowed_employees(client: SesameClient, request: ReportRequest) -> set[str] | None:
    """The Sesame ids the report may show; None: everyone."""
    allowed = set(request.employee_ids) if request.employee_ids else None
    if request.office_ids or request.department_ids:
        members = {str(e.get("id")) for e in client.employees(
            office_ids=request.office_ids, department_ids=request.department_ids)}
        allowed = members if allowed is None else allowed & members
    if allowed is not None and not allowed:
        raise ValidationError("no Sesame employee is in the offices, departments and employees "
                              "chosen.", "Widen the filters (or clear them) and try again.")
    return allowed


@dataclass
class EntryPage:
    """One page of Sesame's work entries, compacted as it arrived: the entries the report may
    show (parsed, in an EntryStore) and the employees they embed that the catalogue lacks. The
    page's raw JSON is not kept."""

    entries: EntryStore
    embedded: dict[str, dict[str, Any]]  # employee id -> the entry's `employee` object


def compact_page(raws: list[dict[str, Any]], catalogs: Catalogs,
                 allowed: set[str] | None) -> EntryPage:
    """A page of raw work entries as an EntryPage: every entry parsed (one Sesame cannot have
    sent fails the report), those of employees outside `allowed` dropped (a filter is never
    ignored, whatever Sesame sent)."""
    entries = [parse_work_entry(raw) for raw in raws]
    store = EntryStore.of(entry for entry in entries
                          if allowed is None or entry.employee_id in allowed)
    return EntryPage(store, _embedded_employees(catalogs, raws))


def _work_entries(client: SesameClient, request: ReportRequest, allowed: set[str] | None,
                  progress: Progress, catalogs: Catalogs) -> list[EntryPage]:
    """The period's work entries, page by page as EntryPages (in Sesame's page order)."""
    def convert(raws: list[dict[str, Any]]) -> EntryPage:
        return compact_page(raws, catalogs, allowed)

    progress.update(0, 0, "reading work entries", phase=ReportPhase.PAGES)

    if allowed is not None and len(allowed) <= PER_EMPLOYEE_FETCH:
        pages: list[EntryPage] = []
        for employee_id in sorted(allowed):
            pages.extend(client.work_entry_pages(request.date_from, request.date_to,
                                                 employee_id=employee_id, progress=progress,
                                                 convert=convert))
        return pages
    return client.work_entry_pages(request.date_from, request.date_to, progress=progress,
                                   convert=convert)


def merge_pages(pages: list[EntryPage], catalogs: Catalogs) -> tuple[EntryStore, Catalogs]:
    """All pages' entries in one EntryStore (in page order; each page is let go of once
    copied) and the catalogues with the employees only the entries named."""
    entries = EntryStore()
    embedded: dict[str, dict[str, Any]] = {}
    pages.reverse()
    while pages:
        page = pages.pop()
        entries.extend(page.entries)
        for employee_id, person in page.embedded.items():
            embedded.setdefault(employee_id, person)
    if embedded:
        employees = {**catalogs.employees,
                     **{k: parse_employee(p) for k, p in embedded.items()}}
        catalogs = Catalogs(employees, catalogs.check_types, catalogs.work_breaks,
                            catalogs.collections)
    return entries, catalogs


def _sesame_totals(client: SesameClient, request: ReportRequest,
                   progress: Progress) -> dict[tuple[str, date | None], int]:
    """Sesame's own worked seconds per employee for the period, and per day when the period
    is a month or less (so differences can name the days)."""
    progress.update(0, 0, "reading Sesame's own totals", phase=ReportPhase.TOTALS)
    totals = _totals(client.worked_hours(request.date_from, request.date_to), None)
    days = (request.date_to - request.date_from).days + 1
    if 1 < days <= 31:
        for offset in range(days):
            progress.check()
            day = request.date_from + timedelta(days=offset)
            totals.update(_totals(client.worked_hours(day, day), day))
    return totals


def _totals(items: list[dict[str, Any]], day: date | None) -> dict[tuple[str, date | None], int]:
    totals: dict[tuple[str, date | None], int] = {}
    for item in items:
        employee_id, seconds = item.get("employeeId"), item.get("secondsWorked")
        if employee_id and isinstance(seconds, (int, float)) and not isinstance(seconds, bool):
            key = (str(employee_id), day)
            totals[key] = totals.get(key, 0) + round(seconds)
    return totals


def cross_check(report: Any, entries: EntryStore, catalogs: Catalogs, options: Any,
                sesame: dict[tuple[str, date | None], int],
                allowed: set[str] | None) -> tuple[Difference, ...]:
    """Our worked seconds (breaks excluded, as Sesame counts them) against Sesame's, per
    employee for the period, then per day for the employees that differ."""
    from timedesk.sesame.report import build_report

    if options.breaks != "exclude":
        report = build_report(entries, catalogs, replace(options, breaks="exclude"),
                              now=report.now)
    ours: dict[tuple[str, date | None], int] = {}
    for row in report.rows:
        if row.total:
            for key in ((row.employee_id, None), (row.employee_id, row.day)):
                ours[key] = ours.get(key, 0) + row.seconds
    people = {key[0] for key in ours} | {key[0] for key in sesame if key[1] is None}
    if allowed is not None:
        people &= allowed
    days = sorted({key[1] for key in sesame if key[1] is not None})
    found = []
    for person in sorted(people):
        mine, theirs = ours.get((person, None), 0), sesame.get((person, None), 0)
        if abs(mine - theirs) <= TOLERANCE_S:
            continue
        name = catalogs.employees[person].full_name if person in catalogs.employees else person
        daily = [Difference(person, name, day, ours.get((person, day), 0),
                            sesame.get((person, day), 0)) for day in days]
        daily = [d for d in daily if abs(d.ours - d.sesame) > TOLERANCE_S]
        found.extend(daily or [Difference(person, name, None, mine, theirs)])
    return tuple(found)


def _embedded_employees(catalogs: Catalogs,
                        raws: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Employees that are in entries but not (yet) in the cached list: named from the entry
    (the first entry naming each)."""
    missing: dict[str, dict[str, Any]] = {}
    for raw in raws:
        person = raw.get("employee")
        if isinstance(person, dict) and person.get("id") \
                and str(person["id"]) not in catalogs.employees:
            missing.setdefault(str(person["id"]), person)
    return missing


def _filters(request: ReportRequest) -> dict[str, Any]:
    return {key: list(value) for key, value in (("employees", request.employee_ids),
                                               ("offices", request.office_ids),
                                               ("departments", request.department_ids)) if value}


def _extra_parameters(request: ReportRequest, catalogs: Catalogs,
                      filters: dict[str, Any]) -> list[tuple[str, str]]:
    es = request.lang == "es"
    names = {"employees": ("Empleados elegidos", "Employees chosen"),
             "offices": ("Centros", "Offices"), "departments": ("Departamentos", "Departments")}
    extra = []
    for key, ids in filters.items():
        shown = [catalogs.employees[i].full_name if key == "employees" and i in catalogs.employees
                 else i for i in ids]
        extra.append((names[key][0 if es else 1], ", ".join(shown)))
    return extra


def _output_path(ctx: Any, request: ReportRequest) -> Path:
    if request.out is not None:
        return Path(request.out).expanduser().absolute()
    folder = Path(ctx.paths.reports_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = (f"sesame_{request.date_from.isoformat()}_{request.date_to.isoformat()}_"
            f"{datetime.now():%Y%m%d-%H%M%S}")
    path, n = folder / f"{stem}.{request.fmt}", 1
    while path.exists() and n < 1000:  # two reports in one second: never overwrite one
        n += 1
        path = folder / f"{stem}-{n}.{request.fmt}"
    return path


def _remember(ctx: Any, actor: Actor, request: ReportRequest, path: Path, report: Any,
              differences: tuple[Difference, ...] | None,
              filters: dict[str, Any]) -> GeneratedReport:
    with ctx.db.unit_of_work() as session:
        row = SesameReport(
            created_at=utcnow(), created_by=actor.label[:120], path=str(path), fmt=request.fmt,
            lang=request.lang, date_from=request.date_from, date_to=request.date_to,
            group_by=request.group_by, breaks=request.breaks, filters=filters,
            rows=report.data_rows, employees=report.employees_count,
            total_seconds=report.total_seconds,
            differences=None if differences is None else [d.as_json() for d in differences])
        session.add(row)
        session.flush()
        record(session, actor, f"{ENTITY}.generated", ENTITY, row.id, after={
            "period": f"{request.date_from}..{request.date_to}", "fmt": request.fmt,
            "group_by": request.group_by, "breaks": request.breaks, "filters": filters,
            "rows": row.rows, "path": str(path)})
        info = GeneratedReport.of(row)
        _prune(session, actor, ctx.settings["sesame.keep_reports"], Path(ctx.paths.reports_dir))
    log.info("sesame report %s..%s written: %s (%d rows)", request.date_from, request.date_to,
             path, info.rows)
    return info


def _prune(session: Session, actor: Actor, keep: int, reports_dir: Path) -> None:
    """Forget the reports beyond the newest `keep`. Only files timedesk named itself in the
    reports folder are deleted: a file written where a person chose (--out, another folder) is
    theirs, and leaving the history does not take it away."""
    old = list(session.scalars(select(SesameReport).order_by(SesameReport.created_at.desc(),
                                                             SesameReport.id.desc())
                               .offset(keep)))
    for row in old:
        _forget(session, actor, row, "sesame.keep_reports",
                delete_file=Path(row.path).parent.resolve() == reports_dir.resolve())


def _forget(session: Session, actor: Actor, row: SesameReport, why: str, *,
            delete_file: bool = True) -> None:
    files = (Path(row.path), parameters_path(Path(row.path))) if row.fmt == "csv" else \
        (Path(row.path),)
    for path in files if delete_file else ():
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # a file open elsewhere stays; its history row goes all the same
            log.warning("could not delete the old report %s: %s", path, exc.strerror)
    record(session, actor, f"{ENTITY}.deleted", ENTITY, row.id,
           before={"path": row.path, "period": f"{row.date_from}..{row.date_to}"}, note=why)
    session.delete(row)


def list_generated_reports(ctx: Any, actor: Actor) -> list[GeneratedReport]:
    """The reports generated so far, newest first (at most sesame.keep_reports)."""
    require(actor, Permission.SESAME_VIEW)
    with ctx.db.session_factory() as session:
        rows = session.scalars(select(SesameReport).order_by(SesameReport.created_at.desc(),
                                                             SesameReport.id.desc())
                               .limit(ctx.settings["sesame.keep_reports"]))
        return [GeneratedReport.of(row) for row in rows]


def delete_generated_report(ctx: Any, actor: Actor, report_id: int) -> None:
    """Forget a generated report and delete its file."""
    require(actor, Permission.SESAME_REPORT)
    with ctx.db.unit_of_work() as session:
        row = session.get(SesameReport, report_id)
        if row is None:
            raise NotFound("there is no generated report #{report_id}.",
                           "Refresh the list of reports.", report_id=report_id)
        _forget(session, actor, row, "deleted by hand")

