"""`timedesk tickets export`: the filtered list written as a file, read back."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from timedesk.auth.permissions import Actor
from timedesk.auth.service import create_user
from timedesk.cli import main
from timedesk.tickets.service import HelpDesk


def test_tickets_export_writes_the_filtered_list_without_internal_notes(ctx, env, admin_actor,
                                                                        tmp_path, capsys):
    rita = create_user(ctx.db, admin_actor, "rita", "a long password 1", "requester")
    tina = create_user(ctx.db, admin_actor, "tina", "a long password 1", "technician")
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    asker = Actor("user", "rita", rita.role, rita.id)
    urgent = desk.create_ticket(asker, "Server down", "all of it", priority="urgent")
    desk.create_ticket(asker, "New mouse", "please", priority="low")
    desk.add_comment(Actor("user", "tina", tina.role, tina.id), urgent.id, "SECRET NOTE",
                     internal=True)
    out = tmp_path / "urgent.csv"
    assert main(["tickets", "export", "--format", "csv", "--output", str(out),
                 "--priority", "urgent,high", "--lang", "en"]) == 0
    assert capsys.readouterr().out == f"1 tickets written to {out}\n"
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["Subject"], row["Priority"], row["Requester"]) for row in rows] == [
        ("Server down", "urgent", "rita")]
    assert rows[0]["Resolution due"] and "SECRET NOTE" not in out.read_text("utf-8-sig")
    book = tmp_path / "all.xlsx"
    assert main(["tickets", "export", "--format", "xlsx", "--output", str(book),
                 "--sort", "id"]) == 0
    sheet = load_workbook(book).worksheets[0]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Server down", "New mouse"]
    with pytest.raises(SystemExit) as refused:
        main(["tickets", "export", "--format", "doc", "--output", str(book)])
    assert refused.value.code == 2 and "invalid choice: 'doc'" in capsys.readouterr().err
