"""A mail the SMTP server took while the database went down is marked sent once the database
is back, not left `sending` (which would send it again after STALE_CLAIM): the test's own
throw-away PostgreSQL cluster is stopped while the server is accepting the mail."""

from __future__ import annotations

import os
import threading
import time

import pytest
from sqlalchemy import select

from timedesk.app import build_context
from timedesk.mail import enqueue, send_due
from timedesk.mail.models import SENDING, OutboxMail

pytestmark = pytest.mark.slow


def status_of(db) -> str:
    with db.session_factory() as session:
        return session.scalar(select(OutboxMail.status))


def test_a_mail_sent_during_an_outage_is_marked_sent_once_the_database_is_back(
        own_postgres, smtp_servers):
    smtp = smtp_servers(delay_s=2.0)  # the server takes 2 s to accept the message
    ctx = build_context(dict(os.environ) | {"TIMEDESK_DATABASE_URL": own_postgres.url})
    try:
        for key, value in {"smtp.host": "127.0.0.1", "smtp.port": smtp.port,
                           "smtp.security": "none", "mail.enabled": True,
                           "smtp.from_address": "timedesk@oficina.example"}.items():
            ctx.settings.override(key, value)
        with ctx.db.unit_of_work() as session:
            assert enqueue(session, "outage:1", ["ana@oficina.example"], "Hola", "Texto")
        outcome: list = []
        sender = threading.Thread(target=lambda: outcome.append(
            _report_or_error(send_due, ctx.db, ctx.settings, ctx.secrets)), daemon=True)
        sender.start()
        deadline = time.monotonic() + 10
        while status_of(ctx.db) != SENDING and time.monotonic() < deadline:
            time.sleep(0.01)
        own_postgres.stop()  # while the SMTP server is still taking the message
        assert smtp.wait_for(1, timeout=10)
        time.sleep(0.5)
        own_postgres.start()
        sender.join(60)
        assert not sender.is_alive()
        [report] = outcome
        assert not isinstance(report, Exception), report
        assert report.sent == 1
        assert status_of(ctx.db) == "sent" and len(smtp.messages) == 1
    finally:
        ctx.close()


def _report_or_error(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # shown by the assertion, not lost in a thread
        return exc
