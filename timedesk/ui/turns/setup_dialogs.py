"""The dialogs of the Turns set-up page (layout and input only; setup_page.py stores what they
submit through timedesk.turns.setup and shows the service's answer in them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timedesk.turns.views import DeskInfo, ServiceInfo
from timedesk.ui.form_dialog import FormDialog
from timedesk.ui.widgets import role_label, show_message


class ServiceDialog(FormDialog):
    """Add (`service` None) or edit a service. `submitted(dict)`: the keyword arguments of
    add_service, or for an edit those of update_service that changed."""

    def __init__(self, service: ServiceInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turnServiceDialog")
        self.service = service
        self.setWindowTitle(self.tr("Edit service") if service else self.tr("New service"))
        self.code = QLineEdit(service.code if service else "")
        self.code.setObjectName("serviceCode")
        self.code.setMaxLength(3)
        self.code.setPlaceholderText(self.tr("1 to 3 letters, e.g. A"))
        self.code.setReadOnly(service is not None)
        self.name = QLineEdit(service.name if service else "")
        self.name.setObjectName("serviceName")
        self.colour = QLineEdit(service.colour if service else "#1565c0")
        self.colour.setObjectName("serviceColour")
        self.colour.setPlaceholderText("#1565c0")
        self.swatch = QLabel()
        self.swatch.setFixedSize(22, 22)
        self.colour.textChanged.connect(self._paint_swatch)
        self.hours = QLineEdit(service.hours_text() if service else "")
        self.hours.setObjectName("serviceHours")
        self.hours.setPlaceholderText(self.tr("e.g. 08:30-14:00; empty: always open"))
        self.priority = QCheckBox(self.tr("Priority turns allowed"))
        self.priority.setObjectName("servicePriority")
        self.priority.setChecked(service.priority_allowed if service else True)
        self.active = QCheckBox(self.tr("Active (offered at the reception)"))
        self.active.setObjectName("serviceActive")
        self.active.setChecked(service.active if service else True)
        self.active.setVisible(service is not None)
        self.error.setObjectName("serviceError")
        colour_row = QWidget()
        row = QHBoxLayout(colour_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.colour, 1)
        row.addWidget(self.swatch)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Colour:"), colour_row)
        form.addRow(self.tr("Opening hours:"), self.hours)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "Turns are numbered with the code (A001, A002...). Outside its opening hours a "
            "service issues no turns."), "hint"))
        layout.addWidget(self.priority)
        layout.addWidget(self.active)
        self.add_foot(layout)
        self._paint_swatch(self.colour.text())

    def _paint_swatch(self, text: str) -> None:
        colour = text.strip() if len(text.strip()) == 7 else "transparent"
        self.swatch.setStyleSheet(f"background: {colour}; border: 1px solid #9aa3ad; "
                                  "border-radius: 4px;")

    def values(self) -> dict[str, Any]:
        wanted: dict[str, Any] = {"name": self.name.text().strip(),
                                  "colour": self.colour.text().strip(),
                                  "hours": self.hours.text().strip(),
                                  "priority_allowed": self.priority.isChecked()}
        if self.service is None:
            return {"code": self.code.text().strip(), **wanted}
        wanted["active"] = self.active.isChecked()
        s = self.service
        current = {"name": s.name, "colour": s.colour, "hours": s.hours_text(),
                   "priority_allowed": s.priority_allowed, "active": s.active}
        return {key: value for key, value in wanted.items() if value != current[key]}


def checklist(object_name: str, items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    """A list of checkable (label, value) items, those in `checked` ticked."""
    widget = QListWidget()
    widget.setObjectName(object_name)
    for label, value in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_values(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class DeskDialog(FormDialog):
    """Add (`desk` None) or edit a desk: its services and staff (ticked in lists). `submitted`:
    the keyword arguments of add_desk, or for an edit those of update_desk that changed."""

    def __init__(self, desk: DeskInfo | None, services: list[ServiceInfo], staff: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, 460)
        self.setObjectName("turnDeskDialog")
        self.desk = desk
        self.setWindowTitle(self.tr("Edit desk") if desk else self.tr("New desk"))
        self.name = QLineEdit(desk.name if desk else "")
        self.name.setObjectName("deskName")
        self.name.setPlaceholderText(self.tr("its number or name, e.g. 1"))
        self.name.setReadOnly(desk is not None)
        self.services = checklist("deskServices", [
            (self.tr("{code} · {name}").format(code=s.code, name=s.name)
             if s.active else self.tr("{code} · {name} (inactive)").format(code=s.code,
                                                                          name=s.name), s.code)
            for s in services], set(desk.service_codes) if desk else set())
        self.staff = checklist("deskStaff", [(name, name) for name in staff],
                               set(desk.staff) if desk else set())
        self.active = QCheckBox(self.tr("Active (staff can open it)"))
        self.active.setObjectName("deskActive")
        self.active.setChecked(desk.active if desk else True)
        self.active.setVisible(desk is not None)
        self.error.setObjectName("deskError")
        form = QFormLayout()
        form.addRow(self.tr("Desk:"), self.name)
        form.addRow(self.tr("Services it calls:"), self.services)
        form.addRow(self.tr("Staff assigned:"), self.staff)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_label(self.tr(
            "With no staff ticked, anyone who may call turns can open the desk."), "hint"))
        layout.addWidget(self.active)
        self.add_foot(layout)

    def values(self) -> dict[str, Any] | None:
        services, staff = checked_values(self.services), checked_values(self.staff)
        if not services:
            show_message(self.error, self.tr("Tick at least one service the desk calls."),
                         "error")
            return None
        if self.desk is None:
            return {"name": self.name.text().strip(), "services": services, "staff": staff}
        wanted = {"services": services, "staff": staff, "active": self.active.isChecked()}
        current = {"services": list(self.desk.service_codes), "staff": list(self.desk.staff),
                   "active": self.desk.active}
        return {key: value for key, value in wanted.items() if value != current[key]}
