"""The rules that turn one employee's entries of one day into blocks (future rows).

- Breaks ("pause" entries) join the work block they touch: the one before them, else the one
  after; a break touching no work of that employee and day is an incidence and counts nothing.
  Policy "absorb": break time counts as work. Policy "exclude": it does not, and the block
  carries it apart (the Pausas column).
- Consolidation: blocks of the same grouping key that overlap or touch (gap up to
  `merge_gap_seconds`) become one; time is the length of the union of their intervals (a gap
  inside a block is not registered time, so it is not counted). Overlaps are incidences.
- Overlaps across keys (by group or activity: two devices clocking one shift, one with a check
  type and one without) are consolidated per employee first, so every moment counts once, as
  by employee: it goes to a break over work, else to work with a check type over work without
  one, else to the entry that started first (`attribute_overlaps`).
- An entry without clock-out counts 0 (a row of its own, no Salida) unless its day is today:
  then it runs up to `now` and its block shows no Salida.
Pure: no I/O; works on absolute instants, shows each moment in the offset Sesame sent for it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from timedesk.sesame.entries import PAUSE, WorkEntry

OPEN, OPEN_TODAY, OVERLAP, LONG, DELETED, BREAK_ALONE, INVALID, UNKNOWN_EMPLOYEE = (
    "open", "open_today", "overlap", "long", "deleted", "break_alone", "invalid",
    "unknown_employee")
INCIDENCE_KINDS = (OPEN, OPEN_TODAY, OVERLAP, LONG, DELETED, BREAK_ALONE, INVALID,
                   UNKNOWN_EMPLOYEE)
ABSORB, EXCLUDE = "absorb", "exclude"
LONG_ENTRY = timedelta(hours=16)  # a longer entry counts, and is an incidence


class Block(NamedTuple):
    """One future row: where it starts and ends (end None: no clock-out yet), the seconds it
    counts, the break seconds set apart ("exclude"), and the labels of its work entries."""

    key: str | None
    start: datetime
    end: datetime | None
    seconds: int
    breaks: int
    activities: tuple[str | None, ...]
    groups: tuple[str | None, ...]


class DayIncidence(NamedTuple):
    kind: str
    entry: WorkEntry
    other: WorkEntry | None = None


# (start instant, end instant, entry, still running)
_Interval = tuple[float, float, WorkEntry, bool]


class DayRules:
    """The per-report constants the day rules need: policy, gap, labels and grouping key."""

    def __init__(self, *, breaks: str, merge_gap_seconds: int,
                 activity_of: Callable[[WorkEntry], str | None],
                 group_of: Callable[[WorkEntry], str | None],
                 key_of: Callable[[WorkEntry], str | None],
                 attribute_overlaps: bool = False) -> None:
        self.exclude = breaks == EXCLUDE
        self.attribute_overlaps = attribute_overlaps
        self.gap = float(merge_gap_seconds)
        self.activity_of, self.group_of, self.key_of = activity_of, group_of, key_of
        self._labels: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}
        self.break_seconds: dict[str | None, float] = {}  # break kind id -> time in blocks

    def labels(self, values: Sequence[str | None]) -> tuple[str | None, ...]:
        """The distinct labels in first-seen order, as one shared tuple per combination."""
        unique = tuple(dict.fromkeys(values))
        return self._labels.setdefault(unique, unique)

    def consolidate(self, items: Sequence[WorkEntry], *, is_today: bool,
                    now: datetime) -> tuple[list[Block], list[DayIncidence]]:
        """The blocks of one employee's day (sorted by key order of appearance, then start)
        and what is wrong in it."""
        incidences: list[DayIncidence] = []
        blocks: list[Block] = []
        works: list[_Interval] = []
        pauses: list[_Interval] = []
        now_ts = now.timestamp()
        for entry in items:
            start_ts = entry.start.timestamp()
            if entry.end is not None:
                interval = (start_ts, entry.end.timestamp(), entry, False)
            elif is_today and now_ts > start_ts:
                incidences.append(DayIncidence(OPEN_TODAY, entry))
                interval = (start_ts, now_ts, entry, True)
            else:
                incidences.append(DayIncidence(OPEN, entry))
                if entry.kind != PAUSE:
                    blocks.append(self._open_block(entry))
                continue
            (pauses if entry.kind == PAUSE else works).append(interval)
        works.sort(key=_start)
        pauses.sort(key=_start)
        overlapping = _find_overlaps(works, pauses, incidences)
        parts = [(self.key_of(interval[2]), interval) for interval in works]
        parts.extend(self._assign_breaks(works, pauses, incidences))
        if overlapping and self.attribute_overlaps:  # each moment once, then to one key
            parts = _exclusive(parts)
        keyed: dict[str | None, list[_Interval]] = {}
        for key, interval in parts:
            keyed.setdefault(key, []).append(interval)
        for key, intervals in keyed.items():
            intervals.sort(key=_start)
            blocks.extend(self._merge(key, intervals))
        blocks.sort(key=lambda block: block.start.timestamp())
        return blocks, incidences

    def _open_block(self, entry: WorkEntry) -> Block:
        return Block(self.key_of(entry), entry.start, None, 0, 0,
                     self.labels((self.activity_of(entry),)),
                     self.labels((self.group_of(entry),)))

    def _assign_breaks(self, works: list[_Interval], pauses: list[_Interval],
                       incidences: list[DayIncidence]
                       ) -> Iterator[tuple[str | None, _Interval]]:
        """Yield (key, pause) for each pause touching a work block: the key of the block
        before it (whose end reaches it), else of the one right after it."""
        if not pauses:
            return
        timeline = sorted(works + pauses, key=_start)
        starts = [w[0] for w in works]
        last_end, last_key = None, None
        for interval in timeline:
            start, end, entry, _ = interval
            if entry.kind != PAUSE:
                key = self.key_of(entry)
            elif last_end is not None and last_end + self.gap >= start:
                key = last_key
            else:
                following = bisect_left(starts, start)
                if following < len(works) and works[following][0] <= end + self.gap:
                    key = self.key_of(works[following][2])
                else:
                    incidences.append(DayIncidence(BREAK_ALONE, entry))
                    continue
            if entry.kind == PAUSE:
                yield key, interval
            if last_end is None or end >= last_end:
                last_end, last_key = end, key

    def _merge(self, key: str | None, intervals: list[_Interval]) -> list[Block]:
        blocks: list[Block] = []
        current: list[_Interval] = []
        current_end = 0.0
        for interval in intervals:
            if current and interval[0] > current_end + self.gap:
                blocks.append(self._block(key, current))
                current = []
            if not current or interval[1] > current_end:
                current_end = interval[1]
            current.append(interval)
        if current:
            blocks.append(self._block(key, current))
        return blocks

    def _block(self, key: str | None, intervals: list[_Interval]) -> Block:
        covered = _union_length(intervals)
        pause_parts = [i for i in intervals if i[2].kind == PAUSE]
        paused = _union_length(pause_parts) if pause_parts else 0.0
        for start, end, entry, _ in pause_parts:
            kind = entry.break_id
            self.break_seconds[kind] = self.break_seconds.get(kind, 0.0) + (end - start)
        last = max(intervals, key=lambda i: i[1])
        worked = [i[2] for i in intervals if i[2].kind != PAUSE]
        seconds = round(covered - paused) if self.exclude else round(covered)
        return Block(key, intervals[0][2].start, None if last[3] else last[2].end, seconds,
                     round(paused) if self.exclude else 0,
                     self.labels([self.activity_of(e) for e in worked]),
                     self.labels([self.group_of(e) for e in worked]))


def _start(interval: _Interval) -> float:
    return interval[0]


def _union_length(intervals: Sequence[_Interval]) -> float:
    """Length of the union of intervals sorted by start."""
    total, run_start = 0.0, 0.0
    run_end: float | None = None
    for start, end, _, _ in sorted(intervals, key=_start):
        if run_end is None or start > run_end:
            if run_end is not None:
                total += run_end - run_start
            run_start, run_end = start, end
        elif end > run_end:
            run_end = end
    if run_end is not None:
        total += run_end - run_start
    return total


def _find_overlaps(works: list[_Interval], pauses: list[_Interval],
                   incidences: list[DayIncidence]) -> bool:
    """One incidence for each entry that starts before an earlier one of the day has ended
    (work over work, or a break over work: either counts the same time twice); any found?"""
    reach_end, reach_entry, found = None, None, False
    for start, end, entry, _ in sorted(works + pauses, key=_start):
        if reach_end is not None and start < reach_end:
            incidences.append(DayIncidence(OVERLAP, entry, reach_entry))
            found = True
        if reach_end is None or end > reach_end:
            reach_end, reach_entry = end, entry
    return found


def _precedence(interval: _Interval) -> tuple[int, float, str | None]:
    """Who gets a moment several intervals cover: a break, then work with a check type, then
    work without; among equals the one that started first (then the lower id)."""
    entry = interval[2]
    kind = 0 if entry.kind == PAUSE else 1 if entry.check_type_id is not None else 2
    return kind, interval[0], entry.id


def _exclusive(parts: list[tuple[str | None, _Interval]]) -> list[tuple[str | None, _Interval]]:
    """The (key, interval) parts cut so that no two overlap: each moment stays with the
    interval of highest precedence; the others keep the parts nobody before them covers, as
    pieces of their entry under their key. A piece's times are the moments' own (the clock-in
    or clock-out that bounds it, with the offset Sesame sent for it)."""
    moments: dict[float, datetime] = {}
    for _, (start, end, entry, running) in parts:
        moments.setdefault(start, entry.start)
        if not running and entry.end is not None:  # a finished entry has its clock-out
            moments.setdefault(end, entry.end)
    ranked = sorted(parts, key=lambda part: _precedence(part[1]))
    bounds = sorted({t for _, interval in parts for t in interval[:2]})
    pieces: list[list[Any]] = []  # [start, end, (key, winner interval)]
    for low, high in zip(bounds, bounds[1:], strict=False):
        winner = next((p for p in ranked if p[1][0] <= low and p[1][1] >= high), None)
        if winner is None:
            continue
        if pieces and pieces[-1][2] is winner and pieces[-1][1] == low:
            pieces[-1][1] = high
        else:
            pieces.append([low, high, winner])
    made: list[tuple[str | None, _Interval]] = []
    for low, high, (key, interval) in pieces:
        start, end, entry, running = interval
        if low == start and high == end:
            made.append((key, interval))
            continue
        reaches_now = running and high == end
        zone = entry.start.tzinfo
        made.append((key, (low, high, entry._replace(
            start=moments.get(low) or datetime.fromtimestamp(low, zone),
            end=None if reaches_now else moments.get(high) or datetime.fromtimestamp(high, zone)),
            reaches_now)))
    return made
