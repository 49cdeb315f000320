"""The report's rows stored by column in typed arrays: ~55 bytes a row instead of ~250 for a
tuple of Python objects (a million-entry report has most of a million rows). Reading gives
ordinary `ReportRow` tuples, made on the fly; the table behaves as a read-only sequence.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterator, Sequence
from datetime import date, datetime, tzinfo
from typing import Any, NamedTuple, overload


class ReportRow(NamedTuple):
    """One line of the report. `activity`/`group` are label tuples (None: a regular entry /
    no group, named per language when written); a TOTAL row has `total` True, no times."""

    employee: str
    id_type: str
    nid: str
    day: date
    activity: tuple[str | None, ...]
    group: tuple[str | None, ...]
    start: datetime | None
    end: datetime | None
    seconds: int
    breaks: int
    total: bool
    employee_id: str


class Registry:
    """Values many rows share (people, label tuples, time zones), stored once, by index."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}

    def index(self, value: Any) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.values)
            self.values.append(value)
        return found


class RowTable(Sequence[ReportRow]):
    def __init__(self, people: Registry | None = None, labels: Registry | None = None,
                 zones: Registry | None = None) -> None:
        self._people = people or Registry()  # (employee, id_type, nid, employee_id)
        self._labels = labels or Registry()
        self._zones = zones or Registry()
        self._person, self._day = array("I"), array("I")
        self._activity, self._group = array("I"), array("I")
        self._start, self._end = array("d"), array("d")  # POSIX instants; NaN: none
        self._start_zone, self._end_zone = array("H"), array("H")
        self._seconds, self._breaks, self._total = array("q"), array("q"), array("b")

    def sibling(self) -> RowTable:
        """An empty table sharing this one's registries (so `extend` is plain copying)."""
        return RowTable(self._people, self._labels, self._zones)

    def _columns(self) -> tuple[array[Any], ...]:
        return (self._person, self._day, self._activity, self._group, self._start,
                self._end, self._start_zone, self._end_zone, self._seconds, self._breaks,
                self._total)

    def append(self, row: ReportRow) -> None:
        self._person.append(self._people.index(
            (row.employee, row.id_type, row.nid, row.employee_id)))
        self._day.append(row.day.toordinal())
        labels = self._labels.index
        self._activity.append(labels(row.activity))
        self._group.append(labels(row.group))
        start, end = row.start, row.end
        if start is None:
            self._start.append(math.nan)
            self._start_zone.append(0)
        else:
            self._start.append(start.timestamp())
            self._start_zone.append(self._zones.index(start.tzinfo))
        if end is None:
            self._end.append(math.nan)
            self._end_zone.append(0)
        else:
            self._end.append(end.timestamp())
            self._end_zone.append(self._zones.index(end.tzinfo))
        self._seconds.append(row.seconds)
        self._breaks.append(row.breaks)
        self._total.append(row.total)

    def extend(self, other: RowTable) -> None:
        if other._people is not self._people or other._labels is not self._labels:
            for row in other:
                self.append(row)
            return
        for mine, theirs in zip(self._columns(), other._columns(), strict=False):
            mine.extend(theirs)

    def __len__(self) -> int:
        return len(self._day)

    def _row(self, i: int) -> ReportRow:
        employee, id_type, nid, employee_id = self._people.values[self._person[i]]
        labels, zones = self._labels.values, self._zones.values
        return ReportRow(employee, id_type, nid, date.fromordinal(self._day[i]),
                         labels[self._activity[i]], labels[self._group[i]],
                         _moment(self._start[i], zones[self._start_zone[i]] if zones else None),
                         _moment(self._end[i], zones[self._end_zone[i]] if zones else None),
                         self._seconds[i], self._breaks[i], bool(self._total[i]), employee_id)

    @overload
    def __getitem__(self, index: int) -> ReportRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[ReportRow]: ...

    def __getitem__(self, index: int | slice) -> ReportRow | list[ReportRow]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("report row index out of range")
        return self._row(index)

    def __iter__(self) -> Iterator[ReportRow]:
        for i in range(len(self)):
            yield self._row(i)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RowTable, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=False))
        return NotImplemented

    def __repr__(self) -> str:
        return f"<RowTable of {len(self)} rows>"


def _moment(instant: float, zone: tzinfo | None) -> datetime | None:
    if math.isnan(instant):
        return None
    return datetime.fromtimestamp(instant, zone)
