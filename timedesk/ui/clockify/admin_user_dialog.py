"""The dialog that edits one Clockify user's e-mail, notices and active flag (layout and input
only; users_view.py saves what it submits and shows the service's answer in it)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from timedesk.clockify.views import UserInfo
from timedesk.ui.form_dialog import FormDialog
from timedesk.ui.widgets import role_label


class EditUserDialog(FormDialog):
    """`submitted(dict)`: only the fields that changed."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clockify user"))
        self.setObjectName("editClockifyUser")
        self.user = user
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
        self.error.setObjectName("userError")
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
        self.add_foot(layout)

    def values(self) -> dict:
        wanted = {"email": self.email.text().strip(), "notify": self.notify.isChecked(),
                  "active": self.active.isChecked()}
        current = {"email": self.user.email or "", "notify": self.user.notify,
                   "active": self.user.active}
        return {k: v for k, v in wanted.items() if v != current[k]}
