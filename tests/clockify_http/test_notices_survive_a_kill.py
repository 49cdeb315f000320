"""Notices survive `kill -9`: a real `timedesk serve` (mail on, a real SMTP server) takes a
burst of start+stop pairs from 20 clients and is killed once a given number of sessions are
stopped; after a restart has processed what was left pending, every change stored has its
notice in the outbox exactly once, and users who opted out have none. Each notice is written
in the transaction of its change, so the kill point does not matter; three points are tried."""

from __future__ import annotations

import asyncio
import collections
import json
import re
import signal
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select

from timedesk.auth.permissions import Actor
from timedesk.clockify import backfill, webhooks
from timedesk.clockify.models import PENDING, ClockifyDelivery, ClockifySession, ClockifyUser
from timedesk.mail.models import OutboxMail

sys.path.insert(0, str(Path(__file__).parent.parent / "mail"))  # its SMTP server
from serve_support import start_serve  # noqa: E402
from smtp_helpers import SmtpServer, free_port  # noqa: E402

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]

CLIENTS = 20
PAIRS = 3  # per client: 60 start+stop pairs in all
OPTED_OUT = 0  # this client's user has notices off
EVENTS = ("NEW_TIMER_STARTED", "TIMER_STOPPED")
T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=4)  # no overtime
KEY = re.compile(r"^clockify:session:(\d+):event:\d+:(\w+)$")


@pytest.fixture
def smtp_server():
    server = SmtpServer(free_port()).start()
    yield server
    server.stop()


def token_of(event: str) -> str:
    return f"kill-{event.lower()}-5f1e9c2a7b3d4e6f8a9b"


def user_id(client: int) -> str:
    return f"{client + 1:024x}"


def body(client: int, pair: int, stopped: bool) -> bytes:
    start = T0 + timedelta(minutes=client * 7 + pair * 50)
    end = start + timedelta(minutes=47) if stopped else None
    return json.dumps({
        "id": f"{client:04x}{pair:020x}", "description": "Soporte", "userId": user_id(client),
        "workspaceId": "625cf4a6a7d9d34012f70de2", "currentlyRunning": end is None,
        "timeInterval": {"start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "end": end.strftime("%Y-%m-%dT%H:%M:%SZ") if end else None,
                         "duration": "PT47M" if end else None},
        "user": {"id": user_id(client), "name": f"Persona {client}", "status": "ACTIVE"},
    }).encode()


async def burst(url: str) -> None:
    """Each client sends its pairs in order, each request after the answer to the one before;
    a client stops at the first failure (the server was killed)."""

    async def client(number: int, session: aiohttp.ClientSession) -> None:
        for pair in range(PAIRS):
            for step, event in enumerate(EVENTS):
                headers = {"Content-Type": "application/json",
                           "clockify-signature": token_of(event),
                           "clockify-webhook-event-type": event}
                try:
                    async with session.post(url + "/webhooks/clockify", headers=headers,
                                            data=body(number, pair, step == 1)) as answer:
                        await answer.read()
                        if answer.status != 200:
                            return
                except (TimeoutError, aiohttp.ClientError):
                    return

    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(client(n, session) for n in range(CLIENTS)))


def stopped_sessions(db) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(ClockifySession)
                              .where(ClockifySession.running.is_(False))) or 0


def pending_deliveries(db) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(ClockifyDelivery)
                              .where(ClockifyDelivery.status == PENDING)) or 0


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def expected_and_queued(db) -> tuple[set, collections.Counter]:
    """The (session id, template) every stored session calls for, and the outbox's count of
    each (session id, template) it holds."""
    with db.session_factory() as session:
        rows = session.execute(select(ClockifySession.id, ClockifySession.running,
                                      ClockifyUser.clockify_id)
                               .join(ClockifyUser, ClockifyUser.id == ClockifySession.user_id))
        expected = set()
        for session_id, running, clockify_user in rows:
            if clockify_user == user_id(OPTED_OUT):
                continue
            expected.add((session_id, "session_started"))
            if not running:
                expected.add((session_id, "session_stopped"))
        keys = session.scalars(select(OutboxMail.idempotency_key))
        queued = collections.Counter((int(m[1]), m[2]) for m in map(KEY.match, keys))
    return expected, queued


@pytest.mark.parametrize("kill_after", [5, 20, 40])
def test_every_stored_session_change_has_its_notice_after_a_kill(ctx, env, smtp_server,
                                                                 kill_after):
    actor = Actor.system("test")
    for event in EVENTS:
        webhooks.add_webhook(ctx.db, actor, event, token_of(event))
    backfill.import_members(ctx.db, ctx.bus, [
        {"id": user_id(n), "name": f"Persona {n}", "email": f"persona{n}@oficina.example"}
        for n in range(CLIENTS)])
    with ctx.db.unit_of_work() as session:
        session.execute(ClockifyUser.__table__.update()
                        .where(ClockifyUser.clockify_id == user_id(OPTED_OUT))
                        .values(notify=False))
    env = env | {"TIMEDESK_MAIL_ENABLED": "true", "TIMEDESK_SMTP_HOST": "127.0.0.1",
                 "TIMEDESK_SMTP_PORT": str(smtp_server.port), "TIMEDESK_SMTP_SECURITY": "none",
                 "TIMEDESK_SMTP_FROM_ADDRESS": "timedesk@oficina.example"}

    child, url = start_serve(env)
    try:
        load = threading.Thread(target=asyncio.run, args=(burst(url),), daemon=True)
        load.start()
        assert wait_until(lambda: stopped_sessions(ctx.db) >= kill_after, 60), \
            "the sessions were not stopped in time"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        load.join(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()

    child, url = start_serve(env)  # processes what the killed one left pending
    try:
        assert wait_until(lambda: pending_deliveries(ctx.db) == 0, 60)
        child.send_signal(signal.SIGTERM)
        assert child.wait(15) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()

    expected, queued = expected_and_queued(ctx.db)
    assert len(expected) >= kill_after  # (sessions of the opted-out user have none)
    doubled = {key: n for key, n in queued.items() if n > 1}
    assert not doubled, f"notices queued twice: {doubled}"
    missing = expected - set(queued)
    assert not missing, f"{len(missing)} of {len(expected)} notices lost: {sorted(missing)[:10]}"
    assert set(queued) == expected  # and none for the user who opted out
