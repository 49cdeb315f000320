"""STARTTLS, implicit TLS and login against real aiosmtpd servers; the password comes from the
keyring and never reaches the outbox or the log; send_test_email says clearly what failed."""

from __future__ import annotations

import logging
import socket

import pytest
from sqlalchemy import select

from timedesk.mail import (
    MailAuthFailed,
    MailConnectionFailed,
    MailNotConfigured,
    MailTimeout,
    MailTlsFailed,
    enqueue,
    send_due,
    send_test_email,
)
from timedesk.mail.models import OutboxMail

PASSWORD = "Kp9-correct-horse-battery"


def queue(db) -> None:
    with db.unit_of_work() as session:
        enqueue(session, "notice:tls", ["ana@oficina.example"], "Prueba", "Hola")


def only_row(db) -> OutboxMail:
    with db.unit_of_work() as session:
        [row] = session.scalars(select(OutboxMail))
        return row


def test_starttls_and_login_with_the_keyring_password_deliver_the_mail(
        ctx, smtp_servers, mail_settings, certificate):
    server = smtp_servers(tls=certificate, logins={"timedesk": PASSWORD})
    mail_settings(server, "starttls", **{"smtp.user": "timedesk",
                                         "smtp.ca_file": str(certificate[0])})
    ctx.secrets.set("SMTP_PASSWORD", PASSWORD)
    queue(ctx.db)
    assert send_due(ctx.db, ctx.settings, ctx.secrets).sent == 1
    assert server.attempted_logins == [("timedesk", PASSWORD)]
    assert server.wait_for(1)


def test_implicit_tls_delivers_the_mail(ctx, smtp_servers, mail_settings, certificate):
    server = smtp_servers(tls=certificate, implicit_tls=True)
    mail_settings(server, "tls", **{"smtp.ca_file": str(certificate[0])})
    queue(ctx.db)
    assert send_due(ctx.db, ctx.settings, ctx.secrets).sent == 1
    assert server.wait_for(1)


def test_a_wrong_password_is_retried_and_never_appears_in_the_outbox_or_the_log(
        ctx, smtp_servers, mail_settings, certificate, caplog):
    server = smtp_servers(tls=certificate, logins={"timedesk": "the-real-one"})
    mail_settings(server, "starttls", **{"smtp.user": "timedesk",
                                         "smtp.ca_file": str(certificate[0])})
    ctx.secrets.set("SMTP_PASSWORD", PASSWORD)
    queue(ctx.db)
    with caplog.at_level(logging.DEBUG):
        report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert report.retrying == 1  # a password is fixed by an administrator; the mail waits
    row = only_row(ctx.db)
    assert "refused the login of timedesk" in row.last_error and "535" in row.last_error
    assert PASSWORD not in row.last_error
    assert "refused the login" in caplog.text and PASSWORD not in caplog.text
    assert {login for login in server.attempted_logins} == {("timedesk", PASSWORD)}


def test_without_smtp_user_no_login_is_tried_and_a_server_wanting_one_says_so(
        ctx, smtp_servers, mail_settings, certificate):
    server = smtp_servers(tls=certificate, logins={"timedesk": PASSWORD})
    mail_settings(server, "starttls", **{"smtp.ca_file": str(certificate[0])})
    ctx.secrets.set("SMTP_PASSWORD", PASSWORD)  # set, but smtp.user is empty
    queue(ctx.db)
    assert send_due(ctx.db, ctx.settings, ctx.secrets).retrying == 1
    assert server.attempted_logins == []
    assert "wants a login or encryption first (530" in only_row(ctx.db).last_error


def test_smtp_user_without_the_password_secret_is_reported_and_nothing_is_tried(
        ctx, smtp_server, mail_settings):
    mail_settings(smtp_server, **{"smtp.user": "timedesk"})
    queue(ctx.db)
    report = send_due(ctx.db, ctx.settings, ctx.secrets)
    assert "SMTP_PASSWORD" in report.skipped and report.claimed == 0
    with pytest.raises(MailNotConfigured, match="secret set SMTP_PASSWORD"):
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")


def test_an_untrusted_certificate_is_a_tls_failure_with_a_clear_message(
        ctx, smtp_servers, mail_settings, certificate):
    server = smtp_servers(tls=certificate)
    mail_settings(server, "starttls")  # no smtp.ca_file: the self-signed certificate is unknown
    with pytest.raises(MailTlsFailed) as raised:
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")
    assert "certificate not trusted" in raised.value.message
    assert "smtp.ca_file" in raised.value.hint
    assert server.messages == []


def test_starttls_asked_of_a_server_without_it_is_a_tls_failure(ctx, smtp_server, mail_settings):
    mail_settings(smtp_server, "starttls")
    with pytest.raises(MailTlsFailed, match="does not offer STARTTLS"):
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")


def test_send_test_email_delivers_a_test_message_in_the_chosen_language(
        ctx, smtp_server, mail_settings):
    mail_settings(smtp_server)
    message_id = send_test_email(ctx.settings, ctx.secrets, "Ana@Oficina.example", "es")
    assert smtp_server.wait_for(1)
    [message] = smtp_server.messages
    assert message["Subject"] == "Prueba de correo de timedesk"
    assert message["Message-ID"] == message_id and message["To"] == "ana@oficina.example"


def test_send_test_email_to_nothing_listening_says_connection_refused_in_one_line(
        ctx, mail_settings):
    from smtp_helpers import free_port

    port = free_port()
    mail_settings(port)
    with pytest.raises(MailConnectionFailed) as raised:
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")
    text = str(raised.value)
    assert text.startswith(f"connection to the SMTP server 127.0.0.1:{port} was refused.")
    assert "\n" not in text and "Is the server running?" in text


def test_send_test_email_to_a_server_that_never_answers_times_out(ctx, mail_settings):
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        mail_settings(silent.getsockname()[1], **{"smtp.timeout_s": 1.0})
        with pytest.raises(MailTimeout, match=r"did not answer within 1 s"):
            send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")


def test_send_test_email_with_a_wrong_password_says_the_login_was_refused(
        ctx, smtp_servers, mail_settings, certificate):
    server = smtp_servers(tls=certificate, logins={"timedesk": "the-real-one"})
    mail_settings(server, "starttls", **{"smtp.user": "timedesk",
                                         "smtp.ca_file": str(certificate[0])})
    ctx.secrets.set("SMTP_PASSWORD", PASSWORD)
    with pytest.raises(MailAuthFailed) as raised:
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")
    assert "refused the login of timedesk" in str(raised.value)
    assert PASSWORD not in str(raised.value) and PASSWORD not in repr(raised.value.args)


def test_send_test_email_without_a_server_set_up_says_what_to_set(ctx):
    with pytest.raises(MailNotConfigured, match="smtp.host"):
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")


def test_a_login_asked_of_a_server_that_offers_none_says_so(ctx, smtp_server, mail_settings):
    mail_settings(smtp_server, **{"smtp.user": "timedesk"})  # plain: aiosmtpd offers no AUTH
    ctx.secrets.set("SMTP_PASSWORD", PASSWORD)
    with pytest.raises(MailAuthFailed, match=r"offers no login \(AUTH\)"):
        send_test_email(ctx.settings, ctx.secrets, "ana@oficina.example")
