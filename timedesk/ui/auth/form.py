"""Layout shared by the sign-in dialogs: a heading, an intro, a form, an error line, buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

DIALOG_WIDTH = 480


class CredentialsForm:
    """Builds the widgets of a sign-in dialog into `dialog` and runs its checks; what they
    mean stays in the dialog."""

    def __init__(self, dialog: QDialog, heading: str, intro: str, accept_text: str,
                 reject_text: str) -> None:
        self._dialog = dialog
        # A fixed width lets adjustSize() compute the height of the wrapped texts; otherwise
        # the window keeps its first height and squeezes the fields into each other.
        dialog.setFixedWidth(DIALOG_WIDTH)
        self.heading = role_label(heading, "title")
        self.intro = role_label(intro, "hint")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.error = role_label("", "error")
        self.error.setObjectName("errorLabel")
        self.error.hide()
        self.accept_button: QPushButton = primary_button(accept_text)
        self.accept_button.setObjectName("acceptButton")
        self.reject_button = QPushButton(reject_text)
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.where = role_label("", "hint")
        self.where.hide()
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.where)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def say(self, text: str, role: str = "error") -> None:
        """Show (or with '' hide) the message line and refit the dialog's height to it."""
        show_message(self.error, text, role)
        self._dialog.adjustSize()

    def check(self, call: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None], title: str) -> BackgroundTask:
        """Run `call()` off the GUI thread (password hashing takes long enough to freeze the
        window), then `on_done(result)` or `on_error(exc)`; an answer arriving after the dialog
        was closed (Quit, Esc) or destroyed is dropped."""
        task = run_in_background(self._dialog, lambda progress: call(), on_done, on_error,
                                 title=title)
        self._dialog.finished.connect(task.cancel)
        return task

    def add_field(self, label: str, name: str, *, secret: bool = False) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMinimumWidth(260)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(QLabel(label), field)
        return field

    def add_note(self, text: str) -> QWidget:
        note = role_label(text, "hint")
        self.form.addRow("", note)
        return note
