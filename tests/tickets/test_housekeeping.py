"""The help desk's housekeeping (timedesk.tickets.housekeeping) on both engines: a breach is
flagged and mailed to coordination once, whatever the number of runs; a resolved ticket closes
by itself after tickets.autoclose_days, a reopened one does not; the worker does it in the
background and the mail reaches a real SMTP server."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from desk_mail_support import COORDINATION, mail_desk, outbox, person
from qt_support import eventually
from serve_support import start_serve, stop_serve

from timedesk.auth.permissions import Role
from timedesk.db.base import utcnow
from timedesk.mail import OutboxWorker
from timedesk.tickets.housekeeping import HousekeepingResult, TicketHousekeeper, run_housekeeping

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "mail"))
from smtp_helpers import SmtpServer, free_port  # noqa: E402

MADRID = ZoneInfo("Europe/Madrid")
MINUTE = timedelta(minutes=1)


@pytest.fixture
def desk(ctx):
    return mail_desk(ctx)


@pytest.fixture
def staff(ctx):
    return {"tec": person(ctx, "tec", Role.TECHNICIAN),
            "jefa": person(ctx, "jefa", Role.ADMIN),
            "ana": person(ctx, "ana", Role.REQUESTER, "ana@oficina.example")}


def breach_mails(ctx):
    return [mail for mail in outbox(ctx) if mail.to == (COORDINATION,)]


def test_a_breach_is_flagged_and_mailed_once_across_runs(ctx, desk, staff):
    # an urgent ticket from last week: both targets long missed
    created = datetime(2026, 12, 1, 9, tzinfo=MADRID)
    ticket = desk.create_ticket(staff["jefa"], "Servidor caído", "Nada responde.",
                                priority="urgent", created_at=created, requester="ana")
    now = utcnow()
    assert run_housekeeping(desk, now) == HousekeepingResult(breached_notified=1, autoclosed=0)
    [mail] = breach_mails(ctx)
    assert f"#{ticket.id}" in mail.subject and "Servidor caído" in mail.subject
    assert "primera respuesta, resolución" in mail.text
    assert "01/12/2026 10:00" in mail.text  # the first response was due an office hour later
    assert desk.get_ticket(staff["jefa"], ticket.id).ticket.sla.breached == (
        "first_response", "resolution")
    assert run_housekeeping(desk, now + MINUTE) == HousekeepingResult(0, 0)
    assert run_housekeeping(desk, now + 2 * MINUTE).breached_notified == 0
    assert len(breach_mails(ctx)) == 1


def test_a_breach_already_told_is_not_looked_at_again(ctx, desk, staff, monkeypatch):
    created = datetime(2026, 12, 1, 9, tzinfo=MADRID)
    desk.create_ticket(staff["jefa"], "Servidor caído", "", priority="urgent",
                       created_at=created, requester="ana")
    run_housekeeping(desk, utcnow())
    looked_at = []
    monkeypatch.setattr(desk, "refresh_sla", lambda *args: looked_at.append(args))
    run_housekeeping(desk, utcnow() + MINUTE)
    assert looked_at == []  # every minute, for every long-breached ticket, would add up


def test_each_target_missed_is_told_when_it_is_missed(ctx, desk, staff):
    ticket = desk.create_ticket(staff["ana"], "Correo lento", "", priority="low")
    due = ticket.sla
    assert due.first_response_due is not None and due.resolution_due is not None
    assert run_housekeeping(desk, due.first_response_due - MINUTE).breached_notified == 0
    assert breach_mails(ctx) == []
    assert run_housekeeping(desk, due.first_response_due + MINUTE).breached_notified == 1
    assert "primera respuesta" in breach_mails(ctx)[0].text
    assert "resolución" not in breach_mails(ctx)[0].text.split("Asunto")[0]
    assert run_housekeeping(desk, due.resolution_due - MINUTE).breached_notified == 0
    assert run_housekeeping(desk, due.resolution_due + MINUTE).breached_notified == 1
    assert len(breach_mails(ctx)) == 2
    assert run_housekeeping(desk, due.resolution_due + 2 * MINUTE).breached_notified == 0


def test_a_ticket_answered_in_time_or_waiting_is_not_breached(ctx, desk, staff):
    answered = desk.create_ticket(staff["ana"], "Impresora", "", priority="low")
    desk.take(staff["tec"], answered.id)
    desk.add_comment(staff["tec"], answered.id, "Lo miro hoy.")
    waiting = desk.create_ticket(staff["ana"], "VPN", "", priority="low")
    desk.take(staff["tec"], waiting.id)
    desk.update_ticket(staff["tec"], waiting.id, status="waiting_requester")
    due = answered.sla.first_response_due
    assert due is not None
    assert run_housekeeping(desk, due + 60 * MINUTE).breached_notified == 0
    far = utcnow() + timedelta(days=60)  # the waiting ticket's clock stands still
    assert run_housekeeping(desk, far).breached_notified == 1  # only the answered one's resolution
    assert all(f"#{waiting.id}" not in mail.subject for mail in breach_mails(ctx))
    assert desk.get_ticket(staff["tec"], waiting.id).ticket.sla.breached == ()


def test_no_coordination_list_means_no_breach_mail_but_the_flag(ctx, desk, staff):
    ctx.settings.override("tickets.coordination", "")
    created = datetime(2026, 12, 1, 9, tzinfo=MADRID)
    ticket = desk.create_ticket(staff["jefa"], "Caída", "", priority="urgent",
                                created_at=created, requester="ana")
    run_housekeeping(desk, utcnow())
    assert breach_mails(ctx) == []
    assert desk.get_ticket(staff["jefa"], ticket.id).ticket.sla.breached == (
        "first_response", "resolution")


def _resolved(desk, staff, subject: str) -> int:
    ticket = desk.create_ticket(staff["ana"], subject, "")
    desk.take(staff["tec"], ticket.id)
    desk.update_ticket(staff["tec"], ticket.id, status="resolved")
    return ticket.id


def test_a_resolved_ticket_closes_by_itself_after_the_autoclose_days(ctx, desk, staff):
    ctx.settings.override("tickets.autoclose_days", 3)
    ticket_id = _resolved(desk, staff, "Teclado")
    now = utcnow()
    assert run_housekeeping(desk, now + timedelta(days=2, hours=23)).autoclosed == 0
    assert desk.get_ticket(staff["ana"], ticket_id).ticket.status == "resolved"
    assert run_housekeeping(desk, now + timedelta(days=3, minutes=1)).autoclosed == 1
    detail = desk.get_ticket(staff["ana"], ticket_id)
    assert detail.ticket.status == "closed" and detail.ticket.closed_at is not None
    last = detail.history[-1]
    assert (last.field, last.before, last.after) == ("status", "resolved", "closed")
    assert last.actor == "system:housekeeping"
    assert run_housekeeping(desk, now + timedelta(days=4)).autoclosed == 0


def test_a_reopened_ticket_is_not_closed(ctx, desk, staff):
    ticket_id = _resolved(desk, staff, "Pantalla")
    desk.update_ticket(staff["ana"], ticket_id, status="reopened")
    assert run_housekeeping(desk, utcnow() + timedelta(days=30)).autoclosed == 0
    assert desk.get_ticket(staff["ana"], ticket_id).ticket.status == "reopened"


async def test_the_worker_mails_a_breach_through_a_real_smtp_server(ctx, desk, staff):
    server = SmtpServer(free_port()).start()
    for key, value in {"smtp.host": "127.0.0.1", "smtp.port": server.port,
                       "smtp.security": "none", "smtp.from_address": "timedesk@oficina.example",
                       "smtp.timeout_s": 5.0}.items():
        ctx.settings.override(key, value)
    created = datetime(2026, 12, 1, 9, tzinfo=MADRID)
    ticket = desk.create_ticket(staff["jefa"], "Sin luz", "", priority="urgent",
                                created_at=created, requester="ana")
    sender = OutboxWorker(ctx.db, ctx.settings, ctx.secrets, ctx.bus, interval_s=0.2)
    housekeeper = TicketHousekeeper(desk, interval_s=0.2, first_delay_s=0.0)
    await sender.start()
    await housekeeper.start()
    try:
        await eventually(lambda: any(
            COORDINATION in rcpts for _, rcpts in server.mailbox.envelopes), timeout=10)
        await asyncio.sleep(0.6)  # a few more passes: still one breach mail
    finally:
        await housekeeper.stop()
        await sender.stop()
        server.stop()
    breach = [m for m in server.messages if m["To"] == COORDINATION]
    assert len(breach) == 1 and f"#{ticket.id}" in breach[0]["Subject"]
    assert breach[0].get_content_type() == "text/plain"
    assert housekeeper.last_result is not None and not housekeeper.running


def test_the_worker_runs_every_minute_by_default(ctx, desk):
    housekeeper = TicketHousekeeper(desk)
    assert housekeeper.interval() == 60.0
    assert datetime.now(UTC) - housekeeper.clock() < timedelta(seconds=5)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_serve_runs_the_housekeeping_and_its_breach_mail_reaches_smtp(ctx, env, desk, staff):
    created = datetime(2026, 12, 1, 9, tzinfo=MADRID)
    ticket = desk.create_ticket(staff["jefa"], "Centralita muda", "", priority="urgent",
                                created_at=created, requester="ana")
    server = SmtpServer(free_port()).start()
    mail_env = {"mail.enabled": "true", "tickets.coordination": COORDINATION,
                "smtp.host": "127.0.0.1", "smtp.port": str(server.port), "smtp.security": "none",
                "smtp.from_address": "timedesk@oficina.example"}
    env.update({"TIMEDESK_" + key.replace(".", "_").upper(): value
                for key, value in mail_env.items()})
    try:
        child, _ = start_serve(env)
        try:
            assert server.wait_for(1, timeout=40), "no breach mail reached the SMTP server"
        finally:
            stop_serve(child)
        [message] = server.messages
        assert message["To"] == COORDINATION and f"#{ticket.id}" in message["Subject"]
        assert child.returncode == 0
    finally:
        server.stop()


def test_a_ticket_reopened_and_resolved_again_after_the_listing_is_not_closed(
        ctx, desk, staff, monkeypatch):
    """Between the housekeeping's list of old resolved tickets and its close, the requester
    reopens the ticket and a technician resolves it again: it is freshly resolved, so the close
    (checked under the ticket's lock) must not happen."""
    ticket_id = _resolved(desk, staff, "Ratón")
    close = desk.update_ticket

    def meanwhile(actor, tid, **changes):
        if changes.get("status") == "closed" and actor.name == "housekeeping":
            close(staff["ana"], tid, status="reopened")  # the requester
            close(staff["tec"], tid, status="resolved")  # the technician, again
        return close(actor, tid, **changes)

    monkeypatch.setattr(desk, "update_ticket", meanwhile)
    later = utcnow() + timedelta(days=30)
    # the second resolution happens "now" for the housekeeping: an hour before its run
    monkeypatch.setattr("timedesk.tickets.service.utcnow", lambda: later - timedelta(hours=1))
    assert run_housekeeping(desk, later).autoclosed == 0
    assert desk.get_ticket(staff["ana"], ticket_id).ticket.status == "resolved"
