"""Fixtures of the Clockify tab tests: polling on the qasync loop, a job runner and a bus that
call back on the test's loop (as in the application), and a sessions view kept alive."""

from __future__ import annotations

import asyncio

import pytest
from qt_fixtures import app_stays_open, eventually  # noqa: F401


@pytest.fixture
async def services():
    """UI services whose job runner reports on the test's loop; the bus calls subscribers on
    the loop too, as the application sets it up."""
    from timedesk.jobs import JobRunner
    from timedesk.ui.services import UiServices

    jobs = JobRunner(dispatcher=asyncio.get_running_loop().call_soon_threadsafe)
    yield UiServices(jobs=jobs)
    jobs.shutdown(wait=True)


@pytest.fixture
async def gui_bus(ctx):
    ctx.bus.set_dispatcher(asyncio.get_running_loop().call_soon_threadsafe)
    yield ctx.bus
    ctx.bus.set_dispatcher(lambda call: call())


@pytest.fixture
def keep(qtbot):
    """keep(widget): show it, close it after the test and hold a strong reference."""
    kept = []

    def add(widget):
        qtbot.addWidget(widget)
        kept.append(widget)
        widget.resize(1100, 720)
        widget.show()
        return widget

    return add


@pytest.fixture
def make_view(ctx, gui_bus, services, keep):
    """make_view(actor=MANAGER): a sessions view on the test's database, shown."""
    from clockify_ui_helpers import MANAGER

    from timedesk.ui.clockify.sessions_view import ClockifySessionsView

    def make(actor=MANAGER):
        return keep(ClockifySessionsView(ctx.db, ctx.bus, actor, services.jobs))

    return make
