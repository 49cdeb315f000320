"""The manager's Turns dashboard: a range (today, this week, this month or two dates), summary
cards, the figures per service, the hourly flow and the waits per service as charts, and the
history of every turn exported to CSV or XLSX.

Figures and exports run with timedesk.ui.tasks.run_in_background (jobs on the shared runner,
off the GUI thread, results on the GUI thread); errors are shown with timedesk.ui.errors. Bus events of today's turns refresh the figures, at most once per
REFRESH_MS, so a busy reception does not keep the database busy for the dashboard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.jobs import JobCancelled, JobRunner, Progress
from timedesk.office import period, week_start
from timedesk.turns.history_export import ExportResult, export_history
from timedesk.turns.reads import today as office_today
from timedesk.turns.stats import Figures, TurnStats, turn_stats
from timedesk.ui.appearance import styled
from timedesk.ui.durations import minutes_and_seconds
from timedesk.ui.errors import show_error
from timedesk.ui.formats import period_text, setup_picker, time_text
from timedesk.ui.i18n import choose_language
from timedesk.ui.tasks import BackgroundTask, BusSignal, run_in_background
from timedesk.ui.turns.dashboard_cards import (
    SummaryCard,
    count_text,
    share_sizes,
    share_text,
    swatch,
)
from timedesk.ui.turns.dashboard_charts import HourlyFlowChart, ServiceWaitChart
from timedesk.ui.widgets import role_label, short_path, show_message
from timedesk.ui.window_state import Field, remember_filters

REFRESH_MS = 2000
TABLE_ROWS = 9  # service rows shown before the table scrolls
RANGES = ("today", "this_week", "this_month", "custom")
CARDS = ("issued", "served", "no_shows", "waiting", "avg_wait", "p90_wait", "estimates")
COLUMNS = ("service", "issued", "served", "no_shows", "waiting", "avg_wait", "p90_wait",
           "avg_service", "p90_service", "estimates")


def two_lines(title: str) -> str:
    """`title` broken at the space that makes its longer line shortest (in characters); a
    single word as it is."""
    words = title.split()
    if len(words) < 2:
        return title
    cut = min(range(1, len(words)), key=lambda at: max(len(" ".join(words[:at])),
                                                       len(" ".join(words[at:]))))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


class TurnsDashboard(QWidget):
    stats_shown = Signal(object)  # the TurnStats now on screen
    export_finished = Signal(object)  # an ExportResult, or None after a failure or cancel

    def __init__(self, ctx: Any, actor: Actor, services: Any, parent: QWidget | None = None,
                 *, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._jobs: JobRunner = services.jobs
        self._today = today or (lambda: office_today(ctx.settings))
        self.stats: TurnStats | None = None
        self.loading: BackgroundTask | None = None
        self._again = False
        self.exporting: BackgroundTask | None = None
        self.range_kind = "today"
        self._build()
        self.live_timer = QTimer(self)
        self.live_timer.setSingleShot(True)
        self.live_timer.setInterval(REFRESH_MS)
        self.live_timer.timeout.connect(self.refresh)
        self.turn_events = BusSignal(self, ctx.bus, ("turns.",))
        self.turn_events.received.connect(lambda _events: self._on_turn_event())
        self.choose_range("today")
        # the period this person last looked at on this PC (the dates too, for "Dates…")
        remember_filters(ctx, actor.name, "turns_dashboard", {
            "from": self.from_edit, "to": self.to_edit,
            "period": Field(lambda: self.range_kind, self._put_range, self.range_group.idClicked)})

    def _put_range(self, kind: object) -> None:
        if kind in RANGES:
            self.choose_range(str(kind))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> TurnsDashboard:
        return cls(ctx, actor, services)

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.range_buttons: dict[str, QPushButton] = {}
        self.range_group = group = QButtonGroup(self)
        group.setExclusive(True)
        titles = {"today": self.tr("Today"), "this_week": self.tr("This week"),
                  "this_month": self.tr("This month"), "custom": self.tr("Dates…")}
        top = QHBoxLayout()
        for kind in RANGES:
            button = QPushButton(titles[kind])
            button.setObjectName(f"range_{kind}")
            button.setCheckable(True)
            button.setProperty("segment", True)
            button.clicked.connect(lambda _=False, k=kind: self.choose_range(k))
            group.addButton(button)
            top.addWidget(button)
            self.range_buttons[kind] = button
        self.from_edit, self.to_edit = self._date_edit("rangeFrom"), self._date_edit("rangeTo")
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.to_edit)
        top.addStretch(1)
        self.personal = QCheckBox(self.tr("Names and notes"))
        self.personal.setObjectName("exportPersonal")
        self.personal.setChecked(True)
        self.personal.setToolTip(self.tr(
            "Include the customers' names and notes in the exported file (personal data: "
            "keep the file private)."))
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setObjectName("exportCsv")
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.export_xlsx_button.setObjectName("exportXlsx")
        self.export_csv_button.clicked.connect(lambda: self.ask_export_path("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self.ask_export_path("xlsx"))
        for widget in (self.personal, self.export_csv_button, self.export_xlsx_button):
            top.addWidget(widget)
        self.message = role_label("", "error")
        self.message.setObjectName("dashboardMessage")
        self.message.hide()
        self.cards = {key: SummaryCard(title) for key, title in zip(CARDS, (
            self.tr("Issued"), self.tr("Served"), self.tr("No-shows"), self.tr("Waiting now"),
            self.tr("Average wait"), self.tr("90% waited at most"),
            self.tr("Within estimate")), strict=False)}
        share_sizes(list(self.cards.values()))
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for key, card in self.cards.items():
            card.setObjectName(f"card_{key}")
            cards.addWidget(card, 1)
        self.hourly_chart = HourlyFlowChart(self.tr("Turns per hour"))
        self.service_chart = ServiceWaitChart(self.tr("Wait per service"))
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.hourly_chart)
        charts.addWidget(self.service_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        charts.setChildrenCollapsible(False)
        self.table = self._build_table()
        # The cards, charts and table scroll when the window is short (a 1366x768 laptop leaves
        # the page ~600 px): they never make the window taller than the screen.
        body = QWidget()
        body.setObjectName("dashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(cards)
        layout.addWidget(charts, 1)
        layout.addWidget(self.table)
        layout.addWidget(self._build_export_strip())
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        styled(self, 'QPushButton[segment="true"]:checked { background: #2f6fdd; '
                     'color: #ffffff; border-color: #2a62c4; }')

    def _date_edit(self, name: str) -> QDateEdit:
        edit = setup_picker(QDateEdit())
        edit.setObjectName(name)
        edit.setEnabled(False)
        edit.dateChanged.connect(self._custom_dates_changed)
        return edit

    def _build_table(self) -> QTableWidget:
        headers = (self.tr("Service"), self.tr("Issued"), self.tr("Served"),
                   self.tr("No-shows"), self.tr("Waiting"), self.tr("Average wait"),
                   self.tr("Wait\n90th percentile"), self.tr("Average service"),
                   self.tr("Service\n90th percentile"), self.tr("Within estimate"))
        table = QTableWidget(0, len(headers))
        table.setObjectName("dashboardTable")
        # the figures' titles on two lines: narrow columns leave the service names room
        labels = [headers[0], *(h if "\n" in h else two_lines(h) for h in headers[1:])]
        table.setHorizontalHeaderLabels(labels)
        for column, tip in ((6, self.tr("9 customers in 10 waited at most this long.")),
                            (8, self.tr("9 services in 10 took at most this long."))):
            item = QTableWidgetItem(labels[column])
            item.setToolTip(tip)
            table.setHorizontalHeaderItem(column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.setStyleSheet("QTableWidget { font-size: 11pt; }"
                            " QTableWidget::item { padding: 0 8px; }"
                            " QHeaderView::section { font-size: 10pt; font-weight: bold;"
                            " padding: 3px 10px; }")
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # sized once per refresh (_fill_table): ResizeToContents re-measures every cell on
        # every setItem, a visible stall of the GUI thread even for a few rows
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return table

    def _build_export_strip(self) -> QWidget:
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        self.export_state = role_label("", "hint")
        self.export_state.setObjectName("exportState")
        self.export_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_bar = QProgressBar()
        self.export_bar.setObjectName("exportProgress")
        self.export_bar.setTextVisible(False)
        self.export_bar.setMaximumWidth(260)
        self.export_cancel = QPushButton(self.tr("Cancel"))
        self.export_cancel.setObjectName("exportCancel")
        self.export_cancel.clicked.connect(self.cancel_export)
        self.updated = role_label("", "hint", wrap=False)
        self.updated.setObjectName("dashboardUpdated")
        row.addWidget(self.updated)
        row.addSpacing(16)
        row.addWidget(self.export_state, 1)
        row.addWidget(self.export_bar)
        row.addWidget(self.export_cancel)
        self.export_bar.hide()
        self.export_cancel.hide()
        return strip

    # -- the range ---------------------------------------------------------------------------
    def choose_range(self, kind: str) -> None:
        """Today, this week, this month (up to today) or the two dates ('custom')."""
        self.range_kind = kind
        self.range_buttons[kind].setChecked(True)
        custom = kind == "custom"
        if not custom:
            start, end = period(kind, self._today(), week_start(self._ctx.settings),
                                to_date=True)
            self._set_dates(start, end)
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.refresh()

    def set_range(self, start: date, end: date) -> None:
        """Show the figures of `start`..`end` (the custom range)."""
        self._set_dates(start, end)
        self.choose_range("custom")

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _custom_dates_changed(self) -> None:
        if self.range_kind == "custom":
            self.refresh()

    def current_range(self) -> tuple[date, date]:
        if self.range_kind != "custom":
            return period(self.range_kind, self._today(), week_start(self._ctx.settings),
                          to_date=True)
        # QDate.toPython() is typed as object: it returns a date
        return (self.from_edit.date().toPython(),  # type: ignore[return-value]
                self.to_edit.date().toPython())

    # -- figures -----------------------------------------------------------------------------
    def refresh(self) -> BackgroundTask | None:
        """Read the figures of the current range off the GUI thread; a refresh asked for while
        one runs happens once it ends."""
        if self.loading is not None:
            self._again = True
            return self.loading
        self.live_timer.stop()
        start, end = self.current_range()
        ctx, actor = self._ctx, self._actor
        self.loading = run_in_background(
            self, lambda progress: turn_stats(ctx.db, ctx.settings, actor, start, end),
            self._show_result, self._show_failure, jobs=self._jobs,
            title=self.tr("Turns dashboard figures"))
        if self.loading.finished:  # the job runner has shut down: the application is quitting
            self.loading = None
        return self.loading

    def _read_again(self) -> bool:
        """The range changed or news arrived while reading: read again (True)."""
        self.loading = None
        if self._again:
            self._again = False
            self.refresh()
            return True
        return False

    def _show_result(self, stats: TurnStats) -> None:
        if not self._read_again():
            show_message(self.message, "", "error")
            self.show_stats(stats)

    def _show_failure(self, exc: BaseException) -> None:  # shown, never lost
        if not self._read_again() and not isinstance(exc, JobCancelled):
            show_error(self.message, exc)

    def show_stats(self, stats: TurnStats) -> None:
        self.stats = stats
        totals = stats.totals
        self.cards["issued"].set_value(count_text(totals.issued))
        self.cards["served"].set_value(count_text(totals.served))
        self.cards["no_shows"].set_value(count_text(totals.no_shows))
        self.cards["waiting"].set_value(count_text(totals.waiting_now) if stats.includes_today
                                        else "–", "" if stats.includes_today else self.tr(
                                            "Only today's turns can be waiting now."))
        self.cards["avg_wait"].set_value(minutes_and_seconds(totals.avg_wait_s))
        self.cards["p90_wait"].set_value(minutes_and_seconds(totals.p90_wait_s), self.tr(
            "Nine in ten customers were called within this time."))
        self.cards["estimates"].set_value(share_text(totals), self.tr(
            "{within} of {estimated} called turns that had an estimate on their ticket").format(
                within=totals.within_estimate, estimated=totals.estimated))
        self._fill_table(stats)
        self.hourly_chart.show_stats(stats)
        self.service_chart.show_stats(stats)
        self.updated.setText(self.tr("{range} · updated {time}").format(
            range=period_text(stats.start, stats.end),
            time=time_text(datetime.now(UTC), seconds=True)))
        self.stats_shown.emit(stats)

    def _fill_table(self, stats: TurnStats) -> None:
        rows: list[tuple[str, str | None, Figures]] = [
            (f"{s.code}  {s.name}", s.colour, s.figures) for s in stats.services]
        rows.append((self.tr("Total"), None, stats.totals))
        self.table.setRowCount(len(rows))
        for index, (label, colour, figures) in enumerate(rows):
            values = (label, count_text(figures.issued), count_text(figures.served),
                      count_text(figures.no_shows),
                      count_text(figures.waiting_now) if stats.includes_today else "–",
                      minutes_and_seconds(figures.avg_wait_s), minutes_and_seconds(figures.p90_wait_s),
                      minutes_and_seconds(figures.avg_service_s), minutes_and_seconds(figures.p90_service_s),
                      share_text(figures))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if colour is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
            first = self.table.item(index, 0)
            if colour is not None and first is not None:
                first.setData(Qt.ItemDataRole.DecorationRole, swatch(colour))
        for column in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self._fit_table_height(len(rows))

    def _fit_table_height(self, rows: int) -> None:
        """As tall as its rows (up to TABLE_ROWS, then it scrolls): the charts get the rest."""
        shown = min(rows, TABLE_ROWS)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(shown))
        self.table.setFixedHeight(height + (0 if rows <= TABLE_ROWS else 4))

    # -- live --------------------------------------------------------------------------------
    def _on_turn_event(self) -> None:
        """News of a turn: today's figures change, so read them again within REFRESH_MS."""
        start, end = self.current_range()
        if start <= self._today() <= end and not self.live_timer.isActive():
            self.live_timer.start()

    # -- export ------------------------------------------------------------------------------
    def ask_export_path(self, fmt: str) -> None:
        """Ask where to save (a dialog opened, never exec'd), then export there."""
        start, end = self.current_range()
        folder = Path(getattr(getattr(self._ctx, "paths", None), "reports_dir", Path.home()))
        name = f"turns_{start:%Y-%m-%d}_{end:%Y-%m-%d}.{fmt}"
        dialog = QFileDialog(self, self.tr("Export the turns"), str(folder / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)") if fmt == "csv"
                             else self.tr("Excel files (*.xlsx)"))
        dialog.setDefaultSuffix(fmt)
        dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: str | Path, fmt: str | None = None) -> BackgroundTask | None:
        """Export every turn of the current range to `path` off the GUI thread; None if one
        runs."""
        if self.exporting is not None:
            return None
        start, end = self.current_range()
        ctx, actor, personal = self._ctx, self._actor, self.personal.isChecked()
        lang = choose_language(ctx.settings["ui.language"])
        path = Path(path)

        def work(progress: Progress) -> ExportResult:
            return export_history(ctx.db, ctx.settings, actor, start, end, path, fmt=fmt,
                                  lang=lang, personal=personal,
                                  progress=lambda done, total: progress.update(done, total),
                                  cancel=lambda: progress.cancelled)

        self._set_exporting(True)
        show_message(self.export_state, self.tr("Exporting the turns to {path}…").format(
            path=short_path(str(path))), "hint")
        self.exporting = run_in_background(
            self, work, self._exported, self._not_exported, self._show_export_progress,
            jobs=self._jobs, title=self.tr("Exporting the turns"))
        return self.exporting

    def cancel_export(self) -> None:
        if self.exporting is not None:
            self.export_cancel.setEnabled(False)
            self._jobs.cancel(self.exporting.job)

    def _show_export_progress(self, progress: Progress) -> None:
        if progress.total > 0:
            self.export_bar.setRange(0, progress.total)
            self.export_bar.setValue(min(progress.done, progress.total))
        else:
            self.export_bar.setRange(0, 0)

    def _exported(self, result: ExportResult) -> None:
        self._export_ended()
        show_message(self.export_state, self.tr("{rows} turns exported to {path}").format(
            rows=count_text(result.rows), path=short_path(str(result.path))), "success")
        self.export_finished.emit(result)

    def _not_exported(self, exc: BaseException) -> None:
        self._export_ended()
        if isinstance(exc, JobCancelled):
            show_message(self.export_state, self.tr("Export cancelled; no file was written."),
                         "hint")
        else:
            show_error(self.export_state, exc, self.tr("No file was written."))
        self.export_finished.emit(None)

    def _export_ended(self) -> None:
        self.exporting = None
        self._set_exporting(False)

    def _set_exporting(self, running: bool) -> None:
        self.export_bar.setVisible(running)
        self.export_cancel.setVisible(running)
        self.export_cancel.setEnabled(running)
        self.export_csv_button.setEnabled(not running)
        self.export_xlsx_button.setEnabled(not running)
        self.export_bar.setRange(0, 0)
