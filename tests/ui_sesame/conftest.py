"""Fixtures of the Sesame screens: UI services whose jobs report on the test's qasync loop (as in
the app), the fake Sesame server of tests/sesame (the only fake), a connected context, and a
stand-in for the desktop that records what would have been opened."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import qt_support

TESTS = Path(__file__).resolve().parent.parent
for folder in (TESTS / "sesame",):  # fake_sesame
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from sesame_ui_support import TOKEN, start_fake, stop_fake  # noqa: E402


@pytest.fixture(autouse=True)
def app_stays_open(qapp):
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture
def eventually():
    """`await eventually(lambda: ...)`: poll on the running qasync loop (never qtbot.wait*)."""
    return qt_support.eventually


@pytest.fixture
async def services(ctx):
    """UiServices as the app builds them: jobs report on the GUI loop."""
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
    """keep(widget): shown, kept alive for the test, deleted afterwards."""
    made = []

    def add(widget):
        qtbot.addWidget(widget)
        made.append(widget)
        widget.resize(1100, 720)
        widget.show()
        return widget

    return add


@pytest.fixture
def fake_sesame():
    """The fake Sesame API on 127.0.0.1, with a company, employees and a month of entries."""
    server = start_fake()
    yield server
    stop_fake(server)


@pytest.fixture
def connected(ctx, fake_sesame):
    """timedesk pointed at the fake server, with its token in the secret store."""
    ctx.settings.override("sesame.base_url", fake_sesame.base_url)
    ctx.secrets.set("sesame_token", TOKEN)
    return fake_sesame


@pytest.fixture
def opened(monkeypatch):
    """What the desktop was asked to open (file:// URLs as local paths)."""
    from timedesk.ui.sesame import desktop

    urls: list[Path] = []

    class Desktop:
        @staticmethod
        def openUrl(url) -> bool:
            urls.append(Path(url.toLocalFile()))
            return True

    monkeypatch.setattr(desktop, "QDesktopServices", Desktop)
    return urls


@pytest.fixture
def receptionist():
    from timedesk.auth.permissions import Actor, Role

    return Actor("user", "rosa", Role.RECEPTIONIST, 2)
