"""Clockify users view: e-mail, hours per month, notices, active; search; editing through
update_user (persisted, validation shown inline); read-only viewers; live refresh."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from clockify_admin_helpers import cells, member, work
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import Shiboken

from timedesk.clockify.users import get_user, list_users, update_user
from timedesk.ui.clockify.admin_users_data import month_bounds
from timedesk.ui.clockify.users_view import ClockifyUsersView

JP = member("625cf4a6a7d9d34012f70de1", "JP Weijers")
ANA = member("625cf4a6a7d9d34012f70a11", "Ana Torres")
NAME, EMAIL, EMPLOYEE, THIS_MONTH, LAST_MONTH, NOTICES, ACTIVE = range(7)


@pytest.fixture
def seeded(ctx, admin_actor):
    """JP: 90 min this month, 30 min last month, a known e-mail; Ana: 45 min this month."""
    last, this, _ = month_bounds(ctx.settings)
    work(ctx.db, ctx.bus, "aaaaaaaaaaaaaaaaaaaa0001", JP, this + timedelta(minutes=1), 90)
    work(ctx.db, ctx.bus, "aaaaaaaaaaaaaaaaaaaa0002", JP, last + timedelta(hours=2), 30)
    work(ctx.db, ctx.bus, "aaaaaaaaaaaaaaaaaaaa0003", ANA, this + timedelta(hours=3), 45)
    users = {u.name: u for u in list_users(ctx.db, admin_actor).items}
    update_user(ctx.db, ctx.bus, admin_actor, users["JP Weijers"].id, email="jp@example.com")
    return users


async def loaded(view, eventually, rows: int):
    await eventually(lambda: len(cells(view.table)) == rows)
    return {row[NAME]: row for row in cells(view.table)}


async def test_the_table_shows_email_hours_of_both_months_notices_and_active(
        ctx, admin_actor, services, seeded, keep, eventually):
    view = keep(ClockifyUsersView.build(ctx, admin_actor, services))
    shown = await loaded(view, eventually, 2)
    assert shown["JP Weijers"][EMAIL] == "jp@example.com"
    assert (shown["JP Weijers"][THIS_MONTH], shown["JP Weijers"][LAST_MONTH]) == (
        "1:30", "0:30")  # H:MM, as every table shows worked time
    assert (shown["Ana Torres"][EMAIL], shown["Ana Torres"][THIS_MONTH]) == ("", "0:45")
    assert shown["JP Weijers"][NOTICES] == shown["JP Weijers"][ACTIVE] == "Yes"
    assert view.status.text() == "2 users"


async def test_the_search_box_narrows_the_list(ctx, admin_actor, services, seeded, keep,
                                               eventually):
    view = keep(ClockifyUsersView.build(ctx, admin_actor, services))
    await loaded(view, eventually, 2)
    view.search.setText("torres")
    await eventually(lambda: [r[NAME] for r in cells(view.table)] == ["Ana Torres"])
    view.search.setText("nobody-like-this")
    await eventually(lambda: cells(view.table) == [])
    assert view.status.text() == "No user matches the search."


async def test_editing_email_and_notices_persists_and_shows_in_the_table(
        ctx, admin_actor, services, seeded, keep, eventually):
    view = keep(ClockifyUsersView.build(ctx, admin_actor, services))
    await loaded(view, eventually, 2)
    assert view.select_user(seeded["Ana Torres"].id) and view.edit_button.isEnabled()
    dialog = view.edit_selected()
    dialog.email.setText("  Ana.Torres@Example.com ")
    dialog.notify.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    await eventually(lambda: not Shiboken.isValid(dialog))  # closed, then deleted
    stored = get_user(ctx.db, admin_actor, seeded["Ana Torres"].id)
    assert (stored.email, stored.notify, stored.active) == ("ana.torres@example.com", False,
                                                           True)
    await eventually(lambda: view.status.text() == "Saved Ana Torres.")
    row = {r[NAME]: r for r in cells(view.table)}["Ana Torres"]
    assert (row[EMAIL], row[NOTICES], row[ACTIVE]) == ("ana.torres@example.com", "No", "Yes")


async def test_a_bad_email_shows_the_services_message_in_the_dialog_and_saves_nothing(
        ctx, admin_actor, services, seeded, keep, eventually):
    view = keep(ClockifyUsersView.build(ctx, admin_actor, services))
    await loaded(view, eventually, 2)
    view.select_user(seeded["JP Weijers"].id)
    dialog = view.edit_selected()
    dialog.email.setText("jp at example")
    dialog.active.setChecked(False)
    dialog.submit()
    await eventually(lambda: dialog.error.isVisible())
    assert dialog.error.text() == ("'jp at example' is not a valid e-mail address. Type it as "
                                   "name@example.com or leave it empty.")
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    stored = get_user(ctx.db, admin_actor, seeded["JP Weijers"].id)
    assert (stored.email, stored.active) == ("jp@example.com", True)


async def test_a_viewer_sees_the_users_but_cannot_edit_them(ctx, viewer, services, seeded,
                                                            keep, eventually):
    view = keep(ClockifyUsersView.build(ctx, viewer, services))
    await loaded(view, eventually, 2)
    view.select_user(seeded["JP Weijers"].id)
    assert view.edit_button.isHidden() and not view.edit_button.isEnabled()
    view.table.doubleClicked.emit(view.table.currentIndex())
    assert view.edit_selected() is None and view.dialog is None


async def test_a_role_without_clockify_view_gets_the_permission_message(ctx, services, keep,
                                                                        eventually):
    from timedesk.auth.permissions import Actor, Role

    view = keep(ClockifyUsersView.build(ctx, Actor("user", "rosa", Role.RECEPTIONIST, 2),
                                         services))
    await eventually(lambda: view.status.property("role") == "error")
    assert view.status.text().startswith("Cannot load the users: You are not allowed to do this.")
    assert view.status.text().endswith("Details: rosa (receptionist) may not do this "
                                       "(clockify.view).")


async def test_a_change_made_elsewhere_refreshes_the_table_and_a_closed_view_unsubscribes(
        ctx, admin_actor, services, seeded, eventually):
    before = len(ctx.bus._subscribers)
    view = ClockifyUsersView.build(ctx, admin_actor, services)  # deleted below, not by qtbot
    await loaded(view, eventually, 2)
    assert len(ctx.bus._subscribers) == before + 3  # its two topics, and lost events
    await asyncio.to_thread(update_user, ctx.db, ctx.bus, admin_actor,
                            seeded["Ana Torres"].id, email="ana@example.com", active=False)
    await eventually(lambda: {r[NAME]: r for r in cells(view.table)}["Ana Torres"][EMAIL]
                     == "ana@example.com")
    assert {r[NAME]: r for r in cells(view.table)}["Ana Torres"][ACTIVE] == "No"
    view.deleteLater()
    await eventually(lambda: len(ctx.bus._subscribers) == before)


@pytest.mark.parametrize("language", ["en", "es"])
async def test_no_header_nor_text_is_clipped_with_the_apps_look(ctx, admin_actor, services, seeded,
                                                               keep, eventually, qapp,
                                                               language):
    """The hours headers ("Horas este mes / mes anterior") were cut: measured with the app's
    font and stylesheet (tests/qt_clipping.py), in both languages, nothing is, also when the
    rows arrive while the page is hidden (a sub-tab not in front)."""
    from qt_clipping import app_look, clipped_texts

    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, language)
    try:
        with app_look(qapp):
            view = ClockifyUsersView.build(ctx, admin_actor, services)
            await loaded(view, eventually, 2)
            keep(view, size=(900, 500))
            await asyncio.sleep(0.05)
            assert clipped_texts(view) == []
            for column in (THIS_MONTH, LAST_MONTH):  # the sort arrow needs room too
                view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
                await asyncio.sleep(0.05)
                assert clipped_texts(view) == []
            for column in (THIS_MONTH, LAST_MONTH):
                assert view.model.headerData(column, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.ToolTipRole)
    finally:
        remove_translators(qapp, translators)
