"""Clockify section: the URL to paste into Clockify (and whether Clockify can reach it), the
registered webhooks with the time of their last event (none yet: a message saying how to add
one, with a button to the add form), add (the token is hashed by the service and never shown
again) and remove, read-only without clockify.manage; and the Clockify settings
(clockify_settings.py), read-only without settings.manage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.topics import LEGACY_PATHS, PROCESSED_EVENTS
from timedesk.clockify.views import WebhookInfo
from timedesk.clockify.webhooks import add_webhook, list_webhooks, remove_webhook
from timedesk.ui.base_tab import TrackedConnections
from timedesk.ui.clockify.admin_table import Column, RowsModel, rows_table, selected_row
from timedesk.ui.clockify.admin_webhook_reach import LEGACY_PREFIX, Reach, webhook_reach
from timedesk.ui.clockify.event_names import event_text
from timedesk.ui.connection.clockify_settings import ClockifySettingsForm
from timedesk.ui.connection.sections import (
    PAGE_INTEGRATIONS,
    can_manage,
    register_connection_section,
)
from timedesk.ui.empty_state import EmptyState
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_time_text
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import confirm, primary_button, role_label, show_message


@dataclass(frozen=True)
class WebhooksState:
    hooks: list[WebhookInfo]
    reach: Reach


class ClockifySection(TrackedConnections, QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self._ctx, self._actor, self._services = ctx, actor, services
        self._jobs = services.jobs
        self.editable = actor.can(Permission.CLOCKIFY_MANAGE)
        self.confirm: QMessageBox | None = None
        self.url = QLineEdit()
        self.url.setObjectName("clockifyWebhookUrl")
        self.url.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.reach = role_label("", "hint")
        self.reach.setObjectName("clockifyReach")
        self.reach.hide()
        self.model = RowsModel([
            Column(lambda: self.tr("Event"), lambda h: event_text(h.event)),
            Column(lambda: self.tr("Label"), lambda h: h.label),
            Column(lambda: self.tr("Added"), lambda h: date_time_text(h.created_at),
                   sort=lambda h: h.created_at),
            Column(lambda: self.tr("Last event received"),
                   lambda h: date_time_text(h.last_event_at) or self.tr("never"),
                   sort=lambda h: h.last_event_at),
        ])
        self.table = rows_table(self.model, "clockifyWebhooks")
        self.table.setMinimumHeight(150)
        self.empty = EmptyState(
            self.tr("No webhook yet. Create one in Clockify (Settings › Webhooks) with the URL "
                    "above, then add it here with the token Clockify shows for it.")
            if self.editable else self.tr("No webhook yet. Someone with the Clockify management "
                                          "permission adds them here."),
            self.tr("Add a webhook") if self.editable else None,
            self.start_adding if self.editable else None)
        self.empty.setObjectName("clockifyWebhooksEmpty")
        self.hooks_stack = QStackedWidget()
        self.hooks_stack.addWidget(self.table)
        self.hooks_stack.addWidget(self.empty)
        self.status = role_label("", "hint")
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("clockifyWebhookRemove")
        self.remove_button.setEnabled(False)
        self.event_choice = QComboBox()
        self.event_choice.setObjectName("clockifyWebhookEvent")
        self.event_choice.setEditable(True)  # Clockify keeps adding event types; any is accepted
        for code in PROCESSED_EVENTS:
            self.event_choice.addItem(event_text(code), code)
        self.label = QLineEdit()
        self.label.setObjectName("clockifyWebhookLabel")
        self.label.setPlaceholderText(self.tr("optional, e.g. Office workspace"))
        self.token = QLineEdit()
        self.token.setObjectName("clockifyWebhookToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("the token Clockify shows for this webhook"))
        self.add_button = primary_button(self.tr("Add webhook"))
        self.add_button.setDefault(False)
        self.add_button.setObjectName("clockifyWebhookAdd")
        self.result = role_label("", "hint")
        self.result.setObjectName("clockifyWebhookResult")
        self.result.hide()
        self.settings_form = ClockifySettingsForm(ctx.settings, services.jobs, can_manage(actor))
        self._build_layout()
        self.copy_button.clicked.connect(self.copy_url)
        self.add_button.clicked.connect(lambda _checked: self.add())
        self.token.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.ask_remove)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.track(services.signals.listenerStateChanged, lambda *_: self.refresh())
        self.live = BusSignal(self, ctx.bus, ("clockify.session.", "clockify.webhooks."),
                              debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        url_row = QHBoxLayout()
        url_row.addWidget(QLabel(self.tr("URL to paste into Clockify:")))
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy_button)
        layout.addLayout(url_row)
        layout.addWidget(self.reach)
        layout.addWidget(role_label(self.tr(
            "One URL serves every event. Webhooks made for the previous program keep working "
            "at {prefix}NAME, NAME being {names}.").format(
                prefix=LEGACY_PREFIX, names=", ".join(LEGACY_PATHS)), "hint"))
        layout.addWidget(self.hooks_stack)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        if self.editable:
            layout.addLayout(self._add_form())
            layout.addWidget(role_label(self.tr(
                "Create the webhook in Clockify (Settings › Webhooks) with the URL above, then "
                "paste the token Clockify shows for it. Only a fingerprint of the token is "
                "stored: it is never shown again."), "hint"))
        else:
            self.remove_button.hide()
            layout.addWidget(role_label(self.tr(
                "Adding or removing webhooks needs the Clockify management permission."),
                "hint"))
        layout.addWidget(self.result)
        layout.addWidget(self.settings_form)

    def _add_form(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("Event:")), 0, 0)
        grid.addWidget(self.event_choice, 0, 1)
        grid.addWidget(QLabel(self.tr("Label:")), 0, 2)
        grid.addWidget(self.label, 0, 3)
        grid.addWidget(QLabel(self.tr("Token:")), 1, 0)
        grid.addWidget(self.token, 1, 1, 1, 3)
        grid.addWidget(self.add_button, 1, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        return grid

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the webhooks and whether Clockify can reach them, off the GUI thread."""
        ctx, actor, listener = self._ctx, self._actor, self._services.listener
        run_in_background(self, lambda progress: WebhooksState(
            list_webhooks(ctx.db, actor), webhook_reach(ctx.settings, listener)),
            self.show_state,
            lambda exc: show_error(self.status, exc, self.tr("Cannot load the webhooks:")),
            jobs=self._jobs, title=self.tr("Loading Clockify webhooks"))

    def show_state(self, state: WebhooksState) -> None:
        self.url.setText(state.reach.url)
        self.url.setCursorPosition(0)
        show_message(self.reach, state.reach.note, state.reach.role)
        self.model.set_rows(state.hooks)
        self.hooks_stack.setCurrentWidget(self.table if state.hooks else self.empty)
        text = (self.tr("No webhook registered yet: Clockify's deliveries are refused until "
                        "their token is added here.") if not state.hooks else
                self.tr("1 webhook registered.") if len(state.hooks) == 1 else
                self.tr("{count} webhooks registered.").format(count=len(state.hooks)))
        show_message(self.status, text, "warning" if not state.hooks else "hint")
        self._selection_changed()

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url.text())
        show_message(self.result, self.tr("Copied to the clipboard."), "success")

    def _selection_changed(self, *_: Any) -> None:
        self.remove_button.setEnabled(self.editable
                                      and selected_row(self.table, self.model) is not None)

    # -- add and remove ----------------------------------------------------------------------
    def start_adding(self) -> None:
        """The add form in view, its token field focused (the empty list's button)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self.token)
        self.token.setFocus()

    def chosen_event(self) -> str:
        """The code of the event chosen from the list, or the event type typed in."""
        text = self.event_choice.currentText().strip()
        index = self.event_choice.findText(text)
        return str(self.event_choice.itemData(index)) if index >= 0 else text

    def add(self) -> None:
        if not self.editable:
            return
        ctx, actor = self._ctx, self._actor
        event, label, token = self.chosen_event(), self.label.text(), self.token.text()
        self.add_button.setEnabled(False)

        def added(hook: WebhookInfo) -> None:
            self.add_button.setEnabled(True)
            self.token.clear()
            self.label.clear()
            show_message(self.result, self.tr("Webhook #{id} added for {event}; its token works "
                                              "from now on.").format(
                                                  id=hook.id, event=event_text(hook.event)),
                         "success")
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            show_error(self.result, exc)

        run_in_background(self, lambda progress: add_webhook(ctx.db, actor, event, token,
                                                             label=label, bus=ctx.bus),
                          added, failed, jobs=self._jobs,
                          title=self.tr("Registering a Clockify webhook"))

    def ask_remove(self) -> QMessageBox | None:
        hook: WebhookInfo | None = selected_row(self.table, self.model)
        if not self.editable or hook is None:
            return None
        self.confirm = confirm(self, self.tr("Remove webhook"), self.tr(
            "Remove the webhook{label} for {event}? Clockify's deliveries with its token will be "
            "refused; delete the webhook in Clockify too.").format(
                event=event_text(hook.event), label=f" “{hook.label}”" if hook.label else ""),
            lambda: self._remove(hook), "confirmRemoveWebhook")
        return self.confirm

    def _remove(self, hook: WebhookInfo) -> None:
        ctx, actor = self._ctx, self._actor

        def removed(_result: Any) -> None:
            show_message(self.result, self.tr("Webhook #{id} removed: {event}.").format(
                id=hook.id, event=event_text(hook.event)), "success")
            self.refresh()

        run_in_background(self, lambda progress: remove_webhook(ctx.db, actor, hook.id,
                                                                bus=ctx.bus),
                          removed, lambda exc: show_error(self.result, exc), jobs=self._jobs,
                          title=self.tr("Removing a Clockify webhook"))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ClockifySection:
        section = cls(ctx, actor, services)
        section.refresh()
        return section


register_connection_section("clockify",
                            lambda: QCoreApplication.translate("Sections", "Clockify webhooks"),
                            ClockifySection.build, order=50,
                            permission=Permission.CLOCKIFY_VIEW, page=PAGE_INTEGRATIONS)
