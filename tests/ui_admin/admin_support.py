"""Helpers of the Administration tab's tests (importable by name: tests/ has no packages)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from timedesk.auth.permissions import Actor, Role

SYSTEM = Actor.system("test")
ADMIN = Actor("user", "ana", Role.ADMIN, 1)
PASSWORD = "contraseña-larga-1"


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def select(page, key) -> None:
    """Select the row whose key is `key` (a user's id, a token's name)."""
    from timedesk.ui.clockify.admin_table import select_where

    assert select_where(page.table, page.model, lambda row: page.key(row) == key)
