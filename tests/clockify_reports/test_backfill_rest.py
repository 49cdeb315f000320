"""Back-fill through Clockify's REST API (faked on 127.0.0.1 with its wire format): members with
e-mails, time entries page by page, hydrated or plain ids, idempotent, and clear errors."""

import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest
from cli_support import one_line_error
from fake_clockify import API_KEY, WORKSPACE
from sqlalchemy import func, select

from timedesk.audit.models import AuditEntry
from timedesk.cli import main
from timedesk.clockify.models import ClockifySession
from timedesk.clockify.rest import ClockifyApiError, backfill_period
from timedesk.clockify.users import list_users

JP = "625cf4a6a7d9d34012f70de1"
ANA = "625cf4a6a7d9d34012f70aaa"
T0 = datetime(2025, 6, 16, 6, tzinfo=UTC)
WEEK = dict(start=date(2025, 6, 16), end=date(2025, 6, 22))


def member(user_id, name, email):
    return {"id": user_id, "email": email, "name": name, "memberships": [],
            "profilePicture": "https://img.clockify.me/no-user-image.png",
            "activeWorkspace": WORKSPACE, "defaultWorkspace": WORKSPACE,
            "settings": {"weekStart": "MONDAY", "timeZone": "Europe/Madrid"}, "status": "ACTIVE",
            "customFields": []}


def entry(n, user=JP, start=None, minutes=5):
    start = start or T0 + timedelta(minutes=10 * n)
    end = start + timedelta(minutes=minutes)
    return {"id": f"{0x6260fee78065a229df450000 + n:024x}", "description": f"entrada {n}",
            "userId": user, "billable": True, "workspaceId": WORKSPACE,
            "timeInterval": {"start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "duration": f"PT{minutes}M"},
            "project": {"id": "625d15dfbea8f62f6f3aa377", "name": "Kabisa - Ontwikkeling",
                        "clientId": "625cf508a59c3f5bb60a2b25", "clientName": "Kabisa",
                        "color": "#009688", "archived": False, "billable": True},
            "task": {"id": "625d15df75a4b64878ccc690", "name": "Research #8494",
                     "projectId": "625d15dfbea8f62f6f3aa377", "status": "ACTIVE"},
            "tags": [{"id": "68452a1b0300f917a02f30bc", "name": "estudio",
                      "workspaceId": WORKSPACE, "archived": False}],
            "isLocked": False, "hourlyRate": None, "costRate": None, "customFieldValues": [],
            "type": "REGULAR", "kioskId": None}


@pytest.fixture
def clockify(fake_clockify, ctx):
    """53 entries of JP (two pages) and one of Ana in the week; one of JP the week after."""
    fake_clockify.members = [member(JP, "JP Weijers", "jp@example.com"),
                             member(ANA, "Ana Núñez", "ana@example.com")]
    fake_clockify.entries = {JP: [entry(n) for n in range(53)]
                             + [entry(99, start=T0 + timedelta(days=8))],
                             ANA: [entry(200, user=ANA, minutes=90)]}
    for key, value in {"clockify.api_base_url": fake_clockify.base_url,
                       "clockify.workspace_id": WORKSPACE,
                       "office.timezone": "UTC"}.items():
        ctx.settings.override(key, value)
    ctx.secrets.set("CLOCKIFY_API_KEY", API_KEY, session_only=True)
    return fake_clockify


def count(db, model):
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_two_pages_of_hydrated_entries_are_imported_and_a_second_run_changes_nothing(
        ctx, db, bus, clockify, admin_actor):
    first = backfill_period(db, bus, ctx.settings, ctx.secrets, **WEEK)
    history = count(db, AuditEntry)
    second = backfill_period(db, bus, ctx.settings, ctx.secrets, **WEEK)
    assert (first.users, first.entries, first.outcomes) == (2, 54, {"created": 54})
    assert second.outcomes == {"unchanged": 54}
    assert count(db, ClockifySession) == 54 and count(db, AuditEntry) == history
    pages = [(q["page"], q["page-size"], q["hydrated"], key) for path, q, key in clockify.requests
             if path.endswith(f"/user/{JP}/time-entries")][:2]
    assert pages == [("1", "50", "true", API_KEY), ("2", "50", "true", API_KEY)]
    query = next(q for path, q, _ in clockify.requests if path.endswith("time-entries"))
    assert (query["start"], query["end"]) == ("2025-06-16T00:00:00Z", "2025-06-23T00:00:00Z")
    with db.session_factory() as session:
        got = session.scalar(select(ClockifySession).where(
            ClockifySession.description == "entrada 7"))
    assert (got.project_name, got.task_name, got.tags, got.created_by_event) == (
        "Kabisa - Ontwikkeling", "Research #8494",
        [{"id": "68452a1b0300f917a02f30bc", "name": "estudio"}], "BACKFILL")
    emails = {u.clockify_id: u.email for u in list_users(db, admin_actor).items}
    assert emails == {JP: "jp@example.com", ANA: "ana@example.com"}


def test_entries_with_plain_ids_are_imported_too(ctx, db, bus, clockify):
    clockify.honour_hydrated = False
    report = backfill_period(db, bus, ctx.settings, ctx.secrets, **WEEK, user="ana@example.com")
    assert (report.users, report.outcomes) == (1, {"created": 1})
    with db.session_factory() as session:
        got = session.scalar(select(ClockifySession))
    assert (got.project_id, got.project_name, got.task_id, got.tags, got.duration_seconds) == (
        "625d15dfbea8f62f6f3aa377", None, "625d15df75a4b64878ccc690",
        [{"id": "68452a1b0300f917a02f30bc", "name": None}], 5400)
    assert not any(f"/user/{JP}/" in path for path, _, _ in clockify.requests)


def test_a_wrong_key_is_a_clear_error_that_never_shows_the_key(ctx, db, bus, clockify):
    ctx.secrets.set("CLOCKIFY_API_KEY", "not-the-key-77", session_only=True)
    with pytest.raises(ClockifyApiError) as raised:
        backfill_period(db, bus, ctx.settings, ctx.secrets, **WEEK)
    assert str(raised.value).startswith("Clockify refused the API key (401).")
    assert "not-the-key-77" not in str(raised.value) and count(db, ClockifySession) == 0


@pytest.fixture
def cli_env(env, clockify, monkeypatch):
    """The command's environment: the fake API, its workspace and key."""
    for name, value in {"TIMEDESK_CLOCKIFY_API_BASE_URL": clockify.base_url,
                        "TIMEDESK_CLOCKIFY_WORKSPACE_ID": WORKSPACE,
                        "TIMEDESK_OFFICE_TIMEZONE": "UTC",
                        "TIMEDESK_SECRET_CLOCKIFY_API_KEY": API_KEY}.items():
        monkeypatch.setenv(name, value)
    return clockify


def test_the_backfill_command_reports_what_it_did_and_is_idempotent(cli_env, capsys):
    args = ["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22"]
    assert main(args) == 0
    assert main(args + ["--user", JP]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first == "back-fill 2025-06-16..2025-06-22: 2 user(s), 54 entries: 54 created"
    assert second == "back-fill 2025-06-16..2025-06-22: 1 user(s), 53 entries: 53 unchanged"


def test_the_backfill_command_explains_a_bad_key_in_one_line(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("TIMEDESK_SECRET_CLOCKIFY_API_KEY", "wrong-key-123")
    assert main(["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22"]) == 6
    err = one_line_error(capsys.readouterr().err)
    assert "Clockify refused the API key (401)" in err and "timedesk secret set" in err
    assert "wrong-key-123" not in err


def test_the_backfill_command_needs_a_workspace_id_and_a_key(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("TIMEDESK_CLOCKIFY_WORKSPACE_ID", "")
    assert main(["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22"]) == 2
    assert "workspace id is not set" in one_line_error(capsys.readouterr().err)
    monkeypatch.setenv("TIMEDESK_CLOCKIFY_WORKSPACE_ID", WORKSPACE)
    monkeypatch.delenv("TIMEDESK_SECRET_CLOCKIFY_API_KEY")
    assert main(["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22"]) == 2
    assert "no Clockify API key is set" in one_line_error(capsys.readouterr().err)


def test_the_backfill_command_explains_a_network_failure(cli_env, monkeypatch, capsys):
    from smtp_helpers import free_port

    monkeypatch.setenv("TIMEDESK_CLOCKIFY_API_BASE_URL", f"http://127.0.0.1:{free_port()}/api")
    assert main(["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22"]) == 6
    assert "cannot reach Clockify at http://127.0.0.1:" in one_line_error(
        capsys.readouterr().err)


def test_an_unknown_member_is_named(cli_env, capsys):
    assert main(["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22",
                 "--user", "nadie@example.com"]) == 2
    assert "'nadie@example.com' is not a member" in one_line_error(capsys.readouterr().err)



def test_a_connection_dropped_in_the_middle_of_a_page_asks_for_that_page_again(
        ctx, db, bus, clockify):
    """The same mistake as Sesame's (issue 20 item 9): a cut body is retried like a 5xx."""
    clockify.drop_mid_body = 1
    report = backfill_period(db, bus, ctx.settings, ctx.secrets, **WEEK)
    assert clockify.drop_mid_body == 0
    assert report.outcomes == {"created": 54} and count(db, ClockifySession) == 54


def test_a_connection_that_keeps_dropping_says_so_after_its_tries(cli_env, capsys):
    cli_env.drop_mid_body = 100
    assert main(["clockify", "backfill", "--from", "2025-06-16", "--to", "2025-06-22"]) == 6
    line = one_line_error(capsys.readouterr().err)
    assert "dropped" in line and "3 tries" in line and "api_base_url" not in line


def test_a_429_waits_until_the_http_date_its_retry_after_gives(ctx, db, bus, clockify):
    """Retry-After may be a date (RFC 9110): it is honoured, not taken for garbage (a 1 s wait)."""
    clockify.rate_limited = [format_datetime(datetime.now(UTC) + timedelta(seconds=4),
                                             usegmt=True)]
    began = time.monotonic()
    report = backfill_period(db, bus, ctx.settings, ctx.secrets, **WEEK)
    assert time.monotonic() - began >= 2.5
    assert clockify.rate_limited == [] and report.outcomes == {"created": 54}
