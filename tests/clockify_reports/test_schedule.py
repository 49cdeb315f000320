"""Automatic weekly and monthly reports: written once the period has ended, queued in the outbox
with the report attached, once per period and recipient however often the scheduler runs."""

import asyncio
import io
from datetime import UTC, datetime, timedelta

import openpyxl
import pytest
from clockify_helpers import deliver, variant
from report_support import COORDINATION

from timedesk.clockify import backfill
from timedesk.clockify.schedule import GRACE, ReportScheduler, send_due_reports
from timedesk.mail import list_outbox

JP = "625cf4a6a7d9d34012f70de1"
OTHER = "5f0000000000000000000001"
MONDAY_AFTER = datetime(2025, 6, 23, tzinfo=UTC) + GRACE  # week 16-22 June has ended


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture
def week(ctx, db, bus, mail_on):
    """JP (with an e-mail) worked 30 + 45 min in the week of 16 June; a user without e-mail
    worked 60 min; monthly reports are off unless a test turns them on."""
    ctx.settings.override("clockify.report_monthly_enabled", False)
    backfill.import_members(db, bus, [{"id": JP, "name": "JP Weijers",
                                       "email": "jp@example.com"}])
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 16, 8), minutes=30))
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 18, 8), minutes=45,
                                              id="d" * 24))
    deliver(db, bus, "TIMER_STOPPED", variant(start=utc(2025, 6, 17, 8), minutes=60,
                                              id="e" * 24, userId=OTHER,
                                              user={"id": OTHER, "name": "Sin Correo"}))


def keys(db, admin_actor):
    return sorted(m["key"] for m in list_outbox(db, admin_actor))


def test_weekly_reports_are_queued_once_per_week_even_when_run_twice(
        ctx, db, bus, admin_actor, week, tmp_path, send_queued, mail_on):
    first = send_due_reports(db, bus, ctx.settings, MONDAY_AFTER, reports_dir=tmp_path)
    again = send_due_reports(db, bus, ctx.settings, MONDAY_AFTER + timedelta(hours=5),
                             reports_dir=tmp_path)
    expected = ["clockify:report:weekly:2025-06-16:all",
                f"clockify:report:weekly:2025-06-16:user:{JP}"]
    assert sorted(first.queued) == expected and again.queued == [] and not first.failed
    assert keys(db, admin_actor) == expected
    assert send_queued().sent == 2 and mail_on.wait_for(2)
    to_jp = next(m for m in mail_on.messages if m["To"] == "jp@example.com")
    assert to_jp["Subject"] == "Informe semanal de Clockify: 16/06/2025 – 22/06/2025"
    (attachment,) = list(to_jp.iter_attachments())
    assert attachment.get_filename().startswith("clockify-weekly-2025-06-16_2025-06-22-JP-")
    sheet = openpyxl.load_workbook(io.BytesIO(attachment.get_content())).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[21] for r in rows[1:-1]] == ["JP Weijers", "JP Weijers"]
    assert rows[-1][0] == "TOTALES" and rows[-1][11] == timedelta(minutes=75)
    everyone = next(m for m in mail_on.messages if m["To"] == COORDINATION)
    assert " ".join(everyone["Subject"].split()) == (  # a long subject is folded
        "Informe semanal de Clockify (todos los usuarios): 16/06/2025 – 22/06/2025")


def test_a_restart_with_a_fresh_scheduler_still_sends_nothing_twice(
        ctx, db, bus, admin_actor, week, tmp_path):
    send_due_reports(db, bus, ctx.settings, MONDAY_AFTER, reports_dir=tmp_path)
    before = keys(db, admin_actor)
    after_restart = send_due_reports(db, bus, ctx.settings, MONDAY_AFTER + timedelta(days=2),
                                     reports_dir=tmp_path / "other-pc")
    assert after_restart.queued == [] and keys(db, admin_actor) == before
    assert not (tmp_path / "other-pc").exists()  # nothing is even written again


def test_nothing_is_sent_before_the_week_and_its_grace_period_are_over(
        ctx, db, bus, admin_actor, week, tmp_path):
    result = send_due_reports(db, bus, ctx.settings, MONDAY_AFTER - timedelta(minutes=1),
                              reports_dir=tmp_path)
    assert result.queued == [] and keys(db, admin_actor) == []


def test_monthly_reports_follow_calendar_months_and_weeks_the_configured_first_day(
        ctx, db, bus, admin_actor, week, tmp_path):
    ctx.settings.override("clockify.report_monthly_enabled", True)
    ctx.settings.override("office.week_start", "saturday")  # the seed's Saturday-Friday weeks
    saturday = send_due_reports(db, bus, ctx.settings, utc(2025, 6, 21, 6), reports_dir=tmp_path)
    assert sorted(saturday.queued) == ["clockify:report:weekly:2025-06-14:all",
                                       f"clockify:report:weekly:2025-06-14:user:{JP}"]
    july = send_due_reports(db, bus, ctx.settings, utc(2025, 7, 1, 6), reports_dir=tmp_path)
    assert sorted(july.queued) == ["clockify:report:monthly:2025-06-01:all",
                                   f"clockify:report:monthly:2025-06-01:user:{JP}"]
    assert sorted(p.name for p in (tmp_path / "monthly").iterdir()) == [
        "clockify-monthly-2025-06-01_2025-06-30-JP-Weijers-f70de1.xlsx",
        "clockify-monthly-2025-06-01_2025-06-30-all-users.xlsx"]


def test_users_without_e_mail_or_with_notices_off_get_no_report_and_mail_off_sends_none(
        ctx, db, bus, admin_actor, week, tmp_path):
    from timedesk.clockify.users import list_users, update_user

    jp = list_users(db, admin_actor, JP).items[0]
    update_user(db, bus, admin_actor, jp.id, notify=False)
    ctx.settings.override("mail.enabled", False)
    assert send_due_reports(db, bus, ctx.settings, MONDAY_AFTER,
                            reports_dir=tmp_path).skipped == "mail.enabled is off"
    ctx.settings.override("mail.enabled", True)
    ctx.settings.override("clockify.report_recipients", "jefa@oficina.example")
    result = send_due_reports(db, bus, ctx.settings, MONDAY_AFTER, reports_dir=tmp_path)
    assert result.queued == ["clockify:report:weekly:2025-06-16:all"]
    assert [m["to"] for m in list_outbox(db, admin_actor)] == [["jefa@oficina.example"]]


async def test_the_scheduler_runs_off_the_loop_and_stops_cleanly(ctx, db, bus, admin_actor,
                                                                  week, tmp_path):
    scheduler = ReportScheduler(db, bus, ctx.settings, reports_dir=tmp_path, first_delay_s=0,
                                interval_s=3600, clock=lambda: MONDAY_AFTER)
    await scheduler.start()
    for _ in range(200):
        if scheduler.last_result is not None:
            break
        await asyncio.sleep(0.05)
    await scheduler.stop()
    assert not scheduler.running
    assert len(scheduler.last_result.queued) == 2


def test_send_now_mails_a_past_week_again_and_refuses_one_not_over(
        ctx, db, bus, admin_actor, week, tmp_path):
    """Issue 17: "send now" of a past week, whatever the schedule already sent."""
    from timedesk.clockify.schedule import send_reports_now
    from timedesk.errors import PermissionDenied, ValidationError

    send_due_reports(db, bus, ctx.settings, MONDAY_AFTER, reports_dir=tmp_path)
    asked = MONDAY_AFTER + timedelta(days=3)
    again = send_reports_now(db, bus, ctx.settings, admin_actor, "weekly", utc(2025, 6, 18).date(),
                             asked, reports_dir=tmp_path)
    sent = f"clockify:report:weekly:2025-06-16:sent:{asked.isoformat()}"
    assert sorted(again.queued) == [f"{sent}:all", f"{sent}:user:{JP}"] and not again.failed
    assert len(keys(db, admin_actor)) == 4
    with pytest.raises(ValidationError, match="has not ended yet"):
        send_reports_now(db, bus, ctx.settings, admin_actor, "monthly", utc(2025, 6, 18).date(),
                         asked, reports_dir=tmp_path)
    from timedesk.auth.permissions import Actor, Role

    with pytest.raises(PermissionDenied):
        send_reports_now(db, bus, ctx.settings, Actor("user", "rosa", Role.RECEPTIONIST, 3),
                         "weekly", utc(2025, 6, 18).date(), asked, reports_dir=tmp_path)


def test_send_now_from_the_command_line(ctx, db, bus, admin_actor, week, capsys, monkeypatch):
    from timedesk.cli import main

    for key, value in (("MAIL_ENABLED", "true"), ("MAIL_COORDINATION", COORDINATION),
                       ("OFFICE_TIMEZONE", "UTC")):  # as `week` set them for this process
        monkeypatch.setenv(f"TIMEDESK_{key}", value)
    assert main(["clockify", "report", "send", "--week", "2025-06-18"]) == 0
    out = capsys.readouterr().out
    assert "queued clockify:report:weekly:2025-06-16:sent:" in out and f":user:{JP}" in out
    assert main(["clockify", "report", "send", "--month", "2999-01-01"]) == 2
    assert "has not ended yet" in capsys.readouterr().err
    assert main(["clockify", "report", "--from", "2025-06-16"]) == 2
    assert "a report needs --from, --to and --out" in capsys.readouterr().err
