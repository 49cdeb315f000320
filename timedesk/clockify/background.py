"""The Clockify workers that run beside the GUI and `timedesk serve`: the overtime monitor of
running sessions, the e-mail notices of session events (queued in the transactions of the
changes) and the scheduled weekly/monthly reports. The faces start the workers before the
listener, so no delivery is processed before its notices can be written.
"""

from __future__ import annotations

from typing import Any

from timedesk.clockify.monitor import OvertimeMonitor
from timedesk.clockify.notices import ClockifyNotices
from timedesk.clockify.schedule import ReportScheduler
from timedesk.workers import register_worker


def build_scheduler(ctx: Any) -> ReportScheduler:
    return ReportScheduler(ctx.db, ctx.bus, ctx.settings,
                           reports_dir=ctx.paths.reports_dir / "clockify")


register_worker("clockify.overtime", lambda ctx: OvertimeMonitor(ctx.db, ctx.bus, ctx.settings),
                order=20)
register_worker("clockify.notices",
                lambda ctx: ClockifyNotices(ctx.db, ctx.bus, ctx.settings), order=30)
register_worker("clockify.reports", build_scheduler, order=40)
