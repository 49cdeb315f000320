"""Private messages between signed-in people, unread counts and who is online.

Rules that are not obvious:
- Only a person chats: a signed-in user, or an API token acting as a user. A token of its own
  (no user) or the system is refused: a message needs someone to answer.
- Reading a conversation marks what it returns as read; unread counts are per sender.
- Online means a heartbeat within the last ONLINE_WINDOW (the GUI beats every HEARTBEAT), by
  the database server's clock, so that PCs with wrong clocks agree. Coming online (a first
  heartbeat after a silence) and signing off publish "chat.presence"; going silent publishes
  nothing (nobody is there to say it), so faces re-read presence() now and then.
- Events ("chat.message", "chat.presence") reach subscribers after the commit, on every PC
  through the events bus; their payloads carry user names, never the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Result, and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from timedesk.auth.models import User
from timedesk.auth.permissions import Actor
from timedesk.chat.models import ChatMessage, UserPresence
from timedesk.db.clock import database_now
from timedesk.db.database import Database
from timedesk.db.inserts import insert_unless_present
from timedesk.errors import NotFound, PermissionDenied, ValidationError
from timedesk.events.bus import EventBus

__all__ = ["HEARTBEAT", "MAX_BODY", "ONLINE_WINDOW", "TOPIC_MESSAGE", "TOPIC_PRESENCE", "Chat",
           "MessageInfo", "PersonInfo"]

TOPIC_MESSAGE = "chat.message"
TOPIC_PRESENCE = "chat.presence"
MAX_BODY = 4000
MAX_LIMIT = 1000
MAX_CLIENT = 20
HEARTBEAT = timedelta(seconds=30)
ONLINE_WINDOW = timedelta(seconds=90)
_LONG_AGO = datetime(1970, 1, 1, tzinfo=UTC)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class MessageInfo:
    """One message as the faces show it (people by user name, times aware UTC)."""

    id: int
    sender: str
    recipient: str
    body: str
    ticket_id: int | None
    created_at: datetime
    read_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "from": self.sender, "to": self.recipient, "body": self.body,
                "ticket_id": self.ticket_id, "created_at": _iso(self.created_at),
                "read_at": _iso(self.read_at)}


@dataclass(frozen=True)
class PersonInfo:
    """Someone to chat with: online or not, and how many of their messages are unread."""

    username: str
    display_name: str
    online: bool
    unread: int


class Chat:
    """The chat's use cases over one database, event bus and the office's settings."""

    def __init__(self, db: Database, bus: EventBus, settings: Any) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings

    # -- messages ----------------------------------------------------------------------------
    def send(self, actor: Actor, to: str, body: str, *,
             ticket_id: int | None = None) -> MessageInfo:
        """Send `body` to the active user `to`, optionally about ticket `ticket_id`."""
        body = _check_body(body)
        if ticket_id is not None and (isinstance(ticket_id, bool) or not isinstance(
                ticket_id, int) or ticket_id < 1):
            raise ValidationError("'{ticket_id}' is not a ticket number.",
                                  "Give the ticket's number (1 or more), or none.",
                                  ticket_id=ticket_id)
        with self.db.unit_of_work() as session:
            me = _person(session, actor)
            them = _user(session, to, active=True)
            if them.id == me.id:
                raise ValidationError("you cannot send a message to yourself.",
                                      "Choose someone else in the list of people.")
            row = ChatMessage(sender_id=me.id, recipient_id=them.id, body=body,
                              ticket_id=ticket_id, created_at=database_now(session))
            session.add(row)
            session.flush()
            self.bus.publish(session, TOPIC_MESSAGE,
                             {"id": row.id, "from": me.username, "to": them.username})
            return MessageInfo(row.id, me.username, them.username, row.body, row.ticket_id,
                               row.created_at, None)

    def conversation(self, actor: Actor, with_user: str, *,
                     limit: int = 200) -> list[MessageInfo]:
        """The last `limit` messages between the actor and `with_user`, oldest first; those
        sent to the actor among them are marked read."""
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise ValidationError("'{limit}' is not a number of messages.",
                                  "Ask for 1 to {max_limit}.", limit=limit, max_limit=MAX_LIMIT)
        with self.db.unit_of_work() as session:
            me = _person(session, actor)
            them = _user(session, with_user, active=False)
            between = or_(and_(ChatMessage.sender_id == me.id,
                               ChatMessage.recipient_id == them.id),
                          and_(ChatMessage.sender_id == them.id,
                               ChatMessage.recipient_id == me.id))
            rows = list(session.scalars(select(ChatMessage).where(between)
                                        .order_by(ChatMessage.id.desc()).limit(limit)))
            rows.reverse()
            unread = [row.id for row in rows if row.recipient_id == me.id and row.read_at is None]
            if unread:
                now = database_now(session)
                session.execute(update(ChatMessage).where(ChatMessage.id.in_(unread),
                                                          ChatMessage.read_at.is_(None))
                                .values(read_at=now))
                for row in rows:
                    if row.id in unread:
                        row.read_at = now
            names = {me.id: me.username, them.id: them.username}
            return [MessageInfo(row.id, names[row.sender_id], names[row.recipient_id], row.body,
                                row.ticket_id, row.created_at, row.read_at) for row in rows]

    def unread(self, actor: Actor) -> dict[str, int]:
        """How many unread messages the actor has, per sender's user name (senders with none
        left out)."""
        with self.db.session_factory() as session:
            me = _person(session, actor)
            return _unread_counts(session, me.id)

    # -- people and presence -----------------------------------------------------------------
    def people(self, actor: Actor) -> list[PersonInfo]:
        """Everyone active but the actor, by display name: online or not, and unread counts."""
        with self.db.session_factory() as session:
            me = _person(session, actor)
            unread = _unread_counts(session, me.id)
            online = _online_ids(session)
            users = session.scalars(select(User).where(User.active.is_(True), User.id != me.id))
            people = [PersonInfo(user.username, user.display_name or user.username,
                                 user.id in online, unread.get(user.username, 0))
                      for user in users]
        return sorted(people, key=lambda p: (p.display_name.casefold(), p.username))

    def presence(self, actor: Actor) -> dict[str, bool]:
        """Every active user's user name: online or not."""
        with self.db.session_factory() as session:
            _person(session, actor)
            online = _online_ids(session)
            users = session.execute(select(User.id, User.username)
                                    .where(User.active.is_(True)).order_by(User.username))
            return {username: user_id in online for user_id, username in users}

    def heartbeat(self, actor: Actor, client: str = "pc") -> None:
        """The actor's client is there (every HEARTBEAT); the first one after a silence longer
        than ONLINE_WINDOW publishes them online."""
        client = (client or "").strip()
        if not client or len(client) > MAX_CLIENT:
            raise ValidationError("a client name has 1-{max_client} characters.",
                                  "e.g. 'pc' or 'api'.", max_client=MAX_CLIENT)
        with self.db.unit_of_work() as session:
            me = _person(session, actor)
            now = database_now(session)
            created = _changed(session.execute(insert_unless_present(session, UserPresence)
                                               .values(user_id=me.id, last_seen=now,
                                                       client=client)))
            if created:
                was_online = False
            else:
                before = session.scalars(select(UserPresence.last_seen)
                                         .where(UserPresence.user_id == me.id)
                                         .with_for_update()).one()
                was_online = before >= now - ONLINE_WINDOW
                session.execute(update(UserPresence).where(UserPresence.user_id == me.id)
                                .values(last_seen=now, client=client))
            if not was_online:
                self.bus.publish(session, TOPIC_PRESENCE, {"user": me.username, "online": True})

    def sign_off(self, actor: Actor) -> None:
        """The actor's client is going away (the window closes): offline now, not in 90 s."""
        with self.db.unit_of_work() as session:
            me = _person(session, actor)
            changed = _changed(session.execute(update(UserPresence)
                                               .where(UserPresence.user_id == me.id,
                                                      UserPresence.last_seen > _LONG_AGO)
                                               .values(last_seen=_LONG_AGO)))
            if changed:
                self.bus.publish(session, TOPIC_PRESENCE, {"user": me.username, "online": False})


def _changed(result: Result[Any]) -> int:
    """The rows an INSERT or UPDATE touched (Session.execute is typed as any Result)."""
    return cast(CursorResult[Any], result).rowcount or 0


def _check_body(body: str) -> str:
    if not isinstance(body, str) or not body.strip():
        raise ValidationError("the message is empty.", "Write something to send.")
    if len(body) > MAX_BODY:
        raise ValidationError("the message has {count:,} characters; at most {max_body:,} "
                              "are allowed.", "Shorten it, or send it in parts.",
                              count=len(body), max_body=MAX_BODY)
    if "\x00" in body:
        raise ValidationError("the message contains a NUL character.", "Remove it and send "
                              "again.")
    return body


def _person(session: Session, actor: Actor) -> User:
    """The actor's own active account: only people chat."""
    user = session.get(User, actor.id) if actor.kind == "user" and actor.id is not None else None
    if user is None or not user.active:
        raise PermissionDenied("chat needs a person.",
                               "Sign in as yourself, or use a token made for a user "
                               "(`timedesk api-token create --user USERNAME`).")
    return user


def _user(session: Session, username: str, *, active: bool) -> User:
    name = (username or "").strip().lower() if isinstance(username, str) else ""
    user = session.scalars(select(User).where(User.username == name)).first() if name else None
    if user is None or (active and not user.active):
        shown = str(username)[:80]
        raise NotFound("there is no active user '{shown}'." if active
                       else "there is no user '{shown}'.",
                       "Choose someone in the list of people.", shown=shown)
    return user


def _unread_counts(session: Session, user_id: int) -> dict[str, int]:
    sender = aliased(User)
    rows = session.execute(select(sender.username, func.count(ChatMessage.id))
                           .join(sender, sender.id == ChatMessage.sender_id)
                           .where(ChatMessage.recipient_id == user_id,
                                  ChatMessage.read_at.is_(None))
                           .group_by(sender.username).order_by(sender.username))
    return {username: count for username, count in rows}


def _online_ids(session: Session) -> set[int]:
    since = database_now(session) - ONLINE_WINDOW
    return set(session.scalars(select(UserPresence.user_id)
                               .where(UserPresence.last_seen >= since)))
