"""Groupings: labels, section order and totals; employees never merge."""

from datetime import date

import pytest
from sesame_report_support import at, data_rows, pause, report, totals, work

from timedesk.errors import ValidationError
from timedesk.sesame.report import ReportOptions

H = 3600


def entries():
    return [work(at(9), at(11), check_type="meet"), work(at(11), at(13), check_type="desk"),
            pause(at(13), at(14)), work(at(14), at(15)),
            work(at(9), at(10), employee="bea", check_type="desk")]


def test_by_employee_one_row_per_joined_block_names_its_activities_and_groups():
    built = report(entries())
    rows = data_rows(built)
    assert [(r.employee, r.activity, r.group, r.seconds) for r in rows] == [
        ("Ana Pérez", ("Reunión", "Mostrador", None), ("Oficina", "Atención", None), 6 * H),
        ("Bea Alonso", ("Mostrador",), ("Atención",), H)]  # sorted by name: Ana, then Bea
    assert (rows[0].id_type, rows[0].nid) == ("dni", "12345678Z")


def test_by_activity_sections_sort_by_activity_then_employee_and_breaks_join_the_block_before():
    built = report(entries(), group_by="activity")
    assert [(r.activity, r.employee_id, r.seconds, r.total) for r in built.rows] == [
        (("Mostrador",), "ana", 3 * H, False),  # 11-13 + the 13-14 lunch absorbed
        ((), "ana", 3 * H, True),
        (("Mostrador",), "bea", H, False), ((), "bea", H, True),
        (("Reunión",), "ana", 2 * H, False), ((), "ana", 2 * H, True),
        ((None,), "ana", H, False), ((), "ana", H, True)]  # the regular entry last


def test_by_group_uses_the_collection_of_the_check_type_and_no_group_last():
    built = report(entries(), group_by="group")
    assert [(r.group, r.employee_id, r.seconds) for r in data_rows(built)] == [
        (("Atención",), "ana", 3 * H), (("Atención",), "bea", H),
        (("Oficina",), "ana", 2 * H), ((None,), "ana", H)]
    assert sum(t.seconds for t in totals(built)) == built.total_seconds == 7 * H


def test_totals_are_per_employee_and_day():
    built = report([work(at(9), at(10)), work(at(9, day=11), at(12, day=11)),
                    work(at(16, day=11), at(17, day=11))])
    assert [(t.day, t.seconds) for t in totals(built)] == [(date(2025, 12, 10), H),
                                                          (date(2025, 12, 11), 4 * H)]
    assert built.employees_count == 1 and built.data_rows == 3


@pytest.mark.parametrize("changes, message", [
    ({"group_by": "office"}, "not a report grouping"),
    ({"breaks": "ignore"}, "not a break policy"),
    ({"date_to": date(2025, 11, 1)}, "before it starts"),
    ({"merge_gap_seconds": -1}, "not a gap"),
])
def test_bad_options_are_refused_with_what_to_do(changes, message):
    values = {"date_from": date(2025, 12, 1), "date_to": date(2025, 12, 31), **changes}
    with pytest.raises(ValidationError, match=message):
        ReportOptions(**values)
