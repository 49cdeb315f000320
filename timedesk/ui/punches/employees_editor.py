"""The employees of the punch clock: a list with search, and a dialog that adds or edits one
(name, e-mail, badge code, department, schedule, user account, kiosk PIN, active). Everything
goes through the employees service, which checks it; its answer is shown in the dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.auth.service import list_users
from timedesk.office.service import current_calendar
from timedesk.people.service import (
    EmployeeInfo,
    create_employee,
    deactivate_employee,
    search_employees,
    update_employee,
)
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
from timedesk.ui.widgets import role_label, show_message

SEARCH_PAUSE_MS = 250


@dataclass(frozen=True)
class EmployeesPage:
    employees: list[EmployeeInfo]
    usernames: dict[int, str] = field(default_factory=dict)  # empty when users may not be read
    schedules: list[str] = field(default_factory=list)


def load_employees_page(db: Any, settings: Any, actor: Actor, text: str) -> EmployeesPage:
    usernames = ({u.id: u.username for u in list_users(db, actor)}
                 if actor.can(Permission.USERS_MANAGE) else {})
    return EmployeesPage(search_employees(db, actor, text), usernames,
                         sorted(current_calendar(db, settings).schedules))


def user_text(user_id: int | None, usernames: dict[int, str]) -> str:
    """The linked account's user name ('#id' when users may not be read; '' when none)."""
    if user_id is None:
        return ""
    return usernames.get(user_id, f"#{user_id}")


class EmployeeDialog(FormDialog):
    """Add (`employee` None) or edit one employee. `submitted(dict)`: the fields to store (for
    an edit only those that changed; "pin" only when a new one was typed)."""

    def __init__(self, employee: EmployeeInfo | None, page: EmployeesPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, 480)
        self.setObjectName("employeeDialog")
        self.employee = employee
        self.setWindowTitle(self.tr("Edit employee") if employee else self.tr("New employee"))
        current = self.current_values(employee, page.usernames)
        self.fields: dict[str, QLineEdit] = {}
        for key in ("name", "email", "code", "department", "user_id"):
            line = QLineEdit(current[key])
            line.setObjectName(f"employee_{key}")
            self.fields[key] = line
        self.fields["email"].setPlaceholderText("name@example.com")
        self.fields["user_id"].setPlaceholderText(self.tr("the user name of their timedesk "
                                                          "account, if any"))
        self.schedule = QComboBox()
        self.schedule.setObjectName("employee_schedule")
        self.schedule.addItem(self.tr("The office calendar"), "")
        for name in page.schedules:
            self.schedule.addItem(name, name)
        if current["schedule"] and self.schedule.findData(current["schedule"]) < 0:
            self.schedule.addItem(current["schedule"], current["schedule"])
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(current["schedule"])))
        self.pin = QLineEdit()
        self.pin.setObjectName("employee_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits; empty keeps the current one")
                                    if employee and employee.has_pin else
                                    self.tr("4 to 8 digits, for the kiosk"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("employee_active")
        self.active.setChecked(employee.active if employee else True)
        self.active.setVisible(employee is not None)
        self._current = current
        self.error.setObjectName("employeeError")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.fields["name"])
        form.addRow(self.tr("E-mail:"), self.fields["email"])
        form.addRow(self.tr("Badge code:"), self.fields["code"])
        form.addRow(self.tr("Department:"), self.fields["department"])
        form.addRow(self.tr("Schedule:"), self.schedule)
        form.addRow(self.tr("User account:"), self.fields["user_id"])
        form.addRow(self.tr("Kiosk PIN:"), self.pin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.active)
        self.add_foot(layout)

    @staticmethod
    def current_values(employee: EmployeeInfo | None, usernames: dict[int, str]) -> dict:
        if employee is None:
            return dict.fromkeys(("name", "email", "code", "department", "user_id",
                                  "schedule"), "")
        return {"name": employee.name, "email": employee.email or "",
                "code": employee.code or "", "department": employee.department or "",
                "user_id": user_text(employee.user_id, usernames),
                "schedule": employee.schedule or ""}

    def values(self) -> dict[str, Any] | None:
        wanted = {key: line.text().strip() for key, line in self.fields.items()}
        wanted["schedule"] = self.schedule.currentData() or ""
        changed = {key: value for key, value in wanted.items()
                   if self.employee is None or value != self._current[key]}
        values: dict[str, Any] = {key: (value or None) for key, value in changed.items()}
        if self.employee is None:
            values["name"] = wanted["name"]
        elif self.active.isChecked() != self.employee.active:
            values["active"] = self.active.isChecked()
        if self.pin.text():
            values["pin"] = self.pin.text()
        return values


class EmployeesEditor(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("employeesEditor")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.editable = actor.can(Permission.EMPLOYEES_MANAGE)
        self.page = EmployeesPage([])
        self.dialog: FormDialog | None = None
        self._generation = 0
        yes = self.tr("Yes")
        self.model = RowsModel([
            Column(lambda: self.tr("Name"), lambda e: e.name),
            Column(lambda: self.tr("E-mail"), lambda e: e.email or ""),
            Column(lambda: self.tr("Badge code"), lambda e: e.code or ""),
            Column(lambda: self.tr("Department"), lambda e: e.department or ""),
            Column(lambda: self.tr("Schedule"), lambda e: e.schedule or self.tr("Office")),
            Column(lambda: self.tr("User"), lambda e: user_text(e.user_id, self.page.usernames)),
            Column(lambda: self.tr("PIN"), lambda e: yes if e.has_pin else ""),
            Column(lambda: self.tr("Active"), lambda e: yes if e.active else self.tr("No")),
        ])
        self.table = rows_table(self.model, "employeesTable", stretch=0, ctx=ctx)
        self.search = QLineEdit()
        self.search.setObjectName("employeeSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or badge code"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addEmployee")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editEmployee")
        self.disable_button = QPushButton(self.tr("Disable"))
        self.disable_button.setObjectName("disableEmployee")
        for button in (self.add_button, self.edit_button, self.disable_button):
            button.setVisible(self.editable)
        self.status = role_label("", "hint")
        self.status.setObjectName("employeesStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.disable_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.disable_button.clicked.connect(self.disable_selected)
        self._selection_changed()
        self.live = BusSignal(self, ctx.bus, ("employees.changed",), debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    # -- loading -----------------------------------------------------------------------------
    def refresh(self, note: str = "") -> None:
        self._generation += 1
        generation, text = self._generation, self.search.text()
        db, settings, actor = self._ctx.db, self._ctx.settings, self._actor

        def loaded(page: EmployeesPage) -> None:
            if generation == self._generation:
                self.show_page(page, note)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.status, exc, self.tr("Cannot read the employees:"))

        run_in_background(self, lambda progress: load_employees_page(db, settings, actor, text),
                          loaded, failed, jobs=self._jobs, title=self.tr("Reading the employees"))

    def show_page(self, page: EmployeesPage, note: str = "") -> None:
        chosen = selected_row(self.table, self.model)
        self.page = page
        self.model.set_rows(page.employees)
        if chosen is not None:
            self.select_employee(chosen.id)
        text = note or self.tr("{count} employees").format(count=len(page.employees))
        show_message(self.status, text, "success" if note else "hint")
        self._selection_changed()

    def select_employee(self, employee_id: int) -> bool:
        return select_where(self.table, self.model, lambda row: row.id == employee_id)

    # -- editing -----------------------------------------------------------------------------
    def _selection_changed(self, *_: Any) -> None:
        chosen = selected_row(self.table, self.model)
        self.edit_button.setEnabled(chosen is not None)
        self.disable_button.setEnabled(chosen is not None and chosen.active)

    def edit_selected(self) -> FormDialog | None:
        chosen = selected_row(self.table, self.model)
        return self.open_dialog(chosen) if chosen is not None else None

    def open_dialog(self, employee: EmployeeInfo | None) -> FormDialog | None:
        if not self.editable:
            return None
        db, bus, actor = self._ctx.db, self._ctx.bus, self._actor

        def store(values: dict) -> EmployeeInfo:
            if employee is None:
                return create_employee(db, bus, actor, **values)
            return update_employee(db, bus, actor, employee.id, **values)

        return open_form(self, EmployeeDialog(employee, self.page, self), store,
                         lambda info: self.refresh(self.tr("Saved {name}.").format(
                             name=info.name)),
                         jobs=self._jobs, title=self.tr("Saving an employee"))

    def disable_selected(self) -> None:
        chosen = selected_row(self.table, self.model)
        if chosen is None or not self.editable:
            return
        db, bus, actor = self._ctx.db, self._ctx.bus, self._actor
        run_in_background(self, lambda progress: deactivate_employee(db, bus, actor, chosen.id),
                          lambda info: self.refresh(self.tr("{name} is disabled: they no "
                                                            "longer punch.").format(
                                                                name=info.name)),
                          lambda exc: show_error(self.status, exc), jobs=self._jobs,
                          title=self.tr("Disabling an employee"))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> EmployeesEditor:
        editor = cls(ctx, actor, services)
        editor.refresh()
        return editor
