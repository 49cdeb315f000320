"""The Settings dialog (File > Settings, Ctrl+,): a list of categories on the left (This
computer, Integrations, Mail) and their pages on the right, each page a column of the sections
registered for it (timedesk.ui.connection.sections).

One commit model per page: the sections' forms are saved by the page's Save and put back by its
Revert, and "Unsaved changes" says when there is something to save. Leaving a page (another
category, Close) with unsaved changes asks first: Save, Discard or Cancel. Actions that act at
once and say so (switch the database, add a webhook, send a test e-mail) keep their buttons.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.ui.connection.sections import (
    PAGE_COMPUTER,
    PAGE_INTEGRATIONS,
    PAGE_MAIL,
    can_manage,
    sections_for,
)
from timedesk.ui.widgets import role_label

log = logging.getLogger(__name__)
MAX_CONTENT_WIDTH = 860
RECHECK_MS, RECHECKS = 250, 40  # a save that finishes later (off the GUI thread): 10 s


def page_titles() -> dict[str, str]:
    """The categories in their order, translated."""
    return {PAGE_COMPUTER: QCoreApplication.translate("SettingsDialog", "This computer"),
            PAGE_INTEGRATIONS: QCoreApplication.translate("SettingsDialog", "Integrations"),
            PAGE_MAIL: QCoreApplication.translate("SettingsDialog", "Mail")}


class SettingsPage(QWidget):
    """One category: its sections in a scrolling column, then Unsaved changes, Revert, Save."""

    def __init__(self, key: str, sections: dict[str, QWidget], boxes: list[QGroupBox],
                 banner: QWidget | None) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"settingsPage_{key}")
        self.sections = sections
        column = QWidget()
        column.setMaximumWidth(MAX_CONTENT_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        if banner is not None:
            layout.addWidget(banner)
        for box in boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        self.dirty_label = role_label(self.tr("Unsaved changes"), "warning")
        self.dirty_label.setObjectName("unsavedChanges")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertButton")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.revert_button.clicked.connect(lambda *_: self.revert())
        self.save_button.clicked.connect(lambda *_: self.save())
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 0, 16, 0)
        footer.addWidget(self.dirty_label, 1)
        footer.addWidget(self.revert_button)
        footer.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(footer)
        self.forms = [w for w in sections.values() if callable(getattr(w, "is_dirty", None))]
        for form in self.forms:
            own_button = getattr(form, "commit_button", None)
            if own_button is not None:
                own_button.hide()  # the page's Save commits
            _watch_edits(form, self.update_state)
        self._rechecks = 0
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._check_saved)
        has_forms = any(getattr(form, "editable", True) for form in self.forms)
        self.revert_button.setVisible(has_forms)
        self.save_button.setVisible(has_forms)
        self.update_state()

    def is_dirty(self) -> bool:
        return any(form.is_dirty() for form in self.forms)  # type: ignore[attr-defined]

    def update_state(self, *_: Any) -> None:
        dirty = self.is_dirty()
        self.dirty_label.setVisible(dirty)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> None:
        """Commit every section with unsaved changes (each says its outcome)."""
        for form in self.forms:
            if form.is_dirty():  # type: ignore[attr-defined]
                form.commit()  # type: ignore[attr-defined]
        self.update_state()
        if self.is_dirty():  # saving in the background: the mark goes once it is saved
            self._rechecks = RECHECKS
            self._recheck.start()

    def _check_saved(self) -> None:
        self._rechecks -= 1
        self.update_state()
        if not self.is_dirty() or self._rechecks <= 0:
            self._recheck.stop()

    def revert(self) -> None:
        for form in self.forms:
            form.revert()  # type: ignore[attr-defined]
        self.update_state()


def _watch_edits(form: QWidget, changed: Callable[..., None]) -> None:
    """Call `changed` whenever a field of `form` is edited."""
    for edit in form.findChildren(QLineEdit):
        edit.textChanged.connect(changed)
    for combo in form.findChildren(QComboBox):
        combo.currentIndexChanged.connect(changed)
        combo.editTextChanged.connect(changed)
    for box in form.findChildren(QCheckBox):
        box.toggled.connect(changed)
    for spin in form.findChildren(QAbstractSpinBox):
        if isinstance(spin, QSpinBox):
            spin.valueChanged.connect(changed)


class SettingsDialog(QDialog):
    """Categories on the left, their pages on the right; `sections` by key, as registered."""

    def __init__(self, parent: QWidget | None, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(1000, 640)
        self.categories = QListWidget()
        self.categories.setObjectName("settingsCategories")
        self.categories.setMaximumWidth(200)
        self.stack = QStackedWidget()
        self.sections: dict[str, QWidget] = {}
        self.pages: list[SettingsPage] = []
        by_page: dict[str, list[tuple[str, QGroupBox, QWidget]]] = {}
        for spec in sections_for(actor):
            box = QGroupBox(spec.title())
            box.setObjectName(f"section_{spec.key}")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 8, 4, 4)
            try:
                widget = spec.factory(ctx, actor, services)
            except Exception:  # a broken section must not hide the others
                log.exception("settings section %s could not be built", spec.key)
                widget = role_label(self.tr("This section could not be opened; see the log "
                                            "file."), "error")
            inner.addWidget(widget)
            self.sections[spec.key] = widget
            by_page.setdefault(spec.page, []).append((spec.key, box, widget))
        titles = page_titles()
        read_only = not can_manage(actor)
        for key in [*titles, *sorted(set(by_page) - set(titles))]:
            if key not in by_page:
                continue
            banner = None
            if read_only:
                banner = role_label(self.tr("You can see these settings; only an administrator "
                                            "or a manager can change them."), "banner")
                banner.setObjectName("readOnlyBanner")
            page = SettingsPage(key, {k: w for k, _, w in by_page[key]},
                                [b for _, b, _ in by_page[key]], banner)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.categories.addItem(titles.get(key, key))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.categories)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self._shown_row = 0
        self.asking: QMessageBox | None = None
        self.categories.setCurrentRow(0)
        self.categories.currentRowChanged.connect(self._row_chosen)

    def page(self, key: str) -> SettingsPage | None:
        return next((p for p in self.pages if p.key == key), None)

    def current_page(self) -> SettingsPage | None:
        return self.pages[self._shown_row] if self.pages else None

    def show_page(self, key: str) -> bool:
        """Bring the page `key` to the front (asking first if this one has unsaved changes)."""
        page = self.page(key)
        if page is None:
            return False
        self.categories.setCurrentRow(self.pages.index(page))
        return True

    def _row_chosen(self, row: int) -> None:
        if row == self._shown_row or row < 0:
            return
        current = self.current_page()
        if current is not None and current.is_dirty():
            self._back_to(self._shown_row)
            self.ask_unsaved(current, lambda: self._go_to(row))
            return
        self._go_to(row)

    def _back_to(self, row: int) -> None:
        self.categories.blockSignals(True)
        self.categories.setCurrentRow(row)
        self.categories.blockSignals(False)

    def _go_to(self, row: int) -> None:
        self._shown_row = row
        self._back_to(row)
        self.stack.setCurrentIndex(row)

    def ask_unsaved(self, page: SettingsPage, then: Callable[[], None]) -> QMessageBox:
        """Save, Discard or Cancel the unsaved changes of `page`; `then()` unless Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), self.tr(
            "The page \u201c{page}\u201d has unsaved changes.").format(
                page=page_titles().get(page.key, page.key)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedChangesQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(button: QAbstractButton) -> None:
            choice = box.standardButton(button)
            if choice == QMessageBox.StandardButton.Save:
                page.save()
            elif choice == QMessageBox.StandardButton.Discard:
                page.revert()
            else:
                return
            then()

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.asking = box
        box.open()  # never exec(): we run inside the asyncio loop
        return box

    def reject(self) -> None:
        """Close (Esc, the window's close button): first ask about unsaved changes."""
        current = self.current_page()
        if current is not None and current.is_dirty():
            self.ask_unsaved(current, super().reject)
            return
        super().reject()
