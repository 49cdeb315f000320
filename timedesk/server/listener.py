"""The HTTP listener as the GUI and `timedesk serve` run it: start, stop, restart, state.

Qt-free: the main window shows `state`/`url`/`error` through an `on_state_change` callback.
A bind failure (port in use, no permission, unknown address) never raises out of `start()`:
the listener is just a part of the app, and the rest must stay usable while the person picks
another port.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Literal

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server.addresses import GUI_PORT_ADVICE, bind_failure_message, format_url, public_url
from timedesk.server.app import create_app
from timedesk.server.keys import OPEN_STREAMS
from timedesk.server.slow_clients import CONNECTION_BUDGET, handler_args
from timedesk.server.streams import OpenStreams
from timedesk.server.tls import tls_context

log = logging.getLogger(__name__)

State = Literal["stopped", "listening", "failed"]
# Long enough for a normal request to finish, short enough that quitting does not feel stuck;
# open streams are ended by the application's on_shutdown hook before this counts.
SHUTDOWN_TIMEOUT_SECONDS = 2.0


class Listener:
    def __init__(self, ctx: AppContext, *,
                 app_factory: Callable[[AppContext], web.Application] = create_app,
                 port_advice: str = GUI_PORT_ADVICE) -> None:
        self.ctx = ctx
        self.state: State = "stopped"
        self.url: str | None = None
        self.error: str | None = None
        self.host: str | None = None
        self.port: int | None = None  # the actual port (read back when 0 was asked for)
        self.scheme = "http"  # https with listener.tls_cert and listener.tls_key
        self.on_state_change: list[Callable[[Listener], None]] = []
        self._app_factory = app_factory
        self._port_advice = port_advice
        self._runner: web.AppRunner | None = None
        self._lock = asyncio.Lock()  # a double click on "Apply" must not start two servers

    @property
    def app(self) -> web.Application | None:
        return self._runner.app if self._runner is not None else None

    @property
    def streams(self) -> OpenStreams | None:
        """Registry of the running application's open streams (see server/streams.py)."""
        app = self.app
        return app[OPEN_STREAMS] if app is not None else None

    @property
    def public_url(self) -> str | None:
        """The URL other machines use, while listening."""
        if self.state != "listening" or self.host is None or self.port is None:
            return None
        return public_url(self.ctx.settings, self.host, self.port, self.scheme)

    async def start(self, host: str, port: int) -> State:
        """Listen on host:port (0 = any free port); if already listening, move there."""
        async with self._lock:
            await self._stop_running()
            await self._start(host, port)
        return self.state

    async def stop(self) -> None:
        async with self._lock:
            await self._stop_running()
            self._set(state="stopped", url=None, error=None)

    async def restart(self, host: str, port: int) -> State:
        """Stop, then listen again (e.g. after the Settings dialog changed host or port)."""
        return await self.start(host, port)

    async def _start(self, host: str, port: int) -> None:
        runner: web.AppRunner | None = None
        try:
            ssl_context = tls_context(self.ctx.settings)
        except ValueError as exc:  # a certificate that cannot be used: say which and why
            log.error("listener: %s", exc)
            self._set(state="failed", url=None, error=str(exc))
            return
        try:
            runner = web.AppRunner(self._app_factory(self.ctx),
                                   shutdown_timeout=SHUTDOWN_TIMEOUT_SECONDS,
                                   **handler_args(self.ctx.settings))
            await runner.setup()
            if CONNECTION_BUDGET in runner.app:
                assert runner.server is not None  # made by setup()
                runner.app[CONNECTION_BUDGET].watch(runner.server)
            await web.TCPSite(runner, host, port, ssl_context=ssl_context).start()
        except OSError as exc:
            await self._discard(runner)
            message = bind_failure_message(host, port, exc, self._port_advice)
            log.error("listener: %s", message)
            self._set(state="failed", url=None, error=message)
            return
        except Exception as exc:  # a broken route module: the rest of the app must still run
            log.exception("listener: could not start on %s:%s", host, port)
            await self._discard(runner)
            self._set(state="failed", url=None,
                      error=f"the listener could not start ({type(exc).__name__}); see the log")
            return
        self._runner = runner
        self.host, self.port = host, int(runner.addresses[0][1])
        self.scheme = "https" if ssl_context is not None else "http"
        self._set(state="listening", url=format_url(host, self.port, self.scheme), error=None)
        log.info("listener: listening on %s", self.url)

    async def _stop_running(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        await self._discard(runner)
        log.info("listener: stopped (was %s)", self.url)
        self.host = self.port = None

    @staticmethod
    async def _discard(runner: web.AppRunner | None) -> None:
        if runner is None:
            return
        try:
            await runner.cleanup()
        except Exception:
            log.exception("listener: error while stopping")

    def _set(self, *, state: State, url: str | None, error: str | None) -> None:
        changed = (state, url, error) != (self.state, self.url, self.error)
        self.state, self.url, self.error = state, url, error
        if not changed:
            return
        for callback in list(self.on_state_change):
            try:
                callback(self)
            except Exception:  # a broken status bar must not break the listener
                log.exception("listener: on_state_change callback failed")
