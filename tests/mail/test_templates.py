"""Templates render in Spanish and English with every placeholder filled, safely."""

from __future__ import annotations

import pytest

from timedesk.errors import ValidationError
from timedesk.mail import render
from timedesk.mail.templates import LANGUAGES, TEMPLATES, placeholders

NOTICES = ["session_started", "session_stopped", "session_created_manually", "session_edited",
           "session_under_review", "session_deleted", "overtime", "report_attached"]
TICKETS = ["ticket_new", "ticket_assigned", "ticket_comment", "ticket_resolved",
           "ticket_breached"]


def sample_values(name: str) -> dict[str, str]:
    return {key: f"«{key}-value»" for key in placeholders(name)}


@pytest.mark.parametrize("name", NOTICES + TICKETS + ["test_email"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_renders_in_both_languages_with_every_placeholder_filled(name, lang):
    values = sample_values(name)
    mail = render(name, lang, **values)
    assert mail.language == lang
    for text in (mail.subject, mail.text, mail.html):
        assert "${" not in text and "$" not in text
    for value in values.values():
        assert value in mail.subject + mail.text
        assert value in mail.html


def test_the_notices_the_clockify_module_needs_exist_with_their_session_fields():
    assert set(NOTICES) <= set(TEMPLATES)
    for name in NOTICES[:-1]:
        assert {"user", "description", "project", "start"} <= placeholders(name)
    assert {"end", "duration"} <= placeholders("session_stopped")
    assert "threshold" in placeholders("overtime") and "reason" in placeholders(
        "session_under_review")


def test_spanish_and_english_differ_and_spanish_keeps_its_accents():
    values = sample_values("session_stopped")
    es, en = render("session_stopped", "es", **values), render("session_stopped", "en", **values)
    assert es.subject.startswith("Sesión finalizada") and en.subject.startswith("Session stopped")
    assert "Duración:" in es.text and "Duration:" in en.text


def test_a_missing_placeholder_is_an_error_naming_it():
    values = sample_values("session_stopped")
    del values["project"], values["duration"]
    with pytest.raises(ValidationError, match="needs a value for: duration, project"):
        render("session_stopped", "es", **values)


def test_none_prints_as_a_dash_for_a_session_without_project():
    values = sample_values("session_started") | {"project": None}
    assert "Proyecto: —" in render("session_started", "es", **values).text


def test_values_are_not_expanded_again_and_are_html_escaped():
    values = sample_values("session_started") | {
        "description": "Fix ${user} & <script>alert(1)</script> {0} $$"}
    mail = render("session_started", "en", **values)
    assert "Fix ${user} & <script>alert(1)</script> {0} $$" in mail.text
    assert "<script>" not in mail.html and "&lt;script&gt;" in mail.html
    assert "Fix ${user} &amp; " in mail.html


def test_a_line_break_in_a_value_never_reaches_the_subject():
    values = sample_values("session_started") | {"description": "line one\r\nBcc: x@evil.example"}
    subject = render("session_started", "es", **values).subject
    assert "\n" not in subject and "\r" not in subject


def test_language_tags_and_unknown_languages_fall_back_sensibly():
    values = sample_values("session_started")
    assert render("session_started", "en-GB", **values).language == "en"
    assert render("session_started", "es_ES", **values).language == "es"
    assert render("session_started", "fr", **values).language == "es"  # the office's
    assert render("session_started", None, **values).language == "es"


def test_an_unknown_template_lists_the_known_ones():
    with pytest.raises(ValidationError, match="session_started"):
        render("no_such_template", "es")


def test_both_languages_of_a_template_use_the_same_placeholders():
    import string

    for name, languages in TEMPLATES.items():
        found = []
        for subject, body in languages.values():
            found.append({m.group("braced") or m.group("named")
                          for m in string.Template.pattern.finditer(subject + body)
                          if m.group("braced") or m.group("named")})
        assert all(f == found[0] for f in found), name
        assert set(languages) == set(LANGUAGES), name
