"""A session's history shows the notes the service stores (in English, for the record) as
sentences in the interface's language, and event types as "name (CODE)": rows written before
this change read the same, since the stored notes are recognised, not migrated."""

from __future__ import annotations

import pytest
from qt_untranslated import english_texts

from timedesk.ui.clockify.event_names import event_text
from timedesk.ui.clockify.sessions_history import note_text
from timedesk.ui.i18n import install_translators, remove_translators

# (as stored by timedesk.clockify.sessions / manual / review / overtime, as read in English)
NOTES = [
    ("NEW_TIMER_STARTED", "Timer started (NEW_TIMER_STARTED)"),
    ("TIMER_STOPPED: its start was not received",
     "Timer stopped (TIMER_STOPPED): its start was not received"),
    ("NEW_TIME_ENTRY: entry made by hand, under review",
     "Entry added by hand (NEW_TIME_ENTRY): entry made by hand, under review"),
    ("TIME_ENTRY_UPDATED: edit of an unseen entry, under review",
     "Entry changed (TIME_ENTRY_UPDATED): change of an entry timedesk had not seen, under review"),
    ("TIME_ENTRY_DELETED: delete of an entry timedesk had not seen",
     "Entry deleted (TIME_ENTRY_DELETED): delete of an entry timedesk had not seen"),
    ("TIME_ENTRY_UPDATED: change needs review",
     "Entry changed (TIME_ENTRY_UPDATED): the change needs review"),
    ("BACKFILL: first small correction, accepted",
     "Read back from Clockify (BACKFILL): first small correction, accepted"),
    ("approved", "Approved"),
    ("rejected: Nobody works 90 minutes on this", "Rejected: “Nobody works 90 minutes on this”"),
    ("created by hand in timedesk, under review: forgot to start: the timer",
     "Recorded by hand in timedesk, under review: “forgot to start: the timer”"),
    ("edited in timedesk (change needs review): typo", "Corrected in timedesk (the change needs "
                                                       "review): “typo”"),
    ("edited in timedesk: entered twice", "Corrected in timedesk: “entered twice”"),
    ("deleted in timedesk: entered twice", "Deleted in timedesk: “entered twice”"),
    ("running longer than 5.5 h", "Running longer than 5.5 h"),
]


@pytest.mark.parametrize(("stored", "shown"), NOTES)
def test_every_stored_note_reads_as_a_sentence(qapp, stored, shown):
    assert note_text(stored) == shown


def test_a_note_it_does_not_know_and_no_note_are_shown_as_stored(qapp):
    assert note_text("TIMER_STOPPED: something new") == "TIMER_STOPPED: something new"
    assert note_text("imported from the old program") == "imported from the old program"
    assert note_text(None) == note_text("") == ""
    assert event_text("PROJECT_CREATED") == "PROJECT_CREATED" and event_text(None) == ""


def test_in_spanish_no_note_nor_event_name_is_english(qapp):
    translators = install_translators(qapp, "es")
    try:
        english = english_texts()
        shown = [note_text(stored) for stored, _ in NOTES]
        assert [text for text in shown if english.is_english(text)] == []
        assert shown[1] == "Temporizador detenido (TIMER_STOPPED): no se recibió su inicio"
        assert shown[8] == "Rechazada: «Nobody works 90 minutes on this»"
        assert event_text("TIME_ENTRY_UPDATED") == "Entrada modificada (TIME_ENTRY_UPDATED)"
    finally:
        remove_translators(qapp, translators)
