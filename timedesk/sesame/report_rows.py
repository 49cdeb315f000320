"""From entries to report rows: sort entries into employee days, apply the day rules, then lay
the rows out by grouping (employee, group or activity, then employee, then day) with one TOTAL
row per employee and day (per section when grouped).

Memory: the report is built employee by employee from an EntryStore (timedesk.sesame.entries),
so only one employee's entry objects exist at a time; rows are stored by column
(timedesk.sesame.report_table).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from timedesk.sesame import report_rules
from timedesk.sesame.entries import Catalogs, SesameEmployee, WorkEntry
from timedesk.sesame.report_rules import DELETED, INVALID, LONG, UNKNOWN_EMPLOYEE, Block, DayRules
from timedesk.sesame.report_table import ReportRow, RowTable
from timedesk.text_sort import name_key

__all__ = ["Incidence", "ReportRow", "RowBuilder", "RowTable", "place"]


class Incidence(NamedTuple):
    kind: str
    employee_id: str
    employee: str
    day: date | None
    entry_id: str | None
    start: datetime | None
    end: datetime | None
    other_id: str | None = None
    break_name: str | None = None  # from the work-breaks catalogue
    nid: str = ""  # the employee's identity number, which tells apart two of one name


Days = dict[int, list[WorkEntry]]  # local day (ordinal) -> that day's entries (or pieces)


def place(entries: Iterable[WorkEntry], date_from: date, date_to: date, *,
          split_at_midnight: bool) -> tuple[Days, list[tuple[str, WorkEntry]]]:
    """One employee's entries by local day of their start (pieces per day when split),
    keeping the period's days; deleted, impossible and over-16-hour entries noted as
    (kind, entry)."""
    days: Days = {}
    noted: list[tuple[str, WorkEntry]] = []
    first, last = date_from.toordinal(), date_to.toordinal()
    for entry in entries:
        ordinal = entry.start.toordinal()
        in_period = first <= ordinal <= last
        if entry.deleted:
            if in_period:
                noted.append((DELETED, entry))
            continue
        end = entry.end
        if end is not None:
            if end < entry.start:
                if in_period:
                    noted.append((INVALID, entry))
                continue
            if in_period and end - entry.start > report_rules.LONG_ENTRY:
                noted.append((LONG, entry))
            if split_at_midnight and end.astimezone(entry.start.tzinfo).toordinal() != ordinal:
                for piece in _day_pieces(entry):
                    day = piece.start.toordinal()
                    if first <= day <= last:
                        _add(days, piece, day)
                continue
        if in_period:
            _add(days, entry, ordinal)
    return days, noted


def _add(days: Days, entry: WorkEntry, ordinal: int) -> None:
    items = days.get(ordinal)
    if items is None:
        days[ordinal] = [entry]
    else:
        items.append(entry)


def _day_pieces(entry: WorkEntry) -> list[WorkEntry]:
    """The entry cut at each local midnight. Every moment keeps the offset Sesame sent for it
    (the clock-out its own: on a daylight-saving night it differs from the clock-in's, and
    carrying the clock-in's across the change showed 06:00 for a 07:00 clock-out). Midnights
    are in the clock-in's offset: clocks change in the small hours, after midnight."""
    zone, pieces, start, end = entry.start.tzinfo, [], entry.start, entry.end
    assert end is not None  # only finished entries are cut
    while True:
        midnight = datetime.combine(start.date() + timedelta(days=1), time(0), tzinfo=zone)
        if end <= midnight:
            pieces.append(entry._replace(start=start, end=end))
            return pieces
        pieces.append(entry._replace(start=start, end=midnight))
        start = midnight


class RowBuilder:
    """Lays out rows section by section; `key_order` sorts the sections (None last)."""

    def __init__(self, catalogs: Catalogs, rules: DayRules, group_by: str) -> None:
        self.catalogs, self.rules, self.group_by = catalogs, rules, group_by
        self._table = RowTable()
        self.sections: dict[str | None, RowTable] = {}
        self.data_rows = 0
        self.incidences: list[Incidence] = []
        self.total_seconds = 0
        self.employees: set[str] = set()

    def person(self, employee_id: str) -> tuple[str, str, str]:
        found: SesameEmployee | None = self.catalogs.employees.get(employee_id)
        if found is None:
            return employee_id, "", ""
        return (sys.intern(found.full_name), sys.intern(found.id_type or ""),
                found.nid or "")

    def add_employee(self, employee_id: str, days: Days, *,
                     today: int | None, now: datetime) -> None:
        name, id_type, nid = self.person(employee_id)
        if employee_id not in self.catalogs.employees:
            self.incidences.append(Incidence(UNKNOWN_EMPLOYEE, employee_id, name, None, None,
                                             None, None))
        for ordinal in sorted(days):
            day = date.fromordinal(ordinal)
            blocks, day_incidences = self.rules.consolidate(
                days[ordinal], is_today=ordinal == today, now=now)
            for found in day_incidences:
                self.note(found.kind, found.entry, day, found.other)
            head = (name, id_type, nid, day)
            by_key: dict[str | None, list[Block]] = {}
            for block in blocks:
                by_key.setdefault(block.key, []).append(block)
            for key, keyed in by_key.items():
                self._add_rows(key, keyed, head, employee_id)

    def _add_rows(self, key: str | None, blocks: list[Block], head: tuple[str, str, str, date],
                  employee_id: str) -> None:
        rows = self.sections.get(key)
        if rows is None:
            rows = self.sections[key] = self._table.sibling()
        seconds = breaks = 0
        labels = self.rules.labels
        for block in blocks:
            activity, group = block.activities, block.groups
            if self.group_by == "group":
                group = labels((key,))
            elif self.group_by == "activity":
                activity = labels((key,))
            rows.append(ReportRow(*head, activity, group, block.start, block.end,
                                  block.seconds, block.breaks, False, employee_id))
            seconds += block.seconds
            self.data_rows += 1
            breaks += block.breaks
        rows.append(ReportRow(*head, (), (), None, None, seconds, breaks, True, employee_id))
        self.total_seconds += seconds
        self.employees.add(employee_id)

    def note(self, kind: str, entry: WorkEntry, day: date | None = None,
             other: WorkEntry | None = None) -> None:
        name, _, nid = self.person(entry.employee_id)
        self.incidences.append(Incidence(
            kind, entry.employee_id, name, day or entry.start.date(), entry.id, entry.start,
            entry.end, other.id if other is not None else None,
            self.catalogs.work_breaks.get(entry.break_id, entry.break_id)
            if entry.break_id else None, nid))

    def rows(self) -> RowTable:
        """Every section's rows in section order (named sections by name, then the unnamed)."""
        keys = sorted(self.sections, key=lambda k: (k is None, name_key(str(k or ""))))
        if len(keys) == 1:
            return self.sections.pop(keys[0])
        ordered = self._table.sibling()
        for key in keys:
            ordered.extend(self.sections.pop(key))
        return ordered
