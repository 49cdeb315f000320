"""What people read when something failed (timedesk.ui.errors): every typed error says what
went wrong and what to do, in their language; a foreign error never shows its own text."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel

from timedesk.errors import DatabaseUnavailable, ValidationError
from timedesk.sesame.errors import SesameTimeout
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
