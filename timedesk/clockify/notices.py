"""E-mail notices of the session log (the seed's notices, without its defects).

`ClockifyNotices` listens to clockify.session.* events and queues one mail per event and
template in the outbox: started, stopped, created by hand and edited go to the user (when their
e-mail is known, notices are on and they are active); deleted and overtime go to the user and
coordination (mail.coordination); under review goes to coordination only. Decisions and
back-filled entries (cause BACKFILL) send nothing. The idempotency key holds the session and the
event id, so an event delivered twice (or to two workstations) queues one mail.

Notices are queued only while mail.enabled and clockify.notices_enabled are on: switching mail
on later does not flood people with stale notices. The bus calls subscribers on the event loop
(GUI, serve), so the subscriber only hands the event to a worker thread that reads the session
and queues the mail in one short transaction.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from sqlalchemy import select

from timedesk.clockify import topics
from timedesk.clockify.models import ClockifySession, ClockifyUser
from timedesk.clockify.notice_text import notice_values
from timedesk.clockify.report_periods import office_zone
from timedesk.clockify.views import SessionInfo
from timedesk.db.database import Database
from timedesk.events.bus import Event, EventBus
from timedesk.mail import enqueue, recipients, render

log = logging.getLogger(__name__)

USER, USER_AND_COORDINATION, COORDINATION = "user", "user+coordination", "coordination"
# topic -> (template, audience); "created" notices only entries made by hand
PLAN: dict[str, tuple[str, str]] = {
    topics.SESSION_STARTED: ("session_started", USER),
    topics.SESSION_STOPPED: ("session_stopped", USER),
    topics.SESSION_CREATED: ("session_created_manually", USER),
    topics.SESSION_EDITED: ("session_edited", USER),
    topics.SESSION_DELETED: ("session_deleted", USER_AND_COORDINATION),
    topics.SESSION_OVERTIME: ("overtime", USER_AND_COORDINATION),
    topics.SESSION_UNDER_REVIEW: ("session_under_review", COORDINATION),
}


def notice_key(event: Event, template: str) -> str:
    return f"clockify:session:{event.payload.get('session_id')}:event:{event.id}:{template}"


def queue_notice(db: Database, bus: EventBus | None, settings: Any, event: Event) -> bool:
    """Queue the mail `event` calls for, if any; True when a mail was queued now."""
    if not settings["mail.enabled"] or not settings["clockify.notices_enabled"]:
        return False
    payload, planned = event.payload or {}, PLAN.get(event.topic)
    cause = payload.get("cause")
    if planned is None or cause == topics.BACKFILL:
        return False
    template, audience = planned
    if event.topic == topics.SESSION_CREATED and cause != topics.ENTRY_CREATED:
        return False  # a restore, or an edit of an unseen entry (coordination hears of those)
    session_id = payload.get("session_id")
    lang = settings["clockify.notice_language"]
    with db.unit_of_work() as session:
        found = session.execute(select(ClockifySession, ClockifyUser)
                                .outerjoin(ClockifyUser, ClockifyUser.id == ClockifySession.user_id)
                                .where(ClockifySession.id == session_id)).first()
        if found is None:
            return False
        info = SessionInfo.of(*found)
        user = info.user
        to = recipients(user.email if user else None,
                        bool(user and user.notify and user.active and audience != COORDINATION),
                        settings["mail.coordination"], audience != USER)
        if not to:
            return False
        values = notice_values(session, info, event, lang, settings["clockify.overtime_hours"],
                               office_zone(settings["clockify.report_timezone"]))
        mail = render(template, lang, **values)
        return enqueue(session, notice_key(event, template), to, mail.subject, mail.text,
                       html=mail.html, language=lang, bus=bus)


class ClockifyNotices:
    """Subscribes to clockify.session.* on `start()`; `stop()` unsubscribes and finishes the
    notices already handed over. Qt-free; one worker thread keeps notices in event order."""

    def __init__(self, db: Database, bus: EventBus, settings: Any) -> None:
        self.db, self.bus, self.settings = db, bus, settings
        self._executor: ThreadPoolExecutor | None = None
        self._unsubscribe = None
        self._pending: set[Future] = set()
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._executor is not None

    def start(self) -> None:
        if self._executor is not None:
            return
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="timedesk-clockify-notices")
        self._unsubscribe = self.bus.subscribe("clockify.session.", self._on_event)

    def stop(self, wait_for_pending: bool = True) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=wait_for_pending, cancel_futures=not wait_for_pending)

    def drain(self, timeout_s: float = 10.0) -> bool:
        """Wait until every event handed over so far is done (tests, shutdown); True if so."""
        with self._lock:
            pending = list(self._pending)
        return not wait(pending, timeout=timeout_s).not_done

    def _on_event(self, event: Event) -> None:
        if event.topic not in PLAN or (event.payload or {}).get("cause") == topics.BACKFILL:
            return  # cheap checks on the caller's thread; the rest off it
        executor = self._executor
        if executor is None:
            return
        try:
            future = executor.submit(self._queue, event)
        except RuntimeError:  # stopping
            return
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def _queue(self, event: Event) -> None:
        try:
            if queue_notice(self.db, self.bus, self.settings, event):
                log.info("clockify notice queued for %s #%s", event.topic, event.id)
        except Exception:  # logged; the event stays in the events table for a look later
            log.exception("clockify notice for %s #%s failed", event.topic, event.id)
