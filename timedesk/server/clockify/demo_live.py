"""The demo's live Clockify session: while the setting `clockify.demo_live` is on, the listener
plays what Clockify would send when someone starts a timer and stops it, so that a newcomer
sees a session arrive in the Clockify tab without a Clockify account.

The deliveries go the way a webhook's do once its token is checked: stored in the inbox by the
intake, then processed (a session starts, then stops; the bus tells the GUI). They carry no
webhook id and no token: nothing is registered that could be guessed from outside, and nothing
is sent over the network. Each start of the listener plays one new session of a demo member
(timedesk.clockify.demo) with an entry id of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncIterator

from aiohttp import web

from timedesk.clockify import demo, inbox, topics
from timedesk.db.base import utcnow
from timedesk.server.clockify.intake import INTAKE
from timedesk.server.keys import CONTEXT

log = logging.getLogger(__name__)

START_AFTER_S = 8.0       # the window is up and showing its lists by then
RUNS_FOR_S = 10 * 60.0    # long enough to be seen running, short enough to be seen stopping
MEMBER = demo.MEMBERS[1]
DESCRIPTION = "Atención en mostrador (demo en directo)"
DEMO_HEADERS = {"x-timedesk-demo": "live session"}


async def play(app: web.Application, start_after: float, runs_for: float) -> str:
    """Start a demo timer after `start_after` seconds and stop it `runs_for` seconds later;
    returns the entry's Clockify id."""
    intake = app[INTAKE]
    clockify_id = "64d0c0ffee" + secrets.token_hex(7)  # 24 hex digits, as Clockify's
    await asyncio.sleep(start_after)
    start = utcnow().replace(microsecond=0)
    for event in (topics.TIMER_STARTED, topics.TIMER_STOPPED):
        minutes = None
        if event == topics.TIMER_STOPPED:
            await asyncio.sleep(runs_for)
            minutes = max(1, round((utcnow() - start).total_seconds() / 60))
        body = demo.entry_body(clockify_id, MEMBER, start, minutes, DESCRIPTION)
        stored = await intake.store(inbox.Arrival(event, dict(DEMO_HEADERS), body))
        intake.processor.queue(stored.delivery_id)
        log.info("demo: Clockify %s of %s played (delivery %s)", event, MEMBER["name"],
                 stored.delivery_id)
    return clockify_id


async def demo_live_ctx(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx (after the intake's): plays the session while the application runs, when the
    setting is on at its start; a stop of the listener cancels what is left to play."""
    task = None
    if app[CONTEXT].settings["clockify.demo_live"]:
        task = asyncio.create_task(play(app, START_AFTER_S, RUNS_FOR_S),
                                   name="timedesk-clockify-demo-live")
        task.add_done_callback(_log_failure)
    yield
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("demo: the live Clockify session could not be played: %s", task.exception())
