"""The reception screen: one big button per service (and its priority button), an optional
customer name and note, the last number issued in large type, the ticket printer, kiosk mode.

Keys: the service letter issues a normal turn, Shift+letter a priority one (the name and note
fields keep their letters: a key typed there is text). The grid rebuilds when services change
(turns.setup) and the waiting counts follow issues, calls and changes from every PC.

Under the last number: "Reprint" (the same ticket again) and "Cancel this turn" (a wrong
button, after a confirmation), for the last turn this screen issued; below, today's last turns
(reception_recent.RecentTurns) to reprint or cancel another one, or find one by its number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.errors import Conflict
from timedesk.turns import reads, setup
from timedesk.turns.clock import OfficeClock
from timedesk.turns.views import TOPIC_CALLED, TOPIC_CHANGED, TOPIC_ISSUED, TOPIC_SETUP, TurnInfo
from timedesk.ui.appearance import styled
from timedesk.ui.durations import wait_estimate
from timedesk.ui.errors import show_error
from timedesk.ui.locked_window import LEAVE_KEYS
from timedesk.ui.shortcuts import key_text
from timedesk.ui.tasks import BackgroundTask, BusSignal, run_in_background
from timedesk.ui.turns.issuing import PRINT_SETTING, PRINTER_SETTING, TurnIssuer
from timedesk.ui.turns.reception_recent import RecentTurns
from timedesk.ui.turns.service_buttons import ServiceGrid
from timedesk.ui.turns.ticket import ahead_text, printer_names
from timedesk.ui.widgets import confirm, set_role, show_message

COUNTS_DEBOUNCE_MS = 150


class ReceptionPanel(QWidget):
    """`servicesChanged(list[ServiceInfo])` and `waitingChanged(dict code -> count)` let the
    kiosk window follow what this panel loads."""

    servicesChanged = Signal(object)
    waitingChanged = Signal(object)

    def __init__(self, ctx: Any, actor: Actor, services: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionPanel")
        self.ctx, self.actor, self.jobs = ctx, actor, services.jobs
        self.issuer = TurnIssuer(ctx, actor, services.jobs, self)
        self.services: list = []
        self.waiting: dict[str, int] = {}
        self.kiosk = None
        self._loads = 0
        # open/closed judged on the office's clock, not this PC's time zone
        self.grid = ServiceGrid(scale=1.0, clock=OfficeClock.from_settings(ctx.settings),
                                parent=self)
        self.grid.issueRequested.connect(self.issue)
        self._build_form()
        self._build_confirmation()
        self._build_options()
        self.recent = RecentTurns(ctx, actor, services.jobs, self)
        self.recent.reprintRequested.connect(self.reprint_turn)
        self.recent.cancelRequested.connect(self.ask_cancel_turn)
        self._layout()
        self.issuer.busyChanged.connect(self.grid.set_busy)
        self.issuer.issued.connect(self._on_issued)
        self.issuer.failed.connect(self._on_failed)
        self.issuer.ticketDone.connect(lambda text: show_message(self.ticket_status, text, "hint"))
        self.issuer.ticketFailed.connect(lambda exc: show_error(self.ticket_status, exc))
        self.issuer.cancelled.connect(self._on_cancelled)
        self.issuer.cancelFailed.connect(self._on_cancel_failed)
        self.issuer.busyChanged.connect(lambda _busy: self._update_last_actions())
        self.setup_events = BusSignal(self, ctx.bus, (TOPIC_SETUP,), debounce_ms=50)
        self.setup_events.received.connect(lambda _events: self.reload_services())
        self.count_events = BusSignal(self, ctx.bus, (TOPIC_ISSUED, TOPIC_CALLED, TOPIC_CHANGED),
                                      debounce_ms=COUNTS_DEBOUNCE_MS)
        self.count_events.received.connect(lambda _events: self.reload_waiting())
        self.reload_services()

    # -- layout -------------------------------------------------------------------------------
    def _build_form(self) -> None:
        self.name_field = QLineEdit()
        self.name_field.setObjectName("customerName")
        self.name_field.setMaxLength(200)
        self.name_field.setPlaceholderText(self.tr("Optional"))
        self.note_field = QLineEdit()
        self.note_field.setObjectName("customerNote")
        self.note_field.setMaxLength(1000)
        self.note_field.setPlaceholderText(self.tr("Optional, for the desk"))
        self.form = QFormLayout()  # in the application's font, as every other form
        self.form.addRow(self.tr("Customer name"), self.name_field)
        self.form.addRow(self.tr("Note"), self.note_field)
        self.privacy = QLabel(self.tr("The name and the note are never shown on the lobby "
                                      "display; the desk sees them."))
        self.privacy.setWordWrap(True)
        set_role(self.privacy, "hint")

    def _build_confirmation(self) -> None:
        self.confirmation = QFrame()
        self.confirmation.setObjectName("lastIssued")
        styled(self.confirmation, "QFrame#lastIssued { background: #ffffff; "
                                  "border: 1px solid #c9ced6; border-radius: 10px; }")
        self.caption = QLabel(self.tr("Last number issued"))
        self.number_label = QLabel("—")
        self.number_label.setObjectName("lastNumber")
        self.service_label = QLabel("")
        self.ahead_label = QLabel("")
        self.wait_label = QLabel("")
        self.message = QLabel("")
        self.message.setObjectName("receptionMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.ticket_status = QLabel("")
        self.ticket_status.setObjectName("ticketStatus")
        self.ticket_status.setWordWrap(True)
        self.ticket_status.hide()
        # what people typed (service names, messages) shows as typed, never as markup
        for label in (self.number_label, self.service_label, self.ahead_label, self.wait_label,
                      self.message, self.ticket_status):
            label.setTextFormat(Qt.TextFormat.PlainText)
        styles = {self.caption: "font-size: 12pt; color: #5b6472;",
                  self.number_label: "font-size: 64pt; font-weight: bold; color: #1d2430;",
                  self.service_label: "font-size: 18pt; font-weight: bold;",
                  self.ahead_label: "font-size: 14pt;", self.wait_label: "font-size: 14pt;"}
        layout = QVBoxLayout(self.confirmation)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addStretch(1)
        for label, style in styles.items():
            styled(label, style)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.reprint_button = _button(self.tr("Reprint ticket"), "reprintTicket", self.tr(
            "Print the last ticket again, with the same number"), self.reprint)
        self.cancel_button = _button(self.tr("Cancel this turn"), "cancelTurn", self.tr(
            "A wrong button? Takes the last turn out of the queue, if no desk has called it "
            "yet"), self.ask_cancel)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self._update_last_actions()
        self.message.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.message)
        layout.addWidget(self.ticket_status)

    def _build_options(self) -> None:
        self.print_box = QCheckBox(self.tr("Print a ticket"))
        self.print_box.setObjectName("printTicket")
        self.print_box.setChecked(self.issuer.print_enabled)
        self.print_box.toggled.connect(self._on_print_toggled)
        self.printer_box = QComboBox()
        self.printer_box.setObjectName("ticketPrinter")
        self.printer_box.addItem(self.tr("PDF file (tickets folder)"), "")
        for name in printer_names():
            self.printer_box.addItem(name, name)
        chosen = self.issuer.printer_name
        if chosen and self.printer_box.findData(chosen) < 0:
            self.printer_box.addItem(self.tr("{name} (not installed)").format(name=chosen), chosen)
        self.printer_box.setCurrentIndex(max(0, self.printer_box.findData(chosen)))
        self.printer_box.currentIndexChanged.connect(self._on_printer_chosen)
        self.kiosk_button = _button(self.tr("Kiosk mode"), "kioskButton", self.tr(
            "Full screen with the service buttons only, for customers to take their own "
            "number. Staff leave it with {keys} and their password (the kiosk does not show "
            "it to customers)").format(keys=key_text(LEAVE_KEYS)),
            self.open_kiosk)
        self.kiosk_button.setMinimumHeight(40)
        self.keys_hint = QLabel(self.tr("Keys: the service letter issues a turn, Shift+letter a "
                                        "priority turn (outside the text fields)."))
        self.keys_hint.setWordWrap(True)
        set_role(self.keys_hint, "hint")

    def _layout(self) -> None:
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addLayout(self.form)
        side.addWidget(self.privacy)
        side.addWidget(self.confirmation, 1)
        side.addWidget(self.recent, 1)
        printing = QHBoxLayout()
        printing.addWidget(self.print_box)
        printing.addWidget(self.printer_box, 1)
        side.addLayout(printing)
        side.addWidget(self.kiosk_button)
        left = QVBoxLayout()
        left.addWidget(self.grid, 1)
        left.addWidget(self.keys_hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(18)
        layout.addLayout(left, 3)
        layout.addLayout(side, 2)

    # -- loading ------------------------------------------------------------------------------
    def reload_services(self) -> BackgroundTask:
        """Read the active services off the GUI thread, then the waiting counts."""
        self._loads += 1
        number, db = self._loads, self.ctx.db

        def loaded(found: list) -> None:
            if number != self._loads:  # a newer load is on its way
                return
            self.services = found
            self.grid.set_services(found)
            self.servicesChanged.emit(found)
            self.reload_waiting()

        def failed(exc: BaseException) -> None:  # the screen stays usable with its buttons
            show_error(self.message, exc, self.tr("The services could not be loaded:"))

        return run_in_background(self, lambda progress: setup.list_services(db, active_only=True),
                                 loaded, failed, jobs=self.jobs,
                                 title=self.tr("Loading the services"))

    def reload_waiting(self) -> BackgroundTask:
        """Count the waiting turns of each service off the GUI thread (a failure is ignored:
        counts are a courtesy, the next event tries again)."""
        db, settings = self.ctx.db, self.ctx.settings

        def counted(summary: list) -> None:
            self.waiting = {row.service_code: row.waiting for row in summary}
            self.grid.set_waiting(self.waiting)
            self.waitingChanged.emit(self.waiting)

        return run_in_background(self, lambda progress: reads.waiting_summary(db, settings),
                                 counted, lambda exc: None, jobs=self.jobs,
                                 title=self.tr("Counting waiting turns"))

    # -- issuing ------------------------------------------------------------------------------
    def issue(self, code: str, priority: bool = False) -> BackgroundTask | None:
        """Issue a turn with the name and note typed (ignored while one is being issued)."""
        return self.issuer.issue(code, priority, self.name_field.text().strip(),
                                 self.note_field.text().strip())

    def _on_issued(self, turn: TurnInfo) -> None:
        self.name_field.clear()
        self.note_field.clear()
        self.ticket_status.hide()
        self.show_turn(turn)
        self._say("", "hint")
        self._update_last_actions()

    def show_turn(self, turn: TurnInfo) -> None:
        self.number_label.setText(turn.number)
        service = turn.service_name + (" · " + self.tr("Priority") if turn.priority else "")
        self.service_label.setText(service)
        self.ahead_label.setText(ahead_text(turn.ahead))
        self.wait_label.setText(self.tr("Estimated wait: {wait}").format(
            wait=wait_estimate(turn.estimate_low_s, turn.estimate_high_s)))

    # -- the last turn: reprint, cancel -------------------------------------------------------
    def _update_last_actions(self) -> None:
        has_last = self.issuer.last is not None and not self.issuer.busy
        self.reprint_button.setEnabled(has_last)
        self.cancel_button.setEnabled(has_last)

    def reprint(self) -> None:
        """Print the last ticket again (the same number), even with "Print a ticket" off."""
        self.reprint_turn(self.issuer.last)

    def reprint_turn(self, turn: TurnInfo | None) -> None:
        """Print `turn`'s ticket again (the same number), even with "Print a ticket" off."""
        self.ticket_status.hide()
        self.issuer.reprint(turn)

    def ask_cancel(self) -> QMessageBox | None:
        """Confirm, then cancel the last turn issued here."""
        return self.ask_cancel_turn(self.issuer.last)

    def ask_cancel_turn(self, turn: TurnInfo | None) -> QMessageBox | None:
        """Confirm, then cancel `turn` (the service refuses once a desk has called it)."""
        if turn is None:
            return None
        return confirm(self, self.tr("Cancel turn {number}").format(number=turn.number),
                       self.tr("Cancel turn {number} ({service})? It leaves the queue and its "
                               "number is not given again. Issue the right one afterwards.")
                       .format(number=turn.number, service=turn.service_name),
                       lambda: self.issuer.cancel(turn), "confirmCancelTurn")

    def _on_cancelled(self, turn: TurnInfo) -> None:
        if self.number_label.text() == turn.number:  # the number on screen is no longer valid
            self.service_label.setText(self.tr("Cancelled"))
            for label in (self.ahead_label, self.wait_label):
                label.setText("")
        self._say(self.tr("Turn {number} was cancelled.").format(number=turn.number), "success")
        self._update_last_actions()

    def _on_cancel_failed(self, exc: BaseException) -> None:
        turn = self.issuer.cancelling
        if isinstance(exc, Conflict) and turn is not None:  # its one refusal, in the UI's words
            self._say(self.tr("Turn {number} was not cancelled: a desk has called it "
                              "already. The desk finishes it or marks a no-show.")
                      .format(number=turn.number), "error")
            return
        show_error(self.message, exc, self.tr("The turn was not cancelled:"))

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.message, exc, self.tr("No turn was issued:"))

    def _say(self, text: str, role: str) -> None:
        show_message(self.message, text, role)

    # -- printing and kiosk -------------------------------------------------------------------
    def _on_print_toggled(self, checked: bool) -> None:
        problem = self.issuer.remember(PRINT_SETTING, bool(checked))
        if problem:
            show_message(self.ticket_status, problem, "error")

    def _on_printer_chosen(self, _index: int) -> None:
        problem = self.issuer.remember(PRINTER_SETTING, str(self.printer_box.currentData() or ""))
        show_message(self.ticket_status, problem, "error")

    def open_kiosk(self):
        """Full screen for customers; this panel's buttons wait until it is left."""
        from timedesk.ui.turns.kiosk import KioskWindow

        if self.kiosk is not None:  # until it is left (it cannot close otherwise)
            self.kiosk.activateWindow()
            return self.kiosk
        self.kiosk = KioskWindow(self)
        self.kiosk.left.connect(self._on_kiosk_left)
        self.kiosk.show_kiosk()
        return self.kiosk

    def _on_kiosk_left(self) -> None:
        self.kiosk = None
        self.window().activateWindow()


def _button(text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button
