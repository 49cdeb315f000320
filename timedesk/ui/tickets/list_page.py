"""The list of tickets: one page at a time from the service (filters, search, sort and paging are
done by the database through TicketFilter), the counts per status in a side bar (a click
filters by that status), and a ticket opened with a double-click or Enter (`opened(id)`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.jobs import Progress
from timedesk.tickets.export import EXPORT_FORMATS, export_tickets
from timedesk.tickets.lifecycle import OPEN_STATUSES, PRIORITIES, STATUSES
from timedesk.tickets.service import HelpDesk, TicketFilter, TicketPage
from timedesk.ui.clockify.admin_table import Column, RowsModel
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_time_text
from timedesk.ui.i18n import choose_language
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.tickets.texts import priority_title, status_title
from timedesk.ui.widgets import ask_save_path, context_menu, role_label, show_message
from timedesk.ui.window_state import Field, fit_once, remember_filters, remember_table

SEARCH_DEBOUNCE_MS = 350
PER_PAGE = 50
MAX_COLUMN_WIDTH = 160
REQUESTER_COLUMN = 5
ANY_OPEN = "open"  # the status filter of every open status


# the service's sort key of each column (None: the column does not sort)
SORT_KEYS = ("id", "subject", "status", "priority", None, None, None, "updated_at")


def ticket_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("TicketsModel", "#"),
               lambda t: str(t.id), align_right=True),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Subject"),
               lambda t: t.subject),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Status"),
               lambda t: status_title(t.status)),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Priority"),
               lambda t: priority_title(t.priority)),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Category"),
               lambda t: t.category or ""),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Requester"),
               lambda t: t.requester),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Assignee"),
               lambda t: t.assignee or "—"),
        Column(lambda: QCoreApplication.translate("TicketsModel", "Updated"),
               lambda t: date_time_text(t.updated_at))]


class TicketListPage(QWidget):
    opened = Signal(int)  # the id of the ticket to show
    new_requested = Signal()

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("ticketList")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
        self.filt = TicketFilter(per_page=PER_PAGE)
        self.total = 0
        self.counts: dict[str, int] = {}
        self._generation = 0
        self.works = actor.can(Permission.TICKETS_WORK) or actor.can(Permission.TICKETS_MANAGE)
        self._build()
        self.live = BusSignal(self, ctx.bus, ("tickets.changed",), debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("ticketSearch")
        self.search.setPlaceholderText(self.tr("Search subject and description"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status = QComboBox()
        self.status.setObjectName("ticketStatusFilter")
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(self.tr("Open"), ANY_OPEN)
        for status in STATUSES:
            self.status.addItem(status_title(status), status)
        self.priority = QComboBox()
        self.priority.setObjectName("ticketPriorityFilter")
        self.priority.addItem(self.tr("Any priority"), "")
        for priority in PRIORITIES:
            self.priority.addItem(priority_title(priority), priority)
        self.assignee = QComboBox()
        self.assignee.setObjectName("ticketAssigneeFilter")
        self.assignee.addItem(self.tr("Anyone"), None)
        self.assignee.addItem(self.tr("Assigned to me"), "me")
        self.assignee.addItem(self.tr("Unassigned"), "-")
        self.assignee.setVisible(self.works)
        self.category = QComboBox()
        self.category.setObjectName("ticketCategoryFilter")
        self.category.addItem(self.tr("Any category"), None)
        for combo in (self.status, self.priority, self.assignee, self.category):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.new_button = QPushButton(self.tr("New ticket…"))
        self.new_button.setObjectName("newTicket")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in EXPORT_FORMATS:
            button = QPushButton(fmt.upper())
            button.setObjectName(f"ticketsExport_{fmt}")
            button.setToolTip(self.tr("Export the tickets of these filters (every page) as "
                                      "{format}").format(format=fmt.upper()))
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.ask_export(fmt))
            self.export_buttons[fmt] = button
        self.file_dialog: QFileDialog | None = None
        self.exporting = False
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for combo in (self.status, self.priority, self.assignee, self.category):
            bar.addWidget(combo)
        bar.addWidget(self.new_button)

        self.side = QListWidget()
        self.side.setObjectName("ticketCounts")
        self.side.setMaximumWidth(230)
        self.side.setSpacing(3)
        self.side.itemClicked.connect(self._side_clicked)

        self.model = RowsModel(ticket_columns())
        self.table = QTableView()
        self.table.setObjectName("ticketTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(7, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self.sort_by_column)
        # a requester's list holds their own tickets only: their name in every row says nothing
        self.table.setColumnHidden(REQUESTER_COLUMN, not self.works)
        self.table.doubleClicked.connect(self._open_index)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_selected)
        enter2 = QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table)
        enter2.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter2.activated.connect(self.open_selected)
        self.model.modelReset.connect(self._fit)
        context_menu(self.table, lambda: [
            (self.tr("Open"), self.open_selected), self.new_button,
            *((self.tr("Export as {format}…").format(format=fmt.upper()),
               lambda fmt=fmt: self.ask_export(fmt)) for fmt in self.export_buttons)])

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setObjectName("ticketsPrevious")
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.filt.page - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("ticketsNext")
        self.next_button.clicked.connect(lambda: self.go_to_page(self.filt.page + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("ticketsPageLabel")
        self.message = role_label("", "hint")
        self.message.setObjectName("ticketsMessage")
        self.message.hide()
        paging = QHBoxLayout()
        paging.addWidget(QLabel(self.tr("Export:")))
        for button in self.export_buttons.values():
            paging.addWidget(button)
        paging.addWidget(self.message, 1)
        paging.addStretch(1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.page_label)
        paging.addWidget(self.next_button)

        body = QHBoxLayout()
        body.addWidget(self.side)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        layout.addLayout(paging)
        self._show_paging()
        self._remember()

    def _remember(self) -> None:
        """Column widths, sort and filters as this person left them on this PC."""
        remember_table(self.table, self._ctx, "tickets")
        sort = Field(lambda: self.filt.sort, self._put_sort,
                     self.table.horizontalHeader().sectionClicked)
        remember_filters(self._ctx, self._actor.name, "tickets", {
            "q": self.search, "status": self.status, "priority": self.priority,
            "assignee": self.assignee, "sort": sort})

    def _put_sort(self, sort: object) -> None:
        """A remembered sort, if still one of the columns' sort keys."""
        if isinstance(sort, str) and sort.lstrip("-") in SORT_KEYS:
            self.filt = replace(self.filt, sort=sort)
            self.table.horizontalHeader().setSortIndicator(self._sort_column(),
                                                           self._sort_order())

    # -- filters -------------------------------------------------------------------------------
    def current_filter(self) -> TicketFilter:
        return self.filt

    def _filters_changed(self) -> None:
        status = self.status.currentData()
        statuses = (tuple(s for s in STATUSES if s in OPEN_STATUSES) if status == ANY_OPEN
                    else (status,) if status else ())
        priority = self.priority.currentData()
        text = self.search.text().strip()
        self.filt = replace(self.filt, status=statuses,
                            priority=(priority,) if priority else (),
                            assignee=self.assignee.currentData(),
                            category=self.category.currentData(), q=text or None, page=1)
        self.refresh()

    def _side_clicked(self, item: QListWidgetItem) -> None:
        """A status in the side bar filters by it (the first row: every status)."""
        index = self.status.findData(item.data(Qt.ItemDataRole.UserRole) or "")
        self.status.setCurrentIndex(max(index, 0))

    def sort_by_column(self, column: int) -> None:
        """Sort by the clicked column in the database: again on the same column reverses."""
        key = SORT_KEYS[column]
        header = self.table.horizontalHeader()
        current = self.filt.sort.lstrip("-")
        if key is None:  # keep showing the order in force
            header.setSortIndicator(self._sort_column(), self._sort_order())
            return
        descending = not self.filt.sort.startswith("-") if key == current else False
        self.filt = replace(self.filt, sort=("-" if descending else "") + key, page=1)
        header.setSortIndicator(column, self._sort_order())
        self.refresh()

    def _sort_column(self) -> int:
        key = self.filt.sort.lstrip("-")
        return next((n for n, sort in enumerate(SORT_KEYS) if sort == key), -1)

    def _sort_order(self) -> Qt.SortOrder:
        return (Qt.SortOrder.DescendingOrder if self.filt.sort.startswith("-")
                else Qt.SortOrder.AscendingOrder)

    def go_to_page(self, page: int) -> None:
        if 1 <= page <= self.pages():
            self.filt = replace(self.filt, page=page)
            self.refresh()

    def pages(self) -> int:
        return max(1, -(-self.total // self.filt.per_page))

    # -- loading -------------------------------------------------------------------------------
    def load_categories(self) -> None:
        desk, actor = self.desk, self._actor
        run_in_background(self, lambda progress: desk.categories(actor), self._show_categories,
                          lambda exc: show_error(self.message, exc,
                                                 self.tr("Cannot read the categories:")),
                          jobs=self._jobs, title=self.tr("Reading ticket categories"))

    def _show_categories(self, names: list[str]) -> None:
        self.category.blockSignals(True)
        chosen = self.category.currentData()
        while self.category.count() > 1:
            self.category.removeItem(1)
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)

    def refresh(self) -> None:
        """Ask the service for the page of the filter in force and for the counts."""
        self._generation += 1
        generation = self._generation
        desk, actor, filt = self.desk, self._actor, self.filt

        def load(progress: Progress) -> tuple[TicketPage, dict[str, int]]:
            return desk.list_tickets(actor, filt), desk.counts(actor)

        def loaded(result: tuple[TicketPage, dict[str, int]]) -> None:
            if generation == self._generation:
                self.show_page(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.message, exc, self.tr("Cannot read the tickets:"))

        run_in_background(self, load, loaded, failed, jobs=self._jobs,
                          title=self.tr("Reading tickets"))

    def show_page(self, page: TicketPage, counts: dict[str, int]) -> None:
        self.total = page.total
        self.counts = counts
        self.model.set_rows(page.items)
        self._show_counts()
        self._show_paging()
        if not page.items:
            show_message(self.message, self.tr("No tickets match these filters."), "hint")
        else:
            self.message.hide()

    def _show_counts(self) -> None:
        chosen = self.status.currentData() or ""
        self.side.clear()
        rows = [("", self.tr("All  ({count})").format(count=sum(self.counts.values())))]
        rows.append((ANY_OPEN, self.tr("Open  ({count})").format(
            count=sum(n for s, n in self.counts.items() if s in OPEN_STATUSES))))
        rows += [(status, self.tr("{status}  ({count})").format(
            status=status_title(status), count=self.counts.get(status, 0)))
            for status in STATUSES]
        for key, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.side.addItem(item)
            if key == chosen:
                item.setSelected(True)

    def _show_paging(self) -> None:
        self.page_label.setText(self.tr("Page {page} of {pages} · {total} tickets").format(
            page=self.filt.page, pages=self.pages(), total=self.total))
        self.previous_button.setEnabled(self.filt.page > 1)
        self.next_button.setEnabled(self.filt.page < self.pages())

    def _fit(self) -> None:
        """The columns as wide as their content (at most MAX_COLUMN_WIDTH), the subject the
        rest; unless remembered or sized by hand."""
        fit_once(self.table, self._fit_columns)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != 1:
                self.table.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    # -- exports -------------------------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        """Ask where to save (a dialog opened, never exec'd), then export there."""
        folder = Path(getattr(getattr(self._ctx, "paths", None), "reports_dir", Path.home()))
        self.file_dialog = ask_save_path(self, self.tr("Export the tickets"),
                                         str(folder / f"tickets.{fmt}"),
                                         lambda path: self.export_to(path, fmt), fmt)

    def export_to(self, path: str | Path, fmt: str) -> None:
        """Export every page of the filter in force to `path` (timedesk.tickets.export)."""
        if self.exporting:
            return
        desk, actor, filt = self.desk, self._actor, self.filt
        lang = choose_language(self._ctx.settings["ui.language"])
        self._set_exporting(True)
        show_message(self.message, self.tr("Exporting…"), "hint")

        def done(count: int) -> None:
            self._set_exporting(False)
            show_message(self.message, self.tr("Exported {count} tickets to {path}").format(
                count=count, path=path), "success")

        def failed(exc: BaseException) -> None:
            self._set_exporting(False)
            show_error(self.message, exc, self.tr("The export failed:"))

        run_in_background(self, lambda progress: export_tickets(desk, actor, filt, fmt,
                                                                Path(path), lang=lang),
                          done, failed, jobs=self._jobs, title=self.tr("Exporting tickets"))

    def _set_exporting(self, exporting: bool) -> None:
        self.exporting = exporting
        for button in self.export_buttons.values():
            button.setEnabled(not exporting)

    # -- opening -------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.rows[index.row()].id)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> TicketListPage:
        page = cls(ctx, actor, services)
        page.load_categories()
        page.refresh()
        return page
