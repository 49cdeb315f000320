"""The desk panel: a member of staff opens their desk, calls the next turn, recalls it, starts
and finishes the service, marks a no-show, transfers, calls a given number and pauses the desk.

Opening a desk claims it for this PC (turns.desks): a desk already open on another live PC is
refused with a "Take over" choice, and a heartbeat keeps the claim; if another PC takes the
desk over, this panel says so and closes it. After each call or recall the panel waits for
the lobby display's acknowledgement (`turns.shown` naming the call's event): "Shown on the
display", or after turns.ack_timeout_s a warning that nobody saw it. Every database call runs
on the panel's own worker thread; buttons are disabled while one is under way.

No-show (F7) looks like a warning, not like Finish, and is followed for UNDO_MS by a bar
"Ticket A012 marked as no-show. Undo (Ctrl+Z)": the turn is called at this desk again, as it
was (TurnQueue.undo_no_show says why). While the desk is closed the list shows the chosen
desk's queue and says that the desk is closed, never "Nobody waiting" over people who wait.
"""

from __future__ import annotations

import itertools
import socket
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.db.base import utcnow
from timedesk.tickets.service import HelpDesk
from timedesk.turns import desks, reads, setup
from timedesk.turns.desks import DeskInUse
from timedesk.turns.models import FINISH, MARK_NO_SHOW, RECALL, SERVING, START, TRANSFER
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_SHOWN, CallResult, TurnInfo
from timedesk.ui.appearance import styled
from timedesk.ui.base_tab import TrackedConnections
from timedesk.ui.durations import waited
from timedesk.ui.errors import show_error
from timedesk.ui.formats import time_text
from timedesk.ui.tasks import run_in_background, serial_runner
from timedesk.ui.tray import desktop_notice
from timedesk.ui.turns.live import TurnEvents
from timedesk.ui.turns.visit_ticket import visit_ticket_text
from timedesk.ui.widgets import primary_button, role_label, set_role, show_message
from timedesk.ui.window_state import WindowState

SHOWN, WAITING_FOR_DISPLAY, NOT_SHOWN = "shown", "waiting", "not_shown"
UNDO_MS = 10_000  # how long a No-show can be taken back from the panel
# amber: a negative action must not look like Finish next to it (works on light and dark)
WARNING_BUTTON = ("QPushButton { background: #fff3e0; color: #7a3e00; border: 1px solid #e08a00;"
                  " border-radius: 6px; padding: 4px 10px; }"
                  " QPushButton:hover { background: #ffe0b2; }"
                  " QPushButton:disabled { background: #f4f1ec; color: #9a8f80;"
                  " border-color: #d8cfc2; }")


_panels = itertools.count(1)


def this_pc(actor: Actor) -> str:
    """The holder id of a panel: which PC and who, readable in "open on another computer". The
    same person on the same PC gets the same id after a restart, so the desk they left open is
    theirs again at once; a second panel in one process is another holder."""
    n = next(_panels)
    return f"{socket.gethostname()[:40]} ({actor.name[:40]})" + (f" #{n}" if n > 1 else "")


class DeskPanel(TrackedConnections, QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
        self.holder = this_pc(actor)
        self.desk: str | None = None  # the open desk
        self.state: reads.DeskState | None = None
        self.ack_state: str | None = None
        self._ack_event: int | None = None  # the call whose acknowledgement is awaited
        self._shown_calls: list[int | None] = []  # call events some display acknowledged lately
        self._busy = False
        self.preview: reads.DeskState | None = None  # the chosen desk's queue while closed
        self.undo_ms = UNDO_MS
        self._undoable: TurnInfo | None = None  # the turn the undo bar offers to take back
        self._calls = serial_runner(self)  # open, beat, act, close: in the order asked
        self.memory = WindowState(ctx.paths.config_dir)
        self._build()
        self._events = TurnEvents(ctx.bus, self, ("turns.",))
        self._events.arrived.connect(self._on_event)
        # QTimer(..., timeout=slot): PySide connects signals given as keywords (not in its stubs)
        self._reload_timer = QTimer(  # type: ignore[call-arg]
            self, singleShot=True, interval=250, timeout=self.reload)
        self._ack_timer = QTimer(  # type: ignore[call-arg]
            self, singleShot=True, timeout=self._ack_timed_out)
        self._ack_timer.setInterval(int(float(ctx.settings["turns.ack_timeout_s"]) * 1000))
        claim_s = float(ctx.settings["turns.desk_claim_s"])
        self._heartbeat = QTimer(  # type: ignore[call-arg]
            self, interval=int(max(2.0, claim_s / 3) * 1000), timeout=self._beat)
        self._clock = QTimer(  # type: ignore[call-arg]
            self, interval=15_000, timeout=self._render_waiting)
        self._clock.start()
        self._undo_timer = QTimer(  # type: ignore[call-arg]
            self, singleShot=True, timeout=self._hide_undo)
        self.load_desks()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.desk_choice = QComboBox()
        self.desk_choice.setObjectName("deskChoice")
        self.desk_choice.setMinimumWidth(180)
        self.desk_choice.currentIndexChanged.connect(lambda _index: self.reload())
        self.open_button = primary_button(self.tr("Open desk"))
        self.open_button.clicked.connect(lambda: self.open_desk())
        self.close_button = QPushButton(self.tr("Close desk"))
        self.close_button.clicked.connect(self.close_desk)
        self.pause_button = QPushButton(self.tr("Pause desk"))
        self.pause_button.setCheckable(True)
        self.pause_button.clicked.connect(self._toggle_pause)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Desk")))
        top.addWidget(self.desk_choice)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        top.addStretch(1)
        top.addWidget(self.pause_button)

        self.message = role_label("", "hint")
        self.message.hide()
        self.take_over_button = QPushButton(self.tr("Take over this desk"))
        self.take_over_button.clicked.connect(lambda: self.open_desk(take_over=True))
        self.take_over_button.hide()

        # the current turn
        self.card = QFrame()
        self.card.setObjectName("currentTurnCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        styled(self.card, "QFrame#currentTurnCard { background: #ffffff; border: 1px solid "
                          "#d5d9e0; border-radius: 10px; }")
        self.current_number = QLabel("—")
        self.current_number.setObjectName("currentNumber")
        font = QFont(self.font())
        font.setPixelSize(84)
        font.setBold(True)
        self.current_number.setFont(font)
        self.current_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_details = QLabel()
        self.current_details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_details.setWordWrap(True)
        detail_font = QFont(self.font())
        detail_font.setPixelSize(18)
        self.current_details.setFont(detail_font)
        self.ack_label = role_label("", "hint")
        self.ack_label.setObjectName("ackLabel")
        self.ack_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # what people typed (names, notes, desk and display names) shows as typed, never as markup
        for label in (self.current_number, self.current_details, self.ack_label, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)
        card = QVBoxLayout(self.card)
        card.addWidget(self.current_number)
        card.addWidget(self.current_details)
        card.addWidget(self.ack_label)

        self.call_button = primary_button(self.tr("Call next  (F2)"))
        self.call_button.setObjectName("callNext")
        self.recall_button = QPushButton(self.tr("Recall  (F3)"))
        self.start_button = QPushButton(self.tr("Start service  (F4)"))
        self.finish_button = QPushButton(self.tr("Finish  (F6)"))
        self.no_show_button = QPushButton(self.tr("No-show  (F7)"))
        self.no_show_button.setObjectName("noShow")
        styled(self.no_show_button, WARNING_BUTTON)
        self.no_show_button.setToolTip(self.tr("The called customer did not come. It can be "
                                               "undone for a few seconds."))
        for button, tip in (
                (self.call_button, self.tr("Calls the next turn of this desk's services: the "
                                           "lobby display shows it and chimes")),
                (self.recall_button, self.tr("Shows and chimes the current turn again on the "
                                             "lobby display")),
                (self.start_button, self.tr("The customer is at the desk: the service time "
                                            "starts")),
                (self.finish_button, self.tr("The service is over: the desk is free for the "
                                             "next call"))):
            button.setToolTip(tip)
        actions = [(self.call_button, "F2", self.call_next), (self.recall_button, "F3", self.recall),
                   (self.start_button, "F4", self.start_service),
                   (self.finish_button, "F6", self.finish), (self.no_show_button, "F7", self.no_show)]
        grid = QGridLayout()
        action_font = QFont(self.font())
        action_font.setPixelSize(16)
        for index, (button, key, slot) in enumerate(actions):
            button.setShortcut(QKeySequence(key))
            button.setMinimumHeight(52)
            button.setFont(action_font)
            button.clicked.connect(slot)
            if index == 0:
                grid.addWidget(button, 0, 0, 1, 2)
            else:
                grid.addWidget(button, 1 + (index - 1) // 2, (index - 1) % 2)
        big = QFont(self.font())
        big.setPixelSize(22)
        big.setBold(True)
        self.call_button.setFont(big)
        self.call_button.setMinimumHeight(72)

        self.transfer_target = QComboBox()
        self.transfer_target.setObjectName("transferTarget")
        self.transfer_button = QPushButton(self.tr("Transfer"))
        self.transfer_button.setToolTip(self.tr("Sends the current turn back to waiting, for "
                                                "another service or desk: it keeps its number "
                                                "and its place in the queue"))
        self.transfer_button.clicked.connect(self.transfer)
        transfer = QHBoxLayout()
        transfer.addWidget(QLabel(self.tr("Transfer to")))
        transfer.addWidget(self.transfer_target, 1)
        transfer.addWidget(self.transfer_button)

        self.specific_number = QLineEdit()
        self.specific_number.setPlaceholderText(self.tr("Number, e.g. A012"))
        self.specific_number.setMaxLength(8)
        self.specific_button = QPushButton(self.tr("Call this turn"))
        self.specific_button.setToolTip(self.tr("Calls the waiting turn with this number, "
                                                "out of order"))
        self.specific_button.clicked.connect(self.call_specific)
        self.specific_number.returnPressed.connect(self.call_specific)
        self.specific_row = QWidget()
        specific = QHBoxLayout(self.specific_row)
        specific.setContentsMargins(0, 0, 0, 0)
        specific.addWidget(QLabel(self.tr("Call a given turn")))
        specific.addWidget(self.specific_number, 1)
        specific.addWidget(self.specific_button)
        self.specific_row.setVisible(self.actor.can(Permission.TURNS_CALL_SPECIFIC))

        # the help desk: a ticket about the customer at the desk
        self.ticket_button = QPushButton(self.tr("Ticket from this visit"))
        self.ticket_button.setObjectName("visitTicket")
        self.ticket_button.setToolTip(self.tr(
            "Makes a help-desk ticket about the customer at the desk: name, service, note, "
            "waiting and service time"))
        self.ticket_button.clicked.connect(self.ticket_from_visit)
        self.ticket_button.setVisible(self.actor.can(Permission.TICKETS_CREATE))

        self._build_undo_bar()
        left = QVBoxLayout()
        left.addWidget(self.card)
        left.addWidget(self.undo_bar)
        left.addLayout(grid)
        left.addLayout(transfer)
        left.addWidget(self.specific_row)
        left.addWidget(self.ticket_button)
        left.addStretch(1)

        # the waiting list
        self.waiting_title = QLabel()
        self.waiting_title.setTextFormat(Qt.TextFormat.PlainText)  # it names the desk
        self.waiting_title.setObjectName("waitingTitle")
        title_font = QFont(self.font())
        title_font.setPixelSize(18)
        title_font.setBold(True)
        self.waiting_title.setFont(title_font)
        self.waiting_table = QTableWidget(0, 3)
        self.waiting_table.setObjectName("waitingTable")
        self.waiting_table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Service"),
                                                      self.tr("Waiting")])
        self.waiting_table.verticalHeader().hide()
        table_font = QFont(self.font())
        table_font.setPixelSize(16)
        self.waiting_table.setFont(table_font)
        self.waiting_table.verticalHeader().setDefaultSectionSize(34)
        self.waiting_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.waiting_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.waiting_table.doubleClicked.connect(self._pick_waiting)
        right = QVBoxLayout()
        right.addWidget(self.waiting_title)
        right.addWidget(self.waiting_table, 1)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.take_over_button)
        layout.addLayout(message_row)
        layout.addLayout(body, 1)
        self._render()

    def _build_undo_bar(self) -> None:
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        styled(self.undo_bar, "QFrame#undoBar { background: #fff3e0; border: 1px solid "
                              "#e08a00; border-radius: 8px; } QLabel { color: #4a2800; }")
        self.undo_text = QLabel()
        self.undo_text.setObjectName("undoText")
        self.undo_text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        self.undo_button.setObjectName("undoNoShow")
        self.undo_button.clicked.connect(self.undo_no_show)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(12, 6, 6, 6)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_no_show)

    # -- desks ---------------------------------------------------------------------------------
    def load_desks(self) -> None:
        db, actor = self.ctx.db, self.actor
        run_in_background(self, lambda progress: (setup.list_desks(db),
                                                  desks.usable_desks(db, actor),
                                                  setup.list_services(db, active_only=True)),
                          lambda result: self._desks_loaded(*result), self._failed,
                          jobs=self._calls)

    def _desks_loaded(self, desk_list, usable, service_list) -> None:
        # first the desk this person last opened on this PC
        current = self.desk_choice.currentData() or self.memory.last_desk(self.actor.name)
        self.desk_choice.clear()
        for desk in usable:
            services = ", ".join(desk.service_codes) or self.tr("no services")
            self.desk_choice.addItem(self.tr("Desk {name} ({services})").format(
                name=desk.name, services=services), desk.name)
        if current is not None and self.desk_choice.findData(current) >= 0:
            self.desk_choice.setCurrentIndex(self.desk_choice.findData(current))
        self.transfer_target.clear()
        for service in service_list:
            self.transfer_target.addItem(self.tr("Service {code} · {name}").format(
                code=service.code, name=service.name), f"service:{service.code}")
        for desk in desk_list:
            if desk.active and desk.name != self.desk:
                self.transfer_target.addItem(self.tr("Desk {name}").format(name=desk.name),
                                             f"desk:{desk.name}")
        self.reload()  # the chosen desk's queue, while it is closed
        if not usable:
            self.say(self.tr("There is no desk you may open."),
                     self.tr("An administrator adds desks and assigns staff in the Turns "
                             "tab's Set-up page."),
                     "error")
        self._render()

    def open_desk(self, take_over: bool = False) -> None:
        name = self.desk_choice.currentData()
        if name is None or self._busy:
            return

        def claim():
            desks.open_desk(self.ctx.db, self.actor, name, self.holder, self.ctx.settings,
                            take_over=take_over)
            return reads.desk_state(self.ctx.db, self.ctx.settings, name)

        self._run(claim, lambda state: self._opened(name, state))

    def _opened(self, name: str, state: reads.DeskState) -> None:
        self.desk, self.preview = name, None
        self.memory.save_last_desk(self.actor.name, name)
        self.take_over_button.hide()
        self.say(self.tr("Desk {name} is open on this computer.").format(name=name), "", "success")
        self._heartbeat.start()
        self.load_desks()  # the transfer list leaves this desk out
        self._state_loaded(state)

    def close_desk(self) -> None:
        name, self.desk = self.desk, None
        self._heartbeat.stop()
        self.state = None
        self._hide_undo()
        if name is not None:
            db, holder = self.ctx.db, self.holder
            run_in_background(self, lambda progress: desks.close_desk(db, name, holder), None,
                              self._failed, jobs=self._calls)
        self._render()
        self.reload()

    def _beat(self) -> None:
        name = self.desk
        if name is None:
            return
        db, holder = self.ctx.db, self.holder
        run_in_background(self, lambda progress: desks.heartbeat(db, name, holder),
                          lambda still_ours: self._beaten(name, still_ours), self._failed,
                          jobs=self._calls)

    def _beaten(self, name: str, still_ours: bool) -> None:
        if not still_ours and self.desk == name:
            self.desk = None
            self._heartbeat.stop()
            self.state = None
            self._hide_undo()
            self.reload()  # its queue, as a closed desk's
            self.say(self.tr("Desk {name} was taken over on another computer.").format(name=name),
                     self.tr("Open another desk, or take it back."), "error")
            self._render()

    # -- actions -------------------------------------------------------------------------------
    def call_next(self) -> None:
        self._act(lambda desk: self.queue.call_next(self.actor, desk, holder=self.holder))

    def recall(self) -> None:
        self._act(lambda desk: self.queue.recall(self.actor, desk, holder=self.holder))

    def call_specific(self) -> None:
        number = self.specific_number.text().strip().upper()
        if not number:
            self.say(self.tr("Type the number of the turn to call."), "", "error")
            return
        self._act(lambda desk: self.queue.call_turn(self.actor, desk, number, holder=self.holder))
        self.specific_number.clear()

    def start_service(self) -> None:
        self._act(lambda desk: self.queue.start_service(self.actor, desk, holder=self.holder))

    def finish(self) -> None:
        self._act(lambda desk: self.queue.finish(self.actor, desk, holder=self.holder))

    def no_show(self) -> None:
        self._act(lambda desk: self.queue.no_show(self.actor, desk, holder=self.holder),
                  self._offer_undo)

    def _offer_undo(self, turn: TurnInfo) -> None:
        """After a No-show: "Ticket A012 marked as no-show. Undo" for `undo_ms`."""
        self._undoable = turn
        self.undo_text.setText(self.tr("Ticket {number} marked as no-show.").format(
            number=turn.number))
        self.undo_bar.show()
        self.undo_button.setEnabled(True)
        self._undo_timer.start(self.undo_ms)

    def _hide_undo(self) -> None:
        self._undoable = None
        self._undo_timer.stop()
        self.undo_bar.hide()

    def undo_no_show(self) -> None:
        """Take the last No-show back (the undo bar's button, Ctrl+Z): the turn is called at
        this desk again, as it was: the customer came after all and is served now."""
        turn = self._undoable
        if turn is None or self.desk is None or self._busy:
            return
        self._hide_undo()
        self._act(lambda desk: self.queue.undo_no_show(self.actor, turn.id, holder=self.holder),
                  lambda back: self.say(self.tr("{number} is back at the desk.").format(
                      number=back.number), "", "success"))

    def transfer(self) -> None:
        target = self.transfer_target.currentData()
        if target is None:
            return
        kind, value = str(target).split(":", 1)  # "service:B" or "desk:2"
        self._act(lambda desk: self.queue.transfer(
            self.actor, desk, to_service=value if kind == "service" else None,
            to_desk=value if kind == "desk" else None, holder=self.holder))

    def _toggle_pause(self, paused: bool) -> None:
        self._act(lambda desk: self.queue.pause_desk(self.actor, desk, paused, holder=self.holder))

    def _act(self, action, then=None) -> None:
        """Run `action(desk)` off the GUI thread, then show the desk again; `then(result)`
        after that when given. Any action ends the offer to undo a No-show."""
        desk = self.desk
        if desk is None or self._busy:
            return
        self._hide_undo()

        def work():
            result = action(desk)
            return result, reads.desk_state(self.ctx.db, self.ctx.settings, desk)

        def acted(outcome) -> None:
            self._acted(outcome)
            if then is not None:
                then(outcome[0])

        self._run(work, acted)

    def _acted(self, outcome) -> None:
        result, state = outcome
        if isinstance(result, CallResult):
            self._expect_ack(result.event_id)
            self.say(self.tr("Called {number}.").format(number=result.turn.number), "", "success")
        elif result is None and state.current is None:
            self.say(self.tr("Nobody is waiting for this desk."),
                     self.tr("New turns appear in the list as reception issues them."), "hint")
        else:
            self.message.hide()
        self._state_loaded(state)

    def _run(self, work, on_done) -> None:
        self._busy = True
        self._render()

        def done(value: Any) -> None:
            self._idle()
            on_done(value)

        def failed(error: BaseException) -> None:
            self._idle()
            self._failed(error)

        run_in_background(self, lambda progress: work(), done, failed, jobs=self._calls)

    def _idle(self) -> None:
        self._busy = False

    def _failed(self, error: BaseException) -> None:
        show_error(self.message, error)
        self.take_over_button.setVisible(isinstance(error, DeskInUse))
        self._render()

    def say(self, text: str, hint: str, role: str) -> None:
        message = text[:1].upper() + text[1:]
        show_message(self.message, f"{message} {hint}".strip(), role)
        if role != "error":
            self.take_over_button.hide()

    # -- the help desk ----------------------------------------------------------------------------
    def ticket_from_visit(self) -> None:
        """One click: a help-desk ticket about the customer at the desk, confirmed with its
        number."""
        current = self.state.current if self.desk is not None and self.state else None
        if current is None or self.desk is None:
            return
        subject, description = visit_ticket_text(current, self.desk, utcnow())
        help_desk = HelpDesk(self.ctx.db, self.ctx.bus, self.ctx.settings)
        actor = self.actor
        run_in_background(
            self, lambda progress: help_desk.create_ticket(actor, subject, description),
            lambda ticket: self.say(self.tr("Ticket #{id} made from this visit.").format(
                id=ticket.id), "", "success"),
            self._failed, jobs=self._calls, title=self.tr("Making a ticket from a visit"))

    # -- the display's acknowledgement -----------------------------------------------------------
    def _expect_ack(self, event_id: int) -> None:
        self._ack_event = event_id
        if event_id in self._shown_calls:  # the display was quicker than this panel's thread
            self.ack_state = SHOWN
        else:
            self.ack_state = WAITING_FOR_DISPLAY
            self._ack_timer.start()
        self._render_ack()

    def _ack_timed_out(self) -> None:
        if self.ack_state == WAITING_FOR_DISPLAY:
            self.ack_state = NOT_SHOWN
            self._render_ack()
            current = self.state.current if self.state else None
            if current is not None:  # also seen when the window is in the tray or behind
                desktop_notice(self, self.tr("Call not shown"), self.tr(
                    "Turn {number} was not shown on the lobby display — check the "
                    "display.").format(number=current.number))

    def _on_event(self, topic: str, payload: dict[str, Any], event_id: int) -> None:
        if topic == TOPIC_SHOWN:
            shown = payload.get("call_event_id")
            self._shown_calls.append(shown)
            del self._shown_calls[:-50]
            if shown == self._ack_event and self.ack_state != SHOWN:
                self.ack_state = SHOWN
                self._ack_timer.stop()
                self._render_ack()
            return
        # any call, issue or change may move this desk's list (or the closed desk's queue)
        self._reload_timer.start()
        if topic == "turns.setup":
            self.load_desks()

    def reload(self) -> None:
        name = self.desk
        if name is None:
            self._reload_preview()
            return
        if self._busy:
            return
        db, settings = self.ctx.db, self.ctx.settings
        run_in_background(self, lambda progress: reads.desk_state(db, settings, name),
                          lambda state: self._state_loaded(state) if self.desk == name else None,
                          self._failed, jobs=self._calls)

    def _reload_preview(self) -> None:
        """The queue of the desk chosen but not open, so that a closed desk still shows who
        waits for it (a read: nothing is claimed)."""
        name = self.desk_choice.currentData()
        if name is None:
            self.preview = None
            self._render_waiting()
            return
        db, settings = self.ctx.db, self.ctx.settings

        def loaded(state: reads.DeskState) -> None:
            if self.desk is None and self.desk_choice.currentData() == name:
                self.preview = state
                self._render_waiting()

        run_in_background(self, lambda progress: reads.desk_state(db, settings, name), loaded,
                          lambda exc: None, jobs=self._calls)  # a courtesy: the next event retries

    # -- drawing ---------------------------------------------------------------------------------
    def _state_loaded(self, state: reads.DeskState) -> None:
        self.state = state
        self._render()

    def _render(self) -> None:
        is_open = self.desk is not None
        state = self.state if is_open else None
        current = state.current if state else None
        idle = not self._busy
        allowed = current.allowed_actions() if idle and current is not None else frozenset()
        self.desk_choice.setEnabled(not is_open and idle)
        self.open_button.setVisible(not is_open)
        self.open_button.setEnabled(idle and self.desk_choice.count() > 0)
        self.close_button.setVisible(is_open)
        paused = bool(state and state.desk.paused)
        self.pause_button.setEnabled(is_open and idle)
        self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Resume desk") if paused else self.tr("Pause desk"))
        self.call_button.setEnabled(is_open and idle and not paused)
        self.specific_button.setEnabled(is_open and idle and not paused)
        self.specific_number.setEnabled(is_open and not paused)
        self.transfer_target.setEnabled(is_open and current is not None)
        self.recall_button.setEnabled(RECALL in allowed)
        self.start_button.setEnabled(START in allowed)
        self.finish_button.setEnabled(FINISH in allowed)
        self.no_show_button.setEnabled(MARK_NO_SHOW in allowed)
        self.transfer_button.setEnabled(TRANSFER in allowed and self.transfer_target.count() > 0)
        self.ticket_button.setEnabled(idle and current is not None)
        if current is None:
            self.current_number.setText("—")
            styled(self.current_number, "color: #5b6472;")
            self.current_details.setText(
                self.tr("Desk paused: no calls.") if paused else
                self.tr("No turn at the desk. Press Call next.") if is_open else
                self.tr("Open a desk to call turns."))
            self.ack_state = None if not is_open else self.ack_state
        else:
            self.current_number.setText(current.number)
            styled(self.current_number, f"color: {current.colour};")
            since = current.started_at if current.status == SERVING else current.called_at
            what = (self.tr("Serving since {time}") if current.status == SERVING
                    else self.tr("Called at {time}"))
            lines = [f"{current.service_name}" + (self.tr(" · priority") if current.priority else ""),
                     what.format(time=time_text(since))]
            if current.customer_name:
                lines.append(current.customer_name)
            if current.note:
                lines.append(current.note)
            self.current_details.setText("\n".join(lines))
        self._render_ack()
        self._render_waiting()

    def _render_ack(self) -> None:
        texts: dict[str | None, tuple[str, str]] = {
            SHOWN: (self.tr("✓ Shown on the lobby display"), "success"),
            WAITING_FOR_DISPLAY: (self.tr("Waiting for the lobby display…"), "hint"),
            NOT_SHOWN: (self.tr("⚠ The lobby display did not show this call. Check the "
                                "screen, or call the customer aloud."), "error")}
        text, role = texts.get(self.ack_state, ("", "hint"))
        self.ack_label.setText(text)
        set_role(self.ack_label, role)
        self.ack_label.setVisible(bool(text) and self.desk is not None)

    def _render_waiting(self) -> None:
        closed = self.desk is None
        state = self.preview if closed else self.state
        waiting = state.waiting if state else []
        now = utcnow()
        longest = max(((now - t.issued_at).total_seconds() for t in waiting), default=0)
        if closed:
            title = (self.tr("Open a desk to see its queue") if state is None else
                     self.tr("Desk {name} is closed · {count} waiting · open the desk to call "
                             "them").format(name=state.desk.name, count=state.waiting_total)
                     if waiting else
                     self.tr("Desk {name} is closed · nobody waiting").format(
                         name=state.desk.name))
        else:
            title = (self.tr("{count} waiting · longest {wait}").format(
                count=state.waiting_total, wait=waited(longest))
                if state and waiting else self.tr("Nobody waiting"))
        if state and waiting and state.waiting_cut:
            title += " · " + self.tr("the first {shown} listed").format(shown=len(waiting))
        self.waiting_title.setText(title)
        self.waiting_table.setRowCount(len(waiting))
        for row, turn in enumerate(waiting):
            number = QTableWidgetItem(("★ " if turn.priority else "") + turn.number)
            number.setData(Qt.ItemDataRole.UserRole, turn.number)
            cells = [number, QTableWidgetItem(turn.service_name),
                     QTableWidgetItem(waited((now - turn.issued_at).total_seconds()))]
            for column, item in enumerate(cells):
                self.waiting_table.setItem(row, column, item)

    def _pick_waiting(self, index) -> None:
        if self.specific_row.isVisible():
            item = self.waiting_table.item(index.row(), 0)
            assert item is not None  # every row has its number
            self.specific_number.setText(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> DeskPanel:
        return cls(ctx, actor, services)

