from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow
from timedesk.db.types import BigIntPK, JSONType

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
STATUSES = (PENDING, SENDING, SENT, FAILED)


class OutboxMail(Base):
    """One e-mail to send. Rows are written in the transaction of the change they announce, so
    a notice exists exactly when its change committed; the sender works through them later."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'sending', 'sent', 'failed')", name="status"),
        # the sender's only query: due pending rows, oldest first
        Index("ix_mail_outbox_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    recipients: Mapped[list[str]] = mapped_column(JSONType)
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text, nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="es")
    attachments: Mapped[list[str]] = mapped_column(JSONType, default=list)
    status: Mapped[str] = mapped_column(String(10), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    def describe(self) -> dict[str, Any]:
        """What a list or the audit log shows (no bodies: they may be long)."""
        return {"id": self.id, "key": self.idempotency_key, "to": list(self.recipients),
                "subject": self.subject, "status": self.status, "attempts": self.attempts,
                "next_attempt_at": self.next_attempt_at, "last_error": self.last_error,
                "created_at": self.created_at, "sent_at": self.sent_at}
