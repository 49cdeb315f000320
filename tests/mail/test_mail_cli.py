"""`timedesk mail test | outbox | send-now | retry` against a real SMTP server."""

from __future__ import annotations

import pytest
from smtp_helpers import free_port
from sqlalchemy import select

from timedesk.audit.service import history
from timedesk.cli import main
from timedesk.mail import enqueue
from timedesk.mail.models import OutboxMail


@pytest.fixture
def smtp_env(monkeypatch):
    """Point the command's own settings (read from the environment) at a port."""

    def use(port: int) -> None:
        for name, value in {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port),
                            "SMTP_SECURITY": "none", "SMTP_FROM_ADDRESS": "td@oficina.example",
                            "MAIL_ENABLED": "true"}.items():
            monkeypatch.setenv(f"TIMEDESK_{name}", value)

    return use


def queue(ctx, key: str) -> int:
    with ctx.db.unit_of_work() as session:
        enqueue(session, key, ["ana@oficina.example"], f"Aviso {key}", "Hola")
        return session.scalar(select(OutboxMail.id).where(OutboxMail.idempotency_key == key))


def test_mail_test_sends_a_test_message_now(env, smtp_server, smtp_env, capsys):
    smtp_env(smtp_server.port)
    assert main(["mail", "test", "ana@oficina.example", "--lang", "en"]) == 0
    assert "test e-mail sent to ana@oficina.example" in capsys.readouterr().out
    assert smtp_server.wait_for(1)
    assert smtp_server.messages[0]["Subject"] == "timedesk test e-mail"


def test_mail_test_with_the_server_down_prints_one_line_and_fails(env, smtp_env, capsys):
    smtp_env(free_port())
    assert main(["mail", "test", "ana@oficina.example"]) == 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "was refused" in err and "Traceback" not in err


def test_send_now_sends_due_mail_and_outbox_lists_it_as_sent(ctx, smtp_server, smtp_env,
                                                             capsys):
    smtp_env(smtp_server.port)
    queue(ctx, "cli:1")
    assert main(["mail", "send-now"]) == 0
    assert "1 sent, 0 to retry later, 0 failed" in capsys.readouterr().out
    assert main(["mail", "outbox", "--status", "sent"]) == 0
    listing = capsys.readouterr().out
    assert "\tsent\t0\t" in listing and "Aviso cli:1" in listing
    assert main(["mail", "outbox", "--status", "failed"]) == 0
    assert capsys.readouterr().out == ""


def test_retry_queues_a_failed_mail_again_and_records_who_did_it(ctx, smtp_servers, smtp_env,
                                                                 capsys):
    rejecting = smtp_servers(data_reply="554 5.7.1 rejected as spam")
    smtp_env(rejecting.port)
    mail_id = queue(ctx, "cli:retry")
    assert main(["mail", "send-now"]) == 5
    assert main(["mail", "outbox", "--status", "failed"]) == 0
    assert "554 5.7.1 rejected as spam" in capsys.readouterr().out

    assert main(["mail", "retry", str(mail_id)]) == 0
    with ctx.db.unit_of_work() as session:
        row = session.get(OutboxMail, mail_id)
        assert (row.status, row.attempts) == ("pending", 0)
        [entry] = history(session, "mail_outbox", mail_id)
        assert (entry.actor, entry.action) == ("system:cli", "mail.retry")
    assert main(["mail", "retry", str(mail_id)]) == 3  # only failed mail can be retried
    assert "is pending, not failed" in capsys.readouterr().err


def test_send_now_with_mail_disabled_says_why_nothing_was_sent(ctx, smtp_server, smtp_env,
                                                              monkeypatch, capsys):
    smtp_env(smtp_server.port)
    monkeypatch.setenv("TIMEDESK_MAIL_ENABLED", "false")
    queue(ctx, "cli:disabled")
    assert main(["mail", "send-now"]) == 2
    assert "mail.enabled is off" in capsys.readouterr().err
