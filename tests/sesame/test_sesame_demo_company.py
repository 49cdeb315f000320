"""The recorded demo company (timedesk/sesame/demo_company.py) served by timedesk's own listener
under /sesame-demo while `sesame.demo` is on: Sesame's wire format, the demo token only, a month
of weekdays with lunch breaks and today's entry open; `timedesk demo` turns it on when no token
is stored; a real report comes out of it on both engines."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import aiohttp
import openpyxl
import pytest
from listener_support import serving

from timedesk.demo import use_demo_company
from timedesk.errors import ConfigError
from timedesk.jobs import Progress
from timedesk.server import create_app
from timedesk.sesame import demo_company
from timedesk.sesame.demo_company import DEMO_PREFIX, DEMO_TOKEN, ZONE, answer
from timedesk.sesame.service import ReportRequest, demo_base_url, generate_report, make_client

MONDAY_10 = datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def test_info_and_employees_are_in_sesames_envelope():
    info = answer("/core/v3/info", {}, now=MONDAY_10)
    assert info.status == 200 and info.body["data"]["company"]["name"].startswith("Oficina Demo")
    people = answer("/core/v3/employees", {"limit": "4"}, now=MONDAY_10).body
    assert people["meta"] == {"currentPage": 1, "lastPage": 2, "total": 6, "perPage": 4}
    assert "_department" not in people["data"][0]  # the demo's private keys never leave
    assert {e["email"] for e in answer("/core/v3/employees", {}, now=MONDAY_10).body["data"]} \
        >= {"rosa.recepcion@example.com", "jurgen.muller@example.com"}


def test_a_month_of_weekdays_with_lunch_breaks_and_todays_entry_open():
    entries = answer("/schedule/v1/work-entries", {"limit": "1000"}, now=MONDAY_10).body["data"]
    days = {e["workEntryIn"]["date"][:10] for e in entries}
    assert len(days) >= 20
    assert all(datetime.fromisoformat(d).weekday() < 5 for d in days)
    assert {e["workEntryType"] for e in entries} == {"work", "pause"}
    assert all(e["workBreakId"] == demo_company.LUNCH["id"] for e in entries
               if e["workEntryType"] == "pause")
    open_now = [e for e in entries if e["workEntryOut"] is None]
    assert open_now and {e["workEntryIn"]["date"][:10] for e in open_now} == {"2026-12-07"}
    assert not [e for e in entries if e["workEntryIn"]["date"] > MONDAY_10.isoformat()]


def test_the_answers_are_the_same_for_the_same_moment_and_filters_hold():
    query = {"from": "2026-11-23", "to": "2026-11-27", "limit": "500"}
    first = answer("/schedule/v1/work-entries", query, now=MONDAY_10).body
    assert first == answer("/schedule/v1/work-entries", query, now=MONDAY_10).body
    assert {e["workEntryIn"]["date"][:10] for e in first["data"]} <= {
        f"2026-11-{d}" for d in range(23, 28)}
    rosa = demo_company.EMPLOYEES[1]["id"]
    only = answer("/schedule/v1/work-entries", {**query, "employeeId": rosa}, now=MONDAY_10)
    assert {e["employee"]["id"] for e in only.body["data"]} == {rosa}
    assert answer("/schedule/v1/nothing-here", {}, now=MONDAY_10).status == 404


@pytest.fixture
async def listener(ctx):
    """The production listener on 127.0.0.1 with the demo company on; the settings point the
    Sesame client at it."""
    ctx.settings.override("sesame.demo", True)
    async with serving(create_app(ctx)) as url:
        parts = urlsplit(url)
        ctx.settings.override("listener.host", parts.hostname)
        ctx.settings.override("listener.port", parts.port)
        yield url


@SQLITE_ONLY
async def test_the_listener_serves_it_only_to_the_demo_token_and_only_while_on(ctx, listener):
    async with aiohttp.ClientSession() as http:
        url = f"{listener}{DEMO_PREFIX}/core/v3/info"
        async with http.get(url, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}) as answered:
            assert answered.status == 200
            assert (await answered.json())["data"]["company"]["id"] == demo_company.COMPANY_ID
        async with http.get(url, headers={"Authorization": "Bearer guess"}) as answered:
            assert answered.status == 401
            assert (await answered.json())["error"]["errors"] == "unauthenticated"
        ctx.settings.override("sesame.demo", False)
        async with http.get(url, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}) as answered:
            assert answered.status == 404


async def test_a_report_of_last_week_comes_from_the_demo_company(ctx, listener, admin_actor,
                                                                tmp_path):
    assert demo_base_url(ctx.settings) == f"{listener}{DEMO_PREFIX}"
    today = datetime.now(ZONE).date()
    monday = today - timedelta(days=today.weekday() + 7)
    request = ReportRequest(monday, monday + timedelta(days=6), out=tmp_path / "week.xlsx")
    report = await asyncio.to_thread(generate_report, ctx, admin_actor, request, Progress())
    rows = list(openpyxl.load_workbook(report.path).worksheets[0].iter_rows(values_only=True))
    names = {row[0] for row in rows[1:]}
    assert {"Rosa Recepción", "Jürgen Müller-Núñez"} <= names


@SQLITE_ONLY  # no SQL in it
def test_a_given_token_or_address_wins_over_the_demo(ctx):
    import socket

    ctx.settings.override("sesame.demo", True)
    with make_client(ctx.settings, ctx.secrets, token="real", base_url="http://127.0.0.1:9") as c:
        assert c.base_url == "http://127.0.0.1:9"
    with socket.socket() as listening:  # stands in for this PC's listener
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        ctx.settings.override("listener.port", listening.getsockname()[1])
        with make_client(ctx.settings, ctx.secrets) as c:
            assert c.base_url.endswith(DEMO_PREFIX)
    # nothing listens there now: say what to start, not "check the region"
    with pytest.raises(ConfigError, match="served by this PC's listener") as caught:
        make_client(ctx.settings, ctx.secrets)
    assert "timedesk serve" in caught.value.hint


@SQLITE_ONLY  # no SQL in it
def test_the_demo_needs_a_plain_http_listener(ctx):
    ctx.settings.override("listener.tls_cert", "/etc/ssl/cert.pem")
    with pytest.raises(ConfigError, match="plain HTTP"):
        demo_base_url(ctx.settings)


@SQLITE_ONLY  # no SQL in it
def test_timedesk_demo_turns_it_on_once_and_never_over_a_token_or_a_choice(ctx):
    assert use_demo_company(ctx) is True
    assert ctx.settings["sesame.demo"] is True
    assert "sesame" in ctx.settings.user_file.read_text(encoding="utf-8")
    assert use_demo_company(ctx) is False  # chosen now: left alone


@SQLITE_ONLY  # no SQL in it
def test_timedesk_demo_leaves_a_real_token_alone(ctx):
    ctx.secrets.set("SESAME_TOKEN", "a-real-token", session_only=True)
    assert use_demo_company(ctx) is False
    assert ctx.settings["sesame.demo"] is False
