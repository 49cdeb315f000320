"""A read-only table model over a list of plain rows (frozen dataclasses), described by
columns, and the sortable QTableView the Clockify admin screens show it in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from timedesk.ui.window_state import fit_once, remember_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]  # translated when the model is built
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # defaults to the text
    align_right: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    header_tip: Callable[[], str] | None = None  # the header's tooltip: its title in full


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._titles = [c.title() for c in self._columns]
        self._tips = [c.header_tip() if c.header_tip is not None else None
                      for c in self._columns]
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            key = column.sort(row) if column.sort is not None else column.text(row)
            return _sortable(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None


def _sortable(key: Any) -> Any:
    # Qt compares QVariants: datetimes and None do not sort, numbers and strings do
    if key is None:
        return ""
    if isinstance(key, datetime):
        return key.timestamp()
    if isinstance(key, bool):
        return int(key)
    return key


MAX_FITTED_WIDTH = 320


def proxy_of(table: QTableView) -> QSortFilterProxyModel:
    """The sorting proxy that rows_table put between `table` and its model."""
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return proxy


def rows_table(model: RowsModel, object_name: str, stretch: int | None = None,
               ctx: Any = None) -> QTableView:
    """A sortable, whole-row-selecting, read-only view of `model` (via a proxy); column
    `stretch` takes the width left (the last one when None). Columns fit their content each
    time the model is reset. Given the app's `ctx`, the table keeps the column widths and sort
    a person gave it on this PC, under its object name (window_state.remember_table)."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(proxy)
    proxy.setParent(table)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order at first
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: fit_columns(table))
    if ctx is not None:
        remember_table(table, ctx)
    return table


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their content and title, none wider than MAX_FITTED_WIDTH (unless a
    person sized them: window_state.fit_once)."""
    fit_once(table, lambda: _fit(table))


def _fit(table: QTableView) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > MAX_FITTED_WIDTH and \
                header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(column, MAX_FITTED_WIDTH)


def selected_row(table: QTableView, model: RowsModel) -> Any | None:
    """The row object selected in `table` (through its proxy), or None."""
    indexes = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not indexes:
        return None
    source = proxy_of(table).mapToSource(indexes[0])
    return model.rows[source.row()] if source.isValid() else None


def select_where(table: QTableView, model: RowsModel, match: Callable[[Any], bool]) -> bool:
    """Select the first row object for which `match(row)` holds; False when there is none."""
    for number, row in enumerate(model.rows):
        if match(row):
            table.selectRow(proxy_of(table).mapFromSource(model.index(number, 0)).row())
            return True
    return False

