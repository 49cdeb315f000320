from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow
from timedesk.db.types import BigIntPK, JSONType


class EventRow(Base):
    """A published event; other processes read these rows after being woken up."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    topic: Mapped[str] = mapped_column(String(100), index=True)
    payload: Mapped[Any] = mapped_column(JSONType)
    origin: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
