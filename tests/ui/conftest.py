"""Helpers for the UI tests: polling on the qasync loop, UI services, a fixed font."""

from __future__ import annotations

import asyncio

import pytest
from qt_fixtures import app_stays_open, eventually  # noqa: F401


@pytest.fixture
def runner():
    from timedesk.jobs import JobRunner

    jobs = JobRunner()
    yield jobs
    jobs.shutdown(wait=True)


@pytest.fixture
async def loop_runner():
    """A job runner whose listeners are called on the test's qasync loop, like the app's."""
    from timedesk.jobs import JobRunner

    jobs = JobRunner(dispatcher=asyncio.get_running_loop().call_soon_threadsafe)
    yield jobs
    jobs.shutdown(wait=True)


@pytest.fixture
def services(qapp):
    """UiServices whose runner calls its listeners (the status bar's jobs indicator) on the GUI
    thread, as the app's does, without an asyncio loop."""
    from timedesk.jobs import JobRunner
    from timedesk.ui.services import UiServices
    from timedesk.ui.tasks import gui_dispatcher

    jobs = JobRunner(dispatcher=gui_dispatcher())
    yield UiServices(jobs=jobs)
    jobs.shutdown(wait=True)


@pytest.fixture
def restore_look(qapp):
    """The look is the whole application's: the later tests get theirs back."""
    previous = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    yield
    from timedesk.ui.appearance import ThemeFollower, apply_appearance

    for follower in qapp.findChildren(ThemeFollower):
        qapp.styleHints().colorSchemeChanged.disconnect(follower.scheme_changed)
        follower.setParent(None)
    apply_appearance(qapp, "light")  # current_theme() back to light too
    sheet, font, palette, style = previous
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
