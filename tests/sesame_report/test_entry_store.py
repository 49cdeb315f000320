"""EntryStore, the compact form the report holds its work entries in: it gives back exactly
the entries put in (offsets, microseconds, open, deleted, no worked seconds, UUID ids in
lower or upper case and other ids), each employee's
in their order, and takes far less memory than the WorkEntry objects."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import UTC, datetime, timedelta, timezone

from timedesk.sesame.entries import EntryStore, WorkEntry

PLUS_ONE = timezone(timedelta(hours=1))
NAMED = timezone(timedelta(hours=1), "CET")
MINUS_THREE = timezone(timedelta(hours=-3))


def sample() -> list[WorkEntry]:
    start = datetime(2025, 12, 10, 9, tzinfo=PLUS_ONE)
    return [
        WorkEntry("0f8e6d2a-1b3c-4d5e-8f90-a1b2c3d4e5f6", "ana", "work", start, start + timedelta(hours=4), "ct1", None,
                  worked_seconds=14400),
        WorkEntry("b1", "bea", "pause", datetime(2025, 12, 10, 8, 0, 12, 250000,
                                                 tzinfo=MINUS_THREE),
                  datetime(2025, 12, 10, 12, 30, tzinfo=UTC), None, "lunch"),
        WorkEntry("0F8E6D2A-1B3C-4D5E-8F90-A1B2C3D4E5F7", "ana", "work", start + timedelta(hours=5), None, None, None),
        WorkEntry("a3", "ana", "work", datetime(1969, 12, 31, 23, 59, 59, 1, tzinfo=NAMED),
                  datetime(1970, 1, 1, 1, tzinfo=NAMED), None, None, deleted=True,
                  worked_seconds=0),
    ]


def test_the_entries_come_back_equal_each_employee_in_order():
    entries = sample()
    store = EntryStore.of(entries)
    assert len(store) == 4 and store.employees() == ["ana", "bea"]
    assert store.entries_of("ana") == [entries[0], entries[2], entries[3]]
    assert store.entries_of("bea") == [entries[1]]
    assert store.entries_of("nobody") == []
    for got, sent in zip(store.entries_of("ana") + store.entries_of("bea"),
                         [entries[0], entries[2], entries[3], entries[1]], strict=False):
        for side in ("start", "end"):
            moment, expected = getattr(got, side), getattr(sent, side)
            assert (moment is None) == (expected is None)
            if moment is not None:  # the same wall time in the same zone, not only the instant
                assert (moment.replace(tzinfo=None), moment.tzinfo, moment.tzname()) == (
                    expected.replace(tzinfo=None), expected.tzinfo, expected.tzname())


def test_stores_merge_in_order_with_their_own_zones_and_ids():
    entries = sample()
    first, second = EntryStore.of(entries[:2]), EntryStore.of(entries[2:])
    merged = EntryStore()
    merged.extend(first)
    merged.extend(second)
    assert list(merged) == list(EntryStore.of(entries))
    assert merged.entries_of("ana")[2].start.tzname() == "CET"


def _traced_bytes(make) -> tuple[object, int]:
    gc.collect()
    tracemalloc.start()
    try:
        made = make()
        gc.collect()
        return made, tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


def test_a_store_takes_well_under_half_the_memory_of_the_entry_objects():
    count = 20_000
    zones = [PLUS_ONE, MINUS_THREE]
    base = datetime(2025, 1, 1, tzinfo=UTC)

    def objects():
        return [WorkEntry(f"{n:08x}-0000-4000-8000-{n:012x}", f"emp-{n % 50}", "work",
                          (base + timedelta(minutes=n)).astimezone(zones[n % 2]),
                          (base + timedelta(minutes=n + 30)).astimezone(zones[n % 2]),
                          "ct1", None, worked_seconds=1800 + n) for n in range(count)]

    entries, object_bytes = _traced_bytes(objects)
    def store_of():
        store = EntryStore.of(entries)
        store.employees()  # its per-employee index counts too
        return store

    store, store_bytes = _traced_bytes(store_of)
    print(f"{store_bytes / count:.0f} bytes an entry in a store, "
          f"{object_bytes / count:.0f} as objects")
    assert len(store) == count
    assert store_bytes < object_bytes * 0.45, (store_bytes, object_bytes)
    assert store_bytes / count < 100  # bytes an entry: the id is 16 of them, not ~90
