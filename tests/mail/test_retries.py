"""A server that is down, that comes back, that says no for good or for now: attempts, backoff
and the final state of each mail, against real SMTP servers on 127.0.0.1."""

from __future__ import annotations

from datetime import timedelta

from smtp_helpers import free_port
from sqlalchemy import select

from timedesk.db.base import utcnow
from timedesk.mail import enqueue, send_due
from timedesk.mail.models import OutboxMail
from timedesk.mail.sender import retry_delay


def queue(db, key="notice:1", to=("ana@oficina.example",)) -> None:
    with db.unit_of_work() as session:
        enqueue(session, key, list(to), "Sesión iniciada", "Hola")


def only_row(db) -> OutboxMail:
    with db.unit_of_work() as session:
        [row] = session.scalars(select(OutboxMail))
        return row


def close_to(moment, expected, tolerance_s=5.0) -> bool:
    return abs((moment - expected).total_seconds()) <= tolerance_s


def test_server_down_then_back_records_attempts_with_backoff_and_sends_exactly_once(
        ctx, smtp_servers, mail_settings):
    port = free_port()  # nothing listens here yet
    mail_settings(port)
    queue(ctx.db)
    t0 = utcnow()

    first = send_due(ctx.db, ctx.settings, ctx.secrets, now=t0)
    assert (first.retrying, first.sent, first.failed) == (1, 0, 0)
    row = only_row(ctx.db)
    assert (row.status, row.attempts) == ("pending", 1)
    assert "refused" in row.last_error and f"127.0.0.1:{port}" in row.last_error
    assert close_to(row.next_attempt_at, t0 + timedelta(seconds=30))

    assert send_due(ctx.db, ctx.settings, ctx.secrets, now=t0 + timedelta(seconds=10)).claimed == 0
    second = send_due(ctx.db, ctx.settings, ctx.secrets, now=t0 + timedelta(seconds=31))
    assert second.retrying == 1
    row = only_row(ctx.db)
    assert row.attempts == 2
    assert close_to(row.next_attempt_at, t0 + timedelta(seconds=31 + 60))  # doubled

    server = smtp_servers(port)  # the server comes back on the same port
    back = send_due(ctx.db, ctx.settings, ctx.secrets, now=t0 + timedelta(seconds=92))
    assert back.sent == 1
    for later in (100, 1000, 10_000):
        assert send_due(ctx.db, ctx.settings, ctx.secrets,
                        now=t0 + timedelta(seconds=later)).sent == 0
    assert server.wait_for(1) and len(server.messages) == 1
    row = only_row(ctx.db)
    assert (row.status, row.attempts) == ("sent", 2)


def test_a_permanent_5xx_rejection_fails_the_mail_at_once_with_the_servers_reason(
        ctx, smtp_servers, mail_settings):
    server = smtp_servers(rcpt_reply="550 5.1.1 <ana@oficina.example>: mailbox unknown")
    mail_settings(server)
    queue(ctx.db)
    report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert (report.failed, report.retrying) == (1, 0)
    row = only_row(ctx.db)
    assert (row.status, row.attempts) == ("failed", 1)
    assert "550 5.1.1" in row.last_error and "mailbox unknown" in row.last_error
    tomorrow = utcnow() + timedelta(days=1)
    assert send_due(ctx.db, ctx.settings, ctx.secrets, now=tomorrow).claimed == 0


def test_a_5xx_answer_to_the_message_body_fails_it_at_once(ctx, smtp_servers, mail_settings):
    server = smtp_servers(data_reply="554 5.6.0 message content rejected")
    mail_settings(server)
    queue(ctx.db)
    assert send_due(ctx.db, ctx.settings, ctx.secrets).failed == 1
    row = only_row(ctx.db)
    assert row.status == "failed" and "554 5.6.0" in row.last_error


def test_a_temporary_4xx_answer_is_retried_later(ctx, smtp_servers, mail_settings):
    server = smtp_servers(data_reply="451 4.3.0 try again later")
    mail_settings(server)
    queue(ctx.db)
    assert send_due(ctx.db, ctx.settings, ctx.secrets).retrying == 1
    row = only_row(ctx.db)
    assert (row.status, row.attempts) == ("pending", 1) and "451 4.3.0" in row.last_error


def test_a_mail_refused_for_one_recipient_still_goes_to_the_others_and_says_so(
        ctx, smtp_servers, mail_settings):
    server = smtp_servers(rcpt_reply="550 5.1.1 mailbox unknown")  # accepts only ok@...
    mail_settings(server)
    queue(ctx.db, to=["ok@oficina.example", "gone@oficina.example"])
    assert send_due(ctx.db, ctx.settings, ctx.secrets).sent == 1
    row = only_row(ctx.db)
    assert row.status == "sent" and "gone@oficina.example (550 5.1.1" in row.last_error
    assert server.wait_for(1)
    assert server.mailbox.envelopes[0][1] == ["ok@oficina.example"]


def test_after_max_attempts_the_mail_is_failed_with_the_last_reason(ctx, mail_settings):
    mail_settings(free_port(), **{"mail.max_attempts": 3, "mail.retry_base_s": 10})
    queue(ctx.db)
    now = utcnow()
    states = []
    for _ in range(5):  # more passes than attempts: the fourth and fifth find nothing to do
        send_due(ctx.db, ctx.settings, ctx.secrets, now=now)
        row = only_row(ctx.db)
        states.append((row.status, row.attempts))
        now = max(now, row.next_attempt_at) + timedelta(seconds=1)
    assert states == [("pending", 1), ("pending", 2), ("failed", 3), ("failed", 3),
                      ("failed", 3)]
    assert row.last_error.startswith("gave up after 3 attempts: connection to the SMTP server")


def test_retry_waits_double_each_time_up_to_the_cap():
    waits = [retry_delay(n, 30, 3600).total_seconds() for n in range(1, 10)]
    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert retry_delay(500, 30, 3600).total_seconds() == 3600  # no overflow on huge counts
