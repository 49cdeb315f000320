"""The Users page: add a user who then signs in, edit, the last administrator kept (the
refusal shown with its reason), reset a password, unlock."""

from __future__ import annotations

import pytest
from admin_support import ADMIN, PASSWORD, SYSTEM, answer_yes, save, select
from shiboken6 import Shiboken

from timedesk.auth.permissions import Role
from timedesk.auth.service import MAX_FAILED_LOGINS, authenticate, create_user, list_users
from timedesk.errors import AccountLocked, AuthenticationFailed
from timedesk.ui.admin.users_page import UsersPage


@pytest.fixture
def clerk(ctx):
    """A staff account beside the administrator "root"."""
    create_user(ctx.db, SYSTEM, "root", PASSWORD, Role.ADMIN)
    return create_user(ctx.db, SYSTEM, "clerk", PASSWORD, Role.STAFF)


async def page_for(ctx, services, keep, eventually, rows: int) -> UsersPage:
    page = keep(UsersPage.build(ctx, ADMIN, services))
    await eventually(lambda: len(page.model.rows) == rows and page.status.isVisible())
    return page


async def test_a_user_added_here_can_sign_in(ctx, services, keep, eventually):
    create_user(ctx.db, SYSTEM, "root", PASSWORD, Role.ADMIN)
    page = await page_for(ctx, services, keep, eventually, 1)
    dialog = page.open_dialog(None)
    dialog.username.setText("Maria.Lopez")
    dialog.display_name.setText("María López")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.RECEPTIONIST))
    dialog.passwords.first.setText("short")
    dialog.passwords.second.setText("short")
    save(dialog)
    assert dialog.error.isVisible() and "too short" in dialog.error.text()
    dialog.passwords.first.setText(PASSWORD)
    dialog.passwords.second.setText(PASSWORD + "x")
    save(dialog)
    assert "differ" in dialog.error.text()
    assert [u.username for u in list_users(ctx.db, SYSTEM)] == ["root"]  # nothing stored yet
    dialog.passwords.second.setText(PASSWORD)
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    actor = authenticate(ctx.db, "maria.lopez", PASSWORD)
    assert (actor.name, actor.role) == ("maria.lopez", Role.RECEPTIONIST)
    await eventually(lambda: page.status.text() == "Saved maria.lopez.")
    row = next(r for r in page.model.rows if r.username == "maria.lopez")
    assert row.display_name == "María López" and row.last_login_at is None


async def test_the_last_admin_cannot_be_demoted_or_disabled_and_the_page_says_why(
        ctx, services, keep, eventually):
    root = create_user(ctx.db, SYSTEM, "root", PASSWORD, Role.ADMIN)
    page = await page_for(ctx, services, keep, eventually, 1)
    select(page, root.id)
    dialog = page.edit_selected()
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER))
    save(dialog)
    await eventually(lambda: dialog.error.isVisible())
    assert "last active administrator" in dialog.error.text()
    assert "nobody who can manage users" in dialog.error.text()
    dialog.reject()
    answer_yes(page.toggle_selected())
    await eventually(lambda: "disabling it would leave nobody" in page.status.text())
    [stored] = list_users(ctx.db, SYSTEM)
    assert stored.role is Role.ADMIN and stored.active


async def test_editing_and_disabling_another_user(ctx, services, keep, eventually, clerk):
    page = await page_for(ctx, services, keep, eventually, 2)
    select(page, clerk.id)
    dialog = page.edit_selected()
    dialog.display_name.setText("Clara")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.RECEPTIONIST))
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    assert authenticate(ctx.db, "clerk", PASSWORD).role is Role.RECEPTIONIST
    await eventually(lambda: page.status.text() == "Saved clerk.")
    select(page, clerk.id)
    answer_yes(page.toggle_selected())
    await eventually(lambda: page.status.text() == "clerk is disabled.")
    with pytest.raises(AuthenticationFailed):
        authenticate(ctx.db, "clerk", PASSWORD)
    select(page, clerk.id)
    assert page.toggle_button.text() == "Enable"


async def test_resetting_a_password(ctx, services, keep, eventually, clerk):
    page = await page_for(ctx, services, keep, eventually, 2)
    select(page, clerk.id)
    dialog = page.reset_password()
    dialog.passwords.first.setText("otra-contraseña-2")
    dialog.passwords.second.setText("otra-contraseña-2")
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    await eventually(lambda: page.status.text() == "The password of clerk was changed.")
    assert authenticate(ctx.db, "clerk", "otra-contraseña-2").name == "clerk"
    with pytest.raises(AuthenticationFailed):
        authenticate(ctx.db, "clerk", PASSWORD)


async def test_unlocking_a_locked_user(ctx, services, keep, eventually, clerk):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            authenticate(ctx.db, "clerk", "wrong-password")
    page = await page_for(ctx, services, keep, eventually, 2)
    select(page, clerk.id)
    row = page.selected()
    assert page.unlock_button.isEnabled()
    assert page.model.data(page.model.index(page.model.rows.index(row), 5))  # locked until
    page.unlock_button.click()
    await eventually(lambda: page.status.text() == "clerk can sign in again on every computer.")
    assert authenticate(ctx.db, "clerk", PASSWORD).name == "clerk"
    select(page, clerk.id)
    assert not page.unlock_button.isEnabled()


def test_a_locked_user_cannot_sign_in_before_the_unlock(db):
    """The lock the unlock test lifts is real (not only a flag on the list)."""
    create_user(db, SYSTEM, "clerk", PASSWORD, Role.STAFF)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "clerk", "wrong-password")
    with pytest.raises(AccountLocked):
        authenticate(db, "clerk", PASSWORD)
