"""A small Chrome DevTools Protocol client for the web display's tests and benchmark.

Headless Chromium (Debian's /usr/bin/chromium) runs in a throw-away profile with
`--remote-debugging-port=0`; the port it picked is read from the profile's DevToolsActivePort
file, and the browser is driven over one websocket (aiohttp's client) with flat sessions:

    async with Browser.launch() as browser:
        page = await browser.new_page(1920, 1080)
        await page.goto(url)
        await page.wait_for("document.title === 'x'")
        await page.screenshot(folder / "x.png")

Console errors and uncaught exceptions of a page are collected in `page.errors`.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--autoplay-policy=no-user-gesture-required",
    # a TV never hides its page: keep timers and frames at full speed
    "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
]


def chromium_path() -> str | None:
    """The Chromium executable, or None when it is not installed."""
    for candidate in (os.environ.get("TIMEDESK_TEST_CHROMIUM"), shutil.which("chromium"),
                      "/usr/bin/chromium", shutil.which("chromium-browser"),
                      shutil.which("google-chrome")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


class CdpError(RuntimeError):
    """The browser answered a command with an error, or a page script threw."""


class Browser:
    def __init__(self, process: subprocess.Popen, profile: tempfile.TemporaryDirectory,
                 http: aiohttp.ClientSession, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.process = process
        self._profile = profile
        self._http = http
        self._ws = ws
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future] = {}
        self._listeners: list[tuple[str, str | None, Callable[[dict], None]]] = []
        self._reader = asyncio.ensure_future(self._read())

    @classmethod
    @asynccontextmanager
    async def launch(cls, *, timeout: float = 30.0, extra_flags: list[str] | None = None):
        """Start headless Chromium; yields the connected Browser and closes it on the way out."""
        executable = chromium_path()
        if executable is None:
            raise FileNotFoundError("Chromium is not installed (apt-get install chromium)")
        profile = tempfile.TemporaryDirectory(prefix="timedesk-chromium-")
        log = open(Path(profile.name) / "chromium.log", "wb")
        process = subprocess.Popen(
            [executable, *CHROMIUM_FLAGS, *(extra_flags or []),
             f"--user-data-dir={profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        browser = None
        try:
            ws_path = await _devtools_address(Path(profile.name), process, timeout)
            http = aiohttp.ClientSession()
            try:
                ws = await http.ws_connect(f"ws://127.0.0.1:{ws_path}", max_msg_size=256 << 20,
                                           timeout=aiohttp.ClientWSTimeout(ws_close=5))
            except BaseException:
                await http.close()
                raise
            browser = cls(process, profile, http, ws)
            yield browser
        finally:
            if browser is not None:
                await browser._close()
            await _end_process(process)
            log.close()
            profile.cleanup()

    # -- protocol ------------------------------------------------------------------------------
    async def send(self, method: str, params: dict | None = None, *,
                   session_id: str | None = None, timeout: float = 15.0) -> dict:
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session_id:
            message["sessionId"] = session_id
        future = asyncio.get_running_loop().create_future()
        self._pending[message_id] = future
        try:
            await self._ws.send_str(json.dumps(message))
            return await asyncio.wait_for(future, timeout)
        finally:
            self._pending.pop(message_id, None)

    def on(self, method: str, callback: Callable[[dict], None],
           session_id: str | None = None) -> Callable[[], None]:
        """Call `callback(params)` for each `method` event (of one session, if given)."""
        entry = (method, session_id, callback)
        self._listeners.append(entry)
        return lambda: self._listeners.remove(entry) if entry in self._listeners else None

    async def _read(self) -> None:
        try:
            async for message in self._ws:
                if message.type != aiohttp.WSMsgType.TEXT:
                    continue
                data = json.loads(message.data)
                if "id" in data:
                    future = self._pending.get(data["id"])
                    if future is not None and not future.done():
                        if "error" in data:
                            future.set_exception(CdpError(str(data["error"])))
                        else:
                            future.set_result(data.get("result", {}))
                    continue
                for method, session_id, callback in list(self._listeners):
                    if method == data.get("method") and session_id in (None, data.get("sessionId")):
                        callback(data.get("params", {}))
        finally:
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(CdpError("the browser closed the connection"))

    async def _close(self) -> None:
        try:
            await self.send("Browser.close", timeout=5)
        except (TimeoutError, CdpError, ConnectionError, aiohttp.ClientError):
            pass
        await self._ws.close()
        self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)
        await self._http.close()

    # -- pages ---------------------------------------------------------------------------------
    async def new_page(self, width: int = 1920, height: int = 1080) -> Page:
        target = await self.send("Target.createTarget", {"url": "about:blank"})
        attached = await self.send("Target.attachToTarget",
                                   {"targetId": target["targetId"], "flatten": True})
        page = Page(self, attached["sessionId"], target["targetId"])
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            await page.send(method)
        await page.send("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": height, "deviceScaleFactor": 1,
                         "mobile": False})
        return page


class Page:
    def __init__(self, browser: Browser, session_id: str, target_id: str) -> None:
        self.browser = browser
        self.session_id = session_id
        self.target_id = target_id
        self.errors: list[str] = []
        browser.on("Runtime.exceptionThrown", self._exception, session_id)
        browser.on("Runtime.consoleAPICalled", self._console, session_id)
        browser.on("Log.entryAdded", self._log, session_id)

    async def send(self, method: str, params: dict | None = None, timeout: float = 15.0) -> dict:
        return await self.browser.send(method, params, session_id=self.session_id,
                                       timeout=timeout)

    async def close(self) -> None:
        await self.browser.send("Target.closeTarget", {"targetId": self.target_id})

    async def goto(self, url: str, timeout: float = 15.0) -> None:
        """Open `url` and wait for its load event."""
        loaded = asyncio.get_running_loop().create_future()
        stop = self.browser.on("Page.loadEventFired",
                               lambda _: loaded.done() or loaded.set_result(True), self.session_id)
        try:
            answer = await self.send("Page.navigate", {"url": url})
            if answer.get("errorText"):
                raise CdpError(f"cannot open {url}: {answer['errorText']}")
            await asyncio.wait_for(loaded, timeout)
        finally:
            stop()

    async def evaluate(self, expression: str) -> Any:
        """The JSON value of `expression` in the page; CdpError when it throws."""
        answer = await self.send("Runtime.evaluate", {"expression": expression,
                                                      "returnByValue": True,
                                                      "awaitPromise": True})
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise CdpError(f"{expression!r} threw: {text}")
        return answer["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 10.0,
                       interval: float = 0.05) -> Any:
        """Poll `expression` until it is truthy (its value is returned); TimeoutError after
        `timeout` seconds, with the last value in the message."""
        deadline = time.monotonic() + timeout
        value = None
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() >= deadline:
                raise TimeoutError(f"after {timeout:.0f} s {expression!r} is still {value!r}")
            await asyncio.sleep(interval)

    async def text(self, selector: str) -> str:
        return await self.evaluate(
            f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent || ''")

    async def screenshot(self, path: str | Path) -> Path:
        """Save a PNG of the page's viewport."""
        shot = await self.send("Page.captureScreenshot", {"format": "png"}, timeout=30)
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(shot["data"]))
        return target

    def _exception(self, params: dict) -> None:
        details = params.get("exceptionDetails", {})
        self.errors.append(details.get("exception", {}).get("description")
                           or details.get("text", "exception"))

    def _console(self, params: dict) -> None:
        if params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                        for a in params.get("args", [])))

    def _log(self, params: dict) -> None:
        entry = params.get("entry", {})
        # Failed requests while the server is stopped on purpose are network entries; keep
        # what the page itself got wrong (scripts, security policy).
        if entry.get("level") == "error" and entry.get("source") not in ("network",):
            self.errors.append(f"{entry.get('source')}: {entry.get('text')}")


async def _devtools_address(profile: Path, process: subprocess.Popen, timeout: float) -> str:
    """"port/devtools/browser/<id>" from DevToolsActivePort, once Chromium has written it."""
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (profile / "chromium.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"Chromium ended with code {process.returncode}: {log}")
        try:
            lines = marker.read_text().split()
        except FileNotFoundError:
            lines = []
        if len(lines) >= 2:
            return f"{lines[0]}{lines[1]}"
        await asyncio.sleep(0.05)
    raise TimeoutError(f"Chromium did not open its DevTools port within {timeout:.0f} s")


async def _end_process(process: subprocess.Popen) -> None:
    for stop in (None, process.terminate, process.kill):
        if stop is not None and process.poll() is None:
            stop()
        for _ in range(60):  # 3 s per step
            if process.poll() is not None:
                return
            await asyncio.sleep(0.05)
