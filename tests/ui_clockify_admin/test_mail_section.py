"""Mail server section: settings saved to the settings file, the password to the keyring (never
the file), a test e-mail through a real SMTP server (aiosmtpd), a clear one-line error when the
server is down, and read-only for people who may not change settings."""

from __future__ import annotations

import keyring
import keyring.backends.null
import pytest
from smtp_helpers import SmtpServer, free_port, self_signed_certificate

from timedesk.auth.permissions import Actor, Role
from timedesk.mail.smtp import PASSWORD_SECRET
from timedesk.settings import read_file
from timedesk.ui.connection.mail_section import MailSection

PASSWORD = "smtp-Pa55-word-9876"


@pytest.fixture
def smtp_server():
    server = SmtpServer(free_port()).start()
    yield server
    server.stop()


@pytest.fixture
def login_server(ctx, tmp_path):
    """An SMTP server that wants STARTTLS, then the login timedesk / PASSWORD; timedesk trusts
    its self-signed certificate through smtp.ca_file (not in the form: a saved setting)."""
    cert, key = self_signed_certificate(tmp_path / "tls")
    ctx.settings.override("smtp.ca_file", str(cert))
    server = SmtpServer(free_port(), tls=(cert, key), logins={"timedesk": PASSWORD}).start()
    yield server
    server.stop()


@pytest.fixture
def build(ctx, services, keep):
    def make(actor):
        return keep(MailSection.build(ctx, actor, services))

    return make


def fill(section, port: int, *, user: str = "", password: str = "",
         security: str = "none") -> None:
    section.enabled.setChecked(True)
    section.host.setText("127.0.0.1")
    section.security.setCurrentIndex(section.security.findData(security))
    section.port.setValue(port)
    section.user.setText(user)
    section.password.setText(password)
    section.from_address.setText("timedesk@oficina.example")
    section.coordination.setText("ana@oficina.example; luis@oficina.example")


def saved_file(ctx) -> dict:
    return read_file(ctx.settings.user_file) if ctx.settings.user_file.exists() else {}


async def test_save_writes_the_settings_and_puts_the_password_in_the_keyring_only(
        ctx, build, admin_actor, memory_keyring, eventually):
    section = build(admin_actor)
    await eventually(lambda: section.password_state.text().startswith("No password stored"))
    fill(section, 2525, user="timedesk", password=PASSWORD)
    section.save_button.click()
    await eventually(lambda: section.saved.property("role") == "success")
    assert section.saved.text() == "Saved; the password is in the system keyring."
    stored = saved_file(ctx)
    assert {k: stored[k] for k in ("mail.enabled", "smtp.host", "smtp.port", "smtp.security",
                                   "smtp.user", "smtp.from_address", "mail.coordination")} == {
        "mail.enabled": True, "smtp.host": "127.0.0.1", "smtp.port": 2525,
        "smtp.security": "none", "smtp.user": "timedesk",
        "smtp.from_address": "timedesk@oficina.example",
        "mail.coordination": "ana@oficina.example; luis@oficina.example"}
    assert PASSWORD not in ctx.settings.user_file.read_text(encoding="utf-8")
    assert memory_keyring.store[("timedesk", PASSWORD_SECRET)] == PASSWORD
    assert section.password.text() == ""
    assert "stored in the system keyring" in section.password_state.text()


async def test_a_new_server_deletes_the_stored_password_and_asks_for_it_again(
        ctx, build, admin_actor, memory_keyring, eventually):
    ctx.secrets.set(PASSWORD_SECRET, PASSWORD)
    section = build(admin_actor)
    await eventually(lambda: "stored in the system keyring" in section.password_state.text())
    fill(section, 2525, user="timedesk")
    section.host.setText("mail.example.org")
    section.save_button.click()
    await eventually(lambda: section.saved.property("role") == "warning")
    assert section.saved.text() == (
        "Saved. The server changed, so the stored password was deleted: type the password "
        "again and save.")
    assert ("timedesk", PASSWORD_SECRET) not in memory_keyring.store
    assert section.password_state.text().startswith("No password stored")


async def test_an_invalid_address_is_refused_and_nothing_is_saved(ctx, build, admin_actor,
                                                                 eventually):
    section = build(admin_actor)
    fill(section, 2525)
    section.coordination.setText("ana@oficina.example, luis at oficina")
    section.save()
    assert section.saved.property("role") == "error"
    assert section.saved.text() == ("'luis at oficina' is not a valid e-mail address; type it "
                                    "as name@example.com.")
    assert saved_file(ctx) == {}


async def test_without_a_keyring_the_password_is_refused_with_the_reason(
        ctx, build, admin_actor, eventually):
    keyring.set_keyring(keyring.backends.null.Keyring())  # the autouse fixture restores it
    section = build(admin_actor)
    fill(section, 2525, user="timedesk", password=PASSWORD)
    section.save_button.click()
    await eventually(lambda: section.saved.property("role") == "error")
    assert section.saved.text().startswith("Settings saved, but not the password: The secret "
                                           "store cannot be used. No OS keyring")
    assert section.saved.text().endswith("Details: cannot store secret SMTP_PASSWORD.")
    assert saved_file(ctx)["smtp.user"] == "timedesk"
    assert PASSWORD not in ctx.settings.user_file.read_text(encoding="utf-8")
    assert section.password.text() == PASSWORD  # kept in the form to try again


async def test_send_test_email_reaches_the_smtp_server_with_the_forms_values(
        ctx, build, admin_actor, smtp_server, eventually):
    section = build(admin_actor)
    fill(section, smtp_server.port)
    section.test_to.setText("Jefa@Oficina.example")
    section.test_button.click()
    await eventually(lambda: section.test_result.property("role") == "success", timeout=15)
    assert section.test_result.text().startswith(
        f"Test e-mail sent to Jefa@Oficina.example through 127.0.0.1:{smtp_server.port}.")
    assert "unsaved changes" in section.test_result.text()
    assert smtp_server.wait_for(1)
    (message,) = smtp_server.messages
    assert (message["To"], message["From"]) == ("jefa@oficina.example",
                                                "timedesk@oficina.example")
    assert saved_file(ctx) == {}  # testing does not save


async def test_the_test_email_logs_in_with_the_password_stored_in_the_keyring(
        build, admin_actor, login_server, eventually):
    section = build(admin_actor)
    fill(section, login_server.port, user="timedesk", password=PASSWORD, security="starttls")
    section.save_button.click()
    await eventually(lambda: section.saved.property("role") == "success")
    assert section.password.text() == ""  # what follows uses the stored password
    section.test_to.setText("jefa@oficina.example")
    section.test_button.click()
    await eventually(lambda: section.test_result.property("role") == "success", timeout=15)
    assert login_server.attempted_logins == [("timedesk", PASSWORD)]
    assert "unsaved" not in section.test_result.text()
    assert login_server.wait_for(1)


async def test_a_server_that_is_down_gives_one_clear_line(build, admin_actor, eventually):
    section = build(admin_actor)
    port = free_port()  # nothing listens there
    fill(section, port)
    section.test_to.setText("jefa@oficina.example")
    section.test_button.click()
    await eventually(lambda: section.test_result.property("role") == "error", timeout=15)
    text = section.test_result.text()
    assert text.startswith(f"Test e-mail not sent: Connection to the SMTP server 127.0.0.1:"
                           f"{port} was refused.")
    assert "\n" not in text and "Traceback" not in text
    assert section.test_button.isEnabled()


async def test_a_wrong_password_is_reported_without_showing_it(build, admin_actor,
                                                              login_server, eventually):
    section = build(admin_actor)
    fill(section, login_server.port, user="timedesk", password="not-the-password",
         security="starttls")
    section.test_to.setText("jefa@oficina.example")
    section.test_button.click()
    await eventually(lambda: section.test_result.property("role") == "error", timeout=15)
    text = section.test_result.text()
    assert "refused the login of timedesk (535" in text
    assert "not-the-password" not in text and login_server.messages == []


async def test_people_who_may_not_change_settings_see_the_section_read_only(
        ctx, build, eventually):
    ctx.settings.override("smtp.host", "smtp.oficina.example")
    section = build(Actor("user", "rosa", Role.RECEPTIONIST, 2))
    assert section.host.text() == "smtp.oficina.example"
    for widget in (section.enabled, section.host, section.port, section.security, section.user,
                   section.password, section.from_address, section.coordination,
                   section.save_button, section.test_to, section.test_button):
        assert not widget.isEnabled(), widget.objectName()
    section.host.setText("evil.example")
    section.save()
    section.send_test()
    assert saved_file(ctx) == {} and not section.test_result.isVisibleTo(section)


def test_settings_set_by_environment_variables_are_named_in_a_warning(ctx, build, admin_actor,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QLabel

    sources = {"smtp.host": "env:TIMEDESK_SMTP_HOST", "smtp.port": "env:TIMEDESK_SMTP_PORT"}
    real = ctx.settings.source
    monkeypatch.setattr(ctx.settings, "source", lambda key: sources.get(key) or real(key))
    section = build(admin_actor)
    warnings = [label.text() for label in section.findChildren(QLabel)
                if label.text().startswith("Environment variables set")]
    assert warnings == ["Environment variables set smtp.host, smtp.port: what you save here "
                        "applies only when they are not set."]
