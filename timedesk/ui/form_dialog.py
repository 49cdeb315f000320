"""Dialogs that edit something through a service: the form's Save emits `submitted(values)`,
the caller stores them off the GUI thread and either closes the dialog or shows the service's
refusal in it (the form stays as typed). `open_form` does the caller's part: open() (never
exec(): the qasync loop must keep running), store, close, forget."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QWidget

from timedesk.ui.errors import describe_error
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import role_label, show_message


class FormDialog(QDialog):
    """`submitted(dict)` when Save is pressed and `values()` has something to store; `error`
    and `buttons` go at the foot of the layout (add them with `add_foot`)."""

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None, min_width: int = 440) -> None:
        super().__init__(parent)
        self.setMinimumWidth(min_width)
        self.error = role_label("", "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def add_foot(self, layout: QLayout) -> None:
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict | None:
        """What to store; {} closes the dialog (nothing changed); None keeps it open (the
        subclass showed what is missing)."""
        raise NotImplementedError

    def submit(self) -> None:
        values = self.values()
        if values is None:
            return
        if not values:
            self.reject()
            return
        self.set_busy(True)
        self.submitted.emit(values)

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        show_message(self.error, text, "error")


def open_form(owner: Any, dialog: FormDialog, store: Callable[[dict], Any],
              saved: Callable[[Any], None], *, jobs: Any, title: str) -> FormDialog:
    """Open `dialog`, kept as `owner.dialog` until it finishes (then deleted). Each submission
    runs `store(values)` off the GUI thread: on success the dialog closes and `saved(result)`
    runs; a refusal is shown in the dialog."""

    def submitted(values: dict) -> None:
        def done(result: Any) -> None:
            dialog.accept()
            saved(result)

        run_in_background(dialog, lambda progress: store(values), done,
                          lambda exc: dialog.show_error(describe_error(exc).text()),
                          jobs=jobs, title=title)

    def finished(_code: int) -> None:
        if owner.dialog is dialog:
            owner.dialog = None
        dialog.deleteLater()

    dialog.submitted.connect(submitted)
    dialog.finished.connect(finished)
    owner.dialog = dialog
    dialog.open()
    return dialog
