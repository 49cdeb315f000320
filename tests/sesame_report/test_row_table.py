"""Rows stored by column read back as the same ReportRow tuples, in order."""

from datetime import date

from sesame_report_support import MADRID, at, report, work

from timedesk.sesame.report_table import ReportRow, RowTable


def test_rows_read_back_exactly_as_appended_with_their_offsets():
    table = RowTable()
    rows = [ReportRow("Ana", "dni", "1Z", date(2025, 12, 10), (None,), ("Oficina",), at(9),
                      None, 3600, 0, False, "ana"),
            ReportRow("Ana", "dni", "1Z", date(2025, 12, 10), (), (), None, None, 3600, 0,
                      True, "ana")]
    for row in rows:
        table.append(row)
    assert list(table) == rows and table == rows and len(table) == 2
    assert table[-1] == rows[1] and table[0:1] == rows[:1]
    assert table[0].start.tzinfo == MADRID and table[0].start.hour == 9


def test_a_report_built_from_a_one_pass_iterator_is_the_same():
    entries = [work(at(9, day=d), at(10, day=d)) for d in (3, 1, 2)]
    assert report(iter(entries)).rows == report(entries).rows
