"""Fixtures of the punch clock's screens: UI services whose jobs and bus events come back on the
test's qasync loop (as in the app), employees linked to users, and a shown-widget keeper."""

from __future__ import annotations

import asyncio

import pytest
import qt_support


@pytest.fixture(autouse=True)
def app_stays_open(qapp):
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture
def eventually():
    """`await eventually(lambda: ...)`: poll on the running qasync loop (never qtbot.wait*)."""
    return qt_support.eventually


@pytest.fixture
async def services(ctx):
    """UiServices as the app builds them: jobs and bus subscribers report on the GUI loop."""
    from timedesk.jobs import JobRunner
    from timedesk.ui.services import UiServices

    loop = asyncio.get_running_loop()
    jobs = JobRunner(dispatcher=loop.call_soon_threadsafe)
    ctx.bus.set_dispatcher(loop.call_soon_threadsafe)
    yield UiServices(jobs=jobs)
    jobs.shutdown(wait=True)
    await asyncio.sleep(0.05)  # let callbacks already queued on the loop run
    ctx.bus.set_dispatcher(lambda call: call())


@pytest.fixture
def keep(qtbot):
    """keep(widget): shown, kept alive for the test, deleted afterwards."""

    def add(widget, size=(1100, 700)):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        return widget

    return add
