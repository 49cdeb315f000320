"""The API tokens page: a token created here is shown once (with Copy) and works over HTTP on
a real listener; revoked here, the API refuses it."""

from __future__ import annotations

import aiohttp
from admin_support import ADMIN, answer_yes, save, select
from PySide6.QtGui import QGuiApplication
from shiboken6 import Shiboken

from timedesk.auth.permissions import Role
from timedesk.auth.service import list_api_tokens
from timedesk.db.base import utcnow
from timedesk.ui.admin.tokens_page import TokensPage

EMPLOYEES = "/api/v1/employees"  # needs employees.view: a receptionist's token has it


async def get(url: str, token: str) -> int:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as http, \
            http.get(url, headers={"Authorization": f"Bearer {token}"}) as response:
        return response.status


async def test_a_token_created_here_works_until_it_is_revoked_here(ctx, services, keep,
                                                                  eventually, listener_url):
    page = keep(TokensPage.build(ctx, ADMIN, services))
    await eventually(lambda: page.status.text().startswith("No API token yet"))
    dialog = page.open_dialog()
    dialog.name.setText("lobby-kiosk")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.RECEPTIONIST))
    dialog.expires.setChecked(True)
    save(dialog)
    await eventually(lambda: page.secret_dialog is not None)
    shown = page.secret_dialog
    token = shown.secret.text()
    assert token.startswith("tdk_") and shown.secret.isReadOnly()
    assert "not shown again" in shown.warning.text()
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == token
    assert not Shiboken.isValid(dialog) or not dialog.isVisible()
    await eventually(lambda: page.status.text() == "Token lobby-kiosk created.")
    [row] = page.model.rows
    assert row["expires_at"] is not None and row["expires_at"] > utcnow()
    assert token not in repr(page.model.rows)  # the list never holds a secret
    shown.reject()
    await eventually(lambda: page.secret_dialog is None)
    assert await get(listener_url + EMPLOYEES, token) == 200

    select(page, "lobby-kiosk")
    answer_yes(page.revoke_selected())
    await eventually(lambda: page.status.text() == "Token lobby-kiosk revoked.")
    assert list_api_tokens(ctx.db, ADMIN)[0]["revoked"]
    assert await get(listener_url + EMPLOYEES, token) == 401
    select(page, "lobby-kiosk")
    assert not page.revoke_button.isEnabled()


async def test_a_refused_token_stays_in_the_dialog(ctx, services, keep, eventually):
    page = keep(TokensPage.build(ctx, ADMIN, services))
    await eventually(lambda: page.status.isVisible())
    dialog = page.open_dialog()
    dialog.name.setText("   ")
    save(dialog)
    await eventually(lambda: dialog.error.isVisible())
    assert "name of 1-80 characters" in dialog.error.text() and page.secret_dialog is None
    assert list_api_tokens(ctx.db, ADMIN) == []
