"""First-run administrator dialog and login dialog, against a real database."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime

import pytest
from shiboken6 import Shiboken

from timedesk.auth import service as auth
from timedesk.auth.permissions import Actor, Role
from timedesk.errors import AuthenticationFailed, ValidationError
from timedesk.ui.auth.first_run_dialog import FirstRunDialog
from timedesk.ui.auth.flow import build_sign_in_dialog
from timedesk.ui.auth.login_dialog import LoginDialog, local_unlock_time

PASSWORD = "correct-horse-9"


def fill(dialog, **fields) -> None:
    for name, value in fields.items():
        getattr(dialog, name).setText(value)


def test_an_empty_database_gets_the_first_run_dialog_and_one_with_users_the_login(qtbot, db):
    first, _ = build_sign_in_dialog(db, has_users=False)
    login, _ = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(first)
    qtbot.addWidget(login)
    assert isinstance(first, FirstRunDialog) and isinstance(login, LoginDialog)


async def test_first_run_dialog_creates_the_administrator_and_emits_it(qtbot, db, eventually):
    dialog, created = build_sign_in_dialog(db, has_users=False)
    qtbot.addWidget(dialog)
    emitted: list[Actor] = []
    created.connect(emitted.append)
    dialog.open()
    fill(dialog, username="Boss", password=PASSWORD, repeat=PASSWORD)
    dialog.ui.accept_button.click()
    await eventually(lambda: emitted)
    assert emitted[0].name == "boss" and emitted[0].role is Role.ADMIN
    assert auth.has_users(db)
    assert auth.authenticate(db, "boss", PASSWORD).role is Role.ADMIN
    assert not dialog.isVisible()


@pytest.mark.parametrize("password, repeat, expected", [
    ("short", "short", "at least 8 characters"),
    (PASSWORD, PASSWORD + "x", "two passwords are different"),
])
def test_first_run_dialog_refuses_short_or_different_passwords(qtbot, password, repeat,
                                                               expected):
    calls = []
    dialog = FirstRunDialog(lambda username, pw: calls.append(username))
    qtbot.addWidget(dialog)
    fill(dialog, username="admin", password=password, repeat=repeat)
    assert dialog.submit() is None
    assert expected in dialog.ui.error.text() and not dialog.ui.error.isHidden()
    assert calls == []


def test_first_run_dialog_refuses_an_invalid_user_name(qtbot):
    dialog = FirstRunDialog(lambda u, p: None)
    qtbot.addWidget(dialog)
    fill(dialog, username="two words", password=PASSWORD, repeat=PASSWORD)
    assert dialog.submit() is None
    assert "letters, digits" in dialog.ui.error.text()


@pytest.fixture
def clerk(db, admin_actor):
    return auth.create_user(db, admin_actor, "clerk", PASSWORD, Role.RECEPTIONIST)


async def test_login_with_the_right_password_emits_the_actor(qtbot, db, clerk, eventually):
    dialog, signed_in = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(dialog)
    emitted: list[Actor] = []
    signed_in.connect(emitted.append)
    dialog.open()
    fill(dialog, username="clerk", password=PASSWORD)
    dialog.ui.accept_button.click()
    await eventually(lambda: emitted)
    assert (emitted[0].name, emitted[0].role) == ("clerk", Role.RECEPTIONIST)
    assert not dialog.isVisible()


async def test_login_with_a_wrong_password_says_so_and_stays_open(qtbot, db, clerk, eventually):
    dialog, signed_in = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(dialog)
    emitted = []
    signed_in.connect(emitted.append)
    dialog.open()
    fill(dialog, username="clerk", password="not-the-password")
    dialog.ui.accept_button.click()
    await eventually(lambda: "Wrong user name or password" in dialog.ui.error.text())
    assert emitted == [] and dialog.isVisible()
    assert dialog.password.text() == "" and dialog.ui.accept_button.isEnabled()
    dialog.close()


async def test_login_to_a_locked_account_shows_the_lockout_message_with_the_time(
        qtbot, db, clerk, eventually):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate(db, "clerk", "wrong-password")
    dialog, _ = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(dialog)
    dialog.open()
    fill(dialog, username="clerk", password=PASSWORD)  # even the right password is refused
    dialog.ui.accept_button.click()
    await eventually(lambda: "locked" in dialog.ui.error.text())
    text = dialog.ui.error.text()
    assert "Try again after" in text and dialog.isVisible()
    dialog.close()


def test_the_unlock_time_comes_from_the_errors_locked_until_shown_in_local_time():
    until = datetime(2026, 3, 1, 10, 5, tzinfo=UTC)
    assert local_unlock_time(until) == until.astimezone().strftime("%H:%M")
    assert local_unlock_time(None) == ""


async def test_the_lockout_message_does_not_depend_on_the_services_wording(qtbot, db):
    from timedesk.errors import AccountLocked

    until = datetime(2026, 3, 1, 23, 55, tzinfo=UTC)
    dialog, _ = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(dialog)
    text = dialog.locked_message(AccountLocked("gesperrt", locked_until=until, max_failures=5))
    assert until.astimezone().strftime("%H:%M") in text


def test_the_wrong_password_message_names_the_limit_the_service_applies(qtbot, db, monkeypatch):
    import timedesk.ui.auth.login_dialog as login_dialog

    monkeypatch.setattr(login_dialog, "MAX_FAILED_LOGINS", 7)
    dialog, _ = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(dialog)
    assert "after 7 failed attempts" in dialog.wrong_credentials_message()


async def test_closing_the_login_dialog_resolves_the_sign_in_with_none(qtbot, db, clerk):
    from timedesk.ui.async_tools import open_dialog

    dialog, signed_in = build_sign_in_dialog(db, has_users=True)
    qtbot.addWidget(dialog)
    future = open_dialog(dialog, signed_in)
    dialog.ui.reject_button.click()
    assert await asyncio.wait_for(future, 5) is None


async def test_an_unexpected_error_while_signing_in_says_what_to_do_and_the_form_stays_usable(
        qtbot, eventually):
    def database_gone(username, password):
        raise RuntimeError("server closed the connection unexpectedly for s3cr3t-pw")

    dialog = LoginDialog(database_gone)
    qtbot.addWidget(dialog)
    dialog.open()
    fill(dialog, username="clerk", password=PASSWORD)
    dialog.ui.accept_button.click()
    await eventually(lambda: "Something unexpected went wrong" in dialog.ui.error.text())
    assert "log file" in dialog.ui.error.text() and "s3cr3t" not in dialog.ui.error.text()
    assert dialog.ui.accept_button.isEnabled() and dialog.username.isEnabled()
    dialog.close()


async def test_a_first_run_failure_says_what_to_do(qtbot, eventually):
    def name_taken(username, password):
        raise ValidationError("the user name is taken", hint="Choose another user name.")

    dialog = FirstRunDialog(name_taken)
    qtbot.addWidget(dialog)
    fill(dialog, username="boss", password=PASSWORD, repeat=PASSWORD)
    dialog.ui.accept_button.click()
    await eventually(lambda: dialog.ui.accept_button.isEnabled())
    assert dialog.ui.error.text() == "The user name is taken Choose another user name."


@pytest.mark.parametrize("dialog_class, fields", [
    (LoginDialog, {"username": "clerk", "password": PASSWORD}),
    (FirstRunDialog, {"username": "boss", "password": PASSWORD, "repeat": PASSWORD}),
])
@pytest.mark.parametrize("how", ["closed", "destroyed"])
async def test_an_answer_arriving_after_the_dialog_closed_is_dropped_without_error(
        qtbot, eventually, dialog_class, fields, how):
    answer = threading.Event()
    actor = Actor("user", "clerk", Role.RECEPTIONIST, 2)

    def slow_check(username, password):
        answer.wait(10)
        return actor

    dialog = dialog_class(slow_check)
    emitted: list[Actor] = []
    (dialog.signedIn if dialog_class is LoginDialog else dialog.adminCreated).connect(
        emitted.append)
    dialog.open()
    fill(dialog, **fields)
    task = dialog.submit()
    job = task.job
    if how == "closed":
        qtbot.addWidget(dialog)
        dialog.ui.reject_button.click()  # Quit while the password is checked
    else:
        dialog.deleteLater()
        await eventually(lambda: not Shiboken.isValid(dialog))
    answer.set()
    await eventually(lambda: job.finished)
    await asyncio.sleep(0.05)  # the answer's hand-over would run now
    assert emitted == []
    if how == "closed":
        assert dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible()
