"""The chat's tables: the messages (kept, read or not) and each person's last sign of life.

`ticket_id` names a help-desk ticket the message is about; it is a plain number, not a foreign
key, so that the chat does not depend on the tickets module."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime


class ChatMessage(Base):
    """One message from one person to another; `read_at` is set when the recipient reads it."""

    __tablename__ = "chat_messages"
    __table_args__ = (
        Index("ix_chat_messages_recipient_id_read_at", "recipient_id", "read_at"),
        Index("ix_chat_messages_sender_id_recipient_id", "sender_id", "recipient_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class UserPresence(Base):
    """When a person's client last said it is there (the GUI's heartbeat), by the database's
    clock, so that PCs with wrong clocks agree on who is online."""

    __tablename__ = "user_presence"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    client: Mapped[str] = mapped_column(String(20))
