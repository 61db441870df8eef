"""The sidebar's filter: the proxy between the report model and the list, the filter
box, and the first report a filtered list shows.

The proxy filters in Qt, not in Python: each report's folded title, number, date and
folder (`FilterTextRole`) is matched against a regular expression that asks for
every word of the filter box. With no filter, Qt asks the model nothing per row
(a filter written in Python was called for each of 10,000 rows at every layout)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from reader.core.text.folding import fold
from reader.gui.widgets.report_tree import (
    NODE_FLAGS,
    REPORT_FLAGS,
    TITLE,
    EntryRole,
    FilterTextRole,
    ReportTreeModel,
)


def filter_pattern(words: list[str], allowed: bool) -> str:
    """A pattern matching a filter text that holds every word ('' when nothing is
    filtered: every row is shown, none asked). A row left out has an empty text."""
    if not words and not allowed:
        return ""
    return "^(?=.)" + "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)


class ReportFilterProxy(QSortFilterProxyModel):
    """Keeps reports whose title, number, date or category contain every word of
    the filter (width- and case-insensitive) and, when the tag filter chooses, only
    its reports; categories stay while a child matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._allowed: set[str] | None = None
        self._tree: ReportTreeModel | None = None  # the source model, when it is one
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)
        self.setFilterRole(FilterTextRole)
        self.setFilterKeyColumn(TITLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort goes to the source model, which sorts in Python with
        precomputed keys; the proxy keeps its order and only filters."""
        source = self.sourceModel()
        if isinstance(source, ReportTreeModel):
            source.sort(column, order)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Answered here, not by the source model: the tree asks each row's flags twice
        when it lays the list out, and each answer through the source cost two calls
        into Python (finding the source index, then its flags): 40,000 calls for
        10,000 reports. Every proxy index under one parent carries the same internal
        id (the proxy's mapping of that parent), so a folder is a row whose id is that
        of the top level's rows."""
        tree = self._tree
        if tree is None or not index.isValid():
            return super().flags(index)
        if tree.grouped_now and index.internalId() == QSortFilterProxyModel.index(self, 0, 0).internalId():
            return NODE_FLAGS
        return REPORT_FLAGS

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        self._tree = model if isinstance(model, ReportTreeModel) else None

    def set_allowed_paths(self, paths: set[str] | None) -> None:
        """Show only these reports (relative paths); None shows all (the tag filter)."""
        self._allowed = paths
        if self._tree is not None:
            self._tree.set_allowed(paths)
        self._refilter()

    def set_filter_text(self, text: str) -> None:
        self._words = fold(text).split()
        self._refilter()

    def _refilter(self) -> None:
        pattern = filter_pattern(self._words, self._allowed is not None)
        if pattern != self.filterRegularExpression().pattern():
            options = QRegularExpression.PatternOption.DotMatchesEverythingOption
            self.setFilterRegularExpression(QRegularExpression(pattern, options))  # filters again
        elif hasattr(self, "beginFilterChange"):  # Qt 6.9+: the same words, other reports
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()


class FilterEdit(QLineEdit):
    """The sidebar's filter box: Down goes on to the list (`down_pressed`), Enter
    opens the first match (`returnPressed`)."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


def first_report(proxy: QSortFilterProxyModel) -> QModelIndex:
    """The first report the (filtered) list shows, under its folder if grouped."""
    for row in range(proxy.rowCount()):
        index = proxy.index(row, TITLE)
        if index.data(EntryRole) is not None:
            return index
        if proxy.rowCount(index):
            return proxy.index(0, TITLE, index)
    return QModelIndex()
