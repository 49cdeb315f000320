"""Keyboard habits of the main window: F5 refreshes the page in front, Ctrl+F goes to its search
field, and Help > Keyboard shortcuts lists every shortcut of the window's actions.

The page in front: the current tab, or within a tab made of pages (a `pages` QTabWidget: Turns,
Clockify, Punches…) its current page. A page refreshes through its `refresh()` or `reload()`
(callable without arguments); its search field is a visible QLineEdit whose object name says
"search" (ticketSearch, filterSearch, employeeSearch…)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

REFRESH_METHODS = ("refresh", "reload")
NATIVE = QKeySequence.SequenceFormat.NativeText


def key_text(keys: str | QKeySequence) -> str:
    """Keys as people read them in their language, each modifier by the one name the office
    uses ("Ctrl+Mayús+Q" in Spanish, where Qt's own words are "Control+Mayúsculas+Q")."""
    ours = {QKeySequence(f"{modifier}+A").toString(NATIVE).rsplit("+", 1)[0]: name
            for modifier, name in (("Ctrl", QCoreApplication.translate("Keys", "Ctrl")),
                                   ("Shift", QCoreApplication.translate("Keys", "Shift")),
                                   ("Alt", QCoreApplication.translate("Keys", "Alt")))}
    native = QKeySequence(keys).toString(NATIVE)
    return ", ".join("+".join(ours.get(part, part) for part in chord.split("+"))
                     for chord in native.split(", "))


def page_in_front(widget: QWidget | None) -> QWidget | None:
    """`widget`, or the page in front inside it (through nested `pages` tab widgets)."""
    while widget is not None:
        pages = getattr(widget, "pages", None)
        if not isinstance(pages, QTabWidget) or pages.currentWidget() is None:
            return widget
        widget = pages.currentWidget()
    return None


def refresh_of(page: QWidget | None) -> Callable[[], object] | None:
    """The page's refresh()/reload(), or None when it has neither."""
    for name in REFRESH_METHODS:
        method = getattr(page, name, None)
        if callable(method):
            return method
    return None


def search_field(page: QWidget | None) -> QLineEdit | None:
    """The page's visible search field, or None."""
    if page is None:
        return None
    for field in page.findChildren(QLineEdit):
        if "search" in field.objectName().lower() and field.isVisible():
            return field
    return None


def plain(text: str) -> str:
    """An action's text as read in a list: no mnemonic '&', no trailing '…'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def window_shortcuts(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) of `actions` and of the actions of their menus, each once, in
    order; actions without a shortcut or a text are left out."""
    found: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(items: Iterable[QAction]) -> None:
        for action in items:
            if id(action) in seen:
                continue
            seen.add(id(action))
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            keys = [key_text(key) for key in action.shortcuts() if not key.isEmpty()]
            if keys and plain(action.text()):
                found.append((", ".join(keys), plain(action.text())))

    walk(actions)
    return found


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: a two-column list (keys, action)."""

    def __init__(self, parent: QWidget, shortcuts: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table = QTableWidget(len(shortcuts), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read, no current cell
        for row, (keys, what) in enumerate(shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        rows = self.table.verticalHeader().length() + header.height()
        self.resize(460, min(560, rows + 90))
