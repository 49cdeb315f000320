"""The recorded demo company: a small office's Sesame Time account as Sesame's public API answers
it, so that a newcomer trying timedesk (`timedesk demo`, the setting `sesame.demo`) generates real
reports without a Sesame account.

It is served by timedesk's own listener on 127.0.0.1 under DEMO_PREFIX (timedesk/server/
sesame_demo.py) in Sesame's wire format (shared/specs/sesame-api.md): Bearer token, the envelope
`{"data": [...], "meta": {currentPage, lastPage, total, perPage}}`, pages from 1, error bodies
`{"error": {"status", "message", "errors"}}`, work entries in no particular order. The month is
always the last 35 days before today, so a report of "last month" or "this week" has rows:
weekdays 09:00 (± a quarter of an hour) to 14:00, a lunch break to 15:00, then to about 18:00;
remote work on Fridays; a night of overtime now and then; and, after 09:30 on a weekday, today's
entry still open. Everything is made from fixed seeds: the same day gives the same answers.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

DEMO_PREFIX = "/sesame-demo"
# Public by design: the demo company's data is made up, and it is served only while the setting
# sesame.demo is on. Never a real token's shape, so a log line mentioning it misleads nobody.
DEMO_TOKEN = "timedesk-demo-company"
DAYS = 35
ZONE = ZoneInfo("Europe/Madrid")

COMPANY_ID = "de000000-0000-4000-8000-000000000001"
COMPANY = {"id": COMPANY_ID, "name": "Oficina Demo S.L. (timedesk demo)", "language": "es",
           "notificationEmail": "rrhh@example.com",
           "createdAt": "2024-01-08T09:00:00+01:00", "updatedAt": "2024-01-08T09:00:00+01:00"}
OFFICE = {"id": "de000000-0000-4000-8000-0000000000f1", "name": "Madrid",
          "defaultEmployeesDateTimeZone": "Europe/Madrid"}
DEPARTMENTS = {name: f"de000000-0000-4000-8000-0000000000d{n}" for n, name in enumerate(
    ("Dirección", "Recepción", "Atención al público", "Soporte técnico", "Administración"),
    start=1)}
CT_OFFICE = {"id": "de000000-0000-4000-8000-0000000000c1", "name": "Oficina",
             "companyId": COMPANY_ID}
CT_REMOTE = {"id": "de000000-0000-4000-8000-0000000000c2", "name": "Teletrabajo",
             "companyId": COMPANY_ID}
LUNCH = {"id": "de000000-0000-4000-8000-0000000000b1", "name": "Comida", "color": "ssm-orange",
         "icon": "icon-eat", "breakMinutes": 60, "companyId": COMPANY_ID}
COLLECTIONS = [
    {"id": "de000000-0000-4000-8000-0000000000a1", "name": "Presencial", "color": "ssm-salmon",
     "companyId": COMPANY_ID, "checkTypes": [{"id": CT_OFFICE["id"], "name": "Oficina"}]},
    {"id": "de000000-0000-4000-8000-0000000000a2", "name": "Remoto", "color": "ssm-blue",
     "companyId": COMPANY_ID, "checkTypes": [{"id": CT_REMOTE["id"], "name": "Teletrabajo"}]},
]
PEOPLE = [  # first name, last name, e-mail, department, DNI; the demo's employees (timedesk.demo)
    ("Marta", "Gerente", "marta.gerente@example.com", "Dirección", "11111111H"),
    ("Rosa", "Recepción", "rosa.recepcion@example.com", "Recepción", "22222222J"),
    ("Diego", "Mostrador", "diego.mostrador@example.com", "Atención al público", "33333333P"),
    ("Tomás", "Técnico", "tomas.tecnico@example.com", "Soporte técnico", "44444444A"),
    ("Lucía", "Usuaria", "lucia.usuaria@example.com", "Administración", "55555555K"),
    ("Jürgen", "Müller-Núñez", "jurgen.muller@example.com", "Soporte técnico", "X1234567L"),
]


def _employee(n: int, first: str, last: str, email: str, department: str,
              nid: str) -> dict[str, Any]:
    return {"id": f"de000000-0000-4000-8000-{n:012d}", "firstName": first, "lastName": last,
            "email": email, "nid": nid, "identityNumberType": "nie" if nid[0].isalpha() else "dni",
            "code": 100 + n, "status": "active", "workStatus": "offline",
            "company": {"id": COMPANY_ID, "name": COMPANY["name"]},
            "_department": DEPARTMENTS[department], "_office": OFFICE["id"]}


EMPLOYEES = [_employee(n, *person) for n, person in enumerate(PEOPLE, start=1)]


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]


def error(status: int, message: str, errors: str) -> Answer:
    return Answer(status, {"error": {"status": status, "message": message, "errors": errors}})


def answer(path: str, query: dict[str, str], *, now: datetime | None = None) -> Answer:
    """Sesame's answer to GET `path` (below DEMO_PREFIX) with `query`, on the day of `now`."""
    now = (now or datetime.now(UTC)).astimezone(ZONE)
    found = _data(path, query, now)
    if found is None:
        return error(404, "Not found", "not_found")
    if isinstance(found, dict):
        return Answer(200, {"data": found, "meta": _meta(1, 1, 1, 1)})
    page, limit = max(1, _int(query.get("page"), 1)), max(1, _int(query.get("limit"), 20))
    last = max(1, math.ceil(len(found) / limit))
    return Answer(200, {"data": found[(page - 1) * limit: page * limit],
                        "meta": _meta(page, last, len(found), limit)})


def _data(path: str, query: dict[str, str], now: datetime) -> dict[str, Any] | list[dict[str, Any]] | None:
    lists: dict[str, list[dict[str, Any]]] = {
        "/core/v3/offices": [OFFICE],
        "/core/v3/departments": [{"id": i, "name": n} for n, i in DEPARTMENTS.items()],
        "/schedule/v1/check-types": [CT_OFFICE, CT_REMOTE],
        "/schedule/v1/work-breaks": [LUNCH],
        "/schedule/v1/check-type-collections": [
            {k: v for k, v in c.items() if k != "checkTypes"} for c in COLLECTIONS],
    }
    if path in lists:
        return lists[path]
    if path == "/core/v3/info":
        return {"company": COMPANY}
    if path == "/core/v3/employees":
        return [_public(e) for e in _employees(query)]
    prefix = "/schedule/v1/check-type-collections/"
    if path.startswith(prefix):
        return next((c for c in COLLECTIONS if c["id"] == path[len(prefix):]), None)
    if path == "/schedule/v1/work-entries":
        return _entries(query, now)
    if path == "/schedule/v1/reports/worked-hours":
        return _worked_hours(query, now)
    return None


def _employees(query: dict[str, str]) -> list[dict[str, Any]]:
    wanted = set((query.get("status[in]") or query.get("status") or "active").split(","))
    found = [e for e in EMPLOYEES if e["status"] in wanted]
    if query.get("email"):
        found = [e for e in found if e["email"].lower() == query["email"].lower()]
    for key, private in (("officeIds", "_office"), ("departmentIds", "_department")):
        if query.get(key):
            ids = set(query[key].split(","))
            found = [e for e in found if e[private] in ids]
    return found


def _entries(query: dict[str, str], now: datetime) -> list[dict[str, Any]]:
    first, last = query.get("from"), query.get("to")
    if query.get("onlyReturn") == "deleted":
        return []
    found = [entry for entry in month_of_entries(now)
             if not (first and entry["workEntryIn"]["date"][:10] < first)
             and not (last and entry["workEntryIn"]["date"][:10] > last)
             and not (query.get("employeeId") and entry["employee"]["id"] != query["employeeId"])]
    random.Random(len(found)).shuffle(found)  # Sesame's company-wide list is not in date order
    return found


def _worked_hours(query: dict[str, str], now: datetime) -> list[dict[str, Any]]:
    totals: dict[str, int] = {e["id"]: 0 for e in EMPLOYEES}
    for entry in _entries({"from": query.get("from", ""), "to": query.get("to", "")}, now):
        if entry["workEntryType"] == "work" and entry["workEntryOut"]:
            totals[entry["employee"]["id"]] += int(entry["workedSeconds"])
    return [{"employeeId": i, "secondsWorked": s, "secondsToWork": 28800,
             "secondsBalance": s - 28800} for i, s in sorted(totals.items())]


def month_of_entries(now: datetime) -> list[dict[str, Any]]:
    """Every work entry of the DAYS days before `now`'s day and of that day up to `now`."""
    today = now.date()
    entries: list[dict[str, Any]] = []
    for person in EMPLOYEES:
        for back in range(DAYS, -1, -1):
            day = today - timedelta(days=back)
            if day.weekday() < 5:
                entries.extend(_day(person, day, now))
    return entries


def _day(person: dict[str, Any], day: date, now: datetime) -> list[dict[str, Any]]:
    rng = random.Random(f"{person['id']}/{day.isoformat()}")
    if rng.random() < 0.04:  # a day off now and then
        return []
    remote = day.weekday() == 4 and rng.random() < 0.6
    check_type = (CT_REMOTE if remote else CT_OFFICE)["id"]
    start = _at(day, time(9), rng.randint(-15, 15))
    lunch = _at(day, time(14), rng.randint(-5, 10))
    back = lunch + timedelta(minutes=rng.randint(45, 65))
    end = _at(day, time(18), rng.randint(-20, 35 if rng.random() > 0.1 else 140))
    spans = [(start, lunch, "work"), (lunch, back, "pause"), (back, end, "work")]
    entries = []
    for n, (begin, finish, kind) in enumerate(spans):
        if begin > now:
            break
        open_now = finish > now
        entries.append(_entry(person, day, n, begin, None if open_now else finish, kind,
                              None if kind == "pause" else check_type))
        if open_now:
            break
    return entries


def _at(day: date, clock: time, minutes: int) -> datetime:
    return datetime.combine(day, clock, ZONE) + timedelta(minutes=minutes)


def _entry(person: dict[str, Any], day: date, n: int, begin: datetime, end: datetime | None, kind: str,
           check_type: str | None) -> dict[str, Any]:
    number = int(person["id"][-4:]) * 100_000 + (day.toordinal() % 10_000) * 10 + n
    side = {"origin": "web", "officeId": OFFICE["id"],
            "coordinates": {"latitude": 40.4168, "longitude": -3.7038}}
    stamp = (end or begin).astimezone(UTC).isoformat()
    entry: dict[str, Any] = {
        "id": f"de000000-0000-4000-9000-{number:012d}", "workEntryType": kind,
        "workCheckTypeId": check_type, "employee": _public(person),
        "workEntryIn": {"date": begin.isoformat(), **side},
        "workEntryOut": None if end is None else {"date": end.isoformat(), **side},
        "createdAt": begin.astimezone(UTC).isoformat(), "updatedAt": stamp, "deletedAt": None}
    if end is not None:
        entry["workedSeconds"] = int((end - begin).total_seconds())
    if kind == "pause":
        entry["workBreakId"] = LUNCH["id"]
    return entry


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default


def _meta(page: int, last: int, total: int, per_page: int) -> dict[str, Any]:
    return {"currentPage": page, "lastPage": last, "total": total, "perPage": per_page}


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}
