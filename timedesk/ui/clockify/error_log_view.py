"""The Clockify error log (refused requests and failed processings, with a detail pane and a
reason filter) and the failed deliveries, which people with clockify.manage reprocess. An empty
log says so in the middle of the page ("No errors…"), with a button back to all reasons when a
reason filter hides everything."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.inbox import (
    ReprocessResult,
    list_deliveries,
    list_error_log,
    reprocess_failed,
)
from timedesk.clockify.models import FAILED, PENDING
from timedesk.clockify.views import DeliveryInfo, ErrorLogEntry, Page
from timedesk.ui.clockify.admin_table import (
    Column,
    RowsModel,
    proxy_of,
    rows_table,
    selected_row,
)
from timedesk.ui.clockify.event_names import event_text
from timedesk.ui.empty_state import EmptyState
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_time_text
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message

LIMIT = 500


def reason_labels() -> dict[str, str]:
    """The reasons the inbox and the webhook handler write, in people's words."""
    q = QCoreApplication
    return {"processing_failed": q.translate("ClockifyErrorLog", "Processing failed"),
            "malformed_json": q.translate("ClockifyErrorLog", "Not valid JSON"),
            "wrong_content_type": q.translate("ClockifyErrorLog", "Not JSON (content type)"),
            "not_an_object": q.translate("ClockifyErrorLog", "Not a JSON object"),
            "too_large": q.translate("ClockifyErrorLog", "Too large")}


@dataclass(frozen=True)
class InboxState:
    errors: Page[ErrorLogEntry]
    failed: Page[DeliveryInfo]
    pending: int


def load_inbox_state(db: Any, actor: Actor, reason: str | None) -> InboxState:
    """Blocking: the error log (filtered), the failed deliveries and how many wait."""
    return InboxState(list_error_log(db, actor, reason=reason, limit=LIMIT),
                      list_deliveries(db, actor, status=FAILED, limit=LIMIT),
                      list_deliveries(db, actor, status=PENDING, limit=1).total)


class ClockifyErrorLogView(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("clockifyErrorLog")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.editable = actor.can(Permission.CLOCKIFY_MANAGE)
        self._generation = 0
        labels = reason_labels()
        self.errors = RowsModel([
            Column(lambda: self.tr("When"), lambda e: date_time_text(e.at), sort=lambda e: e.at),
            Column(lambda: self.tr("Reason"), lambda e: labels.get(e.reason, e.reason)),
            Column(lambda: self.tr("Event type"), lambda e: event_text(e.event_type)),
            Column(lambda: self.tr("Detail"), lambda e: e.detail.replace("\n", " "),
                   tooltip=lambda e: e.detail),
        ])
        self.failed = RowsModel([
            Column(lambda: self.tr("Received"), lambda d: date_time_text(d.received_at),
                   sort=lambda d: d.received_at),
            Column(lambda: self.tr("Event type"), lambda d: event_text(d.event_type)),
            Column(lambda: self.tr("Attempts"), lambda d: str(d.attempts),
                   sort=lambda d: d.attempts, align_right=True),
            Column(lambda: self.tr("Error"), lambda d: (d.error or "").replace("\n", " "),
                   tooltip=lambda d: d.error),
        ])
        self.reason = QComboBox()
        self.reason.setObjectName("errorReason")
        self.reason.addItem(self.tr("All reasons"), "")
        for code, label in labels.items():
            self.reason.addItem(label, code)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.error_table = rows_table(self.errors, "errorLogTable", stretch=3)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("errorDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose an entry to see its detail and the "
                                               "start of the request's body."))
        self.error_status = role_label("", "hint")
        self.empty = EmptyState("")
        self.empty.setObjectName("errorLogEmpty")
        self.errors_stack = QStackedWidget()
        self.failed_table = rows_table(self.failed, "failedDeliveriesTable", stretch=3)
        self.failed_status = role_label("", "hint")
        self.failed_status.setObjectName("failedStatus")
        self.reprocess_button = QPushButton(self.tr("Reprocess failed"))
        self.reprocess_button.setObjectName("reprocessFailed")
        self.reprocess_button.setVisible(self.editable)
        self.reprocess_button.setEnabled(False)
        self.result = role_label("", "hint")
        self.result.setObjectName("reprocessResult")
        self.result.hide()
        self._build_layout()
        self.reason.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button.clicked.connect(lambda _checked: self.refresh())
        self.error_table.selectionModel().selectionChanged.connect(self.show_detail)
        self.reprocess_button.clicked.connect(self.start_reprocess)
        # Rejections publish no topic; processed deliveries show up as session events.
        self.live = BusSignal(self, ctx.bus, ("clockify.session.",), debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Reason:")))
        bar.addWidget(self.reason)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.error_table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.errors_stack.addWidget(split)
        self.errors_stack.addWidget(self.empty)
        failed_box = QGroupBox(self.tr("Failed deliveries"))
        failed = QVBoxLayout(failed_box)
        failed.addWidget(role_label(self.tr(
            "Deliveries Clockify sent that could not be applied are kept with their body. "
            "Reprocessing applies them again (and any left waiting by a crash)."), "hint"))
        failed.addWidget(self.failed_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.failed_status, 1)
        row.addWidget(self.reprocess_button)
        failed.addLayout(row)
        failed.addWidget(self.result)
        vertical = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.errors_stack, 1)
        top_layout.addWidget(self.error_status)
        vertical.addWidget(top)
        vertical.addWidget(failed_box)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 2)
        vertical.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)  # as every Clockify page
        layout.addWidget(vertical)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the log and the failed deliveries again, off the GUI thread."""
        self._generation += 1
        generation, reason = self._generation, self.reason.currentData() or None
        db, actor = self._ctx.db, self._actor

        def loaded(state: InboxState) -> None:
            if generation == self._generation:  # else a newer filter is on its way
                self.show_state(state)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.error_status, exc, self.tr("Cannot load the error log:"))

        run_in_background(self, lambda progress: load_inbox_state(db, actor, reason), loaded,
                          failed, jobs=self._jobs, title=self.tr("Loading the Clockify error log"))

    def show_state(self, state: InboxState) -> None:
        chosen = selected_row(self.error_table, self.errors)
        self.errors.set_rows(state.errors.items)
        if chosen is not None:
            for number, entry in enumerate(self.errors.rows):
                if entry.id == chosen.id:
                    index = proxy_of(self.error_table).mapFromSource(
                        self.errors.index(number, 0))
                    self.error_table.selectRow(index.row())
        self.show_detail()
        total, shown = state.errors.total, len(state.errors.items)
        text = (self.tr("The error log is empty.") if total == 0 else
                self.tr("1 entry") if total == 1 else
                self.tr("{count} entries").format(count=total) if total == shown else
                self.tr("The latest {shown} of {total} entries.").format(shown=shown,
                                                                         total=total))
        show_message(self.error_status, text, "hint")
        self._show_empty(total == 0)
        self.failed.set_rows(state.failed.items)
        failed = state.failed.total
        text = (self.tr("No failed delivery.") if not failed else
                self.tr("1 failed delivery.") if failed == 1 else
                self.tr("{count} failed deliveries.").format(count=failed))
        if state.pending:
            text += " " + self.tr("Waiting to be processed: {count}.").format(
                count=state.pending)
        show_message(self.failed_status, text, "error" if failed else "hint")
        self.reprocess_button.setEnabled(self.editable and bool(failed or state.pending))

    def _show_empty(self, empty: bool) -> None:
        if self.reason.currentIndex() > 0:
            self.empty.show_state(self.tr("No error of this kind."),
                                  self.tr("Show all reasons"),
                                  lambda: self.reason.setCurrentIndex(0))
        else:
            self.empty.show_state(self.tr(
                "No errors: every request Clockify sent was accepted. Refused requests and "
                "deliveries that fail are listed here."))
        self.errors_stack.setCurrentIndex(1 if empty else 0)  # the empty state, or the log

    def show_detail(self, *_: Any) -> None:
        entry: ErrorLogEntry | None = selected_row(self.error_table, self.errors)
        if entry is None:
            self.detail.clear()
            return
        lines = [self.tr("When: {when}").format(when=date_time_text(entry.at)),
                 self.tr("Reason: {reason}").format(
                     reason=reason_labels().get(entry.reason, entry.reason)),
                 self.tr("Event type: {event}").format(event=event_text(entry.event_type) or "—")]
        if entry.delivery_id is not None:
            lines.append(self.tr("Delivery: #{id}").format(id=entry.delivery_id))
        lines += ["", entry.detail, "", self.tr("Start of the body:"),
                  entry.body_excerpt if entry.body_excerpt is not None else self.tr("(none)")]
        self.detail.setPlainText("\n".join(lines))

    # -- reprocessing ------------------------------------------------------------------------
    def start_reprocess(self) -> None:
        if not self.editable:
            return
        ctx, actor = self._ctx, self._actor
        self.reprocess_button.setEnabled(False)
        show_message(self.result, self.tr("Reprocessing…"), "hint")

        def failed(exc: BaseException) -> None:
            show_error(self.result, exc, self.tr("Reprocessing failed:"))
            self.reprocess_button.setEnabled(True)

        run_in_background(self, lambda progress: reprocess_failed(
            ctx.db, ctx.bus, actor, rules=ClockifyRules.from_settings(ctx.settings)),
            self._show_reprocessed, failed, jobs=self._jobs,
            title=self.tr("Reprocessing failed Clockify deliveries"))

    def _show_reprocessed(self, done: ReprocessResult) -> None:
        total = done.processed + done.ignored + done.failed
        if total == 0:
            show_message(self.result, self.tr("Nothing to reprocess."), "hint")
        else:
            show_message(self.result, self.tr(
                "Reprocessed {total}: {processed} applied, {ignored} ignored, {failed} still "
                "failing.").format(total=total, processed=done.processed, ignored=done.ignored,
                                   failed=done.failed),
                "error" if done.failed else "success")
        self.refresh()

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ClockifyErrorLogView:
        view = cls(ctx, actor, services)
        view.refresh()
        return view
