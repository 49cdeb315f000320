"""E-mail notices of the session log, end to end: webhook -> session log -> event -> notice in
the outbox -> a real SMTP server (aiosmtpd) on 127.0.0.1."""

from datetime import UTC, datetime, timedelta

from clockify_helpers import T0, deliver, variant
from report_support import COORDINATION

from timedesk.clockify import backfill
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.notices import ClockifyNotices
from timedesk.clockify.overtime import flag_running_overtime
from timedesk.clockify.users import update_user
from timedesk.mail import list_outbox

JP = "625cf4a6a7d9d34012f70de1"  # the 2022 sample's user
EMAIL = "jp@example.com"


def with_email(db, bus, admin_actor, email=EMAIL, **changes):
    backfill.import_members(db, bus, [{"id": JP, "name": "JP Weijers", "email": email}])
    if changes:
        from timedesk.clockify.users import list_users

        user = list_users(db, admin_actor, JP).items[0]
        update_user(db, bus, admin_actor, user.id, **changes)


def outbox(db, admin_actor):
    return sorted(list_outbox(db, admin_actor), key=lambda m: m["id"])


def test_a_stopped_session_sends_one_mail_to_its_user(ctx, db, bus, admin_actor, mail_on,
                                                       notices, send_queued):
    with_email(db, bus, admin_actor)
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))
    assert send_queued().sent == 1
    assert mail_on.wait_for(1)
    (message,) = mail_on.messages
    assert message["To"] == EMAIL
    assert message["Subject"] == "Sesión finalizada: cloud practitioner (0:30:00)"
    body = message.get_body(("plain",)).get_content()
    assert "Proyecto: Kabisa - Persoonlijke Ontwikkeling / Research / Zelfstudie #8494" in body
    assert "Inicio: 16/06/2025 08:00 (UTC)" in body  # no zone in 2022 bodies: the office's


def test_an_edit_beyond_the_tolerance_tells_the_user_and_alerts_coordination(
        ctx, db, bus, admin_actor, mail_on, notices, send_queued):
    with_email(db, bus, admin_actor)
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=T0, minutes=90))
    send_queued()
    assert mail_on.wait_for(3)
    by_subject = {m["Subject"]: m for m in mail_on.messages}
    edited = by_subject["Sesión modificada: cloud practitioner"]
    alert = by_subject["Revisión necesaria: sesión de JP Weijers"]
    assert edited["To"] == EMAIL and alert["To"] == COORDINATION
    assert ("Cambios: Fin: 16/06/2025 08:30 (UTC) → 16/06/2025 09:30 (UTC); "
            "Duración: 0:30:00 → 1:30:00") in edited.get_body(("plain",)).get_content()
    assert "modificación n.º 1" in alert.get_body(("plain",)).get_content()


def test_backfilled_entries_send_no_notice(ctx, db, bus, admin_actor, mail_on, notices):
    with_email(db, bus, admin_actor)
    rest = {"id": "b" * 24, "userId": JP, "description": "missed",
            "timeInterval": {"start": "2025-06-16T08:00:00Z", "end": "2025-06-16T14:00:00Z"}}
    result = backfill.backfill_entries(db, bus, [rest], rules=ClockifyRules())
    assert result.outcomes == {"created": 1}  # 6 h: overtime, yet nobody is told
    assert outbox(db, admin_actor) == []


def test_a_duplicate_delivery_or_a_second_workstation_queues_one_mail(
        ctx, db, bus, admin_actor, mail_on, notices, send_queued):
    with_email(db, bus, admin_actor)
    other_workstation = ClockifyNotices(db, bus, ctx.settings)
    other_workstation.attach()
    try:
        body = variant(start=T0, minutes=30)
        deliver(db, bus, "TIMER_STOPPED", body)
        deliver(db, bus, "TIMER_STOPPED", body)
    finally:
        other_workstation.detach()
    assert len(outbox(db, admin_actor)) == 1
    send_queued()
    assert mail_on.wait_for(1) and len(mail_on.messages) == 1


def test_overtime_goes_to_the_user_and_coordination_and_opted_out_users_are_left_out(
        ctx, db, bus, admin_actor, mail_on, notices, send_queued):
    with_email(db, bus, admin_actor, notify=False)
    start = datetime.now(UTC) - timedelta(hours=6)
    deliver(db, bus, "NEW_TIMER_STARTED", variant(start=start, end=None))
    flag_running_overtime(db, bus, rules=ClockifyRules())
    mails = outbox(db, admin_actor)
    assert [(m["subject"].split(":")[0], m["to"]) for m in mails] == [
        ("Horas extra", [COORDINATION])]  # no "started" mail: notices are off for JP
    assert mails[0]["subject"].startswith("Horas extra: JP Weijers, 6:0")


def test_a_delete_goes_to_the_user_and_coordination_in_english_when_configured(
        ctx, db, bus, admin_actor, mail_on, notices):
    ctx.settings.override("clockify.notice_language", "en")
    with_email(db, bus, admin_actor)
    body = variant(start=T0, minutes=30)
    deliver(db, bus, "TIMER_STOPPED", body)
    deliver(db, bus, "TIME_ENTRY_DELETED", body)
    deleted = [m for m in outbox(db, admin_actor) if "deleted" in m["subject"]]
    assert [(m["subject"], m["to"]) for m in deleted] == [
        ("Session deleted: cloud practitioner", [EMAIL, COORDINATION])]


def test_a_manual_entry_notices_the_user_and_asks_coordination_for_review(
        ctx, db, bus, admin_actor, mail_on, notices):
    with_email(db, bus, admin_actor)
    deliver(db, bus, "NEW_TIME_ENTRY", variant(start=T0, minutes=30))
    assert [(m["subject"], m["to"]) for m in outbox(db, admin_actor)] == [
        ("Sesión creada manualmente: cloud practitioner", [EMAIL]),
        ("Revisión necesaria: sesión de JP Weijers", [COORDINATION])]


def test_nothing_is_queued_while_mail_is_off_or_without_a_known_address(
        ctx, db, bus, admin_actor, mail_on, notices):
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))  # no e-mail known yet
    ctx.settings.override("mail.enabled", False)
    with_email(db, bus, admin_actor)
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30, id="c" * 24))
    assert outbox(db, admin_actor) == []


def test_stop_unsubscribes_so_later_events_queue_nothing(ctx, db, bus, admin_actor, mail_on):
    with_email(db, bus, admin_actor)
    running = ClockifyNotices(db, bus, ctx.settings)
    running.attach()
    running.detach()
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))
    assert outbox(db, admin_actor) == [] and not running.running


def test_a_decision_is_mailed_to_the_user_with_its_note_unless_they_opted_out(
        ctx, db, bus, admin_actor, mail_on, notices, send_queued):
    """Issue 17: approved/rejected with the note; the user's notices flag is the opt-out."""
    from timedesk.clockify.queries import get_session_by_clockify_id
    from timedesk.clockify.review import approve_session, reject_session
    from timedesk.clockify.users import list_users

    with_email(db, bus, admin_actor)
    deliver(db, bus, "TIMER_STOPPED", variant(start=T0, minutes=30))
    deliver(db, bus, "TIME_ENTRY_UPDATED", variant(start=T0, minutes=90))
    session_id = get_session_by_clockify_id(db, admin_actor, variant()["id"]).id
    before = len(outbox(db, admin_actor))
    reject_session(db, bus, admin_actor, session_id, "the meeting ended at 9:00")
    decided = outbox(db, admin_actor)[before:]
    assert [(m["subject"], m["to"]) for m in decided] == [
        ("Sesión rechazada: cloud practitioner", [EMAIL])]
    assert decided[0]["key"].startswith(f"clockify:session:{session_id}:event:")
    send_queued()
    assert mail_on.wait_for(before + 1)
    body = next(m for m in mail_on.messages if m["Subject"].startswith("Sesión rechazada"))
    assert "Nota: the meeting ended at 9:00" in body.get_body(("plain",)).get_content()
    user = list_users(db, admin_actor, JP).items[0]
    update_user(db, bus, admin_actor, user.id, notify=False)
    approve_session(db, bus, admin_actor, session_id, "fine after all")
    assert len(outbox(db, admin_actor)) == before + 1  # opted out: no mail
