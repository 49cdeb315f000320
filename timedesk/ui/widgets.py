"""Tiny widget helpers shared by dialogs and tabs (labels with a style role, primary buttons,
a Yes / Cancel confirmation, asking where to save)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)


def set_role(widget: QWidget, role: str, *, name: str = "role") -> None:
    """Set a style property (see resources/styles/light.qss) and refresh the style."""
    if widget.property(name) == role:
        return
    widget.setProperty(name, role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def role_label(text: str = "", role: str = "hint", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    set_role(label, role)
    return label


def show_message(label: QLabel, text: str, role: str) -> None:
    """Show `text` in a status label coloured by `role` ('error', 'success', 'hint')."""
    label.setText(text)
    set_role(label, role)
    label.setVisible(bool(text))


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("primary", True)
    button.setDefault(True)
    return button


def short_path(text: str) -> str:
    """Replace the home folder by ~ (status bar, labels)."""
    home = str(Path.home())
    return text.replace(home, "~", 1) if home not in ("", "/") else text


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], object],
            object_name: str) -> QMessageBox:
    """Ask Yes / Cancel (Cancel the default) in a box opened with `open()`, never exec() (the
    qasync loop must keep running); `on_yes()` runs if Yes was pressed. The box deletes itself
    once answered."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName(object_name)

    def finished(_code: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


def ask_save_path(parent: QWidget, title: str, suggested: str,
                  on_path: Callable[[str], object], suffix: str = "") -> QFileDialog:
    """Ask where to save in a dialog opened with `open()`, never exec() (the qasync loop must
    keep running); `on_path(path)` once one is chosen. The dialog deletes itself when it
    closes; keep the returned reference while it is open."""
    dialog = QFileDialog(parent, title, suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(on_path)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


MenuEntry = QAbstractButton | tuple[str, Callable[[], object]]


def context_menu(view: QAbstractItemView, entries: Callable[[], list[MenuEntry]]) -> None:
    """Right-click on `view` offers `entries()` (built when asked, so that they follow the
    selection): a page's own buttons (their text, their state, a click) or (text, action)
    pairs. The row under the mouse is selected first, as file managers do."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(at: QPoint) -> None:
        index = view.indexAt(at)
        selection = view.selectionModel()
        if index.isValid() and selection is not None and not selection.isRowSelected(
                index.row(), index.parent()):
            view.setCurrentIndex(index)  # the row, in a view that selects rows
        menu = QMenu(view)
        menu.setObjectName("contextMenu")
        for entry in entries():
            if isinstance(entry, QAbstractButton):
                if entry.isHidden():  # hidden on purpose (not this person's)
                    continue
                action = menu.addAction(entry.text().replace("&", ""))
                action.setEnabled(entry.isEnabled())
                action.triggered.connect(entry.click)
            else:
                text, do = entry
                menu.addAction(text).triggered.connect(lambda _=False, do=do: do())
        menu.popup(view.viewport().mapToGlobal(at))
        view.context_menu = menu  # type: ignore[attr-defined]  # for tests and to keep it alive

    view.customContextMenuRequested.connect(show)
