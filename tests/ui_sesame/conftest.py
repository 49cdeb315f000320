"""Fixtures of the Sesame screens: UI services whose jobs report on the test's qasync loop (as in
the app), the fake Sesame server of tests/sesame (the only fake), a connected context, and a
stand-in for the desktop that records what would have been opened."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qt_fixtures import app_stays_open, eventually, keep, services  # noqa: F401

TESTS = Path(__file__).resolve().parent.parent
for folder in (TESTS / "sesame",):  # fake_sesame
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from sesame_ui_support import TOKEN, start_fake, stop_fake  # noqa: E402


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
