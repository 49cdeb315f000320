"""The Turns tab's Set-up page (turns.manage): the services (add, edit name, colour, opening
hours and priority turns, deactivate, delete while unused) and the desks (add, edit their
services and staff, delete while unused). Everything goes through timedesk.turns.setup, the
functions the command line and the API use; their refusals are shown on the page or in the
dialog. Changes made elsewhere (another PC, the command line) show up live."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor
from timedesk.turns import setup
from timedesk.turns.views import TOPIC_SETUP, DeskInfo, ServiceInfo
from timedesk.ui.clockify.admin_table import (
    Column,
    RowsModel,
    rows_table,
    select_where,
    selected_row,
)
from timedesk.ui.errors import show_error
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.turns.setup_dialogs import DeskDialog, ServiceDialog
from timedesk.ui.widgets import confirm, role_label, show_message


@dataclass(frozen=True)
class SetupData:
    services: list[ServiceInfo]
    desks: list[DeskInfo]
    staff: list[str]


def load_setup(db: Any, actor: Actor) -> SetupData:
    return SetupData(setup.list_services(db), setup.list_desks(db),
                     setup.staff_candidates(db, actor))


class TurnsSetupPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.data = SetupData([], [], [])
        self.dialog: FormDialog | None = None
        yes, no = self.tr("Yes"), self.tr("No")
        self.services_model = RowsModel([
            Column(lambda: self.tr("Code"), lambda s: s.code),
            Column(lambda: self.tr("Name"), lambda s: s.name),
            Column(lambda: self.tr("Colour"), lambda s: s.colour),
            Column(lambda: self.tr("Opening hours"),
                   lambda s: s.hours_text() or self.tr("Always open")),
            Column(lambda: self.tr("Priority turns"), lambda s: yes if s.priority_allowed else no),
            Column(lambda: self.tr("Active"), lambda s: yes if s.active else no),
        ])
        self.services_table = rows_table(self.services_model, "turnServicesTable", stretch=1)
        self.desks_model = RowsModel([
            Column(lambda: self.tr("Desk"), lambda d: d.name),
            Column(lambda: self.tr("Services"), lambda d: ", ".join(d.service_codes)),
            Column(lambda: self.tr("Staff"),
                   lambda d: ", ".join(d.staff) or self.tr("Anyone who calls turns")),
            Column(lambda: self.tr("Active"), lambda d: yes if d.active else no),
        ])
        self.desks_table = rows_table(self.desks_model, "turnDesksTable", stretch=2)
        self.add_service_button = QPushButton(self.tr("Add service…"))
        self.edit_service_button = QPushButton(self.tr("Edit…"))
        self.toggle_service_button = QPushButton(self.tr("Deactivate"))
        self.delete_service_button = QPushButton(self.tr("Delete"))
        self.add_desk_button = QPushButton(self.tr("Add desk…"))
        self.edit_desk_button = QPushButton(self.tr("Edit…"))
        self.delete_desk_button = QPushButton(self.tr("Delete"))
        self.status = role_label("", "hint")
        self.status.setObjectName("turnsSetupStatus")
        self._build_layout()
        self.add_service_button.clicked.connect(lambda: self.edit_service(None))
        self.edit_service_button.clicked.connect(
            lambda: self.edit_service(selected_row(self.services_table, self.services_model)))
        self.services_table.doubleClicked.connect(
            lambda _index: self.edit_service(selected_row(self.services_table,
                                                          self.services_model)))
        self.toggle_service_button.clicked.connect(self.toggle_service)
        self.delete_service_button.clicked.connect(self.delete_service)
        self.add_desk_button.clicked.connect(lambda: self.edit_desk(None))
        self.edit_desk_button.clicked.connect(
            lambda: self.edit_desk(selected_row(self.desks_table, self.desks_model)))
        self.desks_table.doubleClicked.connect(
            lambda _index: self.edit_desk(selected_row(self.desks_table, self.desks_model)))
        self.delete_desk_button.clicked.connect(self.delete_desk)
        for table in (self.services_table, self.desks_table):
            table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.live = BusSignal(self, ctx.bus, (TOPIC_SETUP,), debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())
        self._selection_changed()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for title, table, buttons, hint in (
                (self.tr("Services"), self.services_table,
                 (self.add_service_button, self.edit_service_button,
                  self.toggle_service_button, self.delete_service_button),
                 self.tr("What customers take a turn for. A service with turns in its history "
                         "cannot be deleted: deactivate it.")),
                (self.tr("Desks"), self.desks_table,
                 (self.add_desk_button, self.edit_desk_button, self.delete_desk_button),
                 self.tr("Where staff call turns: each desk calls the turns of its services."))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            bar = QHBoxLayout()
            bar.addWidget(role_label(hint, "hint"), 1)
            for button in buttons:
                bar.addWidget(button)
            inner.addLayout(bar)
            inner.addWidget(table, 1)
            layout.addWidget(box, 1)
        layout.addWidget(self.status)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self, note: str = "") -> None:
        db, actor = self._ctx.db, self._actor
        run_in_background(self, lambda progress: load_setup(db, actor),
                          lambda data: self.show_data(data, note),
                          lambda exc: show_error(self.status, exc,
                                                 self.tr("Cannot load the set-up:")),
                          jobs=self._jobs, title=self.tr("Loading the Turns set-up"))

    def show_data(self, data: SetupData, note: str = "") -> None:
        service = selected_row(self.services_table, self.services_model)
        desk = selected_row(self.desks_table, self.desks_model)
        self.data = data
        self.services_model.set_rows(data.services)
        self.desks_model.set_rows(data.desks)
        if service is not None:
            self.select_service(service.code)
        if desk is not None:
            self.select_desk(desk.name)
        show_message(self.status, note, "success")
        self._selection_changed()

    def select_service(self, code: str) -> bool:
        return select_where(self.services_table, self.services_model, lambda s: s.code == code)

    def select_desk(self, name: str) -> bool:
        return select_where(self.desks_table, self.desks_model, lambda d: d.name == name)

    def _selection_changed(self, *_: Any) -> None:
        service: ServiceInfo | None = selected_row(self.services_table, self.services_model)
        for button in (self.edit_service_button, self.toggle_service_button,
                       self.delete_service_button):
            button.setEnabled(service is not None)
        self.toggle_service_button.setText(self.tr("Activate") if service and not service.active
                                           else self.tr("Deactivate"))
        desk = selected_row(self.desks_table, self.desks_model)
        for button in (self.edit_desk_button, self.delete_desk_button):
            button.setEnabled(desk is not None)

    # -- changing ----------------------------------------------------------------------------
    def _run(self, call: Any, note: str) -> None:
        """`call()` off the GUI thread; then reload with `note`, or show the refusal."""
        run_in_background(self, lambda progress: call(), lambda _result: self.refresh(note),
                          lambda exc: show_error(self.status, exc),
                          jobs=self._jobs, title=self.tr("Changing the Turns set-up"))

    def edit_service(self, service: ServiceInfo | None) -> FormDialog:
        ctx, actor = self._ctx, self._actor

        def store(values: dict) -> ServiceInfo:
            if service is None:
                return setup.add_service(ctx.db, ctx.bus, actor, **values)
            return setup.update_service(ctx.db, ctx.bus, actor, service.code, **values)

        return open_form(self, ServiceDialog(service, self), store,
                         lambda info: self.refresh(self.tr("Saved service {code}.").format(
                             code=info.code)),
                         jobs=self._jobs, title=self.tr("Saving a service"))

    def toggle_service(self) -> None:
        service: ServiceInfo | None = selected_row(self.services_table, self.services_model)
        if service is None:
            return
        ctx, actor = self._ctx, self._actor
        note = (self.tr("Service {code} is active again.") if not service.active else
                self.tr("Service {code} is no longer offered.")).format(code=service.code)
        self._run(lambda: setup.update_service(ctx.db, ctx.bus, actor, service.code,
                                               active=not service.active), note)

    def delete_service(self) -> None:
        service: ServiceInfo | None = selected_row(self.services_table, self.services_model)
        if service is None:
            return
        ctx, actor = self._ctx, self._actor
        confirm(self, self.tr("Delete service"),
                self.tr("Delete service {code} ({name})?").format(code=service.code,
                                                                   name=service.name),
                lambda: self._run(lambda: setup.delete_service(ctx.db, ctx.bus, actor,
                                                               service.code),
                                  self.tr("Service {code} deleted.").format(code=service.code)),
                "confirmDeleteService")

    def edit_desk(self, desk: DeskInfo | None) -> FormDialog:
        ctx, actor = self._ctx, self._actor

        def store(values: dict) -> DeskInfo:
            if desk is None:
                return setup.add_desk(ctx.db, ctx.bus, actor, **values)
            return setup.update_desk(ctx.db, ctx.bus, actor, desk.name, **values)

        return open_form(self, DeskDialog(desk, self.data.services, self.data.staff, self),
                         store,
                         lambda info: self.refresh(self.tr("Saved desk {name}.").format(
                             name=info.name)),
                         jobs=self._jobs, title=self.tr("Saving a desk"))

    def delete_desk(self) -> None:
        desk: DeskInfo | None = selected_row(self.desks_table, self.desks_model)
        if desk is None:
            return
        ctx, actor = self._ctx, self._actor
        confirm(self, self.tr("Delete desk"), self.tr("Delete desk {name}?").format(
            name=desk.name),
                lambda: self._run(lambda: setup.delete_desk(ctx.db, ctx.bus, actor, desk.name),
                                  self.tr("Desk {name} deleted.").format(name=desk.name)),
                "confirmDeleteDesk")

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> TurnsSetupPage:
        page = cls(ctx, actor, services)
        page.refresh()
        return page
