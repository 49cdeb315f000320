"""The Clockify workers that run beside the GUI and `timedesk serve`: the overtime monitor of
running sessions, the e-mail notices of session events and the scheduled weekly/monthly reports.
"""

from __future__ import annotations

import asyncio
from typing import Any

from timedesk.clockify.monitor import OvertimeMonitor
from timedesk.clockify.notices import ClockifyNotices
from timedesk.clockify.schedule import ReportScheduler
from timedesk.workers import register_worker


class NoticesWorker:
    """ClockifyNotices with a stop that waits for the queued notices off the event loop."""

    def __init__(self, ctx: Any) -> None:
        self.notices = ClockifyNotices(ctx.db, ctx.bus, ctx.settings)

    @property
    def running(self) -> bool:
        return self.notices.running

    def start(self) -> None:
        self.notices.start()

    async def stop(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.notices.stop)


def build_scheduler(ctx: Any) -> ReportScheduler:
    return ReportScheduler(ctx.db, ctx.bus, ctx.settings,
                           reports_dir=ctx.paths.reports_dir / "clockify")


register_worker("clockify.overtime", lambda ctx: OvertimeMonitor(ctx.db, ctx.bus, ctx.settings),
                order=20)
register_worker("clockify.notices", NoticesWorker, order=30)
register_worker("clockify.reports", build_scheduler, order=40)
