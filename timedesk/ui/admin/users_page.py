"""The accounts that sign in: a list (user name, display name, role, active, last sign-in,
locked until) and what an administrator does to them (add, edit, disable or enable, reset the
password, unlock), each through timedesk.auth.service, whose refusals are shown as they come
(the last active administrator keeps its role and stays enabled)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication as qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.passwords import MIN_LENGTH
from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import (
    UserInfo,
    change_password,
    check_password_strength,
    create_user,
    list_users,
    set_active,
    unlock,
    update_user,
)
from timedesk.db.base import utcnow
from timedesk.errors import ValidationError
from timedesk.ui.admin.list_page import AdminList, role_combo
from timedesk.ui.clockify.admin_table import Column
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.formats import date_time_text
from timedesk.ui.roles import role_title
from timedesk.ui.widgets import confirm, role_label


class PasswordFields:
    """A new password typed twice, with the rule it must follow under it."""

    def __init__(self, dialog: FormDialog) -> None:
        self._dialog = dialog
        self.first = QLineEdit()
        self.first.setObjectName("newPassword")
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassword")
        for line in (self.first, self.second):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule = role_label(qt.translate(
            "PasswordFields", "At least {count} characters.").format(count=MIN_LENGTH), "hint")

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(qt.translate("PasswordFields", "Password:"), self.first)
        form.addRow(qt.translate("PasswordFields", "Repeat it:"), self.second)
        form.addRow("", self.rule)

    def checked(self) -> str | None:
        """The password, or None after saying in the dialog why it cannot be used."""
        password = self.first.text()
        if password != self.second.text():
            self._dialog.show_error(qt.translate(
                "PasswordFields", "The two passwords differ: type the same password in both "
                "boxes."))
            return None
        try:
            check_password_strength(password)
        except ValidationError:  # its only rule is the length: said in the person's language
            self._dialog.show_error(qt.translate(
                "PasswordFields", "The password is too short: it needs at least {count} "
                "characters.").format(count=MIN_LENGTH))
            return None
        return password


class UserDialog(FormDialog):
    """Add an account (`user` None: name, display name, role, password) or edit one (display
    name, role). `submitted(dict)`: for an edit only what changed."""

    def __init__(self, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.user = user
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("New user"))
        self.username = QLineEdit()
        self.username.setObjectName("userName")
        self.username.setPlaceholderText(self.tr("e.g. maria.lopez"))
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("displayName")
        self.role = role_combo(user.role if user else Role.STAFF)
        self.passwords = PasswordFields(self)
        self.error.setObjectName("userError")
        form = QFormLayout()
        form.addRow(self.tr("User name:"), QLabel(user.username) if user else self.username)
        form.addRow(self.tr("Display name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        if user is None:
            self.passwords.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_foot(layout)

    def values(self) -> dict[str, Any] | None:
        wanted = {"display_name": self.display_name.text().strip(),
                  "role": self.role.currentData()}
        if self.user is not None:
            current = {"display_name": self.user.display_name, "role": self.user.role}
            return {key: value for key, value in wanted.items() if value != current[key]}
        password = self.passwords.checked()
        if password is None:
            return None
        return {**wanted, "username": self.username.text().strip(), "password": password}


class PasswordDialog(FormDialog):
    """A new password for `user`; setting it also lifts a lockout."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Reset the password of {name}").format(name=user.username))
        self.passwords = PasswordFields(self)
        self.error.setObjectName("passwordError")
        form = QFormLayout()
        self.passwords.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(role_label(self.tr(
            "Tell {name} the new password in person; they can change it afterwards.").format(
                name=user.display_name), "hint"))
        layout.addLayout(form)
        self.add_foot(layout)

    def values(self) -> dict[str, Any] | None:
        password = self.passwords.checked()
        return None if password is None else {"password": password}


def _locked(user: UserInfo) -> bool:
    return user.locked_until is not None and user.locked_until > utcnow()


class UsersPage(AdminList):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(ctx, actor, services, "adminUsers", 1, [
            Column(lambda: self.tr("User name"), lambda u: u.username),
            Column(lambda: self.tr("Display name"), lambda u: u.display_name),
            Column(lambda: self.tr("Role"), lambda u: role_title(u.role)),
            Column(lambda: self.tr("Active"),
                   lambda u: self.tr("Yes") if u.active else self.tr("No")),
            Column(lambda: self.tr("Last sign-in"), lambda u: date_time_text(u.last_login_at),
                   sort=lambda u: u.last_login_at),
            Column(lambda: self.tr("Locked until"),
                   lambda u: date_time_text(u.locked_until) if _locked(u) else "",
                   sort=lambda u: u.locked_until if _locked(u) else None),
        ])
        self.add_button = self.bar_button(self.tr("Add…"), "addUser",
                                          lambda: self.open_dialog(None))
        self.edit_button = self.bar_button(self.tr("Edit…"), "editUser", self.edit_selected)
        self.toggle_button = self.bar_button(self.tr("Disable"), "toggleUser", self.toggle_selected)
        self.password_button = self.bar_button(self.tr("Reset password…"), "resetPassword",
                                        self.reset_password)
        self.unlock_button = self.bar_button(self.tr("Unlock"), "unlockUser", self.unlock_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.selection_changed()

    def loader(self) -> Callable[[], list[UserInfo]]:
        db, actor = self._ctx.db, self._actor
        return lambda: list_users(db, actor)

    def key(self, row: UserInfo) -> Any:
        return row.id

    def empty_text(self) -> str:
        return self.tr("No user yet: add one.")

    def count_text(self, count: int) -> str:
        return self.tr("1 user") if count == 1 else self.tr("{count} users").format(count=count)

    def selection_changed(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.toggle_button, self.password_button):
            button.setEnabled(user is not None)
        self.toggle_button.setText(self.tr("Enable") if user is not None and not user.active
                            else self.tr("Disable"))
        self.unlock_button.setEnabled(user is not None and _locked(user))

    # -- actions ----------------------------------------------------------------------------
    def open_dialog(self, user: UserInfo | None) -> FormDialog:
        db, actor = self._ctx.db, self._actor

        def store(values: dict) -> UserInfo:
            if user is None:
                return create_user(db, actor, values["username"], values["password"],
                                   values["role"], values["display_name"])
            return update_user(db, actor, user.username, **values)

        return open_form(self, UserDialog(user, self), store,
                         lambda info: self.refresh(self.tr("Saved {name}.").format(
                             name=info.username)),
                         jobs=self._jobs, title=self.tr("Saving a user"))

    def edit_selected(self) -> FormDialog | None:
        user = self.selected()
        return self.open_dialog(user) if user is not None else None

    def reset_password(self) -> FormDialog | None:
        user = self.selected()
        if user is None:
            return None
        db, actor = self._ctx.db, self._actor
        return open_form(self, PasswordDialog(user, self),
                         lambda values: change_password(db, actor, user.username,
                                                        values["password"]),
                         lambda _none: self.refresh(self.tr(
                             "The password of {name} was changed.").format(name=user.username)),
                         jobs=self._jobs, title=self.tr("Changing a password"))

    def toggle_selected(self) -> QMessageBox | None:
        """Enable the selected account, or ask before disabling it (the question is returned)."""
        user = self.selected()
        if user is None:
            return None
        db, actor, name = self._ctx.db, self._actor, user.username
        if not user.active:
            self.act(lambda: set_active(db, actor, name, True),
                     lambda info: self.tr("{name} can sign in again.").format(name=name),
                     self.tr("Enabling a user"))
            return None
        return confirm(self, self.tr("Disable {name}?").format(name=name),
                self.tr("{name} will no longer be able to sign in. Their history stays, and "
                        "you can enable the account again.").format(name=user.display_name),
                lambda: self.act(lambda: set_active(db, actor, name, False),
                                 lambda info: self.tr("{name} is disabled.").format(name=name),
                                 self.tr("Disabling a user")),
                "confirmDisableUser")

    def unlock_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor, name = self._ctx.db, self._actor, user.username
        self.act(lambda: unlock(db, actor, name),
                 lambda info: self.tr("{name} can sign in again on every computer.").format(
                     name=name),
                 self.tr("Unlocking a user"))

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> UsersPage:
        page = cls(ctx, actor, services)
        page.refresh()
        return page
