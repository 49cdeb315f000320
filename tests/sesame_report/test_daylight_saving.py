"""Nights when the clocks change: every time of day shows the wall time of that moment (the
offset Sesame sent for it), in the rows and in the written files; totals count real seconds."""

import csv
from datetime import date, datetime, timedelta, timezone

from sesame_report_support import NOW, catalogs, data_rows, totals, work

from timedesk.sesame.report import ReportOptions, build_report, write_report

H = 3600
WINTER, SUMMER = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
MARCH = work(datetime(2026, 3, 28, 22, tzinfo=WINTER), datetime(2026, 3, 29, 7, tzinfo=SUMMER))
OCTOBER = work(datetime(2026, 10, 24, 22, tzinfo=SUMMER),
               datetime(2026, 10, 25, 6, tzinfo=WINTER))


def report(entries, *, date_from, date_to, **options):
    return build_report(entries, catalogs(), ReportOptions(date_from, date_to, **options),
                        now=NOW)


def wall(moment):
    return None if moment is None else moment.strftime("%H:%M")


def shown(built):
    return [(r.day, wall(r.start), wall(r.end), r.seconds) for r in data_rows(built)]


def test_a_split_night_in_march_shows_the_clock_out_at_its_own_wall_time():
    built = report([MARCH], split_at_midnight=True, date_from=date(2026, 3, 1),
                   date_to=date(2026, 3, 31))
    assert shown(built) == [(date(2026, 3, 28), "22:00", "00:00", 2 * H),
                            (date(2026, 3, 29), "00:00", "07:00", 6 * H)]
    assert sum(t.seconds for t in totals(built)) == 8 * H


def test_a_split_night_in_october_shows_the_clock_out_at_its_own_wall_time():
    built = report([OCTOBER], split_at_midnight=True, date_from=date(2026, 10, 1),
                   date_to=date(2026, 10, 31))
    assert shown(built) == [(date(2026, 10, 24), "22:00", "00:00", 2 * H),
                            (date(2026, 10, 25), "00:00", "06:00", 7 * H)]


def test_an_unsplit_night_shows_both_ends_at_their_own_wall_times():
    built = report([MARCH, OCTOBER], date_from=date(2026, 3, 1), date_to=date(2026, 10, 31))
    assert shown(built) == [(date(2026, 3, 28), "22:00", "07:00", 8 * H),
                            (date(2026, 10, 24), "22:00", "06:00", 9 * H)]


def test_the_csv_writes_the_wall_times_of_a_split_daylight_saving_night(tmp_path):
    built = report([MARCH, OCTOBER], split_at_midnight=True, date_from=date(2026, 3, 1),
                   date_to=date(2026, 10, 31))
    path = write_report(built, tmp_path / "r.csv", fmt="csv", lang="en")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = [r for r in csv.reader(stream) if len(r) > 8 and r[4] != "TOTAL"][1:]
    assert [(r[3], r[6], r[7], r[8]) for r in rows] == [
        ("28/03/2026", "22:00:00", "00:00:00", "02:00:00"),
        ("29/03/2026", "00:00:00", "07:00:00", "06:00:00"),
        ("24/10/2026", "22:00:00", "00:00:00", "02:00:00"),
        ("25/10/2026", "00:00:00", "06:00:00", "07:00:00")]
