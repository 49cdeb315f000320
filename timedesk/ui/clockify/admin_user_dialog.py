"""The dialog that edits one Clockify user's e-mail, notices and active flag (layout and input
only; users_view.py saves what it submits and shows the service's answer in it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from timedesk.clockify.views import UserInfo
from timedesk.ui.widgets import role_label, show_message


class EditUserDialog(QDialog):
    submitted = Signal(dict)  # only the fields that changed

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editClockifyUser")
        self.user = user
        self.setWindowTitle(self.tr("Clockify user"))
        self.setMinimumWidth(440)
        self.email = QLineEdit(user.email or "")
        self.email.setObjectName("userEmail")
        self.email.setPlaceholderText("name@example.com")
        self.email.setClearButtonEnabled(True)
        self.notify = QCheckBox(self.tr("Send this person e-mail notices of their sessions"))
        self.notify.setObjectName("userNotify")
        self.notify.setChecked(user.notify)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("userActive")
        self.active.setChecked(user.active)
        self.error = role_label("", "error")
        self.error.setObjectName("userError")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), QLabel(user.name or user.clockify_id))
        form.addRow(self.tr("Clockify ID:"), QLabel(user.clockify_id))
        form.addRow(self.tr("E-mail:"), self.email)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "Clockify's webhooks carry no e-mail address: type the one notices and reports go "
            "to, or leave it empty."), "hint"))
        layout.addWidget(self.notify)
        layout.addWidget(self.active)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def changes(self) -> dict:
        wanted = {"email": self.email.text().strip(), "notify": self.notify.isChecked(),
                  "active": self.active.isChecked()}
        current = {"email": self.user.email or "", "notify": self.user.notify,
                   "active": self.user.active}
        return {k: v for k, v in wanted.items() if v != current[k]}

    def submit(self) -> None:
        changes = self.changes()
        if not changes:
            self.reject()
            return
        self.set_busy(True)
        self.submitted.emit(changes)

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        show_message(self.error, text, "error")
