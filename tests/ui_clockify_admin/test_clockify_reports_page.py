"""The Clockify tab's Reports page (issue 17): a period's report written as a job with progress
for one user or everyone; "send now" of a finished week through the outbox; only managers
see "send now"."""

from __future__ import annotations

from datetime import UTC, datetime

from clockify_admin_helpers import member, work
from PySide6.QtCore import QDate

from timedesk.mail import list_outbox
from timedesk.ui.clockify.reports_page import CUSTOM, ClockifyReportsPage

JP = member("625cf4a6a7d9d34012f70de1", "JP Weijers")
ANA = member("625cf4a6a7d9d34012f70a11", "Ana Torres")
MONDAY = datetime(2025, 6, 16, 8, tzinfo=UTC)


def seed(ctx):
    ctx.settings.override("office.timezone", "UTC")
    work(ctx.db, ctx.bus, "aaaaaaaaaaaaaaaaaaaa0001", JP, MONDAY, 90)
    work(ctx.db, ctx.bus, "aaaaaaaaaaaaaaaaaaaa0002", ANA, MONDAY.replace(day=17), 30)


async def page_with_users(ctx, actor, services, keep, eventually):
    page = keep(ClockifyReportsPage.build(ctx, actor, services))
    await eventually(lambda: page.user.count() == 3)
    page.preset.setCurrentIndex(page.preset.findData(CUSTOM))
    page.start.setDate(QDate(2025, 6, 16))
    page.end.setDate(QDate(2025, 6, 22))
    return page


async def test_a_users_report_is_written_as_a_job(ctx, admin_actor, services, keep, eventually,
                                                  tmp_path):
    seed(ctx)
    page = await page_with_users(ctx, admin_actor, services, keep, eventually)
    page.user.setCurrentIndex(page.user.findData(JP["id"]))
    page.format.setCurrentIndex(page.format.findData("csv"))
    page.language.setCurrentIndex(page.language.findData("en"))
    page.write_to(tmp_path / "jp.csv")
    await eventually(lambda: page.status.text().startswith("Report written to"))
    text = (tmp_path / "jp.csv").read_text(encoding="utf-8-sig")
    assert "JP Weijers" in text and "Ana Torres" not in text
    assert page.write_button.isEnabled()


async def test_an_unfinished_period_cannot_be_sent_and_a_finished_one_is_queued(
        ctx, admin_actor, services, keep, eventually):
    seed(ctx)
    ctx.settings.override("mail.enabled", True)
    ctx.settings.override("mail.coordination", "coordinacion@oficina.example")
    page = await page_with_users(ctx, admin_actor, services, keep, eventually)
    page.send_kind.setCurrentIndex(page.send_kind.findData("monthly"))
    page.send_day.setDate(QDate(2999, 1, 1))
    page.send_button.click()
    await eventually(lambda: "has not ended yet" in page.send_status.text())
    page.send_kind.setCurrentIndex(page.send_kind.findData("weekly"))
    page.send_day.setDate(QDate(2025, 6, 18))
    page.send_button.click()
    await eventually(lambda: page.send_status.text() == "1 e-mails queued; the outbox sends "
                     "them.")
    [mail] = list_outbox(ctx.db, admin_actor)
    assert mail["key"].startswith("clockify:report:weekly:2025-06-16:sent:")


async def test_send_now_is_for_managers_only(ctx, services, keep, viewer, eventually):
    page = keep(ClockifyReportsPage.build(ctx, viewer, services))
    assert not page.send_box.isVisible() and page.write_button.isVisible()
