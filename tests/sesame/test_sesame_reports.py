"""generate_report end to end against the fake Sesame API, on SQLite and PostgreSQL: the XLSX
and CSV files' values, filters that are never ignored, all-or-nothing on a failing page or a
Cancel, validation before any request, the cross-check, and the history (keep the last N)."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from fake_sesame import DEPT_FIELD, OFFICE_MADRID
from sqlalchemy import select

from timedesk.audit.models import AuditEntry
from timedesk.auth.permissions import Actor, Role
from timedesk.errors import NotFound, PermissionDenied, ValidationError
from timedesk.export import parameters_path
from timedesk.jobs import JobCancelled, Progress
from timedesk.sesame.errors import SesamePageFailed
from timedesk.sesame.service import (
    ReportPhase,
    ReportRequest,
    delete_generated_report,
    generate_report,
    list_generated_reports,
)

WEEK = (date(2026, 3, 2), date(2026, 3, 8))
ANA, BRUNO, CARLA = (f"e0000000-0000-4000-8000-{n:012d}" for n in (1, 2, 3))
ENTRIES = "/schedule/v1/work-entries"
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # no SQL in it


@pytest.fixture
def out_dir(tmp_path):
    """A folder of its own for the reports (the test's folder also holds TIMEDESK_HOME)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def request(out_dir: Path, name: str = "semana.xlsx", **options) -> ReportRequest:
    fmt = "csv" if name.endswith(".csv") else "xlsx"
    return ReportRequest(*WEEK, out=out_dir / name, **{"fmt": fmt, **options})


def table(path: Path) -> list[tuple]:
    return list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))


def names_in(path: Path) -> set[str]:
    return {row[0] for row in table(path)[1:]}


def test_an_xlsx_report_has_the_rows_totals_parameters_and_incidences(connected, ctx,
                                                                      admin_actor, out_dir):
    report = generate_report(ctx, admin_actor, request(out_dir), Progress())
    assert report.path == out_dir / "semana.xlsx" and report.fmt == "xlsx"
    book = openpyxl.load_workbook(report.path)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:9] == ("Empleado", "Tipo ID", "Nº ID", "Fecha", "Actividad", "Grupo",
                           "Entrada", "Salida", "Tiempo Registrado")
    ana = [r for r in rows if r[0] == "Ana Álvarez"]
    assert ana[0][4:9] == ("Oficina", "Presencial", *ana[0][6:8], timedelta(hours=9))
    assert (ana[0][6].hour, ana[0][7].hour) == (9, 18)  # the lunch pause absorbed
    assert ana[1][4] == "TOTAL" and ana[1][8] == timedelta(hours=9)
    bruno = [r for r in rows if r[0] == "Bruno Benítez"]
    assert bruno[0][3].date() == date(2026, 3, 2) and bruno[0][8] == timedelta(hours=8)
    assert [r[1] for r in rows if r[0] == "Carla Castro"] == ["nic", "nic"]
    sheets = [sheet.title for sheet in book.worksheets]
    assert sheets == ["Reporte Fichajes", "Parámetros", "Incidencias"]
    kinds = {r[0] for r in book["Incidencias"].iter_rows(min_row=2, values_only=True)}
    assert kinds == {"Sin salida", "Borrado"}  # the open and the deleted entry
    assert report.rows == 5 and report.employees == 4
    assert report.total_seconds == (9 + 8 + 4 + 2) * 3600
    assert {"onlyReturn": "all"}.items() <= fake_query(connected).items()


def fake_query(fake) -> dict:
    return fake.seen(ENTRIES)[-1].query


def test_a_csv_report_excluding_breaks_by_group_in_english(connected, ctx, admin_actor,
                                                            out_dir):
    report = generate_report(ctx, admin_actor, request(
        out_dir, "week.csv", breaks="exclude", group_by="group", lang="en"), Progress())
    with open(report.path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=","))  # English: commas
    assert rows[0] == ["Employee", "ID type", "ID number", "Date", "Activity", "Group",
                       "Clock-in", "Clock-out", "Time recorded", "Breaks"]
    assert all(len(row) == len(rows[0]) for row in rows)
    ana = [row for row in rows if row[0] == "Ana Álvarez" and row[4] == "TOTAL"]
    assert ana[0][8] == "08:00:00" and ana[0][9] == "01:00:00"
    remote = [row for row in rows if row[5] == "Remoto"]
    assert [row[0] for row in remote] == ["Carla Castro"]
    assert rows[-1][4] == "TOTAL"  # the last TOTAL row is there


def test_an_office_and_department_filter_keeps_only_their_employees(connected, ctx,
                                                                    admin_actor, out_dir):
    report = generate_report(ctx, admin_actor, request(
        out_dir, office_ids=(OFFICE_MADRID,), department_ids=(DEPT_FIELD,)), Progress())
    assert names_in(report.path) == {"Bruno Benítez"}
    asked = connected.seen("/core/v3/employees")[-1].query
    assert asked["officeIds"] == OFFICE_MADRID and asked["departmentIds"] == DEPT_FIELD
    params = dict(openpyxl.load_workbook(report.path)["Parámetros"].iter_rows(
        min_row=2, values_only=True))
    assert params["Centros"] == OFFICE_MADRID and params["Departamentos"] == DEPT_FIELD


def test_an_employee_filter_holds_even_when_sesame_sends_everyone(connected, ctx, admin_actor,
                                                                  out_dir):
    everything = {"data": [dict(e, employee={"id": e["employee"]["id"]})
                           for e in connected.work_entries],
                  "meta": {"currentPage": 1, "lastPage": 1, "total": 8, "perPage": 500}}
    connected.answer(ENTRIES, body=everything)  # a Sesame that ignores employeeId
    report = generate_report(ctx, admin_actor, request(out_dir, employee_ids=(CARLA,)),
                             Progress())
    assert names_in(report.path) == {"Carla Castro"}
    assert fake_query(connected)["employeeId"] == CARLA


@SQLITE_ONLY
def test_a_filter_nobody_matches_is_refused_without_a_file(connected, ctx, admin_actor,
                                                           out_dir):
    with pytest.raises(ValidationError, match="no Sesame employee"):
        generate_report(ctx, admin_actor, request(out_dir, office_ids=("nowhere",)),
                        Progress())
    assert list(out_dir.iterdir()) == []


def test_a_page_that_keeps_failing_fails_the_report_and_writes_nothing(connected, ctx,
                                                                       admin_actor, out_dir,
                                                                       fast_retries):
    ctx.settings.override("sesame.page_size", 2)
    connected.answer(ENTRIES, 500, page=3)
    with pytest.raises(SesamePageFailed, match="page 3"):
        generate_report(ctx, admin_actor, request(out_dir), Progress())
    assert list(out_dir.iterdir()) == []
    assert list_generated_reports(ctx, admin_actor) == []


def test_cancel_while_fetching_stops_and_writes_nothing(connected, ctx, admin_actor, out_dir):
    ctx.settings.override("sesame.page_size", 2)

    class CancelOnPageTwo(Progress):
        def update(self, done, total=None, message=None, *, phase=None):
            super().update(done, total, message, phase=phase)
            if message and "page 2" in message:
                self.cancel()

    with pytest.raises(JobCancelled):
        generate_report(ctx, admin_actor, request(out_dir), CancelOnPageTwo())
    assert list(out_dir.iterdir()) == []
    assert list_generated_reports(ctx, admin_actor) == []


@SQLITE_ONLY
@pytest.mark.parametrize("changes, words", [
    ({"date_from": date(2026, 3, 9)}, "before it starts"),
    ({"fmt": "pdf"}, "'pdf' is not a report format"),
    ({"group_by": "office"}, "not a report grouping"),
    ({"breaks": "ignore"}, "not a break policy"),
    ({"lang": "fr"}, "not a report language"),
    ({"date_from": date(2025, 1, 1)}, "longer than 366 days"),
    ({"out": Path("/nonexistent/folder/r.xlsx")}, "does not exist"),
])
def test_bad_requests_are_refused_before_asking_sesame(connected, ctx, admin_actor, out_dir,
                                                       changes, words):
    fields = {"date_from": WEEK[0], "date_to": WEEK[1], "out": out_dir / "r.xlsx", **changes}
    with pytest.raises(ValidationError, match=words):
        generate_report(ctx, admin_actor, ReportRequest(**fields), Progress())
    assert connected.requests == []


@SQLITE_ONLY
def test_a_receptionist_may_not_generate_reports(connected, ctx, out_dir):
    with pytest.raises(PermissionDenied):
        generate_report(ctx, Actor("user", "recepcion", Role.RECEPTIONIST), request(out_dir),
                        Progress())


def test_the_cross_check_names_the_employee_and_day_that_differ(connected, ctx, admin_actor,
                                                                out_dir):
    agrees = generate_report(ctx, admin_actor, request(out_dir, cross_check=True), Progress())
    assert agrees.differences == ()
    connected.worked_seconds_delta = {(ANA, "2026-03-02"): -3600}
    differs = generate_report(ctx, admin_actor, request(out_dir, "b.xlsx", cross_check=True),
                              Progress())
    assert [(d.employee, d.day, d.ours, d.sesame) for d in differs.differences] == [
        ("Ana Álvarez", date(2026, 3, 2), 8 * 3600, 7 * 3600)]  # breaks excluded, as Sesame
    assert list_generated_reports(ctx, admin_actor)[0].differences == differs.differences


@SQLITE_ONLY
def test_the_report_says_each_phase_as_a_typed_progress_phase(connected, ctx, admin_actor,
                                                               out_dir):
    heard: list[tuple[str, int, int]] = []
    progress = Progress(lambda: heard.append((progress.phase, progress.done, progress.total)))
    generate_report(ctx, admin_actor, request(out_dir, cross_check=True), progress)
    phases = [phase for i, (phase, _, _) in enumerate(heard) if i == 0 or heard[i - 1][0] != phase]
    assert phases == [ReportPhase.CATALOGUES, ReportPhase.PAGES, ReportPhase.TOTALS,
                      ReportPhase.ROWS]
    pages = [(done, total) for phase, done, total in heard if phase == ReportPhase.PAGES]
    assert pages[-1][0] == pages[-1][1] > 0  # the client's page counts keep the phase
    rows = [(done, total) for phase, done, total in heard if phase == ReportPhase.ROWS]
    assert rows[-1][0] == rows[-1][1] > 0


def test_the_history_keeps_the_last_reports_and_leaves_files_a_person_placed(
        connected, ctx, admin_actor, out_dir):
    ctx.settings.override("sesame.keep_reports", 2)
    made = [generate_report(ctx, admin_actor, request(out_dir, f"r{i}.xlsx"), Progress())
            for i in range(3)]
    kept = list_generated_reports(ctx, admin_actor)
    assert [r.id for r in kept] == [made[2].id, made[1].id]
    assert made[0].path.exists()  # written where a person chose: forgotten, not deleted
    delete_generated_report(ctx, admin_actor, made[1].id)
    assert not made[1].path.exists()
    assert [r.id for r in list_generated_reports(ctx, admin_actor)] == [made[2].id]
    with pytest.raises(NotFound):
        delete_generated_report(ctx, admin_actor, made[1].id)
    with ctx.db.session_factory() as session:
        actions = [a.action for a in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "sesame_report"))]
    assert actions.count("sesame_report.generated") == 3
    assert actions.count("sesame_report.deleted") == 2


@SQLITE_ONLY
def test_pruning_deletes_old_files_of_the_reports_folder_with_their_parameters(
        connected, ctx, admin_actor):
    ctx.settings.override("sesame.keep_reports", 1)
    first = generate_report(ctx, admin_actor, ReportRequest(*WEEK, fmt="csv"), Progress())
    sidecar = parameters_path(first.path)
    assert first.path.exists() and sidecar.exists()
    generate_report(ctx, admin_actor, ReportRequest(*WEEK, fmt="csv"), Progress())
    assert not first.path.exists() and not sidecar.exists()


@SQLITE_ONLY
def test_without_an_output_file_the_report_goes_to_the_reports_folder(connected, ctx,
                                                                      admin_actor):
    report = generate_report(ctx, admin_actor, ReportRequest(*WEEK, fmt="csv"), Progress())
    assert report.path.parent == ctx.paths.reports_dir and report.path.suffix == ".csv"
    assert report.path.name.startswith("sesame_2026-03-02_2026-03-08_")
