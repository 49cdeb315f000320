"""E-mail notices of the session log (those of the legacy webhook service, without its defects).

`ClockifyNotices` queues one mail per clockify.session.* event and template in the outbox, in
the very transaction that changes the session and publishes the event (a transactional outbox):
a change and its notice are committed together or not at all, so a process killed at any moment
loses no notice, and nothing waits in memory. Started, stopped, created by hand and edited go to
the user (when their e-mail is known, notices are on and they are active); deleted and overtime
go to the user and coordination (mail.coordination); under review goes to coordination only;
a decision (approved or rejected, with its note) goes to the user. A person opts out of all of
these with their Clockify user's notices flag (ClockifyUser.notify, the Users page's "e-mail
notices"). Back-filled entries (cause BACKFILL) send nothing. The idempotency key holds the
session and the event id.

Notices are queued only while mail.enabled and clockify.notices_enabled are on, judged when the
change commits: switching mail on later does not flood people with stale notices. The mails of
one transaction are written by one INSERT just before its commit, with one mail.queued event.
Every process that changes sessions runs it (the GUI and `timedesk serve` as a worker, the CLI's
`clockify reprocess` while it runs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from timedesk.clockify import topics
from timedesk.clockify.models import ClockifySession, ClockifyUser
from timedesk.clockify.notice_text import notice_values
from timedesk.clockify.views import SessionInfo
from timedesk.db.database import Database
from timedesk.events.bus import Event, EventBus
from timedesk.mail import QueuedMail, enqueue_many, recipients, render
from timedesk.office import office_zone

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
    topics.SESSION_DECIDED: ("session_decided", USER),
}


def notice_key(event: Event, template: str) -> str:
    return f"clockify:session:{event.payload.get('session_id')}:event:{event.id}:{template}"


def notice_of(session: Session, settings: Any, event: Event) -> QueuedMail | None:
    """The mail `event` calls for, read in the transaction that published it; None if none."""
    if not settings["mail.enabled"] or not settings["clockify.notices_enabled"]:
        return None
    payload, planned = event.payload or {}, PLAN.get(event.topic)
    cause = payload.get("cause")
    if planned is None or cause == topics.BACKFILL:
        return None
    template, audience = planned
    if event.topic == topics.SESSION_CREATED and cause != topics.ENTRY_CREATED:
        return None  # a restore, or an edit of an unseen entry (coordination hears of those)
    # both rows are in the transaction's identity map: no query on the writer's hot path
    row = session.get(ClockifySession, payload.get("session_id"))
    if row is None:
        return None
    user = session.get(ClockifyUser, row.user_id) if row.user_id is not None else None
    info = SessionInfo.of(row, user)
    to = recipients(user.email if user else None,
                    bool(user and user.notify and user.active and audience != COORDINATION),
                    settings["mail.coordination"], audience != USER)
    if not to:
        return None
    lang = settings["clockify.notice_language"]
    values = notice_values(session, info, event, lang, settings["clockify.overtime_hours"],
                           office_zone(settings))
    mail = render(template, lang, **values)
    return QueuedMail(notice_key(event, template), to, mail.subject, mail.text, mail.html, lang)


class ClockifyNotices:
    """Once attached, every transaction of `db` that publishes clockify.session.* events also
    queues their notices, just before it commits; `detach()` ends that. Qt-free, no thread;
    as a background worker, `start()` attaches and `stop()` detaches."""

    _DONE = "timedesk_clockify_notices_done"  # event ids whose notices this session queued

    def __init__(self, db: Database, bus: EventBus, settings: Any) -> None:
        self.db, self.bus, self.settings = db, bus, settings
        self._stop: Callable[[], None] | None = None

    @property
    def running(self) -> bool:
        return self._stop is not None

    def attach(self) -> None:
        if self._stop is not None:
            return
        # insert=True: before the bus's own hook, which sends the NOTIFY of every event of the
        # transaction, mail.queued included
        self._stop = self.db.on_session("before_commit", self._before_commit, insert=True)

    def detach(self) -> None:
        if self._stop is not None:
            self._stop()
            self._stop = None

    async def start(self) -> None:
        """As a background worker (timedesk.workers): attach."""
        self.attach()

    async def stop(self) -> None:
        self.detach()

    def _before_commit(self, session: Session) -> None:
        done = session.info.setdefault(self._DONE, set())  # a second instance queues nothing
        mails = []
        for event in self.bus.published(session):
            if event.id in done or event.topic not in PLAN:
                continue
            done.add(event.id)
            try:
                mail = notice_of(session, self.settings, event)
            except Exception:  # a notice that cannot be written must not undo the change
                log.exception("clockify notice for %s #%s could not be written", event.topic,
                              event.id)
                continue
            if mail is not None:
                mails.append(mail)
        if mails:
            enqueue_many(session, mails, bus=self.bus)
