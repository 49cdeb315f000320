"""Settings dialog, listener section (security review MEDIUM-5): the LAN choice says in words
what it exposes and, without a certificate, that plain HTTP shows the tokens; the certificate
and key fields are saved and the listener comes back on HTTPS."""

from __future__ import annotations

import sys
from pathlib import Path

from timedesk.settings import read_file
from timedesk.ui.connection.dialog import SettingsDialog
from timedesk.ui.runtime import start_background, stop_background

if str(Path(__file__).parents[1] / "mail") not in sys.path:  # smtp_helpers
    sys.path.insert(0, str(Path(__file__).parents[1] / "mail"))
from smtp_helpers import self_signed_certificate  # noqa: E402


def _section(qtbot, ctx, actor, services):
    tab = SettingsDialog(None, ctx, actor, services)
    qtbot.addWidget(tab)
    return tab, tab.sections["listener"]


def test_the_lan_warning_says_what_is_exposed_and_that_plain_http_shows_tokens(
        qtbot, ctx, admin_actor, services):
    tab, section = _section(qtbot, ctx, admin_actor, services)
    section.view.host.setCurrentIndex(1)
    warning = section.view.lan_warning
    assert not warning.isHidden()
    for words in ("lobby display page", "/health", "Clockify webhooks", "/api/v1",
                  "plain HTTP", "reverse proxy"):
        assert words in warning.text(), words
    section.view.tls_cert.setText("/etc/ssl/office.pem")
    assert "Clockify webhooks" in warning.text() and "plain HTTP" not in warning.text()


async def test_apply_with_a_certificate_saves_it_and_listens_on_https(
        qtbot, ctx, admin_actor, services, eventually, tmp_path):
    cert, key = self_signed_certificate(tmp_path / "tls")
    ctx.settings.override("listener.port", 0)
    tab, section = _section(qtbot, ctx, admin_actor, services)
    try:
        await start_background(ctx, services)
        await eventually(lambda: services.listener.state == "listening")
        section.view.tls_cert.setText(str(cert))
        section.view.tls_key.setText(str(key))
        section.view.apply_button.click()
        await eventually(lambda: services.listener.scheme == "https"
                         and services.listener.state == "listening", timeout=15)
        await eventually(lambda: section.view.state.text().startswith(
            "Listening on https://127.0.0.1:"))
        saved = read_file(ctx.settings.user_file)
        assert (saved["listener.tls_cert"], saved["listener.tls_key"]) == (str(cert), str(key))
    finally:
        await stop_background(services)
