"""Clockify users: name, e-mail, linked employee, hours this and last month (h:mm, under short
two-line headers whose tooltip says them in full), notices, active; a search box; people with
clockify.manage edit the e-mail, notices and active flag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify import topics
from timedesk.clockify.users import update_user
from timedesk.ui.clockify.admin_table import (
    Column,
    RowsModel,
    rows_table,
    select_where,
    selected_row,
)
from timedesk.ui.clockify.admin_user_dialog import EditUserDialog
from timedesk.ui.clockify.admin_users_data import UserRow, UsersPage, load_users_page
from timedesk.ui.errors import show_error
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.formats import worked_clock
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message

SEARCH_PAUSE_MS = 250


class ClockifyUsersView(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("clockifyUsers")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.editable = actor.can(Permission.CLOCKIFY_MANAGE)
        self._generation = 0
        self.dialog: EditUserDialog | None = None
        yes, no = self.tr("Yes"), self.tr("No")
        self.model = RowsModel([
            Column(lambda: self.tr("Name"), lambda r: r.user.name or r.user.clockify_id),
            Column(lambda: self.tr("E-mail"), lambda r: r.user.email or ""),
            Column(lambda: self.tr("Employee"), lambda r: r.employee),
            Column(lambda: self.tr("Hours\nthis month"),
                   lambda r: worked_clock(r.seconds_this_month),
                   sort=lambda r: r.seconds_this_month, align_right=True,
                   header_tip=lambda: self.tr("Hours worked this month (h:mm)")),
            Column(lambda: self.tr("Hours\nlast month"),
                   lambda r: worked_clock(r.seconds_last_month),
                   sort=lambda r: r.seconds_last_month, align_right=True,
                   header_tip=lambda: self.tr("Hours worked last month (h:mm)")),
            Column(lambda: self.tr("Notices"), lambda r: yes if r.user.notify else no),
            Column(lambda: self.tr("Active"), lambda r: yes if r.user.active else no),
        ])
        self.table = rows_table(self.model, "clockifyUsersTable", stretch=2, ctx=ctx)
        self.search = QLineEdit()
        self.search.setObjectName("clockifyUserSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or Clockify ID"))
        self.search.setClearButtonEnabled(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("clockifyUserEdit")
        self.edit_button.setEnabled(False)
        self.edit_button.setVisible(self.editable)
        self.status = role_label("", "hint")
        self.status.setObjectName("clockifyUsersStatus")
        self._build_layout()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.live = BusSignal(self, ctx.bus, (topics.USER_CHANGED, "clockify.session."),
                              debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)  # as every Clockify page
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        if not self.editable:
            layout.addWidget(role_label(self.tr(
                "You can see the Clockify users; changing them needs the Clockify management "
                "permission."), "hint"))

    # -- loading -----------------------------------------------------------------------------
    def refresh(self, note: str = "") -> None:
        """Read the users again off the GUI thread; `note` (a success message) replaces the
        count line."""
        self._generation += 1
        generation, text = self._generation, self.search.text()
        ctx, actor = self._ctx, self._actor

        def loaded(page: UsersPage) -> None:
            if generation == self._generation:  # else a newer search is on its way
                self.show_page(page, note)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.status, exc, self.tr("Cannot load the users:"))

        run_in_background(self, lambda progress: load_users_page(ctx.db, ctx.settings, actor,
                                                                  text),
                          loaded, failed, jobs=self._jobs, title=self.tr("Loading Clockify users"))

    def show_page(self, page: UsersPage, note: str = "") -> None:
        chosen = selected_row(self.table, self.model)
        self.model.set_rows(page.rows)
        if chosen is not None:
            self.select_user(chosen.user.id)
        if page.total > len(page.rows):
            text = self.tr("Showing {shown} of {total} users: narrow the search.").format(
                shown=len(page.rows), total=page.total)
        elif page.total == 0:
            text = (self.tr("No user matches the search.") if self.search.text().strip() else
                    self.tr("No Clockify user yet: they appear with their first time entry."))
        else:
            text = self.tr("1 user") if page.total == 1 else self.tr("{count} users").format(
                count=page.total)
        show_message(self.status, note or text, "success" if note else "hint")
        self._selection_changed()

    def select_user(self, user_id: int) -> bool:
        return select_where(self.table, self.model, lambda row: row.user.id == user_id)

    # -- editing -----------------------------------------------------------------------------
    def _selection_changed(self, *_: Any) -> None:
        self.edit_button.setEnabled(self.editable
                                    and selected_row(self.table, self.model) is not None)

    def edit_selected(self) -> FormDialog | None:
        row: UserRow | None = selected_row(self.table, self.model)
        if not self.editable or row is None:
            return None
        ctx, actor, user_id = self._ctx, self._actor, row.user.id
        return open_form(
            self, EditUserDialog(row.user, self),
            lambda changes: update_user(ctx.db, ctx.bus, actor, user_id, **changes),
            lambda user: self.refresh(self.tr("Saved {name}.").format(
                name=user.name or user.clockify_id)),
            jobs=self._jobs, title=self.tr("Saving a Clockify user"))

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ClockifyUsersView:
        view = cls(ctx, actor, services)
        view.refresh()
        return view
