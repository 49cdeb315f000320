"""The fixtures every Qt test folder shares; a folder's conftest imports the ones it uses:

    from qt_fixtures import app_stays_open, eventually, keep, services  # noqa: F401

(an autouse fixture imported into a conftest applies to that folder)."""

from __future__ import annotations

import asyncio

import pytest
import qt_support


@pytest.fixture(autouse=True)
def app_stays_open(qapp):
    """As in the app: closing the last window must not stop Qt's (and so qasync's) loop."""
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
    jobs.cancel_all()
    jobs.shutdown(wait=True)
    await asyncio.sleep(0.05)  # let callbacks already queued on the loop run
    ctx.bus.set_dispatcher(lambda call: call())


@pytest.fixture
def keep(qtbot):
    """keep(widget, size=(w, h)): shown at that size, kept alive for the test, deleted
    afterwards."""

    def add(widget, size=(1100, 720)):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        return widget

    return add
