"""The data the fake Sesame API serves in tests: builders of employees and work entries in
Sesame's wire format, a small sample company with what reports must handle, and many
synthetic entries for paging tests and benchmarks. Re-exported by fake_sesame."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

COMPANY = {"id": "0c1a3f52-5e1b-4b7e-9a51-000000000001", "name": "Gestoría Ribera SL",
           "language": "es", "notificationEmail": "rrhh@ribera.example",
           "createdAt": "2020-01-01T10:00:00+01:00", "updatedAt": "2020-01-01T10:00:00+01:00"}

def employee(n: int, first: str, last: str, *, email: str | None = None, status: str = "active",
             office: str | None = None, department: str | None = None, nid: str = "",
             id_type: str = "dni", code: int | None = None) -> dict:
    """An employee as /core/v3/employees answers it (the fields timedesk reads, and some it
    ignores), with the office/department the fake filters by."""
    return {"id": f"e0000000-0000-4000-8000-{n:012d}", "firstName": first, "lastName": last,
            "email": email, "nid": nid or f"{n:08d}X", "identityNumberType": id_type,
            "code": code if code is not None else n, "status": status, "workStatus": "offline",
            "company": {"id": COMPANY["id"], "name": COMPANY["name"]}, "gender": "female",
            "customFields": [], "_office": office, "_department": department}


def work_entry(n: int, person: dict, start: str, end: str | None, *, kind: str = "work",
               check_type: str | None = None, work_break: str | None = None,
               deleted: bool = False) -> dict:
    """A work entry as /schedule/v1/work-entries answers it; times carry their local offset."""
    begin = datetime.fromisoformat(start)
    seconds = None if end is None else (datetime.fromisoformat(end) - begin).total_seconds()
    entry = {"id": f"w0000000-0000-4000-8000-{n:012d}", "workEntryType": kind,
             "workCheckTypeId": check_type, "employee": {"id": person["id"]},
             "workEntryIn": {"date": start, "origin": "web", "officeId": person.get("_office"),
                             "coordinates": {"latitude": 40.4, "longitude": -3.7}},
             "workEntryOut": None if end is None else {
                 "date": end, "origin": "web", "officeId": person.get("_office"),
                 "coordinates": {"latitude": 40.4, "longitude": -3.7}},
             "createdAt": begin.astimezone(UTC).isoformat(),
             "updatedAt": begin.astimezone(UTC).isoformat(),
             "deletedAt": "2026-03-05T10:00:00+00:00" if deleted else None}
    if seconds is not None:
        entry["workedSeconds"] = seconds
    if work_break:
        entry["workBreakId"] = work_break
    return entry


OFFICE_MADRID, OFFICE_CANARIAS = "0f000000-0000-4000-8000-000000000001", \
    "0f000000-0000-4000-8000-000000000002"
DEPT_ADMIN, DEPT_FIELD = "0d000000-0000-4000-8000-000000000001", \
    "0d000000-0000-4000-8000-000000000002"
CT_OFFICE, CT_REMOTE = "0c000000-0000-4000-8000-000000000001", \
    "0c000000-0000-4000-8000-000000000002"
BREAK_LUNCH = "0b000000-0000-4000-8000-000000000001"
GROUP_ONSITE, GROUP_REMOTE = "0a000000-0000-4000-8000-000000000001", \
    "0a000000-0000-4000-8000-000000000002"


def sample_company(server):
    """A small company with what reports must handle (the week of 2 March 2026):
    Ana (Madrid, +01:00): 09-13 work, 13-14 lunch pause, 14-18 work on Monday (8 h worked,
    9 h with the break absorbed), an open entry on Wednesday; Bruno (Madrid): a night shift
    Monday 22:00 to Tuesday 06:00 and a deleted entry; Carla (Canarias, +00:00) 08-12 on
    Tuesday, remote; Dario is inactive with 07-09 on Monday. Entries are shuffled."""
    ana = employee(1, "Ana", "Álvarez", email="Ana.Alvarez@Ribera.example",
                   office=OFFICE_MADRID, department=DEPT_ADMIN, code=101)
    bruno = employee(2, "Bruno", "Benítez", email="bruno@ribera.example",
                     office=OFFICE_MADRID, department=DEPT_FIELD, code=102)
    carla = employee(3, "Carla", "Castro", email=None, office=OFFICE_CANARIAS,
                     department=DEPT_FIELD, code=103, id_type="nic")
    dario = employee(4, "Darío", "Díaz", email="dario@ribera.example", status="inactive",
                     office=OFFICE_CANARIAS, department=DEPT_ADMIN, code=104)
    server.employees = [ana, bruno, carla, dario]
    server.offices = [{"id": OFFICE_MADRID, "name": "Madrid"},
                      {"id": OFFICE_CANARIAS, "name": "Las Palmas"}]
    server.departments = [{"id": DEPT_ADMIN, "name": "Administración"},
                          {"id": DEPT_FIELD, "name": "Campo"}]
    server.check_types = [{"id": CT_OFFICE, "name": "Oficina", "companyId": COMPANY["id"]},
                          {"id": CT_REMOTE, "name": "Teletrabajo", "companyId": COMPANY["id"]}]
    server.work_breaks = [{"id": BREAK_LUNCH, "name": "Comida", "color": "ssm-orange",
                           "icon": "icon-eat", "breakMinutes": 60, "companyId": COMPANY["id"]}]
    server.collections = [
        {"id": GROUP_ONSITE, "name": "Presencial", "color": "ssm-salmon",
         "companyId": COMPANY["id"], "checkTypes": [{"id": CT_OFFICE, "name": "Oficina"}]},
        {"id": GROUP_REMOTE, "name": "Remoto", "color": "ssm-blue", "companyId": COMPANY["id"],
         "checkTypes": [{"id": CT_REMOTE, "name": "Teletrabajo"}]}]
    entries = [
        work_entry(1, ana, "2026-03-02T09:00:00+01:00", "2026-03-02T13:00:00+01:00",
                   check_type=CT_OFFICE),
        work_entry(2, ana, "2026-03-02T13:00:00+01:00", "2026-03-02T14:00:00+01:00",
                   kind="pause", work_break=BREAK_LUNCH),
        work_entry(3, ana, "2026-03-02T14:00:00+01:00", "2026-03-02T18:00:00+01:00",
                   check_type=CT_OFFICE),
        work_entry(4, ana, "2026-03-04T09:00:00+01:00", None, check_type=CT_OFFICE),
        work_entry(5, bruno, "2026-03-02T22:00:00+01:00", "2026-03-03T06:00:00+01:00",
                   check_type=CT_OFFICE),
        work_entry(6, bruno, "2026-03-03T10:00:00+01:00", "2026-03-03T11:00:00+01:00",
                   check_type=CT_OFFICE, deleted=True),
        work_entry(7, carla, "2026-03-03T08:00:00+00:00", "2026-03-03T12:00:00+00:00",
                   check_type=CT_REMOTE),
        work_entry(8, dario, "2026-03-02 07:00:00", "2026-03-02 09:00:00", check_type=CT_OFFICE),
    ]
    random.Random(4).shuffle(entries)
    server.work_entries = entries
    return server


_READ = ("id", "firstName", "lastName", "email", "nid", "identityNumberType", "code", "status")


def many_entries(server, count: int, *, people: int = 20,
                 first_day: date = date(2026, 1, 1), lean: bool = False) -> list[dict]:
    """`count` one-hour work entries spread over `people` employees and consecutive days,
    shuffled; returns them (and makes them the server's). `lean`: only the keys timedesk
    reads (Sesame may leave optional keys out), so a benchmark measures waiting, not JSON."""
    staff = [employee(1000 + i, f"Persona{i}", "Prueba", email=f"p{i}@ribera.example")
             for i in range(people)]
    if lean:
        staff = [{key: person[key] for key in _READ} for person in staff]
    entries = []
    for n in range(count):
        person = staff[n % people]
        slot = n // people
        day = first_day + timedelta(days=slot // 10)
        hour = slot % 10 + 7
        start = datetime(day.year, day.month, day.day, hour, tzinfo=timezone(timedelta(hours=1)))
        entry = work_entry(10_000 + n, person, start.isoformat(),
                           (start + timedelta(minutes=50)).isoformat())
        if lean:
            entry = {key: value for key, value in entry.items()
                     if key not in ("createdAt", "updatedAt")}
            for side in ("workEntryIn", "workEntryOut"):
                entry[side] = {"date": entry[side]["date"]}
        entries.append(entry)
    random.Random(11).shuffle(entries)
    server.employees = staff
    server.work_entries = entries
    return entries
