"""What the Administration tab's lists share: a table of rows read off the GUI thread, a bar of
buttons that act on the selected row through a service (the answer shown under the table), and
the role chooser of their dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication as qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor, Role
from timedesk.ui.clockify.admin_table import (
    Column,
    RowsModel,
    rows_table,
    select_where,
    selected_row,
)
from timedesk.ui.errors import show_error
from timedesk.ui.form_dialog import FormDialog
from timedesk.ui.roles import role_title
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import role_label, show_message


def role_combo(current: Role | None = None, object_name: str = "role") -> QComboBox:
    """The roles by their people-facing names (data: the Role); `current` chosen."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    for role in Role:
        combo.addItem(role_title(role), role)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    return combo


class AdminList(QWidget):
    """A list page: a subclass gives the columns (`stretch` the one that takes the width
    left), `loader()`, `key(row)`
    (what keeps the selection across a refresh), `empty_text()` and the buttons; it calls
    `act(fn, done)` to run a service call on the selected row."""

    def __init__(self, ctx: Any, actor: Actor, services: Any, name: str, stretch: int,
                 columns: Sequence[Column]) -> None:
        super().__init__()
        self.setObjectName(name)
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.dialog: FormDialog | None = None
        self.model = RowsModel(columns)
        self.table = rows_table(self.model, f"{name}Table", stretch)
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        self.status = role_label("", "hint")
        self.status.setObjectName(f"{name}Status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())

    def bar_button(self, text: str, object_name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.clicked.connect(lambda: slot())
        self.bar.addWidget(button)
        return button

    # -- for subclasses ---------------------------------------------------------------------
    def loader(self) -> Callable[[], list[Any]]:
        """What reads the rows, off the GUI thread (it must not hold the widget)."""
        raise NotImplementedError

    def key(self, row: Any) -> Any:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def selection_changed(self) -> None:
        """Enable the buttons that fit the selected row."""

    # -- loading and acting ----------------------------------------------------------------
    def selected(self) -> Any | None:
        return selected_row(self.table, self.model)

    def refresh(self, note: str = "") -> None:
        """Read the rows again; `note` (a success message) replaces the count line."""
        load = self.loader()
        run_in_background(self, lambda progress: load(),
                          lambda rows: self.show_rows(rows, note),
                          lambda exc: show_error(self.status, exc), jobs=self._jobs,
                          title=qt.translate("AdminList", "Reading the list"))

    def show_rows(self, rows: list[Any], note: str = "") -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            select_where(self.table, self.model, lambda row: self.key(row) == self.key(chosen))
        text = note or (self.count_text(len(rows)) if rows else self.empty_text())
        show_message(self.status, text, "success" if note else "hint")
        self.selection_changed()

    def act(self, fn: Callable[[], Any], done: Callable[[Any], str], title: str) -> None:
        """Run `fn()` off the GUI thread; then refresh with `done(result)` as the note, or say
        why it was refused."""
        run_in_background(self, lambda progress: fn(),
                          lambda result: self.refresh(done(result)),
                          lambda exc: show_error(self.status, exc), jobs=self._jobs, title=title)
