"""Fixtures of the reception, ticket and kiosk tests, loaded by those modules through
`pytest_plugins` (the folder's conftest stays free for the other Turns screens): the app's
look, and a job runner and a bus that call back on the test's qasync loop, as in the app."""

from __future__ import annotations

import asyncio

import pytest


@pytest.fixture
def reception_look(qapp):
    """The application's fonts, style and stylesheet (without them offscreen glyphs are boxes),
    for this test only: the next tests of this process get the look they had (their text
    widths, hence their eliding, depend on it)."""
    from PySide6.QtWidgets import QStyleFactory

    from timedesk.ui.appearance import apply_appearance

    font, style, sheet = qapp.font(), qapp.style().name(), qapp.styleSheet()
    qapp.setQuitOnLastWindowClosed(False)
    apply_appearance(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setFont(font)


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
