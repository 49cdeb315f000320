"""A filter list with check boxes (employees, offices, departments): nothing ticked means all.
A search field narrows long lists; ticks survive a reload of the choices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.ui.widgets import role_label

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_HEIGHT = 100


class ChoiceList(QWidget):
    changed = Signal()

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Untick everything: the report takes them all"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(110)
        self.search.setMaximumWidth(180)
        self.items = QListWidget()
        self.items.setFixedHeight(LIST_HEIGHT)
        self.items.setUniformItemSizes(True)
        self.empty = role_label(empty_text, "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setFixedHeight(LIST_HEIGHT)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.heading)
        top.addWidget(self.clear_button)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.items)
        layout.addWidget(self.empty)
        self.search.textChanged.connect(self._filter)
        self.items.itemChanged.connect(self._ticked)
        self.clear_button.clicked.connect(self.clear)
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(id, label) pairs, shown in the given order."""
        kept = set(self.selected_ids())
        self.items.blockSignals(True)
        self.items.clear()
        for choice_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, choice_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice_id in kept
                               else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        has_choices = bool(choices)
        self.items.setVisible(has_choices)
        self.search.setVisible(has_choices)
        self.empty.setVisible(not has_choices)
        self._filter(self.search.text())
        self._ticked()

    def selected_ids(self) -> tuple[str, ...]:
        return tuple(self.items.item(n).data(ID_ROLE) for n in range(self.items.count())
                     if self.items.item(n).checkState() == Qt.CheckState.Checked)

    def select(self, ids: Sequence[str]) -> None:
        wanted = set(ids)
        for n in range(self.items.count()):
            item = self.items.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def clear(self) -> None:
        self.select(())

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for n in range(self.items.count()):
            item = self.items.item(n)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _ticked(self, *_: object) -> None:
        count = len(self.selected_ids())
        summary = self.tr("all") if not count else self.tr("{count} selected").format(
            count=count)
        self.heading.setText(f"<b>{self._title}</b> · {summary}")
        self.clear_button.setVisible(bool(count))
        self.changed.emit()
