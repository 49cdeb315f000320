"""The dialogs that change the session log by hand (clockify.manage): create a session Clockify
never sent, correct one, delete one, each with a required reason that the session's history
keeps (layout and input only: the caller stores what they submit through
timedesk.clockify.manual and shows the service's answer in them)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication as qt  # lupdate reads .translate("Context", "...")
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.views import SessionInfo, UserInfo
from timedesk.ui.form_dialog import FormDialog
from timedesk.ui.formats import picked_time, picker_time, setup_picker
from timedesk.ui.widgets import role_label, show_message


def rules_of(settings: Any) -> ClockifyRules:
    """The rules in force (the registry's defaults for a view built without settings)."""
    return ClockifyRules.from_settings(settings) if settings is not None else ClockifyRules()


def _moment_edit(name: str, moment: datetime) -> QDateTimeEdit:
    edit = setup_picker(QDateTimeEdit(picker_time(moment)))
    edit.setObjectName(name)
    return edit


class ReasonDialog(FormDialog):
    """A reason line, required; the base of the dialogs below (`reason_values` adds it)."""

    def _add_reason(self, form: QFormLayout) -> None:
        self.reason = QLineEdit()
        self.reason.setObjectName("sessionReason")
        # translate(), not tr(): tr() would look in the subclass's context
        self.reason.setPlaceholderText(qt.translate("ReasonDialog",
                                                    "Why: kept in the session's history"))
        form.addRow(qt.translate("ReasonDialog", "Reason:"), self.reason)

    def reason_values(self, values: dict[str, Any]) -> dict[str, Any] | None:
        if not values:
            return {}  # nothing changed: the dialog just closes
        reason = self.reason.text().strip()
        if not reason:
            show_message(self.error, qt.translate("ReasonDialog",
                                                  "Say why: the reason is required."), "error")
            return None
        return {**values, "note": reason}


class SessionFormDialog(ReasonDialog):
    """Create (`session` None: a user is chosen) or correct a session's description, project,
    start and end. `submitted`: create_manual_session's keyword arguments, or for a
    correction update_session's (only what changed) with the note."""

    def __init__(self, session: SessionInfo | None, users: list[UserInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, 480)
        self.setObjectName("sessionForm")
        self.session = session
        self.setWindowTitle(self.tr("Correct session") if session else self.tr("New session"))
        self.user = QComboBox()
        self.user.setObjectName("sessionUser")
        for user in users:
            self.user.addItem(user.name or user.clockify_id, user.id)
        self.description = QLineEdit(session.description if session else "")
        self.description.setObjectName("sessionDescription")
        self.project = QLineEdit((session.project_name or "") if session else "")
        self.project.setObjectName("sessionProject")
        now = datetime.now().astimezone().replace(second=0)
        self.start = _moment_edit("sessionStart", session.start if session else
                                  now - timedelta(hours=1))
        self.end = _moment_edit("sessionEnd", (session.end or now) if session else now)
        self.end.setEnabled(session is None or not session.running)
        form = QFormLayout()
        if session is None:
            form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Project:"), self.project)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("End:"), self.end)
        self._add_reason(form)
        self.error.setObjectName("sessionFormError")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "Times are the office's time. A change of times is judged like an edit in "
            "Clockify: anything but a first small correction puts the session under review."),
            "hint"))
        self.add_foot(layout)
        self._shown = self._wanted()

    def _wanted(self) -> dict[str, Any]:
        return {"description": self.description.text().strip(),
                "project": self.project.text().strip() or None,
                "start": picked_time(self.start), "end": picked_time(self.end)}

    def values(self) -> dict[str, Any] | None:
        wanted = self._wanted()
        if self.session is None:
            if self.user.currentData() is None:
                show_message(self.error, self.tr("There is no Clockify user to record it for."),
                             "error")
                return None
            return self.reason_values({"user_id": self.user.currentData(),
                                       "description": wanted["description"],
                                       "project_name": wanted["project"],
                                       "start": wanted["start"], "end": wanted["end"]})
        changed = {k: v for k, v in wanted.items() if v != self._shown[k]}
        if not self.end.isEnabled():
            changed.pop("end", None)
        return self.reason_values(changed)


class DeleteSessionDialog(ReasonDialog):
    """Delete a session (kept, marked deleted). `submitted`: {"note": reason}."""

    def __init__(self, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteSession")
        self.setWindowTitle(self.tr("Delete session"))
        form = QFormLayout()
        self._add_reason(form)
        self.error.setObjectName("deleteSessionError")
        layout = QVBoxLayout(self)
        layout.addWidget(role_label(self.tr(
            "Delete “{description}”? It stays in the log, marked deleted, with its history; "
            "reports leave it out.").format(description=session.description or "—"), "hint"))
        layout.addLayout(form)
        self.add_foot(layout)

    def values(self) -> dict[str, Any] | None:
        return self.reason_values({"deleted": True})
