"""Lenient parsing of Sesame's wire data: dates with and without offset, pauses, open and
deleted entries, unknown keys, catalogues."""

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from timedesk.sesame.entries import (
    WireFormatError,
    build_catalogs,
    parse_datetime,
    parse_employee,
    parse_work_entry,
)

EXAMPLES = Path("/work/shared/specs/sesame/spec-examples")
PLUS_ONE = timezone(timedelta(hours=1))


@pytest.mark.parametrize("text, expected", [
    ("2022-03-14T12:44:45+01:00", datetime(2022, 3, 14, 12, 44, 45, tzinfo=PLUS_ONE)),
    ("2022-03-14T12:44:45+0100", datetime(2022, 3, 14, 12, 44, 45, tzinfo=PLUS_ONE)),
    ("2025-12-10 09:37:12", datetime(2025, 12, 10, 9, 37, 12, tzinfo=UTC)),
    ("2025-12-10T08:37:12Z", datetime(2025, 12, 10, 8, 37, 12, tzinfo=UTC)),
    ("2025-12-10T08:37:12.250-03:00",
     datetime(2025, 12, 10, 8, 37, 12, 250000, tzinfo=timezone(timedelta(hours=-3)))),
])
def test_dates_are_read_with_the_offset_sesame_sent_or_as_utc_without_one(text, expected):
    parsed = parse_datetime(text)
    assert parsed == expected and parsed.utcoffset() == expected.utcoffset()


def test_an_unreadable_date_says_what_it_got():
    with pytest.raises(WireFormatError, match="'14/03/2022' is not a date"):
        parse_datetime("14/03/2022")


def raw_entry(**changes):
    raw = {"id": "e1", "employee": {"id": "emp1", "firstName": "Ana"},
           "workEntryType": "work", "workCheckTypeId": None,
           "workEntryIn": {"date": "2025-12-10T09:00:00+01:00", "origin": "web"},
           "workEntryOut": {"date": "2025-12-10T13:00:00+01:00"}, "workedSeconds": 14400,
           "deletedAt": None, "somethingNew": {"x": 1}}
    raw.update(changes)
    return raw


def test_a_work_entry_keeps_its_offset_and_ignores_unknown_keys():
    entry = parse_work_entry(raw_entry())
    assert (entry.id, entry.employee_id, entry.kind, entry.worked_seconds) == (
        "e1", "emp1", "work", 14400)
    assert entry.start == datetime(2025, 12, 10, 9, tzinfo=PLUS_ONE)
    assert entry.start.utcoffset() == timedelta(hours=1) and entry.end.hour == 13


def test_pauses_open_and_deleted_entries_are_recognised():
    entry = parse_work_entry(raw_entry(workEntryType="pause", workBreakId="b1",
                                       workEntryOut=None, deletedAt="2025-12-11T10:00:00Z"))
    assert (entry.kind, entry.break_id, entry.end, entry.deleted) == ("pause", "b1", None, True)
    old = raw_entry()
    del old["workedSeconds"], old["workEntryOut"]
    assert parse_work_entry(old).worked_seconds is None


def test_an_entry_without_clock_in_is_refused_clearly():
    with pytest.raises(WireFormatError, match="e1 from Sesame has no clock-in"):
        parse_work_entry(raw_entry(workEntryIn=None))


def test_the_spec_example_entry_and_employee_parse():
    entry_raw = json.loads((EXAMPLES / "schedule-v1-work-entries.json").read_text())["data"][0]
    entry = parse_work_entry(entry_raw)
    assert entry.kind == "work" and entry.deleted  # the example carries a deletedAt
    person_raw = json.loads((EXAMPLES / "core-v3-employees.json").read_text())["data"][0]
    person = parse_employee(person_raw)
    assert person.full_name == "Lucas García" and person.code == "1"


def test_employee_id_types_are_any_string_and_inactive_is_kept():
    person = parse_employee({"id": "p", "firstName": "", "lastName": "Ruiz",
                             "identityNumberType": "nic", "status": "inactive"})
    assert (person.id_type, person.active, person.full_name) == ("nic", False, "Ruiz")


def test_catalogues_take_collections_as_objects_or_lists_with_their_check_types():
    catalogs = build_catalogs(
        employees=[{"id": "p", "firstName": "Ana"}],
        check_types=[{"id": "ct1", "name": "Reunión"}],
        work_breaks=[{"id": "b1", "name": "Comida", "breakMinutes": 30}],
        collections=[{"id": "g1", "name": "Oficina", "checkTypes": [{"id": "ct1"}]},
                     [{"id": "g2", "name": "Turnos", "checkTypes": ["ct2"]}]])
    assert catalogs.check_types == {"ct1": "Reunión"}
    assert catalogs.work_breaks == {"b1": "Comida"}
    assert catalogs.collections == {"g1": ("Oficina", ("ct1",)), "g2": ("Turnos", ("ct2",))}
    assert catalogs.employees["p"].first_name == "Ana"
