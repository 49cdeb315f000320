"""/api/v1/tickets on a real listener, on SQLite and PostgreSQL, with tokens that act as people
(`api-token create --user`): filing, the list (filters, pages, counts), who sees what, moves,
the take, comments and internal notes, attachments, bad input. Every JSON answer matches
/api/v1/openapi.json (conftest.Api)."""

from __future__ import annotations

import hashlib

import aiohttp

from timedesk.auth.permissions import Actor


async def file(api, as_, subject, **fields):
    return await api("POST", "/api/v1/tickets", 201,
                     {"subject": subject, "description": f"about {subject}", **fields}, as_=as_)


async def test_create_list_filter_paginate_and_count(api, desk):
    desk.add_category(Actor.system("test"), "Hardware")
    made = await file(api, "rita", "Printer jams", category="hardware", priority="high")
    assert (made["status"], made["priority"], made["category"]) == ("new", "high", "Hardware")
    assert (made["requester"], made["assignee"]) == ("rita", None)
    assert made["created_at"].endswith("+00:00") and made["sla"]["breached"] == []
    assert set(made["sla"]) >= {"first_response_due", "resolution_due", "paused", "breached"}
    for subject in ("Screen flickers", "No VPN"):
        await file(api, "rita", subject)
    await file(api, "rob", "Mouse broken")
    everything = await api("GET", "/api/v1/tickets", 200)
    assert everything["total"] == 4 and everything["page"] == 1
    high = await api("GET", "/api/v1/tickets?priority=high,urgent", 200)
    assert [t["subject"] for t in high["items"]] == ["Printer jams"]
    assert (await api("GET", "/api/v1/tickets?category=HARDWARE", 200))["total"] == 1
    assert (await api("GET", "/api/v1/tickets?q=vpn", 200))["total"] == 1
    assert (await api("GET", "/api/v1/tickets?requester=rob", 200))["total"] == 1
    pages = [await api("GET", f"/api/v1/tickets?sort=id&per_page=3&page={n}", 200)
             for n in (1, 2)]
    assert [len(p["items"]) for p in pages] == [3, 1] and pages[1]["total"] == 4
    assert [t["id"] for p in pages for t in p["items"]] == sorted(
        t["id"] for t in everything["items"])
    counts = await api("GET", "/api/v1/tickets/counts", 200)
    assert counts["new"] == 4 and counts["closed"] == 0 and len(counts) == 8
    assert (await api("GET", "/api/v1/tickets/counts", 200, as_="rob"))["new"] == 1



async def test_an_import_keeps_its_date_only_for_tickets_manage(api):
    old = await api("POST", "/api/v1/tickets", 201,
                    {"subject": "From the old desk", "requester": "rita",
                     "created_at": "2025-03-01T09:30:00+01:00"})
    assert (old["created_at"], old["requester"]) == ("2025-03-01T08:30:00+00:00", "rita")
    await api("POST", "/api/v1/tickets", 403,
              {"subject": "x", "created_at": "2025-03-01T09:30:00+01:00"}, as_="rita")
    future = await api("POST", "/api/v1/tickets", 400,
                       {"subject": "x", "created_at": "2999-01-01T00:00:00Z"})
    assert "in the future" in future["error"]["message"]


async def test_each_role_sees_what_it_may(api):
    rita = await file(api, "rita", "Rita's")
    rob = await file(api, "rob", "Rob's")
    assert [t["id"] for t in (await api("GET", "/api/v1/tickets", 200, as_="rita"))["items"]] \
        == [rita["id"]]
    hidden = await api("GET", f"/api/v1/tickets/{rob['id']}", 404, as_="rita")
    assert hidden["error"]["code"] == "not_found"  # never "forbidden": it tells nothing
    await api("PATCH", f"/api/v1/tickets/{rob['id']}", 404, {"status": "closed"}, as_="rita")
    await api("PATCH", f"/api/v1/tickets/{rob['id']}", 200, {"assignee": "tom"})
    # tina: the queue (Rita's) but not Tom's ticket; tom: his own and the queue; ada: all
    assert {t["subject"] for t in (await api("GET", "/api/v1/tickets", 200,
                                             as_="tina"))["items"]} == {"Rita's"}
    await api("GET", f"/api/v1/tickets/{rob['id']}", 404, as_="tina")
    assert (await api("GET", "/api/v1/tickets", 200, as_="tom"))["total"] == 2
    assert (await api("GET", "/api/v1/tickets", 200, as_="ada"))["total"] == 2


async def test_moves_illegal_409_not_allowed_403(api):
    made = await file(api, "rita", "Broken")
    path = f"/api/v1/tickets/{made['id']}"
    refused = await api("PATCH", path, 409, {"status": "in_progress"})
    assert "from 'new' to 'in_progress'" in refused["error"]["message"]
    denied = await api("PATCH", path, 403, {"priority": "urgent"}, as_="rita")
    assert denied["error"]["code"] == "permission_denied"
    await api("PATCH", path, 200, {"assignee": "tina"})
    moved = await api("PATCH", path, 200, {"status": "in_progress"}, as_="tina")
    assert moved["status"] == "in_progress"
    waiting = await api("PATCH", path, 200, {"status": "waiting_requester"}, as_="tina")
    assert waiting["sla"]["paused"] is True
    await api("PATCH", path, 200, {"status": "resolved"}, as_="tina")
    closed = await api("PATCH", path, 200, {"status": "closed"}, as_="rita")
    assert closed["status"] == "closed" and closed["closed_at"]
    history = (await api("GET", path, 200, as_="rita"))["history"]
    assert [(h["field"], h["before"], h["after"]) for h in history if h["field"] == "status"][-2:] \
        == [("status", "waiting_requester", "resolved"), ("status", "resolved", "closed")]


async def test_a_token_acting_as_a_technician_takes_a_ticket_and_one_wins(api):
    made = await file(api, "rita", "Take me")
    path = f"/api/v1/tickets/{made['id']}"
    taken = await api("PATCH", path, 200, {"assignee": "tina"}, as_="tina")
    assert (taken["assignee"], taken["status"]) == ("tina", "assigned")
    late = await api("PATCH", path, 409, {"assignee": "tom"}, as_="tom")
    assert "already taken by tina" in late["error"]["message"]
    history = (await api("GET", path, 200, as_="tina"))["history"]
    assert {"actor": "tina", "field": "assignee", "before": None, "after": "tina"}.items() <= \
        history[1].items()


async def test_internal_notes_are_hidden_from_the_requester(api):
    made = await file(api, "rita", "Slow PC")
    path = f"/api/v1/tickets/{made['id']}"
    note = await api("POST", path + "/comments", 201,
                     {"body": "user has 200 tabs open", "internal": True}, as_="tina")
    assert note["internal"] is True and note["author"] == "tina"
    await api("POST", path + "/comments", 201, {"body": "Please restart."}, as_="tina")
    await api("POST", path + "/comments", 403, {"body": "x", "internal": True}, as_="rita")
    seen = await api("GET", path, 200, as_="rita")
    assert [c["body"] for c in seen["comments"]] == ["Please restart."]
    assert seen["first_response_at"] is not None
    staff = await api("GET", path, 200, as_="tina")
    assert [c["internal"] for c in staff["comments"]] == [True, False]


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def form(data: bytes, filename: str, field: str = "file") -> aiohttp.FormData:
    payload = aiohttp.FormData(quote_fields=False)  # as browsers send the name
    payload.add_field(field, data, filename=filename, content_type="application/octet-stream")
    return payload


async def test_attachments_exact_bytes_limit_and_type(api, ctx):
    made = await file(api, "rita", "Screenshot")
    path = f"/api/v1/tickets/{made['id']}/attachments"
    stored = await api("POST", path, 201, data=form(PNG, "../../my <screen>.png"), as_="rita")
    assert stored["sha256"] == hashlib.sha256(PNG).hexdigest() and stored["size"] == len(PNG)
    assert (stored["filename"], stored["content_type"]) == ("my _screen_.png", "image/png")
    async with await api.raw("GET", f"{path}/{stored['id']}", as_="rita") as response:
        assert response.status == 200 and await response.read() == PNG
        assert response.headers["Content-Type"] == "image/png"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Disposition"].startswith(
            'attachment; filename="my _screen_.png"')
    # Over the listener's 1 MiB body limit, within the attachments' 10 MiB: stored whole.
    big = b"line of text\n" * 120_000
    assert (await api("POST", path, 201, data=form(big, "log.txt"), as_="rita"))["size"] \
        == len(big)
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00\xff" * 500
    refused = await api("POST", path, 415, data=form(program, "report.pdf"), as_="rita")
    assert refused["error"]["code"] == "attachment_type_refused"
    ctx.settings.override("tickets.attachment_max_bytes", 1000)
    too_big = await api("POST", path, 413, data=form(b"x" * 1001, "a.txt"), as_="rita")
    assert "1,000 bytes" in too_big["error"]["message"]
    huge = await api("POST", path, 413, data=form(b"x" * 3_000_000, "a.txt"), as_="rita")
    assert huge["error"]["code"] == "attachment_too_large"
    await api("POST", path, 400, data=form(b"", "empty.txt"), as_="rita")
    await api("POST", path, 400, data=form(b"hello", "a.txt", field="other"), as_="rita")
    detail = await api("GET", f"/api/v1/tickets/{made['id']}", 200, as_="rita")
    assert [a["filename"] for a in detail["attachments"]] == ["my _screen_.png", "log.txt"]
    await api("GET", f"{path}/{stored['id']}", 404, as_="rob")
    await api("POST", path, 404, data=form(b"hello", "x.txt"), as_="rob")


async def test_script_text_comes_back_as_text(api):
    script = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    made = await file(api, "rita", script)
    assert made["subject"] == script and made["description"] == f"about {script}"
    path = f"/api/v1/tickets/{made['id']}"
    comment = await api("POST", path + "/comments", 201, {"body": script}, as_="rita")
    assert comment["body"] == script
    page = f"<html><body>{script}</body></html>".encode()
    stored = await api("POST", path + "/attachments", 201, data=form(page, "page.html"),
                       as_="rita")
    async with await api.raw("GET", f"{path}/attachments/{stored['id']}", as_="rita") as r:
        assert r.headers["Content-Type"] == "text/plain" and await r.read() == page
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Content-Disposition"].startswith("attachment;")
        assert "sandbox" in r.headers["Content-Security-Policy"]


async def test_bad_input_is_400_naming_what_was_wrong(api):
    async with await api.raw("POST", "/api/v1/tickets", as_="rita", data=b"{not json",
                             headers={"Content-Type": "application/json"}) as response:
        assert response.status == 400
        assert "not valid JSON" in (await response.json())["error"]["message"]
    unknown = await api("POST", "/api/v1/tickets", 400, {"subject": "x", "category": "Nope"},
                        as_="rita")
    assert "no category 'Nope'" in unknown["error"]["message"]
    await api("POST", "/api/v1/tickets", 400, {"subject": "   "}, as_="rita")
    await api("POST", "/api/v1/tickets", 400, {"subject": "x", "colour": "red"}, as_="rita")
    await api("POST", "/api/v1/tickets", 400, {"subject": "x", "priority": "asap"}, as_="rita")
    made = await file(api, "rita", "Fine")
    path = f"/api/v1/tickets/{made['id']}"
    await api("PATCH", path, 400, {"assignee": "ghost"})
    await api("PATCH", path, 400, {})
    await api("PATCH", path, 400, {"priority": None})  # null is no priority
    await api("POST", "/api/v1/tickets", 400, {"subject": "x", "created_at": None}, as_="rita")
    async with await api.raw("POST", path + "/attachments", as_="rita", data=b"x",
                             headers={"Content-Type": "multipart/form-data"}) as response:
        assert response.status == 400  # no boundary: not a form
        assert "not well-formed multipart" in (await response.json())["error"]["message"]
    await api("GET", "/api/v1/tickets?status=open", 400)
    await api("GET", "/api/v1/tickets?assignee=ghost", 400)
    await api("GET", "/api/v1/tickets?per_page=500", 400)
    # a token without a user files for someone, by name
    plain = await api("POST", "/api/v1/tickets", 201, {"subject": "x", "requester": "rob"},
                      as_="plain-admin")
    assert plain["requester"] == "rob"
    await api("POST", "/api/v1/tickets", 400, {"subject": "x"}, as_="plain-admin")


async def test_export_over_http_is_the_callers_filtered_list_as_a_file(api, tmp_path):
    import csv
    import io

    from openpyxl import load_workbook

    mine = await file(api, "rita", "Rita's printer", priority="high")
    await file(api, "rob", "Rob's mouse")
    await api("POST", f"/api/v1/tickets/{mine['id']}/comments", 201,
              {"body": "INTERNAL secret", "internal": True}, as_="tina")
    async with await api.raw("GET", "/api/v1/tickets/export?format=csv&lang=en",
                             as_="rita") as response:
        assert response.status == 200 and response.content_type == "text/csv"
        assert response.headers["Content-Disposition"] == 'attachment; filename="tickets.csv"'
        text = (await response.read()).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["Subject"] for row in rows] == ["Rita's printer"] and "INTERNAL" not in text
    async with await api.raw("GET", "/api/v1/tickets/export?format=xlsx&priority=normal",
                             as_="ada") as response:
        assert response.status == 200
        (tmp_path / "t.xlsx").write_bytes(await response.read())
    sheet = load_workbook(tmp_path / "t.xlsx").worksheets[0]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Rob's mouse"]
    await api("GET", "/api/v1/tickets/export?format=doc", 400)
    await api("GET", "/api/v1/tickets/export?format=pdf&category=ghost", 400)
