"""Buttons in a row of a settings form keep apart (the review: Sesame's "Test connection" and
"Save" touched, 0 px apart)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from timedesk.ui.connection.secret_form import form_grid


def test_the_buttons_of_a_form_row_keep_apart(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    buttons = QHBoxLayout()
    test, save = QPushButton("Test connection"), QPushButton("Save")
    buttons.addStretch(1)
    buttons.addWidget(test)
    buttons.addWidget(save)
    page.setLayout(form_grid([("Token:", QLineEdit()), (None, buttons)]))
    page.resize(600, 200)
    page.show()
    qtbot.waitExposed(page)
    assert save.geometry().left() - test.geometry().right() >= 6
