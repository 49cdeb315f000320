"""Reception's list of today's last turns issued (number, service, time, state), the newest
first, with a search box for a number ("A12"): the one chosen can be printed again or
cancelled (`reprintRequested(TurnInfo)`, `cancelRequested(TurnInfo)`: the reception panel
asks and does it through its TurnIssuer; the service checks the permission and refuses to
cancel a turn a desk has called). The list follows issues, calls and changes from every PC."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from timedesk.auth.permissions import Actor
from timedesk.turns import reads
from timedesk.turns.models import CALLED, CANCELLED, DONE, NO_SHOW, SERVING, WAITING
from timedesk.turns.views import TOPIC_CALLED, TOPIC_CHANGED, TOPIC_ISSUED, TurnInfo
from timedesk.ui.errors import show_error
from timedesk.ui.tasks import BusSignal, run_in_background
from timedesk.ui.widgets import context_menu, role_label, show_message
from timedesk.ui.window_state import remember_table

RECENT_SHOWN = 8
SEARCH_DEBOUNCE_MS = 250
EVENTS_DEBOUNCE_MS = 150


class RecentTurns(QWidget):
    reprintRequested = Signal(object)
    cancelRequested = Signal(object)

    def __init__(self, ctx: Any, actor: Actor, jobs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentTurns")
        self.ctx, self.actor, self.jobs = ctx, actor, jobs
        self.turns: list[TurnInfo] = []
        self._loads = 0
        self.search = QLineEdit()
        self.search.setObjectName("recentSearch")
        self.search.setPlaceholderText(self.tr("Find a number (A12)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("recentTurnsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Service"), self.tr("Time"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        remember_table(self.table, ctx, "receptionRecentTurns")
        self.empty = role_label("", "hint")
        self.empty.setObjectName("recentEmpty")
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.reprint_button.setObjectName("recentReprint")
        self.reprint_button.setToolTip(self.tr("Print the chosen turn's ticket again"))
        self.reprint_button.clicked.connect(lambda: self._request(self.reprintRequested))
        self.cancel_button = QPushButton(self.tr("Cancel turn…"))
        self.cancel_button.setObjectName("recentCancel")
        self.cancel_button.setToolTip(self.tr("Take the chosen turn out of the queue, if no "
                                              "desk has called it yet"))
        self.cancel_button.clicked.connect(lambda: self._request(self.cancelRequested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.cancel_button)
        context_menu(self.table, lambda: [self.reprint_button, self.cancel_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Today's last turns")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()
        self.events = BusSignal(self, ctx.bus, (TOPIC_ISSUED, TOPIC_CALLED, TOPIC_CHANGED),
                                debounce_ms=EVENTS_DEBOUNCE_MS)
        self.events.received.connect(lambda _events: self.reload())
        self.reload()

    def reload(self) -> None:
        """Read today's last turns (of the number searched) off the GUI thread."""
        self._loads += 1
        number, db, settings, actor = self._loads, self.ctx.db, self.ctx.settings, self.actor
        text = self.search.text()

        def loaded(turns: list[TurnInfo]) -> None:
            if number == self._loads:  # else a newer read is on its way
                self.show_turns(turns)

        run_in_background(self, lambda progress: reads.recent_turns(
            db, settings, actor, limit=RECENT_SHOWN, number=text), loaded,
            lambda exc: show_error(self.empty, exc, self.tr("Cannot read today's turns:")),
            jobs=self.jobs, title=self.tr("Reading today's turns"))

    def show_turns(self, turns: list[TurnInfo]) -> None:
        chosen = self.selected()
        self.turns = turns
        self.table.setRowCount(len(turns))
        for row, turn in enumerate(turns):
            cells = (turn.number + (" ★" if turn.priority else ""), turn.service_name,
                     turn.issued_at.astimezone().strftime("%H:%M"), self.state_title(turn.status))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and turn.id == chosen.id:
                self.table.selectRow(row)
        if turns:
            self.empty.hide()
        else:
            show_message(self.empty, self.tr("No turn of that number today.")
                         if self.search.text().strip() else self.tr("No turn issued today yet."),
                         "hint")
        self._update_buttons()

    def selected(self) -> TurnInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.turns[rows[0].row()] if rows and rows[0].row() < len(self.turns) else None

    def select_number(self, number: str) -> bool:
        """Choose the row of turn `number`; False when it is not in the list."""
        for row, turn in enumerate(self.turns):
            if turn.number == number:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        turn = self.selected()
        self.reprint_button.setEnabled(turn is not None and turn.status != CANCELLED)
        self.cancel_button.setEnabled(turn is not None and turn.status == WAITING)

    def _request(self, signal: Any) -> None:
        turn = self.selected()
        if turn is not None:
            signal.emit(turn)

    def state_title(self, status: str) -> str:
        return {WAITING: self.tr("Waiting"), CALLED: self.tr("Called"),
                SERVING: self.tr("Being served"), DONE: self.tr("Done"),
                NO_SHOW: self.tr("No-show"), CANCELLED: self.tr("Cancelled")}.get(status, status)


