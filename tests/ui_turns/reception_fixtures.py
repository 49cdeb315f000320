"""Fixtures of the reception, ticket and kiosk tests, loaded by those modules through
`pytest_plugins` (the folder's conftest stays free for the other Turns screens): the app's
look, and a job runner and a bus that call back on the test's qasync loop, as in the app."""

from __future__ import annotations

import asyncio

import pytest


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
