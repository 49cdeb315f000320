"""Bearer tokens for the HTTP API: the list (never a secret), Create (the secret shown once,
with Copy) and Revoke, through timedesk.auth.service as `timedesk api-token` does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication as qt
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_api_token, end_of_day, list_api_tokens, revoke_api_token
from timedesk.ui.admin.list_page import AdminList, role_combo
from timedesk.ui.clockify.admin_table import Column
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.formats import date_time_text, setup_picker
from timedesk.ui.roles import role_title
from timedesk.ui.widgets import confirm, role_label, show_message

DEFAULT_DAYS = 365


class TokenDialog(FormDialog):
    """A new token: its name, role and, optionally, the last day it works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenDialog")
        self.setWindowTitle(self.tr("New API token"))
        self.name = QLineEdit()
        self.name.setObjectName("tokenName")
        self.name.setPlaceholderText(self.tr("what uses it, e.g. lobby-kiosk"))
        self.role = role_combo(Role.RECEPTIONIST, "tokenRole")
        self.expires = QCheckBox(self.tr("Works until"))
        self.expires.setObjectName("tokenExpires")
        self.last_day = setup_picker(QDateEdit(QDate.currentDate().addDays(DEFAULT_DAYS)))
        self.last_day.setObjectName("tokenLastDay")
        self.last_day.setMinimumDate(QDate.currentDate())
        self.last_day.setEnabled(False)
        self.expires.toggled.connect(self.last_day.setEnabled)
        until = QHBoxLayout()
        until.addWidget(self.expires)
        until.addWidget(self.last_day, 1)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create"))
        self.error.setObjectName("tokenError")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Expiry:"), until)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "Without an expiry the token works until it is revoked. The last day is included "
            "(UTC)."), "hint"))
        self.add_foot(layout)

    def values(self) -> dict[str, Any]:
        day: date = self.last_day.date().toPython()  # type: ignore[assignment]
        return {"name": self.name.text().strip(), "role": self.role.currentData(),
                "expires_at": end_of_day(day) if self.expires.isChecked() else None}


class TokenSecretDialog(QDialog):
    """The secret of a token just created, shown this once, with Copy."""

    def __init__(self, name: str, secret: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenSecretDialog")
        self.setWindowTitle(self.tr("API token {name}").format(name=name))
        self.setMinimumWidth(560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.secret = QLineEdit(secret)
        self.secret.setObjectName("tokenSecret")
        self.secret.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyToken")
        self.copy_button.clicked.connect(self.copy)
        self.copied = role_label("", "success")
        self.copied.hide()
        line = QHBoxLayout()
        line.addWidget(self.secret, 1)
        line.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.warning = role_label(self.tr(
            "Copy the token now and keep it where the program that uses it can read it: it is "
            "not shown again. If it is lost, revoke it and create another."), "warning")
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(line)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.secret.text())
        show_message(self.copied, self.tr("Copied to the clipboard."), "success")


def _state(token: dict) -> str:
    if token["revoked"]:
        return qt.translate("TokensPage", "Revoked")
    return qt.translate("TokensPage", "Expired") if token["expired"] else \
        qt.translate("TokensPage", "Active")


class TokensPage(AdminList):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(ctx, actor, services, "adminTokens", 0, [
            Column(lambda: self.tr("Name"), lambda t: t["name"]),
            Column(lambda: self.tr("Role"), lambda t: role_title(Role(t["role"]))),
            Column(lambda: self.tr("Created"), lambda t: date_time_text(t["created_at"]),
                   sort=lambda t: t["created_at"]),
            Column(lambda: self.tr("Last used"), lambda t: date_time_text(t["last_used_at"]),
                   sort=lambda t: t["last_used_at"]),
            Column(lambda: self.tr("Expires"), lambda t: date_time_text(t["expires_at"]),
                   sort=lambda t: t["expires_at"]),
            Column(lambda: self.tr("State"), _state),
        ])
        self.secret_dialog: TokenSecretDialog | None = None
        self.create_button = self.bar_button(self.tr("Create…"), "createToken", self.open_dialog)
        self.revoke_button = self.bar_button(self.tr("Revoke…"), "revokeToken",
                                             self.revoke_selected)
        self.selection_changed()

    def loader(self) -> Callable[[], list[dict]]:
        db, actor = self._ctx.db, self._actor
        return lambda: list_api_tokens(db, actor)

    def key(self, row: dict) -> Any:
        return row["name"]

    def empty_text(self) -> str:
        return self.tr("No API token yet: create one for each program that uses the API.")

    def count_text(self, count: int) -> str:
        return self.tr("1 token") if count == 1 else self.tr("{count} tokens").format(
            count=count)

    def selection_changed(self) -> None:
        token = self.selected()
        self.revoke_button.setEnabled(token is not None and not token["revoked"])

    def open_dialog(self) -> FormDialog:
        db, actor = self._ctx.db, self._actor

        def store(values: dict) -> tuple[str, str]:
            return values["name"], create_api_token(db, actor, values["name"], values["role"],
                                                     values["expires_at"])

        return open_form(self, TokenDialog(self), store, self.created, jobs=self._jobs,
                         title=self.tr("Creating an API token"))

    def created(self, result: tuple[str, str]) -> None:
        """Show the new token's secret, this once (`secret_dialog` while it is open)."""
        name, secret = result
        self.refresh(self.tr("Token {name} created.").format(name=name))
        self.secret_dialog = TokenSecretDialog(name, secret, self)
        self.secret_dialog.finished.connect(lambda _code: setattr(self, "secret_dialog", None))
        self.secret_dialog.open()

    def revoke_selected(self) -> QMessageBox | None:
        """Ask before revoking the selected token (the question is returned)."""
        token = self.selected()
        if token is None:
            return None
        db, actor, name = self._ctx.db, self._actor, token["name"]
        return confirm(self, self.tr("Revoke {name}?").format(name=name),
                self.tr("Programs using the token {name} will be refused from now on. This "
                        "cannot be undone.").format(name=name),
                lambda: self.act(lambda: revoke_api_token(db, actor, name),
                                 lambda _none: self.tr("Token {name} revoked.").format(name=name),
                                 self.tr("Revoking an API token")),
                "confirmRevokeToken")

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> TokensPage:
        page = cls(ctx, actor, services)
        page.refresh()
        return page
