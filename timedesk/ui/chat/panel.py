"""The chat panel: the people (online dot, unread badge), the conversation with one of them and
the box to write in. It lives in a dock beside the tabs (timedesk.ui.chat.dock).

Live: "chat." events of every PC refresh it (a message to this person, someone coming online);
a heartbeat every 30 s keeps this person online and re-reads who else is (going silent is not
announced); closing the app signs off. A conversation is read (and so marked read) only while the panel is visible: a
message arriving while it is hidden stays unread, and `messageReceived` tells the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.chat.service import HEARTBEAT, Chat, MessageInfo, PersonInfo
from timedesk.db.base import utcnow
from timedesk.events.bus import RESYNC
from timedesk.jobs import Job
from timedesk.ui.appearance import themed
from timedesk.ui.chat.conversation import ConversationView, SendBox, clock_text, plain_label
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background, serial_runner
from timedesk.ui.widgets import primary_button, role_label

USERNAME, ONLINE, UNREAD = (Qt.ItemDataRole.UserRole + n for n in range(3))
ONLINE_COLOUR, OFFLINE_COLOUR = "#1b7530", "#9aa0a6"  # success green, grey
PEOPLE_ROWS = 8  # shown at once; more scroll


def presence_dot(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class ChatPanel(QWidget):
    """`unreadChanged(total)` when the number of unread messages changes; `messageReceived(name)`
    when a message to this person arrives (name: the sender's display name)."""

    unreadChanged = Signal(int)
    messageReceived = Signal(str)

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("chatPanel")
        self.chat = Chat(ctx.db, ctx.bus, ctx.settings)
        self._actor = actor
        self._calls = serial_runner(self)  # a send, then the conversation read after it
        self.people: dict[str, PersonInfo] = {}
        self.current: str | None = None
        self.ticket_id: int | None = None
        self.unread_total = 0
        self._dots = {True: presence_dot(themed(ONLINE_COLOUR)),
                      False: presence_dot(themed(OFFLINE_COLOUR))}
        self._build()
        self.live = BusSignal(self, ctx.bus, ("chat.",), debounce_ms=BURST_MS)
        self.live.received.connect(self._on_events)
        self.beat = QTimer(self)
        self.beat.setInterval(int(HEARTBEAT.total_seconds() * 1000))
        self.beat.timeout.connect(self.heartbeat)

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> ChatPanel:
        """A panel that is live: online now, and beating every HEARTBEAT."""
        panel = cls(ctx, actor, services)
        panel.start()
        return panel

    def start(self) -> None:
        self.beat.start()
        self.heartbeat()

    async def sign_off(self) -> None:
        """The app is closing: offline now rather than 90 s later (after any call queued)."""
        self.beat.stop()
        chat, actor = self.chat, self._actor
        await self._calls.run(Job("chat sign-off", lambda progress: chat.sign_off(actor)))

    def _build(self) -> None:
        self.people_list = QListWidget()
        self.people_list.setObjectName("chatPeople")
        self.people_list.setIconSize(QSize(12, 12))
        self.people_list.itemClicked.connect(
            lambda item: self.open_conversation(item.data(USERNAME)))
        self.with_label = role_label(self.tr("Choose someone to chat with."), "title")
        self.with_label.setObjectName("chatWith")
        font = QFont(self.with_label.font())
        font.setBold(True)  # a title without the light stylesheet too (a dark desktop theme)
        self.with_label.setFont(font)
        self.conversation = ConversationView()
        self.ticket_line = plain_label("", "chatTicketLine")
        self.ticket_line.setStyleSheet("font-style: italic;")
        self.ticket_line.hide()
        self.send_box = SendBox()
        self.send_box.setPlaceholderText(self.tr("Write a message; Enter sends, Shift+Enter "
                                                 "starts a new line"))
        self.send_box.submitted.connect(self.send)
        self.send_button = primary_button(self.tr("Send"))
        self.send_button.setObjectName("chatSend")
        self.send_button.clicked.connect(self.send)
        self.status = role_label("", "error")
        self.status.setObjectName("chatStatus")
        self.status.hide()
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_box, 1)
        send_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(role_label(self.tr("People"), "hint"))
        layout.addWidget(self.people_list)
        layout.addWidget(self.with_label)
        layout.addWidget(self.conversation, 1)
        layout.addWidget(self.ticket_line)
        layout.addLayout(send_row)
        layout.addWidget(self.status)
        self._set_sending_enabled()

    def _set_sending_enabled(self) -> None:
        for widget in (self.send_box, self.send_button):
            widget.setEnabled(self.current is not None)

    def _run(self, fn: Any, on_done: Any, lead: str) -> None:
        run_in_background(self, lambda progress: fn(), on_done,
                          lambda exc: show_error(self.status, exc, lead), jobs=self._calls,
                          title=self.tr("Chat"))

    # -- people ------------------------------------------------------------------------------
    def heartbeat(self) -> None:
        """Say this person is here, then show who else is."""
        chat, actor = self.chat, self._actor

        def beat() -> list[PersonInfo]:
            chat.heartbeat(actor)
            return chat.people(actor)

        self._run(beat, self.show_people, self.tr("Cannot reach the chat:"))

    def refresh_people(self) -> None:
        chat, actor = self.chat, self._actor
        self._run(lambda: chat.people(actor), self.show_people,
                  self.tr("Cannot read who is online:"))

    def show_people(self, people: list[PersonInfo]) -> None:
        self.people = {person.username: person for person in people}
        self.people_list.clear()
        for person in people:
            item = QListWidgetItem(self._dots[person.online], self._person_text(person))
            item.setData(USERNAME, person.username)
            item.setData(ONLINE, person.online)
            item.setData(UNREAD, person.unread)
            item.setToolTip(self.tr("{name} is online").format(name=person.display_name)
                            if person.online else
                            self.tr("{name} is offline").format(name=person.display_name))
            if person.unread:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.people_list.addItem(item)
            if person.username == self.current:
                item.setSelected(True)
        rows = min(max(len(people), 2), PEOPLE_ROWS)
        self.people_list.setFixedHeight(rows * max(self.people_list.sizeHintForRow(0), 18)
                                        + 2 * self.people_list.frameWidth() + 2)
        total = sum(person.unread for person in people)
        if total != self.unread_total:
            self.unread_total = total
            self.unreadChanged.emit(total)
        if self.current in self.people:
            self.with_label.setText(self.people[self.current].display_name)

    def _person_text(self, person: PersonInfo) -> str:
        if not person.unread:
            return person.display_name
        return self.tr("{name} ({count} new)").format(name=person.display_name,
                                                      count=person.unread)

    # -- the conversation --------------------------------------------------------------------
    def open_conversation(self, username: str, ticket_id: int | None = None) -> None:
        """Show the conversation with `username`; with `ticket_id` the next message sent is
        about that ticket ("chat about this ticket")."""
        self.current = username
        self.ticket_id = ticket_id
        person = self.people.get(username)
        self.with_label.setText(person.display_name if person else username)
        self.ticket_line.setText(self.tr("About ticket #{number}").format(number=ticket_id)
                                 if ticket_id is not None else "")
        self.ticket_line.setVisible(ticket_id is not None)
        self._set_sending_enabled()
        self.status.hide()
        self.load_conversation()
        self.send_box.setFocus()

    def load_conversation(self) -> None:
        """Read the open conversation (which marks it read), then the unread counts."""
        if self.current is None:
            return
        chat, actor, other = self.chat, self._actor, self.current

        def read() -> tuple[str, list[MessageInfo], list[PersonInfo]]:
            return other, chat.conversation(actor, other), chat.people(actor)

        self._run(read, self._show_read, self.tr("Cannot read the conversation:"))

    def _show_read(self, result: tuple[str, list[MessageInfo], list[PersonInfo]]) -> None:
        other, messages, people = result
        self.show_people(people)
        if other != self.current:
            return  # another conversation was opened meanwhile
        now = utcnow()
        shown = []
        for message in messages:
            own = message.sender == self._actor.name
            when = clock_text(message.created_at, now)
            header = (self.tr("You · {time}").format(time=when) if own else
                      self.tr("{name} · {time}").format(name=self._name(message.sender),
                                                       time=when))
            about = (self.tr("About ticket #{number}").format(number=message.ticket_id)
                     if message.ticket_id is not None else "")
            shown.append((message, own, header, about))
        self.conversation.show_messages(shown)

    def _name(self, username: str) -> str:
        person = self.people.get(username)
        return person.display_name if person else username

    def send(self) -> None:
        text = self.send_box.toPlainText()
        if self.current is None or not text.strip():
            return
        chat, actor, other, ticket_id = self.chat, self._actor, self.current, self.ticket_id
        self.send_button.setEnabled(False)

        def sent(_message: MessageInfo) -> None:
            self.send_box.clear()
            self.send_button.setEnabled(True)
            self.ticket_id = None
            self.ticket_line.hide()
            self.status.hide()
            self.load_conversation()

        def failed(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            show_error(self.status, exc, self.tr("The message was not sent:"))

        run_in_background(self, lambda progress: chat.send(actor, other, text,
                                                           ticket_id=ticket_id),
                          sent, failed, jobs=self._calls, title=self.tr("Chat"))

    # -- live --------------------------------------------------------------------------------
    def _on_events(self, events: list[Any]) -> None:
        """Re-read what the events change: someone's presence, this person's messages (others'
        conversations are none of this panel's business)."""
        me, people, reread = self._actor.name, False, False
        for event in events:
            if event.topic == RESYNC:
                people = reread = True
            elif event.topic == "chat.presence":
                people = True
            elif event.topic == "chat.message":
                sender, recipient = event.payload.get("from"), event.payload.get("to")
                if me not in (sender, recipient):
                    continue
                people = True
                if recipient == me and sender != me:
                    self.messageReceived.emit(self._name(str(sender)))
                if self.current is not None and {sender, recipient} == {me, self.current}:
                    reread = True
        if reread and self.isVisible():
            self.load_conversation()
        elif people:
            self.refresh_people()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_conversation()  # what arrived while hidden is read now
