"""The mail outbox worker, registered to run beside the GUI and `timedesk serve`."""

from __future__ import annotations

from typing import Any

from timedesk.mail.worker import OutboxWorker
from timedesk.workers import register_worker


def build_outbox_worker(ctx: Any) -> OutboxWorker:
    return OutboxWorker(ctx.db, ctx.settings, ctx.secrets, ctx.bus)


register_worker("mail.outbox", build_outbox_worker, order=10)
