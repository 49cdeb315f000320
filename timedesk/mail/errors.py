"""Typed mail errors: the GUI, the CLI and the outbox read what went wrong from the class.

`permanent` says whether trying again later can help: a 5xx answer about this message cannot,
a refused connection or a wrong password (which an administrator will fix) can.
"""

from __future__ import annotations

from timedesk.errors import TimedeskError


class MailError(TimedeskError):
    code = "mail_error"
    http_status = 502
    exit_code = 5
    permanent = False


class MailNotConfigured(MailError):
    code = "mail_not_configured"
    http_status = 500
    exit_code = 2


class MailConnectionFailed(MailError):
    code = "mail_connection_failed"


class MailTimeout(MailError):
    code = "mail_timeout"


class MailTlsFailed(MailError):
    code = "mail_tls_failed"


class MailAuthFailed(MailError):
    code = "mail_auth_failed"


class MailRejected(MailError):
    """The server answered with an error about this message (sender, recipients or content)."""

    code = "mail_rejected"

    def __init__(self, message: str, hint: str = "", *, permanent: bool = True,
                 **params: object) -> None:
        super().__init__(message, hint, **params)
        self.permanent = permanent


class MailAttachmentMissing(MailError):
    code = "mail_attachment_missing"
    permanent = True
