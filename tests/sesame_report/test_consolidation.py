"""Break policies and consolidation, with totals computed by hand in each test."""

from datetime import date, timedelta

from sesame_report_support import at, data_rows, kinds, pause, report, totals, work

H = 3600


def test_absorb_counts_the_break_inside_one_row_from_first_clock_in_to_last_clock_out():
    # 09-13 work, 13-14 lunch, 14-18 work: 4 h + 1 h + 4 h = 9 h in one row
    built = report([work(at(14), at(18)), pause(at(13), at(14)), work(at(9), at(13))])
    [row] = data_rows(built)
    assert (row.start, row.end, row.seconds, row.breaks) == (at(9), at(18), 9 * H, 0)
    assert [t.seconds for t in totals(built)] == [9 * H]
    assert built.total_seconds == 9 * H and built.incidences == []


def test_exclude_leaves_break_time_out_and_shows_it_in_the_breaks_column():
    # 4 h + 4 h worked; the 1 h lunch and a 15 min coffee go to Pausas
    built = report([work(at(9), at(13)), pause(at(13), at(14)), work(at(14), at(17, 45)),
                    pause(at(17, 45), at(18), break_id="coffee"), work(at(18), at(18, 15))],
                   breaks="exclude")
    [row] = data_rows(built)
    assert (row.start, row.end) == (at(9), at(18, 15))
    assert (row.seconds, row.breaks) == (8 * H, H + 15 * 60)
    [total] = totals(built)
    assert (total.seconds, total.breaks) == (8 * H, H + 15 * 60)
    assert dict(built.break_kinds) == {"Comida": H, "Café": 15 * 60}


def test_blocks_up_to_the_merge_gap_apart_join_and_the_gap_is_not_counted():
    # 09:00-12:00 and 12:00:45-14:00 (45 s apart): one row, 3 h + 1 h 59 min 15 s
    built = report([work(at(9), at(12)), work(at(12, 0, 45), at(14))])
    [row] = data_rows(built)
    assert row.seconds == 3 * H + H + 59 * 60 + 15 == 17_955
    # 90 s apart: two rows, same total
    built = report([work(at(9), at(12)), work(at(12, 1, 30), at(14))])
    assert [r.seconds for r in data_rows(built)] == [3 * H, H + 58 * 60 + 30]
    assert totals(built)[0].seconds == 17_910


def test_merge_gap_is_an_option():
    entries = [work(at(9), at(12)), work(at(12, 5), at(14))]  # 5 min apart
    assert len(data_rows(report(entries))) == 2
    [row] = data_rows(report(entries, merge_gap_seconds=600))
    assert row.seconds == 3 * H + 115 * 60


def test_overlapping_entries_count_their_union_once_and_are_incidences():
    # 09-13 and 12-15 overlap by 1 h: union 09-15 = 6 h
    first, second = work(at(9), at(13)), work(at(12), at(15))
    built = report([second, first])
    [row] = data_rows(built)
    assert (row.start, row.end, row.seconds) == (at(9), at(15), 6 * H)
    [incidence] = built.incidences
    assert (incidence.kind, incidence.entry_id, incidence.other_id) == (
        "overlap", second.id, first.id)


def test_a_break_never_stretches_another_employees_entry_in_any_grouping():
    entries = [work(at(9), at(13), employee="ana", check_type="meet"),
               pause(at(13), at(14), employee="bea")]
    for group_by in ("employee", "group", "activity"):
        built = report(entries, group_by=group_by)
        assert [(r.employee_id, r.seconds) for r in data_rows(built)] == [("ana", 4 * H)]
        assert [(i.kind, i.employee_id) for i in built.incidences] == [("break_alone", "bea")]
        assert "Comida" == built.incidences[0].break_name


def test_an_open_entry_of_a_past_day_counts_zero_gets_a_row_without_clock_out_and_an_incidence():
    built = report([work(at(9), at(13)), work(at(15), None)])
    rows = data_rows(built)
    assert [(r.start, r.end, r.seconds) for r in rows] == [(at(9), at(13), 4 * H),
                                                           (at(15), None, 0)]
    assert totals(built)[0].seconds == 4 * H and kinds(built) == ["open"]


def test_an_open_entry_of_today_counts_up_to_now():
    now = at(12, 30)  # 10/12/2025 12:30 in Madrid
    built = report([work(at(8), at(10)), pause(at(10), at(10, 30)), work(at(10, 30), None)],
                   today=date(2025, 12, 10), now=now)
    [row] = data_rows(built)
    # 2 h + 30 min break (absorbed) + 2 h running = 4.5 h; still running: no clock-out
    assert (row.start, row.end, row.seconds) == (at(8), None, 4 * H + 30 * 60)
    assert kinds(built) == ["open_today"]


def test_deleted_entries_are_skipped_and_listed():
    gone = work(at(9), at(18), deleted=True)
    built = report([gone, work(at(9), at(10))])
    assert [r.seconds for r in data_rows(built)] == [H]
    assert [(i.kind, i.entry_id) for i in built.incidences] == [("deleted", gone.id)]


def test_an_entry_over_16_hours_counts_and_is_an_incidence_and_hours_pass_24():
    built = report([work(at(6), at(8, day=11))])  # 26 h
    assert totals(built)[0].seconds == 26 * H and kinds(built) == ["long"]


def test_a_shift_across_midnight_stays_on_its_start_day():
    built = report([work(at(22), at(2, day=11))])
    [row] = data_rows(built)
    assert (row.day, row.seconds, row.end) == (date(2025, 12, 10), 4 * H, at(2, day=11))


def test_split_at_midnight_cuts_the_shift_into_two_days_at_local_midnight():
    built = report([work(at(22), at(2, day=11))], split_at_midnight=True)
    assert [(r.day, r.start, r.end, r.seconds) for r in data_rows(built)] == [
        (date(2025, 12, 10), at(22), at(0, day=11), 2 * H),
        (date(2025, 12, 11), at(0, day=11), at(2, day=11), 2 * H)]
    assert [t.seconds for t in totals(built)] == [2 * H, 2 * H]


def test_the_day_is_the_local_date_in_the_offset_sesame_sent():
    from datetime import timezone
    canary = timezone(timedelta(hours=0))
    tokyo = timezone(timedelta(hours=9))
    # 00:30 in Tokyo on the 11th is 15:30 UTC on the 10th: it belongs to the 11th
    built = report([work(at(0, 30, day=11, zone=tokyo), at(8, day=11, zone=tokyo)),
                    work(at(23, day=10, zone=canary), at(23, 30, day=10, zone=canary))])
    assert [(r.day, r.start.hour) for r in data_rows(built)] == [
        (date(2025, 12, 10), 23), (date(2025, 12, 11), 0)]


def test_days_are_chronological_across_months_whatever_the_input_order():
    entries = [work(at(9, day=day, month=month, year=year), at(10, day=day, month=month,
                                                               year=year))
               for day, month, year in ((2, 1, 2026), (10, 12, 2025), (31, 12, 2025),
                                        (1, 12, 2025))]
    days = [t.day for t in totals(report(entries))]
    assert days == [date(2025, 12, 1), date(2025, 12, 10), date(2025, 12, 31), date(2026, 1, 2)]


def test_entries_outside_the_period_are_left_out():
    built = report([work(at(9, day=30, month=11), at(10, day=30, month=11)),
                    work(at(9), at(10))])
    assert [r.day for r in data_rows(built)] == [date(2025, 12, 10)]


def test_clock_out_before_clock_in_is_skipped_and_listed():
    built = report([work(at(10), at(9))])
    assert built.rows == [] and kinds(built) == ["invalid"]
