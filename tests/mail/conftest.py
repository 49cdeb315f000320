"""Mail test fixtures: a real SMTP server (aiosmtpd) on 127.0.0.1 and settings pointing at it."""

from __future__ import annotations

from pathlib import Path

import pytest
from smtp_helpers import SmtpServer, free_port, self_signed_certificate


@pytest.fixture
def smtp_servers():
    """Start SMTP servers on demand; every one is stopped at the end of the test."""
    started: list[SmtpServer] = []

    def start(port: int | None = None, **options) -> SmtpServer:
        server = SmtpServer(port or free_port(), **options)
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def smtp_server(smtp_servers) -> SmtpServer:
    return smtp_servers()


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """(certificate, key) of a self-signed certificate for 127.0.0.1, as PEM files."""
    return self_signed_certificate(tmp_path / "tls")


@pytest.fixture
def mail_settings(ctx):
    """Point ctx.settings at an SMTP server and switch sending on; returns `use(server)`."""

    def use(server_or_port, security: str = "none", **extra) -> None:
        port = server_or_port if isinstance(server_or_port, int) else server_or_port.port
        values = {"smtp.host": "127.0.0.1", "smtp.port": port, "smtp.security": security,
                  "smtp.from_address": "timedesk@oficina.example", "smtp.timeout_s": 5.0,
                  "mail.enabled": True, "mail.retry_base_s": 30, "mail.retry_max_s": 3600,
                  "mail.max_attempts": 8, **extra}
        for key, value in values.items():
            ctx.settings.override(key, value)

    return use
