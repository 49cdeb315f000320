"""Fixtures of the set-up wizard tests: UI services reporting on the test's qasync loop (as in
the app), and the fakes the other screens' tests use: the fake Sesame and Clockify servers, a
real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from qt_fixtures import app_stays_open, eventually, keep, services  # noqa: F401

TESTS = Path(__file__).resolve().parent.parent
for folder in ("sesame", "clockify_reports", "mail", "ui_sesame"):
    if str(TESTS / folder) not in sys.path:
        sys.path.insert(0, str(TESTS / folder))

from fake_clockify import FakeClockify  # noqa: E402
from sesame_ui_support import start_fake, stop_fake  # noqa: E402
from smtp_helpers import SmtpServer, free_port  # noqa: E402


@dataclass
class Outside:
    """The services outside timedesk that the wizard connects to, faked on 127.0.0.1."""

    sesame: Any
    clockify: Any


@pytest.fixture
def outside(ctx):
    """The fake Sesame (its sample company) and the fake Clockify REST API (two members),
    timedesk's Clockify base URL pointed at the latter."""
    clockify = FakeClockify().start()
    clockify.members = [{"id": f"625cf4a6a7d9d34012f70a{n:02d}", "name": name,
                         "email": f"{name.lower()}@example.com", "status": "ACTIVE"}
                        for n, name in enumerate(("Ana", "Luis"))]
    ctx.settings.override("clockify.api_base_url", clockify.base_url)
    sesame = start_fake()
    yield Outside(sesame, clockify)
    stop_fake(sesame)
    clockify.stop()


@pytest.fixture
def smtp_server():
    server = SmtpServer(free_port()).start()
    yield server
    server.stop()

