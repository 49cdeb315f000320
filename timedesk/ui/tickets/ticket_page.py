"""One ticket: its header, the SLA deadlines coloured as they near (amber within an office hour,
red once breached, "paused" while it waits), the actions its status and the actor allow (take,
assign, the legal moves of lifecycle.MOVES, priority, category), the conversation (internal
notes set apart; the service never gives them to requesters), a comment box, the attachments
(open, save, add a file, paste a screenshot) and the history. Every text people typed is shown
as plain text."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QImage, QImageWriter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.db.base import utcnow
from timedesk.jobs import Progress
from timedesk.office.service import current_calendar
from timedesk.tickets.lifecycle import MOVES, PRIORITIES, STATUSES
from timedesk.tickets.service import AttachmentInfo, CommentInfo, HelpDesk, TicketDetail
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_time_text
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.tickets.texts import (
    LEVEL_ROLES,
    deadline_level,
    field_title,
    history_value,
    level_title,
    priority_title,
    status_title,
)
from timedesk.ui.widgets import ask_save_path, role_label, set_role, show_message

ChatHook = Callable[[str, int], object]  # open_chat(username, ticket_id)


@dataclass(frozen=True)
class Loaded:
    """A ticket as the page shows it: the detail and the office time left to each deadline."""

    detail: TicketDetail
    first_response_left: int | None
    resolution_left: int | None
    categories: list[str]


def plain_label(text: str, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that shows `text` as typed (never as rich text)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def screenshot_png(image: QImage) -> bytes:
    """A clipboard image as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())


class CommentCard(QFrame):
    """One comment (or, with `opening`, the ticket's description): who and when above the
    text; an internal note framed apart."""

    def __init__(self, comment: CommentInfo, *, opening: bool = False) -> None:
        super().__init__()
        self.opening = opening
        self.setObjectName("ticketDescription" if opening else "ticketComment")
        set_role(self, "internalNote" if comment.internal else "comment")
        head = plain_label(f"{comment.author} · {date_time_text(comment.created_at)}", wrap=False)
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        self.body = plain_label(comment.body, selectable=True)
        self.body.setObjectName("ticketCommentBody")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        top = QHBoxLayout()
        top.addWidget(head)
        top.addStretch(1)
        if comment.internal:
            badge = role_label(self.tr("Internal note · not shown to the requester"), "warning",
                               wrap=False)
            badge.setObjectName("internalBadge")
            top.addWidget(badge)
        layout.addLayout(top)
        layout.addWidget(self.body)


class TicketPage(QWidget):
    changed = Signal(int)  # the ticket was changed here

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("ticketPage")
        self._ctx, self._actor, self._services, self._jobs = ctx, actor, services, services.jobs
        self.desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
        self.ticket_id: int | None = None
        self.loaded: Loaded | None = None
        self.dialog: QFileDialog | None = None
        self.opened_files: list[Path] = []
        self.open_file: Callable[[Path], object] = \
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.works = actor.can(Permission.TICKETS_WORK) or actor.can(Permission.TICKETS_MANAGE)
        self._generation = 0
        self._build()
        self.live = BusSignal(self, ctx.bus, ("tickets.changed",), debounce_ms=BURST_MS)
        self.live.received.connect(self._on_events)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.subject = plain_label("", selectable=True)
        self.subject.setObjectName("ticketSubject")
        big = QFont(self.subject.font())
        big.setPointSize(big.pointSize() + 4)
        big.setBold(True)
        self.subject.setFont(big)
        self.facts = plain_label("")
        self.facts.setObjectName("ticketFacts")
        self.people = plain_label("")
        self.people.setObjectName("ticketPeople")
        self.first_response = QLabel()
        self.first_response.setObjectName("slaFirstResponse")
        self.resolution = QLabel()
        self.resolution.setObjectName("slaResolution")
        for label in (self.first_response, self.resolution):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(8, 4, 8, 4)
        self.message = role_label("", "hint")
        self.message.setObjectName("ticketMessage")
        self.message.hide()

        self.take_button = QPushButton(self.tr("Take"))
        self.take_button.setObjectName("ticketTake")
        self.take_button.clicked.connect(self.take)
        self.assignee = QComboBox()
        self.assignee.setObjectName("ticketAssignee")
        self.assignee.setEditable(True)
        self.assignee.setMinimumWidth(140)
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setObjectName("ticketAssign")
        self.assign_button.clicked.connect(self.assign)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.setObjectName("ticketStatusMove")
        self.status.activated.connect(lambda _i: self._move())
        self.priority = QComboBox()
        self.priority.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.priority.setObjectName("ticketPriority")
        for priority in PRIORITIES:
            self.priority.addItem(priority_title(priority), priority)
        self.priority.activated.connect(lambda _i: self.change(
            priority=self.priority.currentData()))
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category.setObjectName("ticketCategory")
        self.category.activated.connect(lambda _i: self.change(
            category=self.category.currentData()))
        self.chat_button = QPushButton(self.tr("Chat about this ticket"))
        self.chat_button.setObjectName("ticketChat")
        self.chat_button.clicked.connect(self.chat)
        actions = QGridLayout()
        actions.addWidget(QLabel(self.tr("Status")), 0, 0)
        actions.addWidget(self.status, 0, 1)
        actions.addWidget(QLabel(self.tr("Priority")), 0, 2)
        actions.addWidget(self.priority, 0, 3)
        actions.addWidget(QLabel(self.tr("Category")), 0, 4)
        actions.addWidget(self.category, 0, 5)
        actions.addWidget(QLabel(self.tr("Assignee")), 1, 0)
        actions.addWidget(self.assignee, 1, 1)
        actions.addWidget(self.assign_button, 1, 2)
        actions.addWidget(self.take_button, 1, 3)
        actions.addWidget(self.chat_button, 1, 5)
        actions.setColumnStretch(6, 1)

        self.conversation = QWidget()
        self.conversation.setObjectName("ticketConversation")
        self.comments_layout = QVBoxLayout(self.conversation)
        self.comments_layout.setContentsMargins(0, 0, 0, 0)
        self.comments_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("ticketConversationScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.conversation)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("ticketCommentBox")
        self.comment.setPlaceholderText(self.tr("Write a reply…"))
        self.comment.setMaximumHeight(96)
        self.internal = QCheckBox(self.tr("Internal note (technicians only)"))
        self.internal.setObjectName("ticketInternal")
        self.internal.setVisible(self.works)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("ticketSend")
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.send_comment)
        send_row = QHBoxLayout()
        send_row.addWidget(self.internal)
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)

        self.attachments = QListWidget()
        self.attachments.setObjectName("ticketAttachments")
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.clicked.connect(self.ask_save_selected)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setObjectName("ticketAddFile")
        self.add_button.clicked.connect(self.ask_add_file)
        self.paste_button = QPushButton(self.tr("Paste screenshot"))
        self.paste_button.setObjectName("ticketPasteScreenshot")
        self.paste_button.setToolTip(self.tr("Attach the image in the clipboard as a PNG"))
        self.paste_button.clicked.connect(self.paste_screenshot)
        files_buttons = QGridLayout()
        files_buttons.addWidget(self.open_button, 0, 0)
        files_buttons.addWidget(self.save_button, 0, 1)
        files_buttons.addWidget(self.add_button, 1, 0)
        files_buttons.addWidget(self.paste_button, 1, 1)

        self.history = QTableWidget(0, 2)
        self.history.setObjectName("ticketHistory")
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who and what")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.subject)
        left_layout.addWidget(self.facts)
        left_layout.addWidget(self.people)
        for label in (self.first_response, self.resolution):
            row = QHBoxLayout()
            row.addWidget(label)
            row.addStretch(1)
            left_layout.addLayout(row)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self._title(self.tr("Conversation")))
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.comment)
        left_layout.addLayout(send_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._title(self.tr("Attachments")))
        right_layout.addWidget(self.attachments, 1)
        right_layout.addLayout(files_buttons)
        right_layout.addWidget(self._title(self.tr("History")))
        right_layout.addWidget(self.history, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 480])
        right.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._render()

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # -- loading -------------------------------------------------------------------------------
    def show_ticket(self, ticket_id: int) -> None:
        if ticket_id != self.ticket_id:
            self.ticket_id, self.loaded = ticket_id, None
            self.comment.clear()
            self.message.hide()
            self._render()
        self.reload()

    def reload(self) -> None:
        if self.ticket_id is None:
            return
        self._generation += 1
        generation, ticket_id = self._generation, self.ticket_id
        desk, actor, db, settings = self.desk, self._actor, self._ctx.db, self._ctx.settings

        def load(progress: Progress) -> Loaded:
            detail = desk.get_ticket(actor, ticket_id)
            calendar = current_calendar(db, settings)
            now = utcnow()

            def left(due: datetime | None) -> int | None:
                if due is None:
                    return None
                return calendar.office_seconds(now, due) if due > now else 0

            sla = detail.ticket.sla
            return Loaded(detail, left(sla.first_response_due), left(sla.resolution_due),
                          desk.categories(actor))

        def loaded(result: Loaded) -> None:
            if generation == self._generation:
                self.loaded = result
                self._render()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.message, exc, self.tr("Cannot read the ticket:"))

        run_in_background(self, load, loaded, failed, jobs=self._jobs,
                          title=self.tr("Reading a ticket"))

    def _on_events(self, events: list[Any]) -> None:
        ids = {getattr(event, "payload", {}).get("id") for event in events}
        if self.ticket_id is not None and (self.ticket_id in ids or None in ids):
            self.reload()

    # -- drawing -------------------------------------------------------------------------------
    def legal_moves(self) -> list[str]:
        """The statuses the ticket may move to now (lifecycle.MOVES), in lifecycle order."""
        if self.loaded is None:
            return []
        ticket = self.loaded.detail.ticket
        moves = MOVES.get(ticket.status, frozenset())
        return [status for status in STATUSES if status in moves]

    def _render(self) -> None:
        loaded = self.loaded
        has = loaded is not None
        for widget in (self.take_button, self.assign_button, self.status, self.priority,
                       self.category, self.assignee, self.send_button, self.comment,
                       self.add_button, self.paste_button, self.open_button, self.save_button):
            widget.setEnabled(has)
        if loaded is None:
            self.subject.setText(self.tr("Open a ticket from the list.")
                                 if self.ticket_id is None else self.tr("Loading…"))
            for label in (self.facts, self.people, self.first_response, self.resolution):
                label.clear()
            self.chat_button.hide()
            return
        ticket = loaded.detail.ticket
        self.subject.setText(ticket.subject)
        self.facts.setText(" · ".join([
            f"#{ticket.id}", status_title(ticket.status), priority_title(ticket.priority),
            ticket.category or self.tr("No category"),
            self.tr("opened {time}").format(time=date_time_text(ticket.created_at))]))
        self.people.setText(self.tr("Requester: {requester} · Assignee: {assignee}").format(
            requester=ticket.requester, assignee=ticket.assignee or self.tr("nobody")))
        self._render_deadline(self.first_response, self.tr("First response"),
                              ticket.sla.first_response_due, ticket.sla.first_response_at,
                              "first_response", loaded.first_response_left)
        self._render_deadline(self.resolution, self.tr("Resolution"), ticket.sla.resolution_due,
                              ticket.resolved_at, "resolution", loaded.resolution_left)
        self._render_actions()
        self._render_comments(loaded.detail.comments)
        self._render_attachments(loaded.detail.attachments)
        self._render_history()

    def _render_deadline(self, label: QLabel, title: str, due: datetime | None,
                         done_at: datetime | None, kind: str, left: int | None) -> None:
        assert self.loaded is not None
        sla = self.loaded.detail.ticket.sla
        level = deadline_level(due, done_at, breached=kind in sla.breached, paused=sla.paused,
                               office_seconds_left=left)
        if done_at is None:
            text = self.tr("{what}: due {due} — {state}").format(
                what=title, due=date_time_text(due) or "—", state=level_title(level))
        else:
            text = self.tr("{what}: due {due}, done {done} — {state}").format(
                what=title, due=date_time_text(due) or "—", done=date_time_text(done_at),
                state=level_title(level))
        label.setText(text)
        set_role(label, level, name="level")
        set_role(label, LEVEL_ROLES[level])

    def _render_actions(self) -> None:
        assert self.loaded is not None
        ticket = self.loaded.detail.ticket
        self.status.clear()
        self.status.addItem(self.tr("{status} — change to…").format(
            status=status_title(ticket.status)), None)
        for status in self.legal_moves():
            self.status.addItem(status_title(status), status)
        self.status.setEnabled(self.status.count() > 1)
        self.priority.setCurrentIndex(self.priority.findData(ticket.priority))
        self.category.clear()
        self.category.addItem(self.tr("No category"), None)
        for name in self.loaded.categories:
            self.category.addItem(name, name)
        if ticket.category and self.category.findData(ticket.category) < 0:
            self.category.addItem(ticket.category, ticket.category)
        self.category.setCurrentIndex(max(0, self.category.findData(ticket.category)))
        names = [n for n in dict.fromkeys([ticket.assignee or "", self._actor.name]) if n]
        self.assignee.clear()
        self.assignee.addItems(names)
        self.assignee.setCurrentText(ticket.assignee or "")
        for widget in (self.priority, self.category, self.assignee, self.assign_button):
            widget.setEnabled(self.works)
        self.take_button.setVisible(self.works)
        self.take_button.setEnabled(self.works and ticket.assignee != self._actor.name
                                    and ticket.status in ("new", "reopened"))
        self.chat_button.setVisible(self.chat_hook() is not None
                                    and self.chat_partner() is not None)

    def _render_comments(self, comments: list[CommentInfo]) -> None:
        """The description as the requester wrote it, then the comments."""
        assert self.loaded is not None
        ticket = self.loaded.detail.ticket
        while self.comments_layout.count() > 1:
            item = self.comments_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        opening = CommentInfo(0, ticket.id, ticket.requester, ticket.description, False,
                              ticket.created_at)
        cards: list[QWidget] = [CommentCard(opening, opening=True)]
        cards += [CommentCard(comment) for comment in comments]
        if not comments:
            cards.append(role_label(self.tr("No replies yet."), "hint"))
        for number, card in enumerate(cards):
            self.comments_layout.insertWidget(number, card)

    def comment_cards(self) -> list[CommentCard]:
        """The comments shown, in order (not the description)."""
        cards = []
        for number in range(self.comments_layout.count()):
            item = self.comments_layout.itemAt(number)
            widget = item.widget() if item is not None else None
            if isinstance(widget, CommentCard) and not widget.opening:
                cards.append(widget)
        return cards

    def _render_attachments(self, attachments: list[AttachmentInfo]) -> None:
        self.attachments.clear()
        for attachment in attachments:
            item = QListWidgetItem(self.tr("{name}  ({size} KB, {who})").format(
                name=attachment.filename, size=max(1, round(attachment.size / 1024)),
                who=attachment.uploaded_by))
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setToolTip(f"{attachment.content_type}\nSHA-256 {attachment.sha256}")
            self.attachments.addItem(item)
        if attachments:
            self.attachments.setCurrentRow(0)
        self.open_button.setEnabled(bool(attachments))
        self.save_button.setEnabled(bool(attachments))

    def _render_history(self) -> None:
        assert self.loaded is not None
        entries = self.loaded.detail.history
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            change = self.tr("{who}: {field} {before} → {after}").format(
                who=entry.actor, field=field_title(entry.field),
                before=history_value(entry.field, entry.before),
                after=history_value(entry.field, entry.after))
            item = QTableWidgetItem(change)
            # a tooltip is rich text when it looks like markup: this one always is, escaped
            item.setToolTip(f"<p>{escape(change)}</p>")
            self.history.setItem(row, 0, QTableWidgetItem(date_time_text(entry.at)))
            self.history.setItem(row, 1, item)

    # -- actions -------------------------------------------------------------------------------
    def _call(self, work: Callable[[], Any], done_text: str, title: str,
              after: Callable[[Any], None] | None = None) -> None:
        ticket_id = self.ticket_id

        def done(result: Any) -> None:
            show_message(self.message, done_text, "success")
            if after is not None:
                after(result)
            if ticket_id is not None:
                self.changed.emit(ticket_id)
            self.reload()

        def failed(exc: BaseException) -> None:
            show_error(self.message, exc)
            self.reload()  # the controls show what the ticket allows again

        run_in_background(self, lambda progress: work(), done, failed, jobs=self._jobs,
                          title=title)

    def change(self, **changes: Any) -> None:
        """Change status, assignee, priority or category through the service."""
        if self.ticket_id is None:
            return
        desk, actor, ticket_id = self.desk, self._actor, self.ticket_id
        self._call(lambda: desk.update_ticket(actor, ticket_id, **changes),
                   self.tr("Saved."), self.tr("Changing a ticket"))

    def _move(self) -> None:
        status = self.status.currentData()
        if status is not None:
            self.change(status=status)

    def take(self) -> None:
        if self.ticket_id is None:
            return
        desk, actor, ticket_id = self.desk, self._actor, self.ticket_id
        self._call(lambda: desk.take(actor, ticket_id), self.tr("The ticket is yours."),
                   self.tr("Taking a ticket"))

    def assign(self) -> None:
        name = self.assignee.currentText().strip()
        self.change(assignee=name or None)

    def send_comment(self) -> None:
        if self.ticket_id is None:
            return
        body, internal = self.comment.toPlainText(), self.works and self.internal.isChecked()
        desk, actor, ticket_id = self.desk, self._actor, self.ticket_id

        def sent(_comment: Any) -> None:
            self.comment.clear()
            self.internal.setChecked(False)

        self._call(lambda: desk.add_comment(actor, ticket_id, body, internal=internal),
                   self.tr("Note added.") if internal else self.tr("Reply sent."),
                   self.tr("Adding a comment"), sent)

    # -- attachments ---------------------------------------------------------------------------
    def add_file(self, filename: str, data: bytes) -> None:
        if self.ticket_id is None:
            return
        desk, actor, ticket_id = self.desk, self._actor, self.ticket_id
        self._call(lambda: desk.add_attachment(actor, ticket_id, filename, data),
                   self.tr("Attached {name}.").format(name=filename),
                   self.tr("Attaching a file"))

    def ask_add_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach a file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.add_path)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def add_path(self, path: str) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_message(self.message, self.tr("Cannot read {path}: {error}").format(
                path=path, error=exc.strerror or exc), "error")
            return
        self.add_file(Path(path).name, data)

    def paste_screenshot(self) -> None:
        """The clipboard's image, as a PNG attachment."""
        image = QApplication.clipboard().image()
        if image.isNull():
            show_message(self.message, self.tr(
                "The clipboard holds no image. Take a screenshot (Print Screen), then paste "
                "it here."), "error")
            return
        name = f"screenshot-{datetime.now().strftime('%Y%m%d-%H%M%S')}.png"
        self.add_file(name, screenshot_png(image))

    def selected_attachment(self) -> int | None:
        item = self.attachments.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _with_bytes(self, attachment_id: int, use: Callable[[AttachmentInfo, bytes], None],
                    ) -> None:
        if self.ticket_id is None:
            return
        desk, actor, ticket_id = self.desk, self._actor, self.ticket_id
        run_in_background(self, lambda progress: desk.attachment(actor, ticket_id, attachment_id),
                          lambda result: use(*result),
                          lambda exc: show_error(self.message, exc,
                                                 self.tr("Cannot read the attachment:")),
                          jobs=self._jobs, title=self.tr("Reading an attachment"))

    def open_selected(self) -> None:
        """Write the attachment to a temporary file and open it with its application."""
        attachment_id = self.selected_attachment()
        if attachment_id is not None:
            self._with_bytes(attachment_id, self._open_bytes)

    def _open_bytes(self, info: AttachmentInfo, data: bytes) -> None:
        folder = Path(tempfile.mkdtemp(prefix="timedesk-ticket-"))
        path = folder / Path(info.filename).name
        path.write_bytes(data)
        self.opened_files.append(path)
        self.open_file(path)

    def ask_save_selected(self) -> None:
        attachment_id = self.selected_attachment()
        item = self.attachments.currentItem()
        if attachment_id is None or item is None:
            return
        name = self._attachment_name(attachment_id)
        self.dialog = ask_save_path(self, self.tr("Save the attachment"), str(Path.home() / name),
                                    lambda path: self.save_attachment(attachment_id, path))

    def _attachment_name(self, attachment_id: int) -> str:
        assert self.loaded is not None
        return next((a.filename for a in self.loaded.detail.attachments
                     if a.id == attachment_id), "attachment")

    def save_attachment(self, attachment_id: int, path: str | Path) -> None:
        """Save the attachment's exact bytes to `path`."""

        def write(info: AttachmentInfo, data: bytes) -> None:
            try:
                Path(path).write_bytes(data)
            except OSError as exc:
                show_message(self.message, self.tr("Cannot write {path}: {error}").format(
                    path=path, error=exc.strerror or exc), "error")
                return
            show_message(self.message, self.tr("Saved {name} to {path}.").format(
                name=info.filename, path=path), "success")

        self._with_bytes(attachment_id, write)

    # -- chat ----------------------------------------------------------------------------------
    def chat_hook(self) -> ChatHook | None:
        """The chat's `open(username, ticket_id)`, when there is a chat: the UI services' or
        the main window's `open_chat`, else the main window's chat dock's
        `open_conversation` (timedesk.ui.chat); None without a chat."""
        window = self.window()
        dock = getattr(window, "chat", None)
        for hook in (getattr(self._services, "open_chat", None),
                     getattr(window, "open_chat", None),
                     getattr(dock, "open_conversation", None)):
            if callable(hook):
                return hook
        return None

    def chat_partner(self) -> str | None:
        """Whom to chat with about the ticket: the requester for those who work it, the
        assignee for the requester."""
        if self.loaded is None:
            return None
        ticket = self.loaded.detail.ticket
        partner = ticket.requester if ticket.requester != self._actor.name else ticket.assignee
        return partner if partner and partner != self._actor.name else None

    def chat(self) -> None:
        hook, partner = self.chat_hook(), self.chat_partner()
        if hook is not None and partner is not None and self.ticket_id is not None:
            hook(partner, self.ticket_id)

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> TicketPage:
        return cls(ctx, actor, services)
