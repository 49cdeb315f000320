"""The session detail dialog: its fields and history, and the approval flow (approve with a
note copies Clockify's times into the valid times; reject needs a note; only approvers)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
import qt_support
from clockify_ui_helpers import MANAGER, T0, body, deliver, session, under_review
from PySide6.QtWidgets import QMessageBox

from timedesk.auth import permissions
from timedesk.auth.permissions import Actor, Permission, Role
from timedesk.clockify.queries import session_history
from timedesk.ui.clockify.session_detail import SessionDetailDialog
from timedesk.ui.clockify.sessions_model import COLUMN
from timedesk.ui.clockify.sessions_view import ClockifySessionsView

M = timedelta(minutes=1)


def local(moment, fmt="%d/%m/%Y %H:%M:%S") -> str:
    return moment.astimezone().strftime(fmt)


@pytest.fixture
def open_detail(ctx, gui_bus, services, keep):
    async def make(session_id, actor=MANAGER):
        dialog = keep(SessionDetailDialog(ctx.db, ctx.bus, actor, services.jobs, session_id))
        await qt_support.eventually(lambda: dialog.loading.finished)
        return dialog

    return make


@pytest.fixture
def viewer(monkeypatch):
    """Someone who may see the Clockify log but not decide (no such role ships today)."""
    matrix = dict(permissions.MATRIX)
    matrix[Role.RECEPTIONIST] = matrix[Role.RECEPTIONIST] | {Permission.CLOCKIFY_VIEW}
    monkeypatch.setattr(permissions, "MATRIX", matrix)
    return Actor("user", "rosa", Role.RECEPTIONIST, 2)


def history_cells(dialog) -> list[list[str]]:
    table = dialog.history_table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


async def test_the_detail_shows_every_field_and_the_readable_history(ctx, open_detail):
    info = under_review(ctx, 1)  # stopped at 60 minutes, then edited to 90
    dialog = await open_detail(info.id)
    fields = {key: label.text() for key, label in dialog.fields.items()}
    assert dialog.heading.text() == "entry 1"
    assert dialog.status.text() == "Under review"
    assert fields["user"] == "JP Weijers"
    assert fields["project"] == "Kabisa - Persoonlijke Ontwikkeling (Kabisa)"
    assert (fields["task"], fields["tags"], fields["time_zone"]) == (
        "Research #8494", "study", "Europe/Amsterdam")
    assert fields["clockify_id"] == info.clockify_id
    assert (fields["start"], fields["end"], fields["duration"]) == (
        local(T0), local(T0 + 90 * M), "1:30")
    assert (fields["valid_start"], fields["valid_end"], fields["valid_duration"]) == (
        local(T0), local(T0 + 60 * M), "1:00")
    assert (fields["edits"], fields["overtime"], fields["deleted"]) == ("1", "No", "No")
    newest, first = history_cells(dialog)
    assert newest[1:3] == ["Clockify (webhook)", "Edited"]
    assert newest[3].splitlines() == [
        "Status: Approved → Under review",
        f"End: {local(T0 + 60 * M)} → {local(T0 + 90 * M)}",
        "Duration: 1:00 → 1:30", "Edits: 0 → 1"]
    assert first[1:3] == ["Clockify (webhook)", "Timer stopped"]
    assert first[3].splitlines()[0] == f"Start: {local(T0)}"
    assert "{" not in newest[3] + first[3]  # no raw JSON


async def test_approving_with_a_note_copies_the_times_and_updates_the_table(
        ctx, gui_bus, services, keep, eventually):
    info = under_review(ctx, 1)
    view = keep(ClockifySessionsView(ctx.db, ctx.bus, MANAGER, services.jobs))
    await eventually(lambda: view.last_load.finished)
    assert view.model.index(0, COLUMN["status"]).data() == "Under review"
    view.select(info.id)
    dialog = view.open_selected()
    await eventually(lambda: dialog.loading.finished)
    assert dialog.approve_button.isEnabled()
    dialog.note.setText("Checked with JP: the meeting ran long")
    dialog.approve_button.click()
    await eventually(lambda: dialog.status.text() == "Approved")
    assert dialog.message.text() == "Approved."
    stored = session(ctx, 1)
    assert (stored.status, stored.decided_by) == ("approved", "user:gerente")
    assert (stored.valid_start, stored.valid_end, stored.valid_duration_seconds) == (
        T0, T0 + 90 * M, 5400)
    assert stored.observation == "Checked with JP: the meeting ran long"
    last = session_history(ctx.db, MANAGER, info.id)[-1]
    assert (last.actor, last.action) == ("user:gerente", "clockify_session.approved")
    assert view.model.index(0, COLUMN["status"]).data() == "Approved"
    await eventually(lambda: dialog.fields["valid_end"].text() == local(T0 + 90 * M))
    assert history_cells(dialog)[0][1:3] == ["gerente", "Approved"]


def reject_box(dialog) -> QMessageBox:
    boxes = [box for box in dialog.findChildren(QMessageBox)
             if box.objectName() == "confirmReject" and box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


async def test_reject_waits_for_a_note_then_asks_before_rejecting(ctx, open_detail, eventually):
    info = under_review(ctx, 1)
    dialog = await open_detail(info.id)
    assert dialog.approve_button.isEnabled()
    assert not dialog.reject_button.isEnabled()  # no note: nothing to say why
    assert "note" in dialog.reject_button.toolTip()
    dialog.note.setText("   ")
    assert not dialog.reject_button.isEnabled()
    dialog.note.setText("Nobody works 90 minutes on this")
    assert dialog.reject_button.isEnabled() and not dialog.reject_button.toolTip()
    dialog.reject_button.click()
    box = reject_box(dialog)
    assert "Nobody works 90 minutes on this" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # No: nothing happens
    await asyncio.sleep(0.3)
    assert session(ctx, 1).status == "under_review"
    assert dialog.note.text() == "Nobody works 90 minutes on this"
    dialog.reject_button.click()
    reject_box(dialog).button(QMessageBox.StandardButton.Yes).click()
    await eventually(lambda: session(ctx, 1).status == "rejected")
    stored = session(ctx, 1)
    assert (stored.valid_end, stored.end) == (T0 + 60 * M, T0 + 90 * M)  # times not copied
    assert stored.observation == "Nobody works 90 minutes on this"
    await eventually(lambda: dialog.status.text() == "Rejected")


async def test_a_reject_without_a_note_is_still_refused_with_the_services_words(
        ctx, open_detail, eventually):
    info = under_review(ctx, 1)
    dialog = await open_detail(info.id)
    decision = dialog.decide("rejected")  # whatever the button says, the service checks
    await eventually(lambda: decision.finished)
    assert dialog.message.property("role") == "error"
    assert dialog.message.text() == ("A rejection needs a note. Say why the session is "
                                     "rejected.")
    assert session(ctx, 1).status == "under_review"


async def test_someone_without_the_approve_permission_cannot_decide(ctx, open_detail, viewer,
                                                                   eventually):
    info = under_review(ctx, 1)
    dialog = await open_detail(info.id, viewer)
    assert dialog.fields["start"].text() == local(T0)  # they may read it
    assert not dialog.approve_button.isEnabled()
    assert not dialog.reject_button.isEnabled()
    assert dialog.decision_hint.text() == ("Only a manager or an administrator can approve or "
                                           "reject sessions.")
    decision = dialog.decide("approved")  # the service checks again, whatever the buttons say
    await eventually(lambda: decision.finished)
    assert dialog.message.property("role") == "error"
    assert dialog.message.text() == ("You may not approve or reject sessions; ask an "
                                     "administrator for a role that allows it.")
    assert session(ctx, 1).status == "under_review"


async def test_a_running_session_cannot_be_decided_yet(ctx, open_detail):
    deliver(ctx, "NEW_TIMER_STARTED", body(1, minutes=None))
    dialog = await open_detail(session(ctx, 1).id)
    assert dialog.fields["end"].text() == "● Running"
    assert dialog.fields["duration"].text().endswith("so far")
    assert not dialog.approve_button.isEnabled()
    assert dialog.decision_hint.text() == "The timer is still running; decide once it stops."


async def test_the_open_dialog_follows_changes_of_its_session(ctx, open_detail, eventually):
    deliver(ctx, "TIMER_STOPPED", body(1, minutes=60))
    dialog = await open_detail(session(ctx, 1).id)
    assert len(history_cells(dialog)) == 1
    await asyncio.get_running_loop().run_in_executor(
        None, deliver, ctx, "TIME_ENTRY_UPDATED", body(1, minutes=120))
    await eventually(lambda: dialog.status.text() == "Under review")
    assert dialog.fields["end"].text() == local(T0 + 120 * M)
    assert len(history_cells(dialog)) == 2
