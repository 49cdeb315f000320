"""The sessions log: a filter bar, the table of one page of sessions, the totals of the whole
filter, paging, live updates; export of the filtered list (Ctrl+E), approval of the selected
sessions (several at once), a context menu, and an empty page that says what to do.

Queries run as jobs off the GUI thread (timedesk.ui.tasks); the service sorts and pages (over every session, not
only the page shown). Bus events (this process, or others through the event feed) reload the
page, debounced, in place: new sessions are inserted, the ones gone removed, the changed ones
repainted, the others left alone (selection and scroll stay; no model reset). Running
sessions tick every TICK_MS without a query.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.list_export import ListExport, export_session_list
from timedesk.clockify.manual import create_manual_session
from timedesk.clockify.queries import SessionFilter, list_sessions, session_totals
from timedesk.clockify.review import approve_sessions
from timedesk.clockify.topics import WEBHOOKS_CHANGED
from timedesk.clockify.users import list_users
from timedesk.clockify.views import Page, SessionInfo, SessionTotals, UserInfo
from timedesk.clockify.webhooks import list_webhooks
from timedesk.durations import hours_minutes
from timedesk.events.bus import RESYNC
from timedesk.jobs import JobRunner, Progress
from timedesk.ui.clockify.session_edit import SessionFormDialog, rules_of
from timedesk.ui.clockify.sessions_badge import StatusBadgeDelegate
from timedesk.ui.clockify.sessions_filters import SessionFilterBar
from timedesk.ui.clockify.sessions_model import COLUMN, COLUMNS, SessionsModel
from timedesk.ui.empty_state import EmptyState
from timedesk.ui.errors import show_error
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.i18n import choose_language
from timedesk.ui.navigation import open_settings_section
from timedesk.ui.tasks import BURST_MS, BackgroundTask, BusSignal, run_in_background
from timedesk.ui.widgets import ask_save_path, confirm, role_label, show_message
from timedesk.ui.window_state import fit_once, remember_filters, remember_table

PAGE_SIZE = 100
FIT_SAMPLE_ROWS = 25  # rows measured to fit the column widths (about one screenful)
TICK_MS = 5000
MAX_WIDTH = {"user": 190, "project": 210, "task": 190}
CELL_PADDING = 6
# why the list is empty: sessions exist but the filters hide them; none yet and no webhook;
# webhooks but no session yet
FILTERED, NO_WEBHOOK, NO_SESSION = "filtered", "no_webhook", "no_session"


class ClockifySessionsView(QWidget):
    def __init__(self, db: Any, bus: Any, actor: Actor, jobs: JobRunner,
                 parent: QWidget | None = None, *, settings: Any = None,
                 export_folder: Path | None = None) -> None:
        super().__init__(parent)
        self._db, self._bus, self._actor, self._jobs = db, bus, actor, jobs
        self._settings = settings
        self.export_folder = export_folder or Path.home()
        self.dialog: FormDialog | None = None
        self.sort, self.descending, self.offset, self.total = "start", True, 0, 0
        self.last_load: BackgroundTask | None = None
        self.users_load: BackgroundTask | None = None
        self.totals_load: BackgroundTask | None = None
        self.empty_load: BackgroundTask | None = None
        self.export_load: BackgroundTask | None = None
        self.approve_load: BackgroundTask | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.menu: QMenu | None = None
        self.empty_reason: str | None = None
        self._loads = 0  # only the latest load is shown
        self._cell_extra: dict[int, int] = {}  # column: what a cell adds to its text's width
        self.filters = SessionFilterBar()
        self.model = SessionsModel(self)
        self.table = self._build_table()
        self.summary = role_label("", "hint", wrap=False)
        self.summary.setObjectName("sessionsSummary")
        self.totals = role_label("", "hint")
        self.totals.setObjectName("sessionsTotals")
        self.empty = EmptyState("")
        self.empty.setObjectName("sessionsEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.open_button = QPushButton(self.tr("Details…"))
        self.open_button.setObjectName("openSession")
        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setObjectName("newSession")
        self.new_button.setVisible(actor.can(Permission.CLOCKIFY_MANAGE))
        self.new_button.clicked.connect(self.new_session)
        self.approve_button = QPushButton(self.tr("Approve selected…"))
        self.approve_button.setObjectName("approveSessions")
        self.approve_button.setVisible(actor.can(Permission.CLOCKIFY_APPROVE))
        self.approve_button.clicked.connect(self.ask_approve)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportSessions")
        self.export_button.setToolTip(self.tr("Save every session of these filters (all pages) "
                                              "as CSV or XLSX (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.export_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_shortcut.activated.connect(self.ask_export)
        self.message = role_label("", "error")
        self.message.setObjectName("sessionsMessage")
        self.message.hide()
        self._layout()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.model.tick)
        self.live = BusSignal(self, bus, ("clockify.",), debounce_ms=BURST_MS)
        self.live.received.connect(self._on_events)
        self.filters.changed.connect(self.first_page)
        self.previous_button.clicked.connect(lambda: self.go_to(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.go_to(self.offset + PAGE_SIZE))
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda index: self.open_detail(self._id_at(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.dialogs: list[Any] = []
        self._update_buttons()
        self.load_users()
        self.reload()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("sessionsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.setItemDelegateForColumn(COLUMN["status"], StatusBadgeDelegate(table))
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN["start"], Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN["description"], QHeaderView.ResizeMode.Stretch)
        # fit_columns() measures this many rows, not the whole page: measuring 100 rows of 9
        # columns on every live refresh stalled the GUI thread for over 100 ms under load
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        header.sortIndicatorChanged.connect(self._on_sort)
        return table

    def _layout(self) -> None:
        footer = QHBoxLayout()
        footer.addWidget(self.summary)
        footer.addStretch(1)
        for button in (self.previous_button, self.next_button, self.open_button,
                       self.approve_button, self.export_button, self.new_button):
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.totals)
        layout.addLayout(footer)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> BackgroundTask:
        """Load the current page again, off the GUI thread; only the latest load is shown."""
        self._loads += 1
        number = self._loads
        db, actor = self._db, self._actor
        filters, sort, descending, offset = (self.filters.session_filter(), self.sort,
                                             self.descending, self.offset)

        def loaded(page: Page[SessionInfo]) -> None:
            if number != self._loads:
                return
            if not page.items and offset > 0 and page.total > 0:  # the last page emptied
                self.offset = (page.total - 1) // PAGE_SIZE * PAGE_SIZE
                self.reload()
                return
            self._show_page(page)

        def failed(exc: BaseException) -> None:
            if number == self._loads:
                show_error(self.message, exc)

        self.last_load = run_in_background(
            self, lambda progress: list_sessions(db, actor, filters, sort=sort,
                                                 descending=descending, limit=PAGE_SIZE,
                                                 offset=offset),
            loaded, failed, jobs=self._jobs, title=self.tr("Loading Clockify sessions"))
        self.load_totals(filters, number)
        return self.last_load

    def load_totals(self, filters: SessionFilter, number: int) -> None:
        """The totals of the whole filter (every page), shown under the table."""
        db, actor = self._db, self._actor

        def loaded(totals: SessionTotals) -> None:
            if number == self._loads:
                self._show_totals(totals)

        self.totals_load = run_in_background(
            self, lambda progress: session_totals(db, actor, filters), loaded,
            lambda exc: show_error(self.message, exc) if number == self._loads else None,
            jobs=self._jobs, title=self.tr("Adding up Clockify sessions"))

    def _show_totals(self, totals: SessionTotals) -> None:
        if not totals.count:
            self.totals.setText("")
            self.totals.hide()
            return
        people = [self.tr("{name}: {count} · {hours}").format(
            name=person.name or self.tr("(unknown user)"), count=person.count,
            hours=hours_minutes(person.seconds)) for person in totals.people]
        total = (self.tr("Total: 1 session · {hours}") if totals.count == 1 else
                 self.tr("Total: {count} sessions · {hours}"))
        self.totals.setText(total.format(count=totals.count, hours=hours_minutes(totals.seconds))
            + "   |   " + "   ·   ".join(people))
        self.totals.show()

    def load_users(self) -> BackgroundTask:
        db, actor = self._db, self._actor
        self.users_load = run_in_background(
            self, lambda progress: list_users(db, actor, limit=1000).items,
            self.filters.set_users, lambda exc: show_error(self.message, exc), jobs=self._jobs,
            title=self.tr("Loading Clockify users"))
        return self.users_load

    def _show_page(self, page: Page[SessionInfo]) -> None:
        show_message(self.message, "", "error")
        selected = self.selected_id()
        self.total = page.total
        scrollbar = self.table.verticalScrollBar()
        top = self._id_at(self.table.rowAt(0)) if scrollbar.value() > 0 else None
        if self.model.set_rows(page.items):
            fit_once(self.table, self.fit_columns)
            if selected is not None:
                self.select(selected)
        else:  # updated in place (the selection moved with its row)
            if self.model.last_inserted:
                self.fit_rows(self.model.last_inserted)
            self._keep_top_row(top)
        if self.model.has_running():
            if not self.ticker.isActive():
                self.ticker.start()
        else:
            self.ticker.stop()
        self._update_summary()
        self._update_buttons()
        if page.total:
            self._show_empty(None)
        else:
            self.load_empty_reason()

    def load_empty_reason(self) -> BackgroundTask:
        """Why nothing is listed: filters hiding sessions, no webhook yet, or no session yet."""
        db, actor, number = self._db, self._actor, self._loads

        def reason(progress: Progress) -> str:
            if list_sessions(db, actor, SessionFilter(deleted=None), limit=1).total:
                return FILTERED
            return NO_SESSION if list_webhooks(db, actor) else NO_WEBHOOK

        self.empty_load = run_in_background(
            self, reason, lambda why: self._show_empty(why) if number == self._loads else None,
            lambda exc: show_error(self.message, exc), jobs=self._jobs,
            title=self.tr("Loading Clockify sessions"))
        return self.empty_load

    def _show_empty(self, reason: str | None) -> None:
        self.empty_reason = reason
        if reason == NO_WEBHOOK:
            self.empty.show_state(
                self.tr("No webhook yet — Clockify sends nothing until one is set up."),
                self.tr("Set up Clockify webhooks"), self.go_to_webhooks)
        elif reason == NO_SESSION:
            self.empty.show_state(self.tr("No session yet: they appear here as Clockify sends "
                                          "them."))
        self.stack.setCurrentWidget(self.empty if reason in (NO_WEBHOOK, NO_SESSION)
                                    else self.table)
        self._update_summary()

    def go_to_webhooks(self) -> bool:
        """Where the webhooks are set up (the Clockify section); False outside a main window."""
        return open_settings_section(self, "clockify")

    def _update_summary(self) -> None:
        shown = len(self.model.rows)
        if not shown and self.empty_reason in (NO_WEBHOOK, NO_SESSION):
            text = ""  # the empty page says why
        elif not shown:
            text = self.tr("No sessions match these filters.")
        elif self.total == 1:
            text = self.tr("Showing the only matching session")
        elif shown == self.total and self.offset == 0:
            text = self.tr("Showing all {total} sessions").format(total=self.total)
        else:
            text = self.tr("Showing {first}–{last} of {total} sessions").format(
                first=self.offset + 1, last=self.offset + shown, total=self.total)
        self.summary.setText(text)

    def fit_columns(self) -> None:
        """Each column as wide as its content and title, within reason (sortable titles keep
        room for the sort arrow); the description takes what is left."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        for number, column in enumerate(COLUMNS):
            if column.key == "description":
                continue
            title = metrics.horizontalAdvance(column.title()) + 4 * margin
            if column.sort is not None:
                title += metrics.height() + margin
            width = max(title, self.table.sizeHintForColumn(number)) + CELL_PADDING
            self.table.setColumnWidth(number, min(width, MAX_WIDTH.get(column.key, width)))

    def fit_rows(self, rows: list[int]) -> None:
        """Widen the columns the text of `rows` (just inserted) does not fit. A cell's width is
        its text's width plus what the delegate adds (margins, the status badge), measured once
        per column through the view: measuring every cell that way asks the model for every
        role, about 20 ms for a dozen rows, on every live refresh under load."""
        grid = 1 if self.table.showGrid() else 0
        metrics = self.table.fontMetrics()
        for number, column in enumerate(COLUMNS):
            if column.key == "description":
                continue
            current = self.table.columnWidth(number)
            widest = MAX_WIDTH.get(column.key)
            if widest is not None and current >= widest:
                continue  # already as wide as this column gets
            texts = [metrics.horizontalAdvance(self.model.text(self.model.rows[row], column.key))
                     for row in rows]
            extra = self._cell_extra.get(number)
            if extra is None:
                row = rows[texts.index(max(texts))]
                extra = self._cell_extra[number] = (
                    self.table.sizeHintForIndex(self.model.index(row, number)).width()
                    - max(texts))
            width = max(texts) + extra + grid + CELL_PADDING
            if widest is not None:
                width = min(width, widest)
            if width > current:
                self.table.setColumnWidth(number, width)

    def _keep_top_row(self, session_id: int | None) -> None:
        """Rows inserted above a scrolled table must not push away the rows being read: scroll
        by as many rows. At the top (None) the new sessions simply show."""
        row = self.model.row_of(session_id) if session_id is not None else None
        shift = row - self.table.rowAt(0) if row is not None else 0
        if shift and row is not None:
            scrollbar = self.table.verticalScrollBar()
            per_item = (self.table.verticalScrollMode()
                        == QAbstractItemView.ScrollMode.ScrollPerItem)
            scrollbar.setValue(scrollbar.value()
                               + shift * (1 if per_item else self.table.rowHeight(row)))

    # -- paging, sorting, events -------------------------------------------------------------
    def first_page(self) -> None:
        self.go_to(0)

    def go_to(self, offset: int) -> None:
        self.offset = max(0, offset)
        self.reload()

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column].sort
        if key is None:  # this column is not sortable: put the indicator back
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(next(n for n, c in enumerate(COLUMNS) if c.sort == self.sort),
                                    Qt.SortOrder.DescendingOrder if self.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.sort, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.go_to(0)

    def _on_events(self, events: list[Any]) -> None:
        topics = {event.topic for event in events}
        if RESYNC in topics or any(t.startswith("clockify.user.") for t in topics):
            self.load_users()
        if RESYNC in topics or WEBHOOKS_CHANGED in topics or any(
                t.startswith("clockify.session.") for t in topics):
            self.reload()

    # -- selection and detail ----------------------------------------------------------------
    def _id_at(self, row: int) -> int | None:
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def selected_id(self) -> int | None:
        """The session in focus among the selected ones (else the first selected)."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self._id_at(current.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def selected_ids(self) -> list[int]:
        """The selected sessions, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self._id_at(row) for row in rows) if i is not None]

    def select(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self, *_args) -> None:
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.model.rows) < self.total)
        self.open_button.setEnabled(self.selected_id() is not None)
        self.approve_button.setEnabled(bool(self.selected_ids()) and self.approve_load is None)
        self.export_button.setEnabled(self.export_load is None)

    def show_menu(self, position: QPoint) -> QMenu:
        """The table's context menu: Open, Approve selected, Export (popped up, never exec'd)."""
        row = self.table.rowAt(position.y())
        if row >= 0 and not self.table.selectionModel().isRowSelected(row):
            self.select(self.model.rows[row].id)
        menu = QMenu(self)
        menu.setObjectName("sessionsMenu")
        opening = menu.addAction(self.tr("Open"), self.open_selected)
        opening.setEnabled(self.open_button.isEnabled())
        if self.approve_button.isVisibleTo(self):
            count = len(self.selected_ids())
            approving = menu.addAction(self.tr("Approve selected ({count})…").format(count=count),
                                       self.ask_approve)
            approving.setEnabled(self.approve_button.isEnabled())
        exporting = menu.addAction(self.tr("Export…"), self.ask_export)
        exporting.setShortcut(QKeySequence("Ctrl+E"))
        exporting.setEnabled(self.export_button.isEnabled())
        menu.aboutToHide.connect(menu.deleteLater)
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))
        return menu

    # -- approving and exporting -------------------------------------------------------------
    def ask_approve(self) -> QMessageBox | None:
        """Confirm, naming how many, then approve the selected sessions in one go."""
        ids = self.selected_ids()
        if not ids or not self._actor.can(Permission.CLOCKIFY_APPROVE):
            return None
        text = (self.tr("Approve the selected session? Its Clockify times become its valid "
                        "times.") if len(ids) == 1 else
                self.tr("Approve the {count} selected sessions? Their Clockify times become "
                        "their valid times.").format(count=len(ids)))
        self.confirm_box = confirm(self, self.tr("Approve sessions"), text,
                                   lambda: self.approve(ids), "approveSessionsConfirm")
        return self.confirm_box

    def approve(self, ids: list[int]) -> BackgroundTask:
        """Approve `ids` all or none (timedesk.clockify.review.approve_sessions)."""
        db, bus, actor = self._db, self._bus, self._actor

        def done(infos: list[SessionInfo]) -> None:
            self.approve_load = None
            for info in infos:
                self.model.replace(info)
            self._update_buttons()
            done_text = (self.tr("1 session approved.") if len(infos) == 1 else
                         self.tr("{count} sessions approved.").format(count=len(infos)))
            show_message(self.message, done_text, "success")

        def failed(exc: BaseException) -> None:
            self.approve_load = None
            self._update_buttons()
            show_error(self.message, exc, self.tr("Nothing was approved:"))

        self.approve_load = run_in_background(
            self, lambda progress: approve_sessions(db, bus, actor, ids), done, failed,
            jobs=self._jobs, title=self.tr("Approving Clockify sessions"))
        self._update_buttons()
        return self.approve_load

    def ask_export(self) -> QFileDialog | None:
        """Ask where to save (CSV or XLSX by the name's extension), then export there."""
        if self.export_load is not None:
            return None
        self.file_dialog = ask_save_path(self, self.tr("Export the sessions"),
                                         str(self.export_folder / "clockify_sessions.xlsx"),
                                         self.export_to, "xlsx")
        self.file_dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"),
                                         self.tr("CSV file (*.csv)")])
        return self.file_dialog

    def export_to(self, path: str | Path) -> BackgroundTask:
        """Write every session of the filters in force (all pages, the list's order and
        columns) to `path`, off the GUI thread."""
        db, actor = self._db, self._actor
        filters, sort, descending = self.filters.session_filter(), self.sort, self.descending
        language = self._settings["ui.language"] if self._settings is not None else ""
        lang = choose_language(language)

        def work(progress: Progress) -> ListExport:
            return export_session_list(
                db, actor, filters, Path(path), lang=lang, sort=sort, descending=descending,
                progress=lambda done, total: progress.update(done, total),
                cancel=lambda: progress.cancelled)

        def done(result: ListExport) -> None:
            self.export_load = None
            self._update_buttons()
            show_message(self.message, self.tr("Exported {rows} sessions to {path}").format(
                rows=result.rows, path=result.path), "success")

        def failed(exc: BaseException) -> None:
            self.export_load = None
            self._update_buttons()
            show_error(self.message, exc, self.tr("The export failed:"))

        self.export_load = run_in_background(self, work, done, failed, jobs=self._jobs,
                                             title=self.tr("Exporting Clockify sessions"))
        self._update_buttons()
        return self.export_load

    def open_selected(self) -> Any:
        return self.open_detail(self.selected_id())

    def open_detail(self, session_id: int | None) -> Any:
        """Open the detail dialog of a session (window-modal, never exec())."""
        if session_id is None:
            return None
        from timedesk.ui.clockify.session_detail import SessionDetailDialog

        dialog = SessionDetailDialog(self._db, self._bus, self._actor, self._jobs, session_id,
                                     self, settings=self._settings)
        dialog.decided.connect(self.model.replace)
        dialog.finished.connect(lambda _code: self.dialogs.remove(dialog)
                                if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def new_session(self) -> BackgroundTask:
        """Record a session by hand (clockify.manage): its user chosen among the known ones."""
        db, bus, actor, jobs = self._db, self._bus, self._actor, self._jobs
        rules = rules_of(self._settings)

        def saved(info: SessionInfo) -> None:
            self.reload()

        def opened(users: list[UserInfo]) -> None:
            open_form(self, SessionFormDialog(None, users, self),
                      lambda values: create_manual_session(db, bus, actor, rules=rules,
                                                           **values),
                      saved, jobs=jobs,
                      title=self.tr("Recording a Clockify session"))

        return run_in_background(self, lambda progress: list_users(db, actor, limit=1000).items,
                                 opened, lambda exc: show_error(self.message, exc), jobs=jobs,
                                 title=self.tr("Loading Clockify users"))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ClockifySessionsView:
        view = cls(ctx.db, ctx.bus, actor, services.jobs, settings=ctx.settings,
                   export_folder=getattr(getattr(ctx, "paths", None), "reports_dir", None))
        view.remember(ctx)
        return view

    def remember(self, ctx: Any) -> None:
        """Column widths, sort and filters as this person left them on this PC (the person
        filter's list loads later: it is not remembered)."""
        remember_table(self.table, ctx, "clockify_sessions")
        bar = self.filters
        remember_filters(ctx, self._actor.name, "clockify_sessions", {
            "project": bar.project, "q": bar.search, "status": bar.status,
            "overtime": bar.overtime, "deleted": bar.deleted})
