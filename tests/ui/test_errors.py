"""What people read when something failed (timedesk.ui.errors): every typed error says what
went wrong and what to do, in their language; a foreign error never shows its own text."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import Conflict, DatabaseUnavailable, ValidationError
from timedesk.sesame.errors import SesameTimeout
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue
from timedesk.ui.errors import describe_error, show_error

SECRET = "hunter2-very-secret"


def test_a_typed_error_says_its_message_and_hint():
    explained = describe_error(ValidationError("port must be between 1 and 65535.",
                                               "Type a number such as 587."))
    assert explained.what == "Port must be between 1 and 65535."
    assert explained.what_to_do == "Type a number such as 587."
    assert explained.detail == ""


def test_a_domain_error_gets_its_own_words_and_keeps_the_cause_as_detail():
    explained = describe_error(SesameTimeout("no answer within 30 s."))
    assert explained.what == "Sesame did not answer in time."
    assert "sesame.timeout_s" in explained.what_to_do
    assert explained.text().endswith("Details: no answer within 30 s.")


def test_a_foreign_error_never_shows_its_text_and_goes_to_the_log(caplog):
    with caplog.at_level(logging.ERROR):
        explained = describe_error(RuntimeError(f"backend said: password={SECRET}"))
    assert SECRET not in explained.text()
    assert explained.what == "Something unexpected went wrong."
    assert explained.detail == "RuntimeError"
    assert any(record.exc_info for record in caplog.records)


def test_the_texts_are_translated(qapp):
    from timedesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        explained = describe_error(DatabaseUnavailable("connection refused on port 5432."))
        foreign = describe_error(KeyError("x"))
    finally:
        remove_translators(qapp, translators)
    assert explained.what == "No se puede conectar con la base de datos."
    assert explained.detail == "connection refused on port 5432."
    assert foreign.what == "Ha ocurrido algo inesperado."


def test_show_error_puts_the_explanation_in_an_error_label(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    show_error(label, ValidationError("the address is empty.", "Type one."),
               "The test e-mail was not sent:")
    assert label.text() == "The test e-mail was not sent: The address is empty. Type one."
    assert label.property("role") == "error" and label.isVisible()


def test_a_cancelled_job_just_says_so():
    from timedesk.jobs import JobCancelled

    explained = describe_error(JobCancelled())
    assert (explained.what, explained.what_to_do, explained.detail) == ("Cancelled.", "", "")



def _issue_at_a_closed_service(ctx, admin_actor) -> Conflict:
    """A real failure of the turns service: a turn for a service outside its hours."""
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="B", name="Pagos")
    setup.update_service(ctx.db, ctx.bus, admin_actor, "B", hours="08:00-09:00")
    closed = datetime(2026, 12, 1, 3, 0, tzinfo=UTC).astimezone()
    with pytest.raises(Conflict) as caught:
        TurnQueue(ctx.db, ctx.bus, ctx.settings).issue_turn(
            Actor("user", "rita", Role.RECEPTIONIST, 10), "B", now=closed)
    return caught.value


def test_a_service_error_reads_in_spanish_with_its_values_filled_in(qapp, ctx, admin_actor):
    from timedesk.ui.i18n import install_translators, remove_translators

    exc = _issue_at_a_closed_service(ctx, admin_actor)
    translators = install_translators(qapp, "es")
    try:
        spanish = describe_error(exc)
    finally:
        remove_translators(qapp, translators)
    assert spanish.what == ("El servicio B (Pagos) está cerrado ahora (abre de 08:00 a 09:00).")
    assert spanish.what_to_do == "Dé un turno de un servicio abierto o vuelva en su horario."
    english = describe_error(exc)
    assert english.what == "Service B (Pagos) is closed now (open 08:00-09:00)."
    assert english.what_to_do == "Issue a turn for an open service, or come back in its hours."


def test_a_duplicate_user_name_reads_in_spanish(qapp, ctx, admin_actor):
    from timedesk.auth.service import create_user
    from timedesk.ui.i18n import install_translators, remove_translators

    create_user(ctx.db, admin_actor, "rita", "a-long-password-1", Role.RECEPTIONIST)
    with pytest.raises(Conflict) as caught:
        create_user(ctx.db, admin_actor, "rita", "a-long-password-1", Role.RECEPTIONIST)
    translators = install_translators(qapp, "es")
    try:
        spanish = describe_error(caught.value)
    finally:
        remove_translators(qapp, translators)
    assert (spanish.what, spanish.what_to_do) == ("El usuario 'rita' ya existe.",
                                                  "Elija otro nombre.")


class _BadTranslator(QTranslator):
    """A translation that names a value the error does not have, and one that is not a
    template at all."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "ServiceErrors":
            return ""
        return {"desk {desk} is paused.": "el puesto {mesa} está en pausa.",
                "Resume the desk to call turns.": "Reanude {"}.get(source, "")


def test_a_bad_translation_falls_back_to_the_english_text(qapp):
    translator = _BadTranslator()
    qapp.installTranslator(translator)
    try:
        explained = describe_error(Conflict("desk {desk} is paused.",
                                            "Resume the desk to call turns.", desk="3"))
    finally:
        qapp.removeTranslator(translator)
    assert (explained.what, explained.what_to_do) == ("Desk 3 is paused.",
                                                      "Resume the desk to call turns.")


def test_a_refused_punch_reads_in_spanish_with_who_and_since_when(qapp, ctx, admin_actor):
    from timedesk.people import service as people
    from timedesk.punches.service import PunchClock
    from timedesk.ui.i18n import install_translators, remove_translators

    ctx.settings.override("office.timezone", "UTC")
    ana = people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", email="ana@example.com")
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    manager = Actor("user", "mara", Role.MANAGER, None)
    first = clock.punch(manager, ana.id, "in")
    with pytest.raises(Conflict) as caught:
        clock.punch(manager, ana.id, "in")
    since = f"{first.at.astimezone(UTC):%H:%M}"
    assert caught.value.message == f"Ana is already in since {since}."  # the API's and CLI's
    translators = install_translators(qapp, "es")
    try:
        spanish = describe_error(caught.value)
    finally:
        remove_translators(qapp, translators)
    assert (spanish.what, spanish.what_to_do) == (
        f"Ana ya está dentro desde las {since}.", "Fiche antes la salida o no haga nada.")
