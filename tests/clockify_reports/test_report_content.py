"""What a Clockify report holds, checked against totals computed by hand: the seed's 21 columns
in its order plus Usuario and ID Clockify, raw vs valid durations, decimal hours, the TOTALES row,
"usuario" times in each session's zone (the 2025 sample's Asia/Calcutta, +05:30), the period's
days in the office's zone, and the typed XLSX cells / CSV fields that carry them."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from clockify_helpers import deliver, sample, variant

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify.backfill import import_members
from timedesk.clockify.reports import write_report
from timedesk.errors import NotFound, PermissionDenied, ValidationError

WEEK = (date(2025, 6, 16), date(2025, 6, 22))
JOHN = "684446430300f917a02c198a"  # the 2025 sample's user
JP = "625cf4a6a7d9d34012f70de1"  # the 2022 sample's user
SEED_HEADERS_ES = [
    "Descripcion", "Nombre del proyecto", "Nombre de la tarea", "Fecha de inicio (UTC)",
    "Fecha de inicio (usuario)", "Fecha de fin (UTC)", "Fecha de fin (usuario)",
    "Fecha de inicio valida (UTC)", "Fecha de inicio valida (usuario)",
    "Fecha de fin valida (UTC)", "Fecha de fin valida (usuario)", "Duracion", "Duracion valida",
    "Duracion(decimal)", "Duracion valida(decimal)", "Zona Horaria", "En curso", "Overtime",
    "Modificaciones", "Estado", "Observacion"]
HEADERS_EN = [
    "Description", "Project name", "Task name", "Start date (UTC)", "Start date (user)",
    "End date (UTC)", "End date (user)", "Valid start date (UTC)", "Valid start date (user)",
    "Valid end date (UTC)", "Valid end date (user)", "Duration", "Valid duration",
    "Duration (decimal)", "Valid duration (decimal)", "Time zone", "Running", "Overtime",
    "Edits", "Status", "Observation", "User", "Clockify ID"]


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture
def week_of_sessions(ctx, db, bus):
    """The 2025 sample (a manual entry of 11 h 48 min in Asia/Calcutta: under review, overtime),
    and for JP: 30 min edited to 90 min (under review: raw 1:30, valid 0:30), 45 min with no
    zone, one running, one deleted and one in the next week."""
    ctx.settings.override("office.timezone", "Europe/Madrid")
    deliver(db, bus, "NEW_TIME_ENTRY", sample("NEW_TIME_ENTRY.2025"))
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 16, 8), minutes=30))
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=utc(2025, 6, 16, 8), minutes=90))
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 17, 9), minutes=45, id="d" * 24))
    deliver(db, bus, "NEW_TIMER_STARTED", variant(start=utc(2025, 6, 18, 10), end=None,
                                                  id="e" * 24))
    gone = variant(start=utc(2025, 6, 19, 9), minutes=60, id="f" * 24)
    deliver(db, bus, "TIMER_STOPPED", gone)
    deliver(db, bus, "TIME_ENTRY_DELETED", gone)
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 23, 9), minutes=60, id="a" * 24))
    import_members(db, bus, [{"id": JP, "name": "JP Weijers", "email": "jp@example.com"}])


def xlsx_rows(path):
    return [list(r) for r in openpyxl.load_workbook(path).worksheets[0].iter_rows(
        values_only=True)]


def test_the_weekly_report_lists_each_session_with_raw_and_valid_times_and_totals(
        ctx, db, admin_actor, tmp_path, week_of_sessions):
    path = write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], out=tmp_path / "r.xlsx",
                        settings=ctx.settings)
    rows = xlsx_rows(path)
    assert rows[0] == SEED_HEADERS_ES + ["Usuario", "ID Clockify"]
    john, edited, plain, running, totals = rows[1:]
    assert john == [
        "Test", "Test", "test",
        datetime(2025, 6, 16, 7, 5), datetime(2025, 6, 16, 12, 35),
        datetime(2025, 6, 16, 18, 53), datetime(2025, 6, 17, 0, 23),
        datetime(2025, 6, 16, 7, 5), datetime(2025, 6, 16, 12, 35),
        datetime(2025, 6, 16, 18, 53), datetime(2025, 6, 17, 0, 23),
        timedelta(hours=11, minutes=48), timedelta(hours=11, minutes=48), 11.8, 11.8,
        "Asia/Calcutta", False, True, 0, "EN OBSERVACION", None, "johndoe",
        "68453d0cf0c88d522704ab76"]
    # JP's edit beyond the tolerance: Clockify says 1:30, the valid times keep 0:30
    assert edited[3:15] == [
        datetime(2025, 6, 16, 8), datetime(2025, 6, 16, 10), datetime(2025, 6, 16, 9, 30),
        datetime(2025, 6, 16, 11, 30), datetime(2025, 6, 16, 8), datetime(2025, 6, 16, 10),
        datetime(2025, 6, 16, 8, 30), datetime(2025, 6, 16, 10, 30),
        timedelta(minutes=90), timedelta(minutes=30), 1.5, 0.5]
    assert (edited[15:21], edited[21]) == (["Europe/Madrid", False, False, 1, "EN OBSERVACION",
                                            None], "JP Weijers")
    assert (plain[11:16], plain[19], plain[22]) == (
        [timedelta(minutes=45), timedelta(minutes=45), 0.75, 0.75, "Europe/Madrid"],
        "APROBADO", "d" * 24)
    assert (running[5], running[6], running[11], running[13], running[16]) == (
        None, None, None, None, True)
    # 42,480 + 5,400 + 2,700 s raw = 14:03:00; 42,480 + 1,800 + 2,700 s valid = 13:03:00
    assert totals[0] == "TOTALES" and totals[1:11] == [None] * 10
    assert totals[11:15] == [timedelta(hours=14, minutes=3), timedelta(hours=13, minutes=3),
                             14.05, 13.05]


def test_english_reports_have_english_headers_statuses_and_totals_row(
        ctx, db, admin_actor, tmp_path, week_of_sessions):
    rows = xlsx_rows(write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], lang="en",
                                  out=tmp_path / "r.xlsx", settings=ctx.settings))
    assert rows[0] == HEADERS_EN
    assert [r[19] for r in rows[1:-1]] == ["Under review", "Under review", "Approved",
                                           "Approved"]
    assert rows[-1][0] == "TOTALS"
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Sessions", "Parameters"]
    parameters = dict(list(book["Parameters"].iter_rows(values_only=True))[1:])
    assert parameters["Period"] == "2025-06-16 – 2025-06-22"
    assert (parameters["User"], parameters["Period time zone"], parameters["Sessions"]) == (
        "All users", "Europe/Madrid", "4")


def test_the_cells_carry_formats_that_let_a_sheet_be_summed(ctx, db, admin_actor, tmp_path,
                                                             week_of_sessions):
    path = write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], out=tmp_path / "r.xlsx",
                        settings=ctx.settings)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    first, totals = list(sheet.iter_rows())[1], list(sheet.iter_rows())[-1]
    assert [first[i].number_format for i in (3, 4, 11, 12, 13, 14)] == [
        "dd/mm/yyyy hh:mm:ss", "dd/mm/yyyy hh:mm:ss", "[h]:mm:ss", "[h]:mm:ss", "0.00", "0.00"]
    assert all(cell.font.b for cell in totals) and not first[0].font.b


def test_a_report_for_one_user_is_found_by_email_or_clockify_id(ctx, db, admin_actor, tmp_path,
                                                                 week_of_sessions):
    by_email = xlsx_rows(write_report(db, admin_actor, start=WEEK[0], end=WEEK[1],
                                      user="JP@Example.com", out=tmp_path / "jp.xlsx",
                                      settings=ctx.settings))
    by_id = xlsx_rows(write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], user=JOHN,
                                   out=tmp_path / "john.xlsx", settings=ctx.settings))
    assert {r[21] for r in by_email[1:-1]} == {"JP Weijers"} and len(by_email) == 5
    assert by_email[-1][11:15] == [timedelta(minutes=135), timedelta(minutes=75), 2.25, 1.25]
    assert [r[21] for r in by_id[1:-1]] == ["johndoe"]
    parameters = dict(list(openpyxl.load_workbook(tmp_path / "jp.xlsx")["Parámetros"]
                           .iter_rows(values_only=True))[1:])
    assert parameters["Usuario"] == f"JP Weijers <jp@example.com> ({JP})"


def test_csv_reports_have_a_bom_the_same_fields_in_every_row_and_a_decimal_comma(
        ctx, db, admin_actor, tmp_path, week_of_sessions):
    path = write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], fmt="csv",
                        out=tmp_path / "r.csv", settings=ctx.settings)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfDescripcion;Nombre del proyecto;")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(table) == 6 and {len(r) for r in table} == {23}
    assert table[1][3:16] == [
        "16/06/2025 07:05:00", "16/06/2025 12:35:00", "16/06/2025 18:53:00",
        "17/06/2025 00:23:00", "16/06/2025 07:05:00", "16/06/2025 12:35:00",
        "16/06/2025 18:53:00", "17/06/2025 00:23:00", "11:48:00", "11:48:00", "11,80", "11,80",
        "Asia/Calcutta"]
    assert (table[1][16], table[1][17]) == ("No", "Sí")
    assert table[-1][:1] + table[-1][11:15] == ["TOTALES", "14:03:00", "13:03:00", "14,05",
                                                 "13,05"]
    assert (tmp_path / "r.parameters.csv").exists()


def test_period_days_are_counted_in_the_offices_time_zone(ctx, db, bus, admin_actor, tmp_path):
    ctx.settings.override("office.timezone", "Europe/Madrid")
    # 22:30 UTC is already the next day in Madrid (UTC+2 in June)
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 15, 22, 30), minutes=10,
                                              id="1" * 24))
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 22, 22, 30), minutes=10,
                                              id="2" * 24))
    rows = xlsx_rows(write_report(db, admin_actor, start=WEEK[0], end=WEEK[1],
                                  out=tmp_path / "r.xlsx", settings=ctx.settings))
    assert [r[22] for r in rows[1:-1]] == ["1" * 24]
    assert rows[1][4] == datetime(2025, 6, 16, 0, 30)  # no zone sent: the office's


def test_a_period_without_sessions_still_has_its_header_and_a_zero_totals_row(
        ctx, db, admin_actor, tmp_path):
    rows = xlsx_rows(write_report(db, admin_actor, start=WEEK[0], end=WEEK[1],
                                  out=tmp_path / "r.xlsx", settings=ctx.settings))
    assert len(rows) == 2 and rows[1][0] == "TOTALES"
    assert rows[1][11:15] == [timedelta(0), timedelta(0), 0, 0]


def test_bad_requests_are_refused_before_anything_is_written(ctx, db, admin_actor, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "r.xlsx"
    with pytest.raises(ValidationError, match="starts .* after it ends"):
        write_report(db, admin_actor, start=WEEK[1], end=WEEK[0], out=out, settings=ctx.settings)
    with pytest.raises(NotFound, match="nobody@example.com"):
        write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], user="nobody@example.com",
                     out=out, settings=ctx.settings)
    with pytest.raises(ValidationError, match="format"):
        write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], fmt="pdf", out=out,
                     settings=ctx.settings)
    with pytest.raises(ValidationError, match="language"):
        write_report(db, admin_actor, start=WEEK[0], end=WEEK[1], lang="fr", out=out,
                     settings=ctx.settings)
    receptionist = Actor("user", "recepcion", Role.RECEPTIONIST, 3)
    with pytest.raises(PermissionDenied):
        write_report(db, receptionist, start=WEEK[0], end=WEEK[1], out=out,
                     settings=ctx.settings)
    assert list((tmp_path / "out").iterdir()) == []
