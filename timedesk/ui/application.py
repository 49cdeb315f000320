"""The GUI process: one QApplication, one qasync loop, one quit event.

    run_gui() -> QApplication, fonts, style, translator, context -> qasync.run(amain())
    amain()   -> sign in, main window (the listener, event feed and workers start once the
                 first window has painted), await the quit event, clean up; signing out of
                 the window closes it and signs the next person in (the listener runs on)

The quit event is set by closing the main window, File > Quit, SIGINT/SIGTERM, or closing the
sign-in dialog. Cleanup happens inside amain, while the loop still runs (after aboutToQuit it
would be too late): stop the jobs, then the listener (short timeout), the workers and the event
feed (runtime.stop_background); gui_process then closes the database's connections.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QApplication

from timedesk import __version__
from timedesk.auth.permissions import Actor
from timedesk.errors import TimedeskError
from timedesk.jobs import JobRunner
from timedesk.ui.async_tools import spawn
from timedesk.ui.services import UiServices

log = logging.getLogger(__name__)
SIGN_OFF_S = 3.0  # seconds the chat sign-off may take when the app closes


@dataclass
class GuiOptions:
    actor: Actor | None = None  # skip signing in (the self-test)
    on_shown: Callable[[Any, asyncio.Event], Any] | None = None  # (window, quit_event)
    on_start: Callable[[asyncio.Event], Any] | None = None  # (quit_event), before signing in
    verbose: bool = False
    interactive_errors: bool = True  # False: print start-up errors instead of a dialog


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the GUI's, not a QCoreApplication
    app.setApplicationName("timedesk")
    app.setApplicationDisplayName("timedesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("timedesk")
    app.setQuitOnLastWindowClosed(False)  # the quit event decides, not the last window
    return app


def prepare_application(app: QApplication, language_setting: str,
                        theme: str = "system") -> list:
    """Fonts, style (the `theme`, see ui.theme, followed live by a ThemeFollower child of
    `app`) and translators; returns the translators (keep them alive)."""
    from timedesk.ui.appearance import ThemeFollower
    from timedesk.ui.i18n import choose_language, install_translators
    from timedesk.ui.qt_log import route_qt_messages

    route_qt_messages()
    follower = app.findChild(ThemeFollower)
    if follower is None:
        ThemeFollower(app, theme)
    else:
        follower.set_theme(theme)
    return install_translators(app, choose_language(language_setting))


def follow_theme_setting(app: QApplication, settings: Any) -> None:
    """Apply ui.theme live each time it is saved (the Settings dialog, the command line's
    `config set` in this process)."""
    from timedesk.ui.appearance import ThemeFollower

    follower = app.findChild(ThemeFollower)
    assert follower is not None, "prepare_application first"
    follower.follow_settings(settings)


async def sign_in_or_quit(db: Any, quit_event: asyncio.Event,
                          on_first_run: Callable[[Actor], object] | None = None
                          ) -> Actor | None:
    """The signed-in actor, or None if the dialog was closed or the quit event came first;
    `on_first_run(actor)` when the first administrator was created."""
    from timedesk.ui.auth.flow import sign_in

    signing_in = asyncio.ensure_future(sign_in(db, on_first_run))
    quitting = asyncio.ensure_future(quit_event.wait())
    await asyncio.wait({signing_in, quitting}, return_when=asyncio.FIRST_COMPLETED)
    quitting.cancel()
    if not signing_in.done():
        signing_in.cancel()
        await asyncio.gather(signing_in, return_exceptions=True)
        return None
    return signing_in.result()


async def amain(ctx: Any, options: GuiOptions) -> int:
    from timedesk.ui.gui_process import gui_process
    from timedesk.ui.runtime import start_after_first_paint, stop_background

    loop = asyncio.get_running_loop()
    async with gui_process(ctx) as quit_event:
        services = UiServices(jobs=JobRunner(dispatcher=loop.call_soon_threadsafe),
                              request_quit=quit_event.set)
        # The listener and the feed start once the first window has painted: importing aiohttp
        # and binding take longer than building the window, and nobody should wait for them.
        background = spawn(start_after_first_paint(ctx, services, quit_event))
        if options.on_start is not None:
            _call_hook(options.on_start, quit_event)
        window = None
        try:
            actor = options.actor or await sign_in_or_quit(ctx.db, quit_event,
                                                            _wizard_owed(ctx))
            while actor is not None:
                window = open_main_window(ctx, actor, services, quit_event)
                signed_out, new_language = asyncio.Event(), asyncio.Event()
                window.signOutRequested.connect(signed_out.set)
                window.languageChosen.connect(new_language.set)
                window.languageChosen.connect(signed_out.set)
                if options.on_shown is not None:
                    _call_hook(options.on_shown, window, quit_event)
                if not await _first_of(signed_out, quit_event):
                    return 0
                await _close_window(window)
                window.deleteLater()
                window = None
                if new_language.is_set():  # the same person, their window in their language
                    continue
                log.info("%s signed out", actor.label)
                _speak(ctx, None)  # the next person signs in in this PC's language
                actor = await sign_in_or_quit(ctx.db, quit_event)
            return 0
        finally:
            if window is not None:
                await _close_window(window)
            services.jobs.shutdown(wait=False)
            await stop_background(services, background)
            if window is not None:
                window.deleteLater()
            log.info("timedesk GUI stopped")


def open_main_window(ctx: Any, actor: Actor, services: UiServices,
                     quit_event: asyncio.Event) -> Any:
    """The main window of `actor`, shown (their tabs, their start tab)."""
    from timedesk.auth.service import user_language
    from timedesk.ui.main_window import MainWindow  # not needed to sign in

    own = user_language(ctx.db, actor.id) if actor.kind == "user" and actor.id else None
    _speak(ctx, own)
    window = MainWindow(ctx, actor, services, own)
    window.quitRequested.connect(quit_event.set)
    window.show()
    log.info("main window shown for %s", actor.label)
    from timedesk.ui.wizard.wizard import offer_setup_wizard

    offer_setup_wizard(window)  # once, after the first run on this PC
    return window


def _wizard_owed(ctx: Any) -> Callable[[Actor], None]:
    """What the first run does once the administrator exists: owe the set-up wizard."""
    from timedesk.ui.wizard.state import mark_pending

    return lambda _actor: mark_pending(ctx.paths.config_dir)


def _speak(ctx: Any, own: str | None) -> None:
    """Install the language of the person (`own`: users.language), else this PC's."""
    from timedesk.ui.i18n import person_language, switch_language

    app = QApplication.instance()
    if app is not None:
        switch_language(app, person_language(ctx.settings["ui.language"], own))


async def _first_of(signed_out: asyncio.Event, quit_event: asyncio.Event) -> bool:
    """Wait for the quit event (False) or the person signing out (True)."""
    waits = {asyncio.ensure_future(quit_event.wait()), asyncio.ensure_future(signed_out.wait())}
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    for wait in waits:
        wait.cancel()
    return not quit_event.is_set()


async def _close_window(window: Any) -> None:
    """Hide the window (and its tray icon) and sign its person off from the chat."""
    window.prepare_quit()
    window.hide()
    await _sign_off_chat(window)


async def _sign_off_chat(window: Any) -> None:
    """Others see this person offline at once (a database that does not answer within
    SIGN_OFF_S leaves it to the 90 s without a heartbeat)."""
    if window.chat is None:
        return
    try:
        await asyncio.wait_for(window.chat.panel.sign_off(), SIGN_OFF_S)
    except Exception:  # closing must go on whatever the chat says
        log.warning("could not sign off from the chat", exc_info=True)


def _call_hook(hook: Callable[..., Any], *args: Any) -> None:
    result = hook(*args)
    if asyncio.iscoroutine(result):
        spawn(result)


def open_context(paths: Any, settings: Any, options: GuiOptions) -> Any | None:
    """The AppContext, or None when the database cannot be opened and the person quits."""
    from timedesk.app import build_context
    from timedesk.ui.startup_error import QUIT, USE_SQLITE, ask_after_startup_error

    while True:
        try:
            return build_context(paths=paths, settings=settings)
        except TimedeskError as exc:
            log.error("cannot start: %s", exc)
            if not options.interactive_errors:
                print(f"timedesk: {exc}", file=sys.stderr)
                return None
            answer = ask_after_startup_error(exc, bool(settings["database.url"]))
            if answer == QUIT:
                return None
            if answer == USE_SQLITE:
                settings.set("database.url", "")


def run_gui(options: GuiOptions | None = None) -> int:
    """Open the application and run it until it quits; returns the exit code."""
    import qasync

    from timedesk.app import load_settings
    from timedesk.logs import setup_logging
    from timedesk.ui.formats import use_office_zone
    from timedesk.ui.i18n import remove_translators

    options = options or GuiOptions()
    sys.setswitchinterval(0.001)  # worker threads yield the GIL to the GUI in 1 ms, not 5
    paths, settings = load_settings()
    setup_logging(paths.log_dir, settings["log.level"], verbose=options.verbose,
                  max_bytes=settings["log.max_bytes"], backups=settings["log.backups"])
    app = create_application()
    translators = prepare_application(app, settings["ui.language"], settings["ui.theme"])
    follow_theme_setting(app, settings)
    ctx = open_context(paths, settings, options)
    if ctx is None:
        return 2
    use_office_zone(settings)  # the sign-in dialog's times too
    try:
        return int(qasync.run(amain(ctx, options)) or 0)
    finally:
        ctx.close()
        remove_translators(app, translators)
