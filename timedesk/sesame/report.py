"""The Sesame attendance report: options, the build (pure) and the file writer.

`build_report(entries, catalogs, options, now=...)` attributes each entry to the local date of
its start (in the offset Sesame sent), applies the break policy and consolidation per employee
and day (timedesk.sesame.report_rules), and lays rows out by grouping with a TOTAL row per
employee and day. Breaks only ever touch the same employee's entries; employees never merge.
`write_report(report, path, fmt=...)` writes it as XLSX or CSV (timedesk.sesame.report_write).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from timedesk.errors import ValidationError
from timedesk.sesame.entries import Catalogs, EntryStore, WorkEntry
from timedesk.sesame.report_rows import Incidence, ReportRow, RowBuilder, RowTable, place
from timedesk.sesame.report_rules import ABSORB, EXCLUDE, DayRules
from timedesk.sesame.report_text import report_parameters
from timedesk.text_sort import name_key

GROUPINGS = ("employee", "group", "activity")
BREAK_POLICIES = (ABSORB, EXCLUDE)
MAX_MERGE_GAP = 24 * 3600

__all__ = ["BREAK_POLICIES", "GROUPINGS", "Incidence", "Report", "ReportOptions", "ReportRow",
           "build_report", "write_report"]


@dataclass(frozen=True)
class ReportOptions:
    date_from: date
    date_to: date
    group_by: str = "employee"  # "employee" | "group" | "activity"
    breaks: str = "absorb"  # "absorb" | "exclude"
    split_at_midnight: bool = False
    merge_gap_seconds: int = 60
    today: date | None = None  # an open entry of `today` is counted up to now

    def __post_init__(self) -> None:
        if self.group_by not in GROUPINGS:
            raise ValidationError("'{group_by}' is not a report grouping.",
                                  "Use employee, group or activity.", group_by=self.group_by)
        if self.breaks not in BREAK_POLICIES:
            raise ValidationError("'{breaks}' is not a break policy.",
                                  "Use absorb (breaks count as work) or exclude.",
                                  breaks=self.breaks)
        if self.date_to < self.date_from:
            raise ValidationError(
                "the period ends ({date_to}) before it starts ({date_from}).",
                "Give a start date on or before the end date.",
                date_to=self.date_to, date_from=self.date_from)
        if not 0 <= self.merge_gap_seconds <= MAX_MERGE_GAP:
            raise ValidationError(
                "{merge_gap_seconds} s is not a gap that joins two records.",
                "Give a number of seconds between 0 and {max_merge_gap}.",
                merge_gap_seconds=self.merge_gap_seconds, max_merge_gap=MAX_MERGE_GAP)


@dataclass
class Report:
    """Rows (data and TOTAL rows, in output order), incidences, and the figures of the run."""

    options: ReportOptions
    rows: RowTable  # a read-only sequence of ReportRow
    incidences: list[Incidence]
    employees_count: int
    total_seconds: int
    entries_count: int
    now: datetime
    data_rows: int = field(default=0)
    break_kinds: list[tuple[str, int]] = field(default_factory=list)  # (name, seconds)

    def parameters(self, lang: str = "es") -> list[tuple[str, str]]:
        """(name, value) pairs for the Parámetros sheet, in `lang`."""
        return report_parameters(self, lang)


def break_name(catalogs: Catalogs, break_id: str | None) -> str:
    """A break kind's name from the work-breaks catalogue (never the check types)."""
    if break_id is None:
        return "—"
    return catalogs.work_breaks.get(break_id, break_id)


_Label = Callable[[WorkEntry], str | None]  # an entry's activity, group or row key


def _labelling(catalogs: Catalogs, group_by: str) -> tuple[_Label, _Label, _Label]:
    check_types = catalogs.check_types
    group_names: dict[str, str] = {}
    for name, members in catalogs.collections.values():
        for check_type in members:
            group_names.setdefault(check_type, name)  # the first collection in Sesame's order

    def activity_of(entry: WorkEntry) -> str | None:
        check_type = entry.check_type_id
        return None if check_type is None else check_types.get(check_type, check_type)

    def group_of(entry: WorkEntry) -> str | None:
        check_type = entry.check_type_id
        return None if check_type is None else group_names.get(check_type)

    key_of: _Label = {"employee": lambda entry: None, "group": group_of,
                      "activity": activity_of}[group_by]
    return activity_of, group_of, key_of


def build_report(entries: EntryStore | Iterable[WorkEntry], catalogs: Catalogs,
                 options: ReportOptions, *, now: datetime | None = None) -> Report:
    """The report of `entries` (any order; an EntryStore, or WorkEntry values that are
    stored in one first) for the period of `options`."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        raise ValidationError("the report's 'now' has no time zone.",
                              "Pass an aware datetime (datetime.now(timezone.utc)).")
    activity_of, group_of, key_of = _labelling(catalogs, options.group_by)
    rules = DayRules(breaks=options.breaks, merge_gap_seconds=options.merge_gap_seconds,
                     activity_of=activity_of, group_of=group_of, key_of=key_of,
                     attribute_overlaps=options.group_by != "employee")
    store = entries if isinstance(entries, EntryStore) else EntryStore.of(entries)
    builder = RowBuilder(catalogs, rules, options.group_by)
    today = options.today.toordinal() if options.today else None
    order = sorted(store.employees(), key=lambda employee_id: (
        name_key(builder.person(employee_id)[0]), employee_id))
    for employee_id in order:  # one employee's entry objects at a time
        days, noted = place(store.entries_of(employee_id), options.date_from, options.date_to,
                            split_at_midnight=options.split_at_midnight)
        for kind, entry in noted:
            builder.note(kind, entry)
        if days:
            builder.add_employee(employee_id, days, today=today, now=now)
    rows = builder.rows()
    incidences = sorted(builder.incidences, key=lambda i: (
        name_key(i.employee), i.employee_id, i.day or date.min,
        i.start.timestamp() if i.start else 0.0, i.kind))
    data_rows = builder.data_rows
    break_kinds = sorted(((break_name(catalogs, kind), round(seconds))
                          for kind, seconds in rules.break_seconds.items()),
                         key=lambda item: name_key(item[0]))
    return Report(options=options, rows=rows, incidences=incidences,
                  employees_count=len(builder.employees), total_seconds=builder.total_seconds,
                  entries_count=len(store), now=now, data_rows=data_rows,
                  break_kinds=break_kinds)


from timedesk.sesame.report_write import write_report  # noqa: E402  (it needs Report typed only)
