"""Talking to the SMTP server: connect (plain, STARTTLS or TLS), log in, send one message, and
turn smtplib's and ssl's exceptions into typed errors whose messages a person can act on.

Blocking: call from a worker thread. The password comes from the secret store at connection
time and is never part of a message, a log line or the outbox (errors are redacted).
"""

from __future__ import annotations

import mimetypes
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from timedesk.logs import redact
from timedesk.mail.errors import (
    MailAttachmentMissing,
    MailAuthFailed,
    MailConnectionFailed,
    MailError,
    MailNotConfigured,
    MailRejected,
    MailTimeout,
    MailTlsFailed,
)
from timedesk.mail.recipients import clean_address
from timedesk.settings import SettingValues

if TYPE_CHECKING:  # keyring is imported only where secrets are read
    from timedesk.secrets import SecretReader

PASSWORD_SECRET = "SMTP_PASSWORD"
HINT_SETTINGS = "Check smtp.host, smtp.port and smtp.security (`timedesk config list`)."


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str
    user: str
    from_address: str
    timeout_s: float
    ca_file: str
    password: str | None

    def __repr__(self) -> str:  # dataclass' repr would print the password
        return f"SmtpConfig({self.security}://{self.user + '@' if self.user else ''}{self.where})"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def from_settings(cls, settings: SettingValues, secrets: SecretReader) -> SmtpConfig:
        """The configuration in effect; MailNotConfigured names what is missing."""
        host = settings["smtp.host"].strip()
        if not host:
            raise MailNotConfigured("no SMTP server is set up.",
                                    "Set smtp.host (and smtp.port, smtp.security, "
                                    "smtp.from_address).")
        from_address = clean_address(settings["smtp.from_address"])
        if not from_address:
            raise MailNotConfigured("no valid sender address is set up.",
                                    "Set smtp.from_address, e.g. timedesk@example.com.")
        user = settings["smtp.user"].strip()
        password = secrets.get(PASSWORD_SECRET) if user else None
        if user and not password:
            raise MailNotConfigured("smtp.user is set but the secret {password_secret} is not.",
                                    "Store it: timedesk secret set {password_secret}.",
                                    password_secret=PASSWORD_SECRET)
        return cls(host, settings["smtp.port"], settings["smtp.security"], user, from_address,
                   float(settings["smtp.timeout_s"]), settings["smtp.ca_file"].strip(), password)

    def tls_context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self.ca_file or None)
        except (OSError, ssl.SSLError) as exc:
            raise MailTlsFailed("cannot read the certificate file {ca_file}: {cause}.",
                                "Check smtp.ca_file, or empty it to trust the system's.",
                                ca_file=self.ca_file, cause=exc) from None


def connect(config: SmtpConfig) -> smtplib.SMTP:
    """An open, secured and (when smtp.user is set) logged-in connection; typed errors."""
    try:
        if config.security == "tls":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port,
                                                  timeout=config.timeout_s,
                                                  context=config.tls_context())
        else:
            conn = smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)
    except Exception as exc:
        raise translate(exc, config) from None
    try:
        conn.ehlo()
        if config.security == "starttls":
            if not conn.has_extn("starttls"):
                raise MailTlsFailed("the SMTP server {where} does not offer STARTTLS.",
                                    "Use smtp.security = tls (port 465) or none if it is local.",
                                    where=config.where)
            conn.starttls(context=config.tls_context())
            conn.ehlo()
        if config.user:
            if not conn.has_extn("auth"):
                raise MailAuthFailed("the SMTP server {where} offers no login (AUTH).",
                                     "Empty smtp.user, or use smtp.security = starttls or tls: "
                                     "many servers offer a login only once encrypted.",
                                     where=config.where)
            conn.login(config.user, config.password or "")
        return conn
    except MailError:
        close(conn)
        raise
    except Exception as exc:
        close(conn)
        raise translate(exc, config) from None


def close(conn: smtplib.SMTP | None) -> None:
    if conn is None:
        return
    try:
        conn.quit()
    except Exception:  # the server may already be gone; the socket closes either way
        conn.close()


def build_message(config: SmtpConfig, to: list[str], subject: str, text: str,
                  html: str | None = None, attachments: Sequence[str] = (),
                  message_id: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config.from_address
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id or make_msgid(domain=config.from_address.split("@")[-1])
    message.set_content(text, charset="utf-8")
    if html:
        message.add_alternative(html, subtype="html", charset="utf-8")
    for name in attachments:
        path = Path(name)
        if not path.is_file():
            raise MailAttachmentMissing("the attachment {path} does not exist.",
                                        "Build the report again, then retry the mail.", path=path)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise MailAttachmentMissing(
                "the attachment {path} cannot be read ({strerror}).",
                "Check the file's permissions, then retry the mail.",
                path=path, strerror=exc.strerror) from None
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = kind.split("/", 1)
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=path.name)
    return message


def send(conn: smtplib.SMTP, config: SmtpConfig, message: EmailMessage,
         to: list[str]) -> dict[str, str]:
    """Hand one message over; returns the recipients the server refused (others got it)."""
    try:
        refused = conn.send_message(message, from_addr=config.from_address, to_addrs=to)
    except Exception as exc:
        raise translate(exc, config) from None
    return {rcpt: _answer(code, text) for rcpt, (code, text) in refused.items()}


def _answer(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def translate(exc: Exception, config: SmtpConfig) -> MailError:
    """The typed error for an smtplib / ssl / socket exception, as one safe line."""
    where = config.where
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        error: MailError = MailAuthFailed(
            "the SMTP server {where} refused the login of {user} "
            "({answer}).",
            "Check smtp.user and the secret SMTP_PASSWORD.",
            where=where, user=config.user, answer=_answer(exc.smtp_code, exc.smtp_error))
    elif isinstance(exc, smtplib.SMTPNotSupportedError):  # e.g. an address needing SMTPUTF8
        error = MailRejected("the SMTP server {where} cannot take this message ({cause}).",
                             "Check the addresses for characters outside ASCII.",
                             where=where, cause=exc)
    elif isinstance(exc, (smtplib.SMTPConnectError, smtplib.SMTPHeloError)):
        error = MailConnectionFailed("the SMTP server {where} would not talk to us "
                                     "({answer}).", HINT_SETTINGS,
                                     where=where, answer=_answer(exc.smtp_code, exc.smtp_error))
    elif isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == 530:
        # "530 authentication/STARTTLS required": a set-up to fix, not a bad message
        error = MailAuthFailed("the SMTP server {where} wants a login or encryption first "
                               "({answer}).",
                               "Set smtp.user (and the secret SMTP_PASSWORD) and "
                               "smtp.security = starttls or tls.",
                               where=where, answer=_answer(exc.smtp_code, exc.smtp_error))
    elif isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = {r: _answer(c, t) for r, (c, t) in exc.recipients.items()}
        error = MailRejected("the SMTP server refused every recipient: {answers}.",
                             "Check the addresses.",
                             permanent=all(c >= 500 for c, _ in exc.recipients.values()),
                             answers="; ".join(f"{r} ({a})" for r, a in answers.items()))
    elif isinstance(exc, smtplib.SMTPResponseException):
        kind = "sender" if isinstance(exc, smtplib.SMTPSenderRefused) else "message"
        error = MailRejected("the SMTP server {where} rejected the {kind} "
                             "({answer}).",
                             "Check smtp.from_address and the message.",
                             permanent=exc.smtp_code >= 500,
                             where=where, kind=kind, answer=_answer(exc.smtp_code, exc.smtp_error))
    elif isinstance(exc, ssl.SSLError):  # before OSError: SSLError is one
        error = MailTlsFailed("secure connection to {where} failed ({ssl_reason}).",
                              "Check smtp.security and smtp.port (465 tls, 587 starttls) "
                              "and, for a private server, smtp.ca_file.",
                              where=where, ssl_reason=_ssl_reason(exc))
    elif isinstance(exc, (socket.timeout, TimeoutError)) or (
            # smtplib reports a read that timed out as "Connection unexpectedly closed"
            isinstance(exc, smtplib.SMTPServerDisconnected)
            and isinstance(exc.__context__, (socket.timeout, TimeoutError))):
        error = MailTimeout("the SMTP server {where} did not answer within "
                            "{timeout_s:g} s.",
                            "Check smtp.host, smtp.port and smtp.security (`timedesk config "
                            "list`). Is a firewall in the way?",
                            where=where, timeout_s=config.timeout_s)
    elif isinstance(exc, ConnectionRefusedError):
        error = MailConnectionFailed("connection to the SMTP server {where} was refused.",
                                     "Check smtp.host, smtp.port and smtp.security (`timedesk "
                                     "config list`). Is the server running?", where=where)
    elif isinstance(exc, socket.gaierror):
        error = MailConnectionFailed("the SMTP server name {host} cannot be resolved.",
                                     "Check smtp.host and the network.", host=config.host)
    elif isinstance(exc, (smtplib.SMTPException, OSError)):
        error = MailConnectionFailed("connection to the SMTP server {where} failed "
                                     "({error_type}: {cause}).", HINT_SETTINGS,
                                     where=where, error_type=type(exc).__name__, cause=exc)
    else:
        error = MailError("sending through {where} failed ({error_type}: {cause}).",
                          where=where, error_type=type(exc).__name__, cause=exc)
    return _redacted(error, config)


def _ssl_reason(exc: ssl.SSLError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate not trusted: {exc.verify_message}"
    return exc.reason or str(exc)


def _redacted(error: MailError, config: SmtpConfig) -> MailError:
    # a server may echo what it was sent; the password must not survive into the outbox or log
    for attribute in ("message", "hint"):
        text = redact(getattr(error, attribute))
        if config.password:
            text = text.replace(config.password, "***")
        setattr(error, attribute, text)
    error.args = (error.message,)
    return error
