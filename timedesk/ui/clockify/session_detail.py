"""One session: every field, Clockify's times next to the valid ones, its history, and the
manager's decision (approve: Clockify's times become the valid ones; reject: they do not).

The service checks the permission and the rules (a note to reject, nothing to decide on a
running or deleted session); its message is shown here, in the dialog, never a traceback.
Reject stays disabled until the note says why, and asks for a confirmation that repeats it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.manual import soft_delete_session, update_session
from timedesk.clockify.models import APPROVED
from timedesk.clockify.queries import get_session, session_history
from timedesk.clockify.review import approve_session, reject_session
from timedesk.clockify.views import HistoryEntry, SessionInfo
from timedesk.durations import hours_minutes
from timedesk.errors import PermissionDenied
from timedesk.events.bus import RESYNC
from timedesk.jobs import JobRunner
from timedesk.ui.appearance import styled
from timedesk.ui.clockify.event_names import event_text
from timedesk.ui.clockify.session_edit import DeleteSessionDialog, SessionFormDialog, rules_of
from timedesk.ui.clockify.sessions_format import (
    NO_VALUE,
    STATUS_COLOURS,
    elapsed_seconds,
    local_time,
    project_text,
    status_title,
    tags_text,
    user_name,
    utc_now,
)
from timedesk.ui.clockify.sessions_history import history_line
from timedesk.ui.errors import show_error
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.tasks import BURST_MS, BackgroundTask, BusSignal, run_in_background
from timedesk.ui.widgets import confirm, primary_button, role_label, show_message

HISTORY_COLUMNS = 5


def _value(text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label


class SessionDetailDialog(QDialog):
    decided = Signal(object)  # the SessionInfo after a decision

    def __init__(self, db: Any, bus: Any, actor: Actor, jobs: JobRunner, session_id: int,
                 parent: QWidget | None = None, *, settings: Any = None) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor, self._jobs = db, bus, actor, jobs
        self._settings = settings
        self.dialog: FormDialog | None = None
        self.session_id = session_id
        self.info: SessionInfo | None = None
        self.history: list[HistoryEntry] = []
        self.loading: BackgroundTask | None = None
        self.setObjectName("sessionDetail")
        self.setWindowTitle(self.tr("Clockify session #{id}").format(id=session_id))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(940, 680)
        self.fields: dict[str, QLabel] = {}
        self._build()
        self.live = BusSignal(self, bus, ("clockify.session.",), debounce_ms=BURST_MS)
        self.live.received.connect(self._on_events)
        self.reload()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = role_label("", "title")
        self.heading.setObjectName("sessionHeading")
        self.status = QLabel()
        self.status.setObjectName("sessionStatus")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        columns = QHBoxLayout()
        columns.addWidget(self._entry_box(), 1)
        columns.addWidget(self._times_box(), 1)
        self.message = role_label("", "hint")
        self.message.setObjectName("sessionMessage")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.may_edit = self._actor.can(Permission.CLOCKIFY_MANAGE)
        self.correct_button = buttons.addButton(self.tr("Correct…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.setObjectName("correctSession")
        self.delete_button = buttons.addButton(self.tr("Delete…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.setObjectName("deleteSession")
        for button in (self.correct_button, self.delete_button):
            button.setAutoDefault(False)
            button.setVisible(self.may_edit)
            button.setEnabled(False)
        self.correct_button.clicked.connect(self.correct)
        self.delete_button.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(self._history_box(), 1)
        layout.addWidget(self._decision_box())
        layout.addWidget(buttons)

    def _form(self, title: str, rows: list[tuple[str, str, bool]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        for key, label, wrap in rows:
            self.fields[key] = _value(wrap=wrap)
            self.fields[key].setObjectName(f"field_{key}")
            form.addRow(label, self.fields[key])
        return box

    def _entry_box(self) -> QGroupBox:
        return self._form(self.tr("Entry"), [
            ("user", self.tr("User:"), True), ("description", self.tr("Description:"), True),
            ("project", self.tr("Project:"), True), ("task", self.tr("Task:"), True),
            ("tags", self.tr("Tags:"), True), ("billable", self.tr("Billable:"), False),
            ("time_zone", self.tr("Time zone:"), False),
            ("clockify_id", self.tr("Clockify id:"), False),
            ("created_by_event", self.tr("First event:"), False)])

    def _times_box(self) -> QGroupBox:
        """Clockify's times next to the valid ones, then the review fields, in one grid so
        that every label lines up."""
        box = QGroupBox(self.tr("Times and review"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for column, title in enumerate((self.tr("Received from Clockify"), self.tr("Valid")),
                                       start=1):
            grid.addWidget(role_label(title, "hint", wrap=False), 0, column)
        rows = [("start", self.tr("Start:")), ("end", self.tr("End:")),
                ("duration", self.tr("Duration:"))]
        for row, (key, title) in enumerate(rows, start=1):
            grid.addWidget(QLabel(title), row, 0, right)
            for column, prefix in enumerate(("", "valid_"), start=1):
                self._add_field(prefix + key, grid, row, column)
        review = [("overtime", self.tr("Overtime:")), ("edits", self.tr("Edits:")),
                  ("observation", self.tr("Observation:")), ("decided", self.tr("Decided:")),
                  ("deleted", self.tr("Deleted:"))]
        for row, (key, title) in enumerate(review, start=len(rows) + 1):
            grid.addWidget(QLabel(title), row, 0, right)
            self._add_field(key, grid, row, 1, span=2, wrap=key in ("observation", "decided"))
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(rows) + len(review) + 1, 1)
        return box

    def _add_field(self, key: str, grid: QGridLayout, row: int, column: int, *, span: int = 1,
                   wrap: bool = False) -> None:
        self.fields[key] = _value(wrap=wrap)
        self.fields[key].setObjectName(f"field_{key}")
        grid.addWidget(self.fields[key], row, column, 1, span)

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History"))
        self.history_table = QTableWidget(0, HISTORY_COLUMNS)
        self.history_table.setObjectName("sessionHistory")
        self.history_table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"),
            self.tr("Note")])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(True)
        self.history_table.setAlternatingRowColors(True)
        header = self.history_table.horizontalHeader()
        for column in range(HISTORY_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 200)
        # wrapped cells need their height again once the columns have their final width
        header.sectionResized.connect(lambda *_: self.history_table.resizeRowsToContents())
        layout = QVBoxLayout(box)
        layout.addWidget(self.history_table)
        return box

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decision"))
        box.setObjectName("decisionBox")
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(self.tr("Note (say why when you reject)"))
        self.approve_button = primary_button(self.tr("Approve"))
        self.approve_button.setObjectName("approveSession")
        self.approve_button.setAutoDefault(False)
        self.approve_button.setDefault(False)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("rejectSession")
        self.reject_button.setAutoDefault(False)
        self.approve_button.clicked.connect(lambda: self.decide(APPROVED))
        self.reject_button.clicked.connect(self.ask_reject)
        self.note.textChanged.connect(lambda _text: self._update_decision())
        self.decision_hint = role_label("", "hint")
        self.decision_hint.setObjectName("decisionHint")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.decision_hint)
        layout.addWidget(self.message)
        self.may_decide = self._actor.can(Permission.CLOCKIFY_APPROVE)
        self._update_decision()
        return box

    # -- showing -----------------------------------------------------------------------------
    def show_session(self, info: SessionInfo, history: list[HistoryEntry]) -> None:
        self.info, self.history = info, history
        self.heading.setText(info.description or self.tr("(no description)"))
        self.status.setText(status_title(info.status))
        text_colour, background = STATUS_COLOURS.get(info.status, ("#3b4350", "#e9ecf1"))
        styled(self.status, f"color: {text_colour}; background: {background}; "
                            "border-radius: 11px; padding: 3px 12px; font-weight: bold;")
        values = {
            "user": user_name(info) + (f" <{info.user.email}>" if info.user and info.user.email
                                       else ""),
            "description": info.description or NO_VALUE,
            "project": project_text(info) or NO_VALUE, "task": info.task_name or NO_VALUE,
            "tags": tags_text(info),
            "billable": NO_VALUE if info.billable is None else (
                self.tr("Yes") if info.billable else self.tr("No")),
            "time_zone": info.time_zone or NO_VALUE, "clockify_id": info.clockify_id,
            "created_by_event": event_text(info.created_by_event),
            "start": local_time(info.start, seconds=True),
            "end": self.tr("● Running") if info.running else local_time(info.end, seconds=True),
            "duration": (self.tr("{elapsed} so far").format(elapsed=hours_minutes(
                elapsed_seconds(info, utc_now()), missing=NO_VALUE)) if info.running
                else hours_minutes(info.duration_seconds, missing=NO_VALUE)),
            "valid_start": local_time(info.valid_start, seconds=True),
            "valid_end": local_time(info.valid_end, seconds=True),
            "valid_duration": hours_minutes(info.valid_duration_seconds, missing=NO_VALUE),
            "overtime": self.tr("Yes") if info.overtime else self.tr("No"),
            "edits": str(info.edits), "observation": info.observation or NO_VALUE,
            "decided": (self.tr("{who}, {when}").format(who=info.decided_by,
                                                        when=local_time(info.decided_at))
                        if info.decided_by else NO_VALUE),
            "deleted": (self.tr("Yes, {when}").format(when=local_time(info.deleted_at))
                        if info.deleted else self.tr("No")),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        differs = (info.start, info.end) != (info.valid_start, info.valid_end)
        for key in ("valid_start", "valid_end", "valid_duration"):
            styled(self.fields[key], "color: #8a5a00; font-weight: bold;" if differs else "")
        self._show_history(history)
        self._update_decision()

    def _show_history(self, history: list[HistoryEntry]) -> None:
        table = self.history_table
        table.setRowCount(len(history))
        for row, entry in enumerate(reversed(history)):  # newest first
            line = history_line(entry)
            texts = (line.when, line.who, line.what, "\n".join(line.changes), line.note)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        table.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes None: no item

    def _update_decision(self) -> None:
        info = self.info
        for button in (self.correct_button, self.delete_button):
            button.setEnabled(self.may_edit and info is not None and not info.deleted)
        open_to_decide = info is not None and not info.running and not info.deleted
        for widget in (self.note, self.approve_button, self.reject_button):
            widget.setEnabled(self.may_decide and open_to_decide)
        noted = bool(self.note.text().strip())  # a rejection says why (the service insists too)
        self.reject_button.setEnabled(self.reject_button.isEnabled() and noted)
        self.reject_button.setToolTip("" if noted else self.tr("Write in the note why the "
                                                               "session is rejected first."))
        if not self.may_decide:
            hint = self.tr("Only a manager or an administrator can approve or reject sessions.")
        elif info is None:
            hint = ""
        elif info.running:
            hint = self.tr("The timer is still running; decide once it stops.")
        elif info.deleted:
            hint = self.tr("The session was deleted in Clockify; it is kept for the record only.")
        else:
            hint = self.tr("Approving makes Clockify's times the valid times; rejecting keeps "
                           "the valid times as they are.")
        self.decision_hint.setText(hint)

    # -- behaviour ---------------------------------------------------------------------------
    def reload(self) -> BackgroundTask:
        """Read the session and its history again, off the GUI thread."""
        db, actor, session_id = self._db, self._actor, self.session_id
        self.loading = run_in_background(
            self, lambda progress: (get_session(db, actor, session_id),
                                    session_history(db, actor, session_id)),
            lambda loaded: self.show_session(*loaded), lambda exc: show_error(self.message, exc),
            jobs=self._jobs, title=self.tr("Loading a Clockify session"))
        return self.loading

    def decide(self, status: str) -> BackgroundTask:
        """Approve or reject with the note typed; the service says what is missing."""
        db, bus, actor, session_id, note = (self._db, self._bus, self._actor, self.session_id,
                                            self.note.text())
        service: Callable[..., SessionInfo]
        if status == APPROVED:
            title, service = self.tr("Approving a Clockify session"), approve_session
        else:
            title, service = self.tr("Rejecting a Clockify session"), reject_session
        for widget in (self.approve_button, self.reject_button):
            widget.setEnabled(False)
        return run_in_background(
            self, lambda progress: service(db, bus, actor, session_id, note), self._decided,
            self._not_decided, jobs=self._jobs, title=title)

    def ask_reject(self) -> QMessageBox | None:
        """Reject after a confirmation that repeats the note (Reject is enabled with a note)."""
        note = self.note.text().strip()
        if not note or self.info is None:
            return None
        box = confirm(self, self.tr("Reject the session"),
                      self.tr("Reject this session? Its valid times stay as they are, and the "
                              "note is kept as its observation:\n\n{note}").format(note=note),
                      lambda: self.decide("rejected"), "confirmReject")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the note shows as typed, never as markup
        return box

    def correct(self) -> FormDialog | None:
        """Correct the description, project or times, with a reason (clockify.manage)."""
        if self.info is None:
            return None
        db, bus, actor, session_id, rules = (self._db, self._bus, self._actor, self.session_id,
                                             rules_of(self._settings))
        return open_form(self, SessionFormDialog(self.info, [], self),
                         lambda values: update_session(db, bus, actor, session_id, rules=rules,
                                                       **values),
                         lambda info: self._changed(info, self.tr("Corrected.")),
                         jobs=self._jobs, title=self.tr("Correcting a Clockify session"))

    def delete(self) -> FormDialog | None:
        """Mark the session deleted, with a reason (clockify.manage)."""
        if self.info is None:
            return None
        db, bus, actor, session_id = self._db, self._bus, self._actor, self.session_id
        return open_form(self, DeleteSessionDialog(self.info, self),
                         lambda values: soft_delete_session(db, bus, actor, session_id,
                                                            note=values["note"]),
                         lambda info: self._changed(info, self.tr("Deleted.")),
                         jobs=self._jobs, title=self.tr("Deleting a Clockify session"))

    def _changed(self, info: SessionInfo, text: str) -> None:
        show_message(self.message, text, "success")
        self.decided.emit(info)
        self.reload()

    def _decided(self, info: SessionInfo) -> None:
        self.note.clear()
        show_message(self.message, self.tr("Approved.") if info.status == APPROVED
                     else self.tr("Rejected."), "success")
        self.decided.emit(info)
        self.reload()

    def _not_decided(self, exc: BaseException) -> None:
        self._update_decision()
        if isinstance(exc, PermissionDenied):  # said in the words of this dialog
            show_message(self.message, self.tr(
                "You may not approve or reject sessions; ask an administrator for a role "
                "that allows it."), "error")
        else:
            show_error(self.message, exc)

    def _on_events(self, events: list[Any]) -> None:
        if any(event.topic == RESYNC or event.payload.get("session_id") == self.session_id
               for event in events):
            self.reload()
