"""Private messages, unread counts and presence on both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest
from chat_helpers import person
from sqlalchemy import func, select, update

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import set_active
from timedesk.chat.models import ChatMessage, UserPresence
from timedesk.db.base import utcnow
from timedesk.errors import NotFound, PermissionDenied, ValidationError


def stored(ctx) -> int:
    with ctx.db.session_factory() as session:
        return session.scalar(select(func.count(ChatMessage.id)))


def collect(bus, topic="chat."):
    received = []
    bus.subscribe(topic, received.append)
    return received


def test_a_conversation_is_oldest_first_and_reading_it_marks_it_read(chat, ana, ben):
    chat.send(ana, "ben", "Hi Ben")
    chat.send(ben, "ana", "Hi Ana")
    chat.send(ana, "ben", "Printer on floor 2 is down", ticket_id=42)
    assert chat.unread(ben) == {"ana": 2}
    assert chat.unread(ana) == {"ben": 1}

    talk = chat.conversation(ben, "ana")

    assert [(m.sender, m.recipient, m.body) for m in talk] == [
        ("ana", "ben", "Hi Ben"), ("ben", "ana", "Hi Ana"),
        ("ana", "ben", "Printer on floor 2 is down")]
    assert talk[2].ticket_id == 42
    assert all(m.read_at is not None for m in talk if m.recipient == "ben")
    assert talk[1].read_at is None  # Ana has not read Ben's yet
    assert chat.unread(ben) == {}
    assert chat.unread(ana) == {"ben": 1}


def test_unread_counts_are_per_sender(ctx, admin_actor, chat, ana, ben):
    cleo = person(ctx, admin_actor, "cleo")
    for text in ("one", "two", "three"):
        chat.send(ben, "ana", text)
    chat.send(cleo, "ana", "hello")
    assert chat.unread(ana) == {"ben": 3, "cleo": 1}
    chat.conversation(ana, "cleo")
    assert chat.unread(ana) == {"ben": 3}


def test_a_limited_conversation_is_the_latest_messages_and_marks_only_those_read(chat, ana, ben):
    for n in range(5):
        chat.send(ana, "ben", f"message {n}")
    talk = chat.conversation(ben, "ana", limit=2)
    assert [m.body for m in talk] == ["message 3", "message 4"]
    assert chat.unread(ben) == {"ana": 3}


def test_markup_is_stored_as_the_text_it_is(chat, ana, ben):
    chat.send(ana, "ben", "<b>x</b><script>alert(1)</script>")
    assert chat.conversation(ben, "ana")[0].body == "<b>x</b><script>alert(1)</script>"


@pytest.mark.parametrize("body, words", [
    ("", "empty"), ("  \n\t ", "empty"), ("x" * 4001, "4,001 characters"),
    ("a\x00b", "NUL"),
])
def test_a_bad_message_is_refused_and_nothing_is_stored(ctx, chat, ana, ben, body, words):
    with pytest.raises(ValidationError, match=words):
        chat.send(ana, "ben", body)
    assert stored(ctx) == 0


def test_a_message_of_exactly_the_limit_is_sent(chat, ana, ben):
    assert len(chat.send(ana, "ben", "x" * 4000).body) == 4000


def test_sending_to_an_unknown_or_disabled_user_is_not_found(ctx, admin_actor, chat, ana, ben):
    with pytest.raises(NotFound, match="no active user 'nobody'"):
        chat.send(ana, "nobody", "hello")
    set_active(ctx.db, admin_actor, "ben", False)
    with pytest.raises(NotFound, match="'ben'"):
        chat.send(ana, "ben", "hello")
    assert stored(ctx) == 0


def test_sending_to_yourself_is_refused(ctx, chat, ana):
    with pytest.raises(ValidationError, match="yourself"):
        chat.send(ana, "ana", "note to self")
    assert stored(ctx) == 0


def test_a_bad_ticket_number_is_refused(ctx, chat, ana, ben):
    with pytest.raises(ValidationError, match="ticket number"):
        chat.send(ana, "ben", "about", ticket_id=0)
    assert stored(ctx) == 0


@pytest.mark.parametrize("actor", [Actor("token", "kiosk", Role.ADMIN, 7),
                                   Actor.system("cli"),
                                   Actor("user", "ghost", Role.STAFF, None)])
def test_only_a_person_chats(chat, ana, ben, actor):
    for call in (lambda: chat.send(actor, "ben", "hi"), lambda: chat.unread(actor),
                 lambda: chat.conversation(actor, "ben"), lambda: chat.people(actor),
                 lambda: chat.presence(actor), lambda: chat.heartbeat(actor)):
        with pytest.raises(PermissionDenied, match="chat needs a person"):
            call()


def test_a_message_is_announced_after_commit_with_names_not_text(ctx, chat, ana, ben):
    received = collect(ctx.bus, "chat.message")
    info = chat.send(ana, "ben", "secret plans")
    assert [e.payload for e in received] == [{"id": info.id, "from": "ana", "to": "ben"}]
    with pytest.raises(ValidationError):
        chat.send(ana, "ben", "")
    assert len(received) == 1


def test_people_lists_everyone_else_by_name_with_presence_and_unread(
        ctx, admin_actor, chat, ana, ben):
    person(ctx, admin_actor, "zoe", "Abril Zoe")
    chat.send(ben, "ana", "ping")
    chat.heartbeat(ben)
    people = chat.people(ana)
    assert [(p.username, p.display_name, p.online, p.unread) for p in people] == [
        ("zoe", "Abril Zoe", False, 0), ("ben", "Ben Ortega", True, 1)]


def set_last_seen(ctx, actor, seconds_ago: float) -> None:
    with ctx.db.unit_of_work() as session:
        session.execute(update(UserPresence).where(UserPresence.user_id == actor.id)
                        .values(last_seen=utcnow() - timedelta(seconds=seconds_ago)))


def test_online_means_a_heartbeat_within_the_last_90_seconds(ctx, chat, ana, ben):
    assert chat.presence(ana) == {"ana": False, "ben": False}
    chat.heartbeat(ben)
    assert chat.presence(ana) == {"ana": False, "ben": True}
    set_last_seen(ctx, ben, 85)
    assert chat.presence(ana)["ben"] is True
    set_last_seen(ctx, ben, 95)
    assert chat.presence(ana)["ben"] is False


def test_coming_online_and_signing_off_are_announced_once(ctx, chat, ana, ben):
    received = collect(ctx.bus, "chat.presence")
    chat.heartbeat(ben)
    chat.heartbeat(ben)  # still online: nothing new to say
    set_last_seen(ctx, ben, 120)
    chat.heartbeat(ben, "api")  # back after a silence
    chat.sign_off(ben)
    chat.sign_off(ben)  # already off
    assert [e.payload for e in received] == [
        {"user": "ben", "online": True}, {"user": "ben", "online": True},
        {"user": "ben", "online": False}]
    assert chat.presence(ana)["ben"] is False


def test_a_bad_client_name_is_refused(chat, ana):
    with pytest.raises(ValidationError, match="client"):
        chat.heartbeat(ana, "x" * 21)
