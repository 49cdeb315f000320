"""Names sort the same on every computer, accents and case aside ("Óscar" with the O's, not
after every Z), and the Incidencias sheet tells apart two people with the same name."""

from datetime import datetime

import openpyxl
from sesame_report_support import NOW, PERIOD, at, work

from timedesk.sesame.entries import Catalogs, SesameEmployee
from timedesk.sesame.report import ReportOptions, build_report, write_report
from timedesk.text_sort import name_key


def people(*names):
    return {f"e{i}": SesameEmployee(f"e{i}", first, last, None, f"{i:08d}Z", "dni", None)
            for i, (first, last) in enumerate(names)}


def build(employees, entries, **options):
    catalogs = Catalogs(employees, {"meet": "Ópera", "desk": "Zócalo", "x": "atención"}, {}, {})
    return build_report(entries, catalogs, ReportOptions(*PERIOD, **options), now=NOW)


def test_the_name_key_folds_accents_and_case_and_breaks_ties_by_the_raw_name():
    names = ["Zoe", "Óscar", "oscar", "Oscar", "Álvaro", "alba", "Ñu", "nube"]
    assert sorted(names, key=name_key) == ["alba", "Álvaro", "Ñu", "nube", "Oscar", "oscar",
                                           "Óscar", "Zoe"]


def test_employees_sort_by_name_accents_and_case_aside():
    employees = people(("Zoe", "Zapata"), ("Óscar", "Ortiz"), ("oscar", "Pérez"),
                       ("Álvaro", "Abad"))
    built = build(employees, [work(at(9), at(10), employee=e) for e in employees])
    assert [r.employee for r in built.rows if r.total] == [
        "Álvaro Abad", "Óscar Ortiz", "oscar Pérez", "Zoe Zapata"]


def test_activity_sections_and_incidences_sort_accents_aside():
    employees = people(("Zoe", "Zapata"), ("Óscar", "Ortiz"))
    entries = [work(at(9), at(10), employee="e0", check_type="desk"),
               work(at(9), at(10), employee="e1", check_type="meet"),
               work(at(11), at(12), employee="e1", check_type="x"),
               work(at(9, day=11), None, employee="e0"), work(at(9, day=11), None, employee="e1")]
    built = build(employees, entries, group_by="activity")
    assert [r.activity for r in built.rows if not r.total] == [
        ("atención",), ("Ópera",), ("Zócalo",), (None,), (None,)]
    assert [i.employee for i in built.incidences] == ["Óscar Ortiz", "Zoe Zapata"]


def test_the_incidences_sheet_names_each_employee_by_id_as_well(tmp_path):
    employees = people(("Ana", "Pérez"), ("Ana", "Pérez"))
    built = build(employees, [work(at(9, day=d), None, employee=e)
                              for d, e in ((10, "e0"), (11, "e1"))])
    path = write_report(built, tmp_path / "r.xlsx", fmt="xlsx", lang="en")
    sheet = openpyxl.load_workbook(path)["Incidences"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:4] == ["Kind", "Employee", "ID number", "Sesame ID"]
    assert [(r[1], r[2], r[3], r[4]) for r in rows[1:]] == [
        ("Ana Pérez", "00000000Z", "e0", datetime(2025, 12, 10)),
        ("Ana Pérez", "00000001Z", "e1", datetime(2025, 12, 11))]


def test_the_long_entry_incidence_names_the_limit_the_report_applies(monkeypatch):
    from datetime import timedelta

    from timedesk.sesame.report_text import incidence_texts

    monkeypatch.setattr("timedesk.sesame.report_rules.LONG_ENTRY", timedelta(hours=12))
    employees = people(("Ana", "Pérez"))
    built = build(employees, [work(at(6), at(19), employee="e0")])  # 13 h
    [long] = [i for i in built.incidences if i.kind == "long"]
    assert incidence_texts(long, "en")[0] == "Over 12 h"
    assert incidence_texts(long, "es")[0] == "Más de 12 h"
