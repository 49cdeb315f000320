"""Changing the session log by hand from the Clockify tab (issue 17): a session created, one
corrected, one deleted, each with a required reason that the history keeps; only people with
clockify.manage see the buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest
import qt_support
from clockify_ui_helpers import MANAGER, T0, body, deliver, session
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify.queries import list_sessions, session_history
from timedesk.ui.clockify.session_detail import SessionDetailDialog
from timedesk.ui.clockify.sessions_view import ClockifySessionsView

RECEPTIONIST = Actor("user", "rosa", Role.RECEPTIONIST, 2)


@pytest.fixture
def stopped(ctx):
    deliver(ctx, "TIMER_STOPPED", body(1, minutes=60))
    return session(ctx, 1)


@pytest.fixture
def open_detail(ctx, gui_bus, services, keep):
    async def make(session_id, actor=MANAGER):
        dialog = keep(SessionDetailDialog(ctx.db, ctx.bus, actor, services.jobs, session_id,
                                          settings=ctx.settings))
        await qt_support.eventually(lambda: dialog.loading.finished and dialog.info is not None)
        return dialog

    return make


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


async def test_a_correction_needs_a_reason_and_the_history_keeps_it(ctx, stopped, open_detail):
    detail = await open_detail(stopped.id)
    assert detail.correct_button.isVisible() and detail.correct_button.isEnabled()
    form = detail.correct()
    form.description.setText("Research, corrected")
    save(form)
    assert form.error.text() == "Say why: the reason is required."
    form.reason.setText("typo in the description")
    save(form)
    await qt_support.eventually(lambda: not Shiboken.isValid(form))
    assert session(ctx, 1).description == "Research, corrected"
    assert "typo in the description" in session_history(ctx.db, MANAGER, stopped.id)[-1].note
    await qt_support.eventually(lambda: detail.heading.text() == "Research, corrected")


async def test_a_deleted_session_is_kept_marked_deleted(ctx, stopped, open_detail):
    detail = await open_detail(stopped.id)
    form = detail.delete()
    form.reason.setText("entered twice")
    save(form)
    await qt_support.eventually(lambda: not Shiboken.isValid(form))
    assert session(ctx, 1).deleted
    assert "entered twice" in session_history(ctx.db, MANAGER, stopped.id)[-1].note
    await qt_support.eventually(lambda: not detail.delete_button.isEnabled())


async def test_a_session_is_created_by_hand_from_the_sessions_view(ctx, stopped, gui_bus,
                                                                   services, keep):
    view = keep(ClockifySessionsView.build(ctx, MANAGER, services))
    assert view.new_button.isVisible()
    view.new_session()
    await qt_support.eventually(lambda: view.dialog is not None)
    form = view.dialog
    form.description.setText("Visit to a customer")
    form.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(T0.timestamp())))
    form.end.setDateTime(QDateTime.fromSecsSinceEpoch(int((T0 + timedelta(hours=2))
                                                          .timestamp())))
    form.reason.setText("forgot the timer")
    save(form)
    await qt_support.eventually(lambda: not Shiboken.isValid(form))
    made = [s for s in list_sessions(ctx.db, MANAGER).items
            if s.description == "Visit to a customer"]
    assert len(made) == 1 and made[0].duration_seconds == 7200
    assert made[0].created_by_event == "MANUAL" and made[0].user.clockify_id == stopped.user.clockify_id


async def test_only_managers_see_the_buttons(ctx, stopped, gui_bus, services, keep, monkeypatch):
    from timedesk.auth import permissions

    matrix = dict(permissions.MATRIX)
    matrix[Role.RECEPTIONIST] = matrix[Role.RECEPTIONIST] | {permissions.Permission.CLOCKIFY_VIEW}
    monkeypatch.setattr(permissions, "MATRIX", matrix)
    view = keep(ClockifySessionsView.build(ctx, RECEPTIONIST, services))
    detail = keep(SessionDetailDialog(ctx.db, ctx.bus, RECEPTIONIST, services.jobs, stopped.id))
    assert not view.new_button.isVisible()
    assert not detail.correct_button.isVisible() and not detail.delete_button.isVisible()
