"""Fixtures and helpers of the reception, ticket and kiosk tests (imported by those modules,
so that the folder's conftest stays free for everyone): a job runner and a bus that call back
on the test's qasync loop (as in the application), the app's look, polling, services."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

SHOTS = Path("/tmp/shots")
SPANISH_SERVICES = (("A", "Registro", "#1565c0"), ("B", "Pagos", "#2e7d32"),
                    ("C", "Información", "#f9a825"), ("D", "Empadronamiento", "#6a1b9a"))


async def eventually(condition: Callable[[], object], timeout: float = 10.0,
                     interval: float = 0.02) -> None:
    """Poll `condition` on the running loop (never qtbot.wait* inside a coroutine)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


@pytest.fixture
def reception_look(qapp):
    """The application's fonts, style and stylesheet (without them offscreen glyphs are boxes)."""
    from timedesk.ui.appearance import apply_appearance

    qapp.setQuitOnLastWindowClosed(False)
    apply_appearance(qapp)
    return qapp


@pytest.fixture
async def ui_services(ctx, reception_look):
    """UI services whose jobs report on the test's loop; the bus delivers on the loop too."""
    from timedesk.jobs import JobRunner
    from timedesk.ui.services import UiServices

    ctx.bus.set_dispatcher(asyncio.get_running_loop().call_soon_threadsafe)
    jobs = JobRunner(dispatcher=asyncio.get_running_loop().call_soon_threadsafe)
    yield UiServices(jobs=jobs)
    jobs.shutdown(wait=True)
    ctx.bus.set_dispatcher(lambda call: call())


def add_services(ctx, actor, rows=SPANISH_SERVICES[:1], **extra) -> None:
    from timedesk.turns.setup import add_service

    for code, name, colour in rows:
        add_service(ctx.db, ctx.bus, actor, code=code, name=name, colour=colour, **extra)


def closed_hours() -> str:
    """Opening hours that do not include the present local time."""
    now = datetime.now().astimezone()
    start = (now + timedelta(hours=3)).replace(minute=0)
    if start.hour >= 22 or start.hour < 2:
        return "03:00-04:00" if not 3 <= now.hour < 4 else "05:00-06:00"
    return f"{start:%H}:00-{start.hour + 1:02d}:00"


def shown(qtbot, widget, width: int = 1400, height: int = 900):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    widget.activateWindow()
    return widget


async def activated(widget) -> None:
    """Make `widget`'s window the active one (window shortcuts only work there); offscreen,
    activation only takes once the window is exposed."""
    from PySide6.QtWidgets import QApplication

    await eventually(lambda: widget.windowHandle() is not None and widget.windowHandle().isExposed())
    widget.activateWindow()
    await eventually(lambda: QApplication.activeWindow() is widget.window())


def save_shot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    assert widget.grab().save(str(path)), path
    return path
