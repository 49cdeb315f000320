"""Queued mail reaches a real SMTP server once, with the right headers and UTF-8 bodies; the
outbox queues each notice once and only inside the caller's transaction."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from timedesk.db.base import utcnow
from timedesk.mail import enqueue, render, send_due
from timedesk.mail.models import OutboxMail
from timedesk.mail.outbox import claim_due


def queue(db, key="clockify:session:1:stopped", to=("ana@oficina.example",), **options) -> bool:
    with db.unit_of_work() as session:
        subject = options.pop("subject", "Sesión finalizada: Diseño")
        body = options.pop("body", "Hola Ana:\n\nDuración: 2 h 05 min — ¡gracias!")
        return enqueue(session, key, list(to), subject, body, **options)


def rows(db) -> list[OutboxMail]:
    with db.unit_of_work() as session:
        return list(session.scalars(select(OutboxMail).order_by(OutboxMail.id)))


def test_queued_mail_is_delivered_once_with_its_headers_and_utf8_bodies(ctx, smtp_server,
                                                                        mail_settings):
    mail_settings(smtp_server)
    mail = render("session_stopped", "es", user="Ana Muñoz", description="Diseño de módulos",
                  project="Año nuevo", start="2026-11-20 09:00", end="2026-11-20 11:05",
                  duration="2 h 05 min")
    assert queue(ctx.db, to=["Ana@Oficina.example", "coord@oficina.example"],
                 subject=mail.subject, body=mail.text, html=mail.html, language="es")

    report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert (report.sent, report.failed, report.retrying) == (1, 0, 0)
    assert send_due(ctx.db, ctx.settings, ctx.secrets, now=utcnow() + timedelta(hours=2)).sent == 0

    assert smtp_server.wait_for(1)
    [message] = smtp_server.messages
    assert message["From"] == "timedesk@oficina.example"
    assert message["To"] == "ana@oficina.example, coord@oficina.example"
    assert message["Subject"] == "Sesión finalizada: Diseño de módulos (2 h 05 min)"
    assert message["Message-ID"].endswith("@oficina.example>")
    text = message.get_body(("plain",)).get_content()
    assert "Hola Ana Muñoz:" in text and "Proyecto: Año nuevo" in text
    assert "Diseño de módulos" in message.get_body(("html",)).get_content()
    assert smtp_server.mailbox.envelopes == [("timedesk@oficina.example",
                                              ["ana@oficina.example", "coord@oficina.example"])]
    [row] = rows(ctx.db)
    assert (row.status, row.attempts, row.claim_token, row.last_error) == ("sent", 0, None, None)
    assert row.sent_at is not None


def test_the_same_idempotency_key_is_never_queued_twice(ctx):
    assert queue(ctx.db, key="clockify:session:7:started") is True
    assert queue(ctx.db, key="clockify:session:7:started", subject="another text") is False
    assert [r.subject for r in rows(ctx.db)] == ["Sesión finalizada: Diseño"]


def test_a_duplicate_key_leaves_the_callers_transaction_usable(ctx):
    # on PostgreSQL a failed INSERT would abort the whole transaction of the calling service
    with ctx.db.unit_of_work() as session:
        assert enqueue(session, "k:1", ["a@oficina.example"], "one", "body")
        assert not enqueue(session, "k:1", ["a@oficina.example"], "dup", "body")
        assert enqueue(session, "k:2", ["a@oficina.example"], "two", "body")
    assert [r.idempotency_key for r in rows(ctx.db)] == ["k:1", "k:2"]


def test_mail_queued_in_a_transaction_that_rolls_back_is_not_queued(ctx):
    with pytest.raises(RuntimeError):
        with ctx.db.unit_of_work() as session:
            enqueue(session, "k:rolled-back", ["a@oficina.example"], "s", "b")
            raise RuntimeError("the change being announced failed")
    assert rows(ctx.db) == []


def test_no_valid_recipient_means_nothing_is_queued(ctx):
    assert queue(ctx.db, key="k:none", to=[]) is False
    assert queue(ctx.db, key="k:bad", to=[None, "", "not an address"]) is False
    assert rows(ctx.db) == []


def test_recipients_are_stored_lower_cased_once(ctx):
    queue(ctx.db, to=["Ana@Oficina.example", "ana@oficina.example ", "Coord@Oficina.example"])
    assert rows(ctx.db)[0].recipients == ["ana@oficina.example", "coord@oficina.example"]


def test_enqueue_publishes_mail_queued_after_commit(ctx):
    seen = []
    ctx.bus.subscribe("mail.queued", seen.append)
    queue(ctx.db, key="k:event", bus=ctx.bus)
    assert [e.payload["id"] for e in seen] == [rows(ctx.db)[0].id]


def test_a_claim_abandoned_by_a_crashed_sender_is_recovered_and_sent_once(ctx, smtp_server,
                                                                         mail_settings):
    mail_settings(smtp_server)
    queue(ctx.db)
    token, claimed = claim_due(ctx.db, utcnow(), 10)  # ... and then the sender died
    assert [r.status for r in claimed] == ["sending"]

    restarted_at = utcnow() + timedelta(minutes=30)
    report = send_due(ctx.db, ctx.settings, ctx.secrets, now=restarted_at)
    assert (report.recovered, report.sent) == (1, 1)
    later = restarted_at + timedelta(hours=1)
    assert send_due(ctx.db, ctx.settings, ctx.secrets, now=later).sent == 0
    assert smtp_server.wait_for(1) and len(smtp_server.messages) == 1
    [row] = rows(ctx.db)
    assert row.status == "sent" and row.attempts == 0


def test_a_recent_claim_of_a_live_sender_is_not_taken_over(ctx, smtp_server, mail_settings):
    mail_settings(smtp_server)
    queue(ctx.db)
    _, claimed = claim_due(ctx.db, utcnow(), 10)  # another sender is working on it
    assert len(claimed) == 1
    report = send_due(ctx.db, ctx.settings, ctx.secrets, now=utcnow() + timedelta(seconds=30))
    assert (report.recovered, report.claimed, report.sent) == (0, 0, 0)
    assert rows(ctx.db)[0].status == "sending" and smtp_server.messages == []


def test_nothing_is_sent_while_mail_is_disabled_and_it_stays_queued(ctx, smtp_server,
                                                                    mail_settings):
    mail_settings(smtp_server, **{"mail.enabled": False})
    queue(ctx.db)
    report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert report.skipped == "mail.enabled is off" and report.claimed == 0
    assert rows(ctx.db)[0].status == "pending" and smtp_server.messages == []


def test_a_report_attachment_travels_with_the_mail(ctx, smtp_server, mail_settings, tmp_path):
    mail_settings(smtp_server)
    report_file = tmp_path / "informe-semana-47.xlsx"
    report_file.write_bytes(b"PK\x03\x04 fake xlsx bytes")
    mail = render("report_attached", "en", report="Weekly Clockify report",
                  period="2026-11-16 – 2026-11-22", file_name=report_file.name)
    queue(ctx.db, key="clockify:report:weekly:2026-47", subject=mail.subject, body=mail.text,
          attachments=[str(report_file)])
    assert send_due(ctx.db, ctx.settings, ctx.secrets).sent == 1
    assert smtp_server.wait_for(1)
    [attachment] = list(smtp_server.messages[0].iter_attachments())
    assert attachment.get_filename() == "informe-semana-47.xlsx"
    assert attachment.get_content() == report_file.read_bytes()


def test_a_missing_attachment_fails_the_mail_at_once_with_the_reason(ctx, smtp_server,
                                                                     mail_settings, tmp_path):
    mail_settings(smtp_server)
    queue(ctx.db, attachments=[str(tmp_path / "gone.xlsx")])
    report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert report.failed == 1
    [row] = rows(ctx.db)
    assert row.status == "failed" and "gone.xlsx" in row.last_error and row.attempts == 1
    assert smtp_server.messages == []


def test_one_pass_sends_at_most_limit_mails_and_the_next_pass_the_rest(ctx, smtp_server,
                                                                       mail_settings):
    mail_settings(smtp_server)
    for n in range(5):
        queue(ctx.db, key=f"k:{n}")
    assert send_due(ctx.db, ctx.settings, ctx.secrets, limit=3).sent == 3
    assert send_due(ctx.db, ctx.settings, ctx.secrets, limit=3).sent == 2
    with ctx.db.unit_of_work() as session:
        assert session.scalar(select(func.count()).where(OutboxMail.status == "sent")) == 5
    assert smtp_server.wait_for(5) and len(smtp_server.messages) == 5


def test_a_mail_that_cannot_be_built_fails_alone_and_the_next_one_is_sent(
        ctx, smtp_server, mail_settings, tmp_path):
    mail_settings(smtp_server)
    unreadable = tmp_path / "a-folder.xlsx"
    unreadable.mkdir()  # exists, but is not a file that can be attached
    queue(ctx.db, key="k:bad", attachments=[str(unreadable)])
    queue(ctx.db, key="k:good")
    report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert (report.failed, report.sent) == (1, 1)
    assert [r.status for r in rows(ctx.db)] == ["failed", "sent"]
    assert smtp_server.wait_for(1) and len(smtp_server.messages) == 1
