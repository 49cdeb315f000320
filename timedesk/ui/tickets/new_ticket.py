"""The new-ticket dialog: subject, description, category and priority. The service checks what
was typed; its refusal is shown in the dialog and the text stays as typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.tickets.lifecycle import PRIORITIES
from timedesk.tickets.service import HelpDesk, TicketInfo
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.tickets.texts import priority_title


class NewTicketDialog(FormDialog):
    def __init__(self, parent: QWidget | None, categories: list[str]) -> None:
        super().__init__(parent, min_width=560)
        self.setObjectName("newTicketDialog")
        self.setWindowTitle(self.tr("New ticket"))
        self.subject = QLineEdit()
        self.subject.setObjectName("newTicketSubject")
        self.subject.setPlaceholderText(self.tr("In a few words: what is wrong?"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("newTicketDescription")
        self.description.setPlaceholderText(self.tr(
            "What happened, since when, what you tried; error messages as they were shown."))
        self.description.setMinimumHeight(160)
        self.category = QComboBox()
        self.category.setObjectName("newTicketCategory")
        self.category.addItem(self.tr("No category"), None)
        for name in categories:
            self.category.addItem(name, name)
        self.priority = QComboBox()
        self.priority.setObjectName("newTicketPriority")
        for priority in PRIORITIES:
            self.priority.addItem(priority_title(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Priority"), self.priority)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_foot(layout)

    def values(self) -> dict | None:
        """What to file; None (the dialog stays, as typed) while the subject is empty. The
        service checks the rest (lengths, the category) and its refusal is shown here too."""
        if not self.subject.text().strip():
            self.show_error(self.tr("Write a subject: a few words saying what is wrong."))
            self.subject.setFocus()
            return None
        return {"subject": self.subject.text(), "description": self.description.toPlainText(),
                "category": self.category.currentData(), "priority": self.priority.currentData()}


def open_new_ticket(owner: Any, desk: HelpDesk, actor: Actor, categories: list[str],
                    created: Any, *, jobs: Any) -> NewTicketDialog:
    """Open the dialog over `owner` (kept as `owner.dialog`); `created(TicketInfo)` once the
    service stored the ticket."""
    dialog = NewTicketDialog(owner, categories)

    def store(values: dict) -> TicketInfo:
        return desk.create_ticket(actor, values["subject"], values["description"],
                                  category=values["category"], priority=values["priority"])

    open_form(owner, dialog, store, created, jobs=jobs,
              title=QCoreApplication.translate("NewTicketDialog", "Creating a ticket"))
    return dialog
