"""Sending what the outbox holds: `send_due()` (one pass, blocking) and `send_test_email()`.

Delivery is at-least-once made as close to exactly-once as SMTP allows: a mail is claimed in its
own committed transaction before it is handed to the server, and marked sent right after. Only a
crash between the server's "250 OK" and that mark can repeat it (after STALE_CLAIM); the repeat
carries the same Message-ID, which mail clients use to drop duplicates.
"""

from __future__ import annotations

import logging
import smtplib
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import TYPE_CHECKING

from sqlalchemy.exc import InterfaceError, OperationalError

from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.mail import outbox
from timedesk.mail.errors import MailAttachmentMissing, MailError, MailNotConfigured, MailRejected
from timedesk.mail.models import OutboxMail
from timedesk.mail.recipients import clean_address
from timedesk.mail.smtp import SmtpConfig, build_message, close, connect, send
from timedesk.mail.templates import render
from timedesk.retry import Backoff
from timedesk.settings import Settings, SettingValues

if TYPE_CHECKING:  # keyring is imported only where secrets are read
    from timedesk.secrets import SecretReader, SecretStore

log = logging.getLogger(__name__)

# A batch stops taking new mails after this long, well inside STALE_CLAIM, so its claims are
# never taken back while it is still working on them.
BATCH_BUDGET_S = outbox.STALE_CLAIM.total_seconds() / 2
# How long the mark of a mail the server took waits for an unreachable or locked database.
REMEMBER_SENT_S = 60.0


@dataclass
class SendReport:
    claimed: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    recovered: int = 0
    skipped: str = ""  # why nothing was tried (mail disabled, SMTP not set up)


def retry_delay(attempts: int, base_s: int, max_s: int) -> timedelta:
    """Wait after the `attempts`-th failed attempt: base, 2×base, 4×base, ... up to max."""
    return timedelta(seconds=Backoff(base_s, cap=max_s).delay(attempts))


def message_id(row: OutboxMail, domain: str) -> str:
    """The same Message-ID on every attempt of one outbox row."""
    return f"<timedesk.mail.{row.id}.{int(row.created_at.timestamp())}@{domain}>"


def send_due(db: Database, settings: Settings, secrets: SecretStore, now: datetime | None = None,
             limit: int = 20) -> SendReport:
    """Send up to `limit` due mails once; failures are rescheduled with backoff or marked failed.

    Safe to run from several threads, processes and PCs at once: each mail goes to one sender.
    """
    report = SendReport()
    if not settings["mail.enabled"]:
        report.skipped = "mail.enabled is off"
        return report
    started_at, started = now or utcnow(), time.monotonic()

    def clock() -> datetime:
        return started_at + timedelta(seconds=time.monotonic() - started)

    report.recovered = outbox.recover_stale_claims(db, started_at)
    try:
        config = SmtpConfig.from_settings(settings, secrets)
    except MailNotConfigured as exc:
        report.skipped = exc.message
        return report
    token, rows = outbox.claim_due(db, started_at, max(1, limit))
    report.claimed = len(rows)
    conn: smtplib.SMTP | None = None
    connection_error: MailError | None = None
    try:
        for row in rows:
            if time.monotonic() - started > BATCH_BUDGET_S:
                outbox.release(db, row.id, token)
                continue
            if connection_error is not None:  # the server is unreachable: no reconnect per mail
                _record_failure(db, settings, row, token, connection_error, clock(), report)
                continue
            try:
                message = _build(config, row)
                if conn is None:
                    try:
                        conn = connect(config)
                    except MailError as exc:
                        connection_error = exc
                        raise
                refused = send(conn, config, message, row.recipients)
            except MailError as exc:
                if not isinstance(exc, (MailRejected, MailAttachmentMissing)) and conn:
                    close(conn)  # a broken session: the next mail starts a fresh one
                    conn = None
                _record_failure(db, settings, row, token, exc, clock(), report)
                continue
            note = ("not delivered to: " + "; ".join(f"{r} ({a})" for r, a in refused.items())
                    if refused else None)
            if _mark_sent(db, row.id, token, clock(), note):
                report.sent += 1
                log.info("mail %s sent (%s)", row.id, row.idempotency_key)
            else:
                log.warning("mail %s was sent but its claim had been taken back", row.id)
    finally:
        close(conn)
    return report


def _mark_sent(db: Database, mail_id: int, token: str, at: datetime, note: str | None) -> bool:
    """The server took the mail: only its row remembers that, and a row left `sending` goes out
    again after STALE_CLAIM. So while the database is unreachable or locked, try again (for up
    to REMEMBER_SENT_S) rather than give up at once."""
    deadline, pause = time.monotonic() + REMEMBER_SENT_S, 0.25
    while True:
        try:
            return outbox.mark_sent(db, mail_id, token, at, note)
        except (OperationalError, InterfaceError) as exc:
            if time.monotonic() + pause > deadline:
                raise
            log.warning("mail %s was sent; the database is unavailable (%s), marking it again "
                        "in %.2g s", mail_id, type(exc).__name__, pause)
            time.sleep(pause)
            pause = min(pause * 2, 5.0)


def _build(config: SmtpConfig, row: OutboxMail) -> EmailMessage:
    try:
        return build_message(config, row.recipients, row.subject, row.body_text, row.body_html,
                             row.attachments, message_id(row, config.from_address.split("@")[-1]))
    except MailError:
        raise
    except Exception as exc:  # a mail that cannot be built never will be: fail it, keep going
        raise MailRejected("the mail cannot be built ({error_type}: {cause}).",
                           "Queue it again with valid content.", permanent=True,
                           error_type=type(exc).__name__, cause=exc) from None


def _record_failure(db: Database, settings: Settings, row: OutboxMail, token: str, error: MailError,
                    at: datetime, report: SendReport) -> None:
    attempts = row.attempts + 1
    reason = error.message
    if error.permanent or attempts >= settings["mail.max_attempts"]:
        if not error.permanent:
            reason = f"gave up after {attempts} attempts: {reason}"
        outbox.mark_failed(db, row.id, token, attempts, reason)
        report.failed += 1
        log.warning("mail %s failed: %s", row.id, reason)
        return
    when = at + retry_delay(attempts, settings["mail.retry_base_s"], settings["mail.retry_max_s"])
    outbox.mark_retry(db, row.id, token, attempts, when, reason)
    report.retrying += 1
    log.info("mail %s not sent (attempt %d), next try at %s: %s", row.id, attempts,
             when.isoformat(timespec="seconds"), reason)


def send_test_email(settings: SettingValues, secrets: SecretReader, to: str,
                    lang: str | None = None) -> str:
    """Send a test e-mail to `to` right now, outside the outbox, whatever mail.enabled says.
    Returns the Message-ID; raises a typed MailError whose message says what failed."""
    address = clean_address(to)
    if not address:
        raise ValidationError("'{to}' is not a valid e-mail address.",
                              "Type it as name@example.com.", to=to)
    config = SmtpConfig.from_settings(settings, secrets)
    mail = render("test_email", lang or settings["ui.language"], server=config.where,
                  sent_at=utcnow().strftime("%Y-%m-%d %H:%M UTC"))
    message = build_message(config, [address], mail.subject, mail.text, mail.html)
    conn = connect(config)
    try:
        send(conn, config, message, [address])
    finally:
        close(conn)
    log.info("test e-mail sent through %s", config.where)
    return str(message["Message-ID"])
