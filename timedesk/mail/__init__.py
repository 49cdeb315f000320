"""E-mail: an outbox written in the caller's transaction, a sender that survives restarts and
never sends a mail twice, Spanish/English templates and the recipient rules of notices.

Other modules use: `enqueue()` or `enqueue_many()` (in their transaction), `render()` (a
template), `recipients()` (who gets a notice), `OutboxWorker` (started by the app) and `send_test_email()` (Settings dialog).
"""

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
from timedesk.mail.outbox import (
                                  QUEUED_TOPIC,
                                  QueuedMail,
                                  enqueue,
                                  enqueue_many,
                                  list_outbox,
                                  retry_failed,
)
from timedesk.mail.recipients import recipients, split_addresses
from timedesk.mail.sender import SendReport, send_due, send_test_email
from timedesk.mail.templates import RenderedMail, render
from timedesk.mail.worker import OutboxWorker

__all__ = [
    "MailAttachmentMissing", "MailAuthFailed", "MailConnectionFailed", "MailError",
    "MailNotConfigured", "MailRejected", "MailTimeout", "MailTlsFailed", "OutboxWorker",
    "QUEUED_TOPIC", "QueuedMail", "RenderedMail", "SendReport", "enqueue", "enqueue_many",
    "list_outbox", "recipients", "render", "retry_failed", "send_due", "send_test_email", "split_addresses",
]
