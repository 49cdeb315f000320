"""tests/qt_untranslated.py finds what a Spanish screen shows in English: a source string of the
.ts, a template of one filled in, a raw code alone or leading a text; never Spanish, data, a
language's own name, nor an event's code in brackets after its translated name."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget
from qt_untranslated import english_texts, untranslated_texts


def test_the_checker_tells_english_from_spanish(qapp, qtbot):
    english = english_texts()
    assert english.is_english("&Save") and english.is_english("3 webhooks registered.")
    assert english.is_english("NEW_TIMER_STARTED") and english.is_english("pending")
    assert english.is_english("TIMER_STOPPED: its start was not received")
    assert not english.is_english("Guardar") and not english.is_english("Marta Gerente")
    assert not english.is_english("Temporizador iniciado (NEW_TIMER_STARTED)")
    assert not english.is_english("English") and not english.is_english("2026-12-01 10:00")
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Guardado."))
    layout.addWidget(QPushButton("Cancel"))
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Estado", "Event type"])
    model.setItem(0, 0, QStandardItem("under_review"))
    model.setItem(0, 1, QStandardItem("Temporizador detenido (TIMER_STOPPED)"))
    table = QTableView()
    table.setObjectName("sessions")
    table.setModel(model)
    layout.addWidget(table)
    hidden = QLabel("Save")
    layout.addWidget(hidden)
    hidden.hide()
    page.show()
    assert untranslated_texts(page, english) == [
        "button of QPushButton: 'Cancel'", "cell of sessions: 'under_review'",
        "header of QHeaderView: 'Event type'"]
