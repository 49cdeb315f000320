"""Overlapping entries of one employee (two devices clocking the same shift) count once in
every grouping: the overlap is consolidated per employee first, then attributed to one
activity or group (an entry with a check type before one without; among equals, the one
that started first)."""

import random
from datetime import timedelta

import pytest
from sesame_report_support import at, data_rows, pause, report, totals, work

H = 3600


def two_devices():
    return [work(at(8), at(14), check_type="desk"),  # Recepción on the desk PC
            work(at(8, 0, 30), at(14, 0, 10))]  # the kiosk: no check type


def hms(moment):
    return moment.strftime("%H:%M:%S")


@pytest.mark.parametrize("group_by", ["employee", "activity", "group"])
def test_two_devices_clocking_one_shift_count_it_once_in_every_grouping(group_by):
    built = report(two_devices(), group_by=group_by)
    assert sum(t.seconds for t in totals(built)) == built.total_seconds == 6 * H + 10


def test_by_activity_the_overlap_goes_to_the_entry_with_a_check_type():
    built = report(two_devices(), group_by="activity")
    assert [(r.activity, hms(r.start), hms(r.end), r.seconds) for r in data_rows(built)] == [
        (("Mostrador",), "08:00:00", "14:00:00", 6 * H),
        ((None,), "14:00:00", "14:00:10", 10)]


def test_by_group_the_entry_without_check_type_keeps_only_what_nothing_else_covers():
    built = report([work(at(7, 59), at(12)), work(at(8), at(14), check_type="desk")],
                   group_by="group")
    assert [(r.group, hms(r.start), hms(r.end), r.seconds) for r in data_rows(built)] == [
        (("Atención",), "08:00:00", "14:00:00", 6 * H), ((None,), "07:59:00", "08:00:00", 60)]


def test_between_two_check_types_the_overlap_goes_to_the_one_that_started_first():
    built = report([work(at(11), at(13), check_type="desk"),
                    work(at(9), at(12), check_type="meet")], group_by="activity")
    assert [(r.activity, hms(r.start), hms(r.end), r.seconds) for r in data_rows(built)] == [
        (("Mostrador",), "12:00:00", "13:00:00", H), (("Reunión",), "09:00:00", "12:00:00", 3 * H)]


def test_the_overlap_stays_an_incidence_in_every_grouping():
    for group_by in ("employee", "activity", "group"):
        assert [i.kind for i in report(two_devices(), group_by=group_by).incidences] == [
            "overlap"]


def test_the_parameters_say_where_overlapping_time_goes():
    values = dict(report(two_devices(), group_by="activity").parameters("en"))
    assert "counted once" in values["Overlaps"] and "check type" in values["Overlaps"]
    assert "solapa" in dict(report(two_devices()).parameters("es"))["Solapamientos"]


def random_day(rng):
    entries = []
    for _ in range(rng.randint(1, 6)):
        start = at(8) + timedelta(minutes=rng.randint(0, 600))
        end = start + timedelta(minutes=rng.randint(1, 240))
        if rng.random() < 0.25:
            entries.append(pause(start, end))
        else:
            entries.append(work(start, end, check_type=rng.choice([None, "meet", "desk",
                                                                  "other"])))
    return entries


@pytest.mark.parametrize("breaks", ["absorb", "exclude"])
def test_every_grouping_totals_the_same_time_as_by_employee(breaks):
    rng = random.Random(20)
    for _ in range(300):
        entries = random_day(rng)
        expected = report(entries, breaks=breaks).total_seconds
        for group_by in ("activity", "group"):
            built = report(entries, breaks=breaks, group_by=group_by)
            assert built.total_seconds == expected, (group_by, entries)
