"""`timedesk tickets ...`: filing, listing and showing tickets, categories, SLA targets, and the
CSV import that keeps dates and stores all or nothing."""

from __future__ import annotations

import json

import pytest

from timedesk.auth.permissions import Role
from timedesk.auth.service import create_user
from timedesk.cli import main


@pytest.fixture
def users(ctx, admin_actor):
    create_user(ctx.db, admin_actor, "rita", "a long password 1", Role.REQUESTER)
    create_user(ctx.db, admin_actor, "tom", "a long password 1", Role.TECHNICIAN)


def test_categories_sla_and_tickets_from_the_command_line(users, env, capsys):
    assert main(["tickets", "category", "add", "Printers"]) == 0
    assert main(["tickets", "category", "add", "Old"]) == 0
    assert main(["tickets", "category", "disable", "old"]) == 0
    assert main(["tickets", "sla", "set", "--priority", "urgent", "--first-response", "30m",
                 "--resolution", "2h30m"]) == 0
    assert main(["tickets", "create", "--subject", "<b>Jam</b>", "--description", "Page 2",
                 "--requester", "rita", "--category", "printers", "--priority", "urgent"]) == 0
    out = capsys.readouterr().out
    assert "category Printers added" in out and "category old disabled" in out
    assert "SLA of urgent set: first response 0h30m, resolution 2h30m" in out
    assert "ticket #1 filed for rita" in out
    assert main(["tickets", "category", "list", "--all", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"name": "Old", "active": False},
                                                   {"name": "Printers", "active": True}]
    assert main(["tickets", "sla", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["urgent"] == {"first_response_minutes": 30,
                                                             "resolution_minutes": 150}
    assert main(["tickets", "list", "--status", "new", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total"] == 1 and listed["items"][0]["subject"] == "<b>Jam</b>"
    assert listed["items"][0]["category"] == "Printers"
    assert listed["items"][0]["sla"]["breached"] == []
    assert main(["tickets", "list", "--status", "closed"]) == 0
    assert "0 tickets" in capsys.readouterr().out
    assert main(["tickets", "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["history"][0]["after"] == "new" and shown["comments"] == []
    assert main(["tickets", "show", "1"]) == 0
    assert "status\tnew" in capsys.readouterr().out


def test_bad_input_is_one_line_and_stores_nothing(users, env, capsys):
    assert main(["tickets", "create", "--subject", " ", "--requester", "rita"]) == 2
    assert main(["tickets", "create", "--subject", "x", "--requester", "ghost"]) == 3
    assert main(["tickets", "create", "--subject", "x", "--requester", "rita",
                 "--category", "Nope"]) == 3
    assert main(["tickets", "sla", "set", "--priority", "low", "--first-response", "soon",
                 "--resolution", "1h"]) == 2
    assert main(["tickets", "show", "42"]) == 3
    err = capsys.readouterr().err
    for words in ("subject is empty", "requester: there is no user 'ghost'",
                  "category: there is no category 'Nope'", "--first-response 'soon'",
                  "no ticket #42"):
        assert words in err
    assert main(["tickets", "list"]) == 0
    assert "0 tickets" in capsys.readouterr().out


def test_an_import_keeps_dates_and_a_bad_line_stores_nothing(users, env, capsys, tmp_path,
                                                              monkeypatch):
    monkeypatch.setenv("TIMEDESK_OFFICE_TIMEZONE", "Europe/Madrid")  # local times are Madrid's
    main(["tickets", "category", "add", "Network"])
    good = tmp_path / "old.csv"
    good.write_text(
        "subject,description,requester,category,priority,status,created_at\n"
        "VPN drops,\"every hour, since May\",rita,Network,high,resolved,2025-05-02T10:00:00+02:00\n"
        "Printer,,tom,,,new,2025-06-01 09:00\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("subject,requester,created_at\nFine,rita,2025-01-01\n"
                   "Also fine,rita,\nBroken,nobody,2025-01-02\n", encoding="utf-8")
    assert main(["tickets", "import", str(bad)]) == 3
    assert "line 4: requester: there is no user 'nobody'" in capsys.readouterr().err
    assert main(["tickets", "import", str(good)]) == 0
    assert "2 tickets imported from old.csv" in capsys.readouterr().out
    assert main(["tickets", "list", "--sort", "id", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert [(t["subject"], t["status"], t["priority"], t["category"], t["created_at"])
            for t in items] == [
        ("VPN drops", "resolved", "high", "Network", "2025-05-02T08:00:00+00:00"),
        ("Printer", "new", "normal", None, "2025-06-01T07:00:00+00:00")]
    future = tmp_path / "future.csv"
    future.write_text("subject,requester,created_at\nLater,rita,2999-01-01T00:00:00+00:00\n",
                      encoding="utf-8")
    assert main(["tickets", "import", str(future)]) == 2
    assert "line 2: created_at 2999-01-01" in capsys.readouterr().err
    for text, words in (("subject,who\nx,rita\n", "unknown column(s) who"),
                        ("subject\nx\n", "no requester column"),
                        ("subject,requester,status\nx,rita,assigned\n", "line 2: status"),
                        ("subject,requester\n", "no tickets")):
        future.write_text(text, encoding="utf-8")
        assert main(["tickets", "import", str(future)]) == 2
        assert words in capsys.readouterr().err
    assert main(["tickets", "list"]) == 0
    assert "2 tickets" in capsys.readouterr().out
