"""Registered web lobby displays: a name and a key, so that only a screen the office set up can
say "I showed this call" (POST /display/shown, security review LOW-6). Anyone could otherwise
acknowledge any recent call, and the desk would believe a TV showed what it never drew.

`register_display` returns the key once; only its SHA-256 is stored (the key is a random
token, so a fast hash is enough: there is nothing to guess). Registering a name again gives it
a new key and the old one stops working. The display window (`timedesk display`) is not
registered: it has the database's credentials and acknowledges directly.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, String, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import Base, UTCDateTime, utcnow
from timedesk.db.database import Database
from timedesk.errors import NotFound, ValidationError

NAME_RE = re.compile(r"^[\w .:-]{1,40}$")
NAME_RULE = "1 to 40 letters, digits, spaces or . : - _"


class RegisteredDisplay(Base):
    __tablename__ = "turn_displays"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@dataclass(frozen=True)
class DisplayInfo:
    name: str
    created_at: datetime


def check_name(name: str) -> str:
    name = (name or "").strip()
    if not NAME_RE.match(name):
        raise ValidationError("a display name is {name_rule}.", "For example: lobby-tv",
                              name_rule=NAME_RULE)
    return name


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def register_display(db: Database, actor: Actor, name: str) -> str:
    """Register `name` (or give it a new key); returns the key, which is never stored."""
    require(actor, Permission.TURNS_MANAGE)
    name = check_name(name)
    key = secrets.token_urlsafe(24)
    with db.unit_of_work() as session:
        row = session.scalar(select(RegisteredDisplay).where(RegisteredDisplay.name == name))
        action = "turns.display_key_renewed" if row is not None else "turns.display_registered"
        if row is None:
            row = RegisteredDisplay(name=name, key_hash=_hash(key))
            session.add(row)
        else:
            row.key_hash, row.created_at = _hash(key), utcnow()
        session.flush()
        record(session, actor, action, "turn_display", row.id, after={"name": name})
    return key


def list_displays(db: Database) -> list[DisplayInfo]:
    with db.session_factory() as session:
        rows = session.scalars(select(RegisteredDisplay).order_by(RegisteredDisplay.name))
        return [DisplayInfo(r.name, r.created_at) for r in rows]


def remove_display(db: Database, actor: Actor, name: str) -> None:
    require(actor, Permission.TURNS_MANAGE)
    name = check_name(name)
    with db.unit_of_work() as session:
        row = session.scalar(select(RegisteredDisplay).where(RegisteredDisplay.name == name))
        if row is None:
            raise NotFound("no display is registered as '{name}'.",
                           "See `timedesk display list`.", name=name)
        record(session, actor, "turns.display_removed", "turn_display", row.id,
               before={"name": name})
        session.execute(delete(RegisteredDisplay).where(RegisteredDisplay.id == row.id))


def display_key_matches(db: Database, name: str, key: str) -> bool:
    """True when `name` is registered with `key` (compared in constant time)."""
    with db.session_factory() as session:
        stored = session.scalar(select(RegisteredDisplay.key_hash)
                                .where(RegisteredDisplay.name == name))
    return stored is not None and hmac.compare_digest(stored, _hash(key))
