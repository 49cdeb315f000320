"""Clockify error log view: rejections with reason, detail and body excerpt; the reason filter;
failed deliveries reprocessed off the GUI thread by people who manage Clockify."""

from __future__ import annotations

import asyncio

import pytest
from clockify_admin_helpers import cells, member, work
from clockify_helpers import T0

from timedesk.clockify import inbox, queries
from timedesk.ui.clockify.error_log_view import ClockifyErrorLogView

WHEN, REASON, EVENT, DETAIL = range(4)
JP = member("625cf4a6a7d9d34012f70de1", "JP Weijers")


@pytest.fixture
def rejection(db):
    return inbox.log_rejection(db, "malformed_json",
                               "the body is not valid JSON: Expecting ',' delimiter.",
                               b'{"id": "6260fee78065a229df4561dd" "description": "broken',
                               event_type="timer_stopped")


@pytest.fixture
def failed_delivery(ctx, monkeypatch):
    """A delivery whose processing failed once (a database hiccup), body kept for later."""
    real = inbox.apply_entry

    def hiccup(*args, **kwargs):
        raise RuntimeError("connection reset while applying")

    monkeypatch.setattr(inbox, "apply_entry", hiccup)
    done = work(ctx.db, ctx.bus, "bbbbbbbbbbbbbbbbbbbb0001", JP, T0, 25)
    monkeypatch.setattr(inbox, "apply_entry", real)
    assert done.status == "failed"
    return done


async def test_a_rejection_is_listed_with_its_reason_and_its_excerpt_in_the_detail_pane(
        ctx, admin_actor, services, rejection, keep, eventually):
    view = keep(ClockifyErrorLogView.build(ctx, admin_actor, services))
    await eventually(lambda: len(cells(view.error_table)) == 1)
    (row,) = cells(view.error_table)
    assert (row[REASON], row[EVENT]) == ("Not valid JSON",
                                      "Timer stopped (TIMER_STOPPED)")
    assert row[DETAIL] == "the body is not valid JSON: Expecting ',' delimiter."
    assert view.detail.toPlainText() == ""
    view.error_table.selectRow(0)
    text = view.detail.toPlainText()
    assert "Reason: Not valid JSON" in text and "Expecting ',' delimiter." in text
    assert text.endswith('{"id": "6260fee78065a229df4561dd" "description": "broken')
    assert view.detail.isReadOnly()


async def test_the_reason_filter_shows_only_that_reason(ctx, admin_actor, services, rejection,
                                                       failed_delivery, keep, eventually):
    view = keep(ClockifyErrorLogView.build(ctx, admin_actor, services))
    await eventually(lambda: len(cells(view.error_table)) == 2)
    view.reason.setCurrentIndex(view.reason.findData("processing_failed"))
    await eventually(lambda: [r[REASON] for r in cells(view.error_table)] ==
                     ["Processing failed"])
    assert "RuntimeError: connection reset while applying" in cells(view.error_table)[0][DETAIL]
    view.reason.setCurrentIndex(view.reason.findData(""))
    await eventually(lambda: len(cells(view.error_table)) == 2)


async def test_reprocess_applies_a_failed_delivery_and_says_how_many(
        ctx, admin_actor, services, failed_delivery, keep, eventually):
    view = keep(ClockifyErrorLogView.build(ctx, admin_actor, services))
    await eventually(lambda: len(cells(view.failed_table)) == 1)
    assert view.failed_status.text() == "1 failed delivery."
    assert view.reprocess_button.isVisible() and view.reprocess_button.isEnabled()
    view.reprocess_button.click()
    await eventually(lambda: view.result.property("role") == "success")
    assert view.result.text() == "Reprocessed 1: 1 applied, 0 ignored, 0 still failing."
    assert inbox.get_delivery(ctx.db, admin_actor, failed_delivery.id).status == "processed"
    session = queries.get_session_by_clockify_id(ctx.db, admin_actor, "bbbbbbbbbbbbbbbbbbbb0001")
    assert session.duration_seconds == 25 * 60
    await eventually(lambda: cells(view.failed_table) == [])
    assert view.failed_status.text() == "No failed delivery."
    assert not view.reprocess_button.isEnabled()


async def test_a_delivery_that_fails_again_is_reported_as_still_failing(
        ctx, admin_actor, services, failed_delivery, keep, eventually, monkeypatch):
    def still_broken(*args, **kwargs):
        raise RuntimeError("still broken")

    view = keep(ClockifyErrorLogView.build(ctx, admin_actor, services))
    await eventually(lambda: view.reprocess_button.isEnabled())
    monkeypatch.setattr(inbox, "apply_entry", still_broken)
    view.reprocess_button.click()
    await eventually(lambda: view.result.property("role") == "error")
    assert view.result.text() == "Reprocessed 1: 0 applied, 0 ignored, 1 still failing."
    await eventually(lambda: "RuntimeError: still broken" in (cells(view.failed_table) or
                                                              [[""] * 4])[0][3])


async def test_a_viewer_sees_failed_deliveries_but_cannot_reprocess(
        ctx, viewer, services, failed_delivery, keep, eventually):
    view = keep(ClockifyErrorLogView.build(ctx, viewer, services))
    await eventually(lambda: len(cells(view.failed_table)) == 1)
    assert view.reprocess_button.isHidden() and not view.reprocess_button.isEnabled()
    view.start_reprocess()
    await asyncio.sleep(0.2)  # nothing was started: no job to wait for
    assert inbox.get_delivery(ctx.db, viewer, failed_delivery.id).status == "failed"


async def test_an_empty_log_says_no_errors_and_a_filter_that_hides_all_offers_every_reason(
        ctx, admin_actor, services, keep, eventually):
    view = keep(ClockifyErrorLogView.build(ctx, admin_actor, services))
    await eventually(lambda: view.empty.isVisible())
    assert view.empty.message.text().startswith("No errors: every request Clockify sent was "
                                                "accepted.")
    assert not view.empty.button.isVisible() and not view.error_table.isVisible()
    inbox.log_rejection(ctx.db, "too_large", "the body is larger than 1 MB.", b"{",
                        event_type=None)
    view.refresh()
    await eventually(lambda: view.error_table.isVisible())
    assert not view.empty.isVisible() and len(cells(view.error_table)) == 1
    view.reason.setCurrentIndex(view.reason.findData("malformed_json"))
    await eventually(lambda: view.empty.isVisible())
    assert view.empty.message.text() == "No error of this kind."
    assert view.empty.button.text() == "Show all reasons"
    view.empty.button.click()
    await eventually(lambda: view.error_table.isVisible())
    assert view.reason.currentData() == "" and len(cells(view.error_table)) == 1
