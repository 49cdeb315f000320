"""Fixtures of the Clockify report, notice, schedule and back-fill tests: the database fixtures
come from tests/conftest.py (SQLite and PostgreSQL); mail goes through a real SMTP server
(aiosmtpd, tests/mail/smtp_helpers.py); Clockify's REST API is faked on 127.0.0.1."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE.parent / "clockify", HERE.parent / "mail", HERE):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from fake_clockify import FakeClockify  # noqa: E402
from report_support import COORDINATION  # noqa: F401  (fixtures use it)
from smtp_helpers import SmtpServer, free_port  # noqa: E402


@pytest.fixture
def smtp_server():
    server = SmtpServer(free_port()).start()
    yield server
    server.stop()


@pytest.fixture
def mail_on(ctx, smtp_server):
    """Sending on, through the test's SMTP server, with a coordination list."""
    values = {"smtp.host": "127.0.0.1", "smtp.port": smtp_server.port, "smtp.security": "none",
              "smtp.from_address": "timedesk@oficina.example", "smtp.timeout_s": 5.0,
              "mail.enabled": True, "mail.coordination": COORDINATION,
              "office.timezone": "UTC"}
    for key, value in values.items():
        ctx.settings.override(key, value)
    return smtp_server


@pytest.fixture
def send_queued(ctx):
    """Send what the outbox holds now, as the outbox worker would; returns the SendReport."""
    from timedesk.mail import send_due

    return lambda: send_due(ctx.db, ctx.settings, ctx.secrets, limit=200)


@pytest.fixture
def notices(ctx):
    from timedesk.clockify.notices import ClockifyNotices

    running = ClockifyNotices(ctx.db, ctx.bus, ctx.settings)
    running.attach()
    yield running
    running.detach()


@pytest.fixture
def fake_clockify():
    server = FakeClockify().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def restore_logging():
    """Commands run in-process set up the log on the root logger: undo it after each test."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
