"""The stand-alone lobby display process (`timedesk display`): no sign-in, no listener; one
QApplication, one qasync loop, the remote event feed, and the display window full screen on
the chosen monitor. It quits on Ctrl+Shift+Q, SIGINT or SIGTERM, cleaning up inside the loop
(after aboutToQuit the loop has stopped and nothing awaited runs)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class DisplayOptions:
    screen: int | None = None
    windowed: bool = False
    name: str = "lobby"
    verbose: bool = False


async def amain(ctx: Any, options: DisplayOptions) -> int:
    from timedesk.runtime import running_parts
    from timedesk.ui.gui_process import gui_process
    from timedesk.ui.turns.announcer import make_announcer
    from timedesk.ui.turns.display_window import DisplayWindow

    async with gui_process(ctx) as quit_event:
        speech = ctx.settings["turns.display_speech"]
        window = DisplayWindow(ctx, make_announcer(speech), name=options.name,
                               speech_language=speech)
        window.quitRequested.connect(quit_event.set)
        try:
            window.show_on_screen(options.screen, windowed=options.windowed)
            async with running_parts(ctx, feed=True, workers=False):
                log.info("lobby display %r shown (%s)", options.name, ctx.db.description)
                await quit_event.wait()
                window.hide()  # at once: stopping the feed may take a moment
            return 0
        finally:
            window.deleteLater()
            log.info("lobby display stopped")


def run_display(options: DisplayOptions) -> int:
    from timedesk.ui.gui_process import run_standalone

    return run_standalone("display", options.verbose, lambda ctx: amain(ctx, options))
