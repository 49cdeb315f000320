"""Background workers that run beside every long-running face (the GUI, `timedesk serve`):
the mail outbox, the Clockify overtime monitor, its e-mail notices and its scheduled reports,
the help desk's housekeeping (SLA breaches, closing resolved tickets).

`worker_specs()` lists them, in start order, with plain imports (lazy: the domains load only
when a face starts its workers). A factory `factory(ctx)` returns a `Worker` (coroutine
methods `start()` and `stop()`), or None when it has nothing to do on this machine. `start_workers()` never raises: a worker that cannot start is logged and
skipped, and the others run. Every worker is safe to run on several PCs at once (claims and
idempotency keys in the database).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)

STOP_SECONDS = 10.0


class Worker(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass(frozen=True)
class WorkerSpec:
    name: str
    factory: Callable[[Any], Worker | None]  # (AppContext) -> the worker, or None


def worker_specs() -> list[WorkerSpec]:
    """The shipped workers in start order (stopped in reverse)."""
    from timedesk.clockify.monitor import OvertimeMonitor
    from timedesk.clockify.notices import ClockifyNotices
    from timedesk.clockify.schedule import ReportScheduler
    from timedesk.mail.worker import OutboxWorker
    from timedesk.tickets.housekeeping import TicketHousekeeper
    from timedesk.tickets.service import HelpDesk

    return [
        WorkerSpec("mail.outbox", lambda ctx: OutboxWorker(ctx.db, ctx.settings, ctx.secrets,
                                                           ctx.bus)),
        WorkerSpec("clockify.overtime", lambda ctx: OvertimeMonitor(ctx.db, ctx.bus, ctx.settings)),
        WorkerSpec("clockify.notices", lambda ctx: ClockifyNotices(ctx.db, ctx.bus, ctx.settings)),
        WorkerSpec("clockify.reports",
                   lambda ctx: ReportScheduler(ctx.db, ctx.bus, ctx.settings,
                                               reports_dir=ctx.paths.reports_dir / "clockify")),
        WorkerSpec("tickets.housekeeping",
                   lambda ctx: TicketHousekeeper(HelpDesk(ctx.db, ctx.bus, ctx.settings))),
    ]


@dataclass
class RunningWorker:
    name: str
    worker: Worker


async def start_workers(ctx: Any, only: set[str] | None = None,
                        specs: Iterable[WorkerSpec] | None = None) -> list[RunningWorker]:
    """Build and start `specs` (default: worker_specs()), or those of them named in `only`, in
    order; never raises."""
    started: list[RunningWorker] = []
    for spec in worker_specs() if specs is None else specs:
        if only is not None and spec.name not in only:
            continue
        try:
            worker = spec.factory(ctx)
            if worker is None:  # the module decided it has nothing to do here
                continue
            await worker.start()
        except Exception:
            log.exception("background worker %s could not start", spec.name)
            continue
        log.info("background worker %s started", spec.name)
        started.append(RunningWorker(spec.name, worker))
    return started


async def stop_workers(running: list[RunningWorker], seconds: float = STOP_SECONDS) -> None:
    """Stop the workers in reverse order, each bounded by `seconds`; never raises."""
    for item in reversed(running):
        try:
            await asyncio.wait_for(item.worker.stop(), seconds)
        except TimeoutError:
            log.warning("background worker %s did not stop within %.0f s", item.name, seconds)
        except Exception:
            log.exception("background worker %s failed while stopping", item.name)
    running.clear()
