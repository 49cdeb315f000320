"""The stand-alone punch kiosk process (`timedesk kiosk`): no sign-in; the kiosk window full
screen until a manager leaves it (their name and password), or SIGINT /
SIGTERM."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


async def amain(ctx: Any, windowed: bool) -> int:
    from timedesk.ui.gui_process import gui_process
    from timedesk.ui.punches.kiosk import PunchKiosk

    async with gui_process(ctx) as quit_event:
        window = PunchKiosk(ctx)
        window.left.connect(quit_event.set)
        try:
            window.show_kiosk(windowed=windowed)
            log.info("punch kiosk shown (%s)", ctx.db.description)
            await quit_event.wait()
            return 0
        finally:
            window.leave()
            log.info("punch kiosk stopped")


def run_kiosk(windowed: bool, verbose: bool) -> int:
    from timedesk.ui.gui_process import run_standalone

    return run_standalone("kiosk", verbose, lambda ctx: amain(ctx, windowed))
