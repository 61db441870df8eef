"""The sidebar's model: reports grouped by category (a two-level tree) or flat,
behind a proxy that filters by title, number, date and category and sorts by any
column. Rows are titled from each file's first line; dates arrive later from the
background pass that cleans the reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reader.core.library import ReportEntry, natural_key
from reader.core.listing import peek_listing
from reader.core.text_find import fold

EntryRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
FilterTextRole = Qt.ItemDataRole.UserRole + 3

TITLE, DATE, NUMBER, NOTES = range(4)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class ReportRow:
    entry: ReportEntry
    number: int | None
    title: str
    date: str = ""  # ISO 8601 ('2019-07-29', '--06-03'), '' until known or when none


def date_sort_key(date: str) -> str:
    """Full dates in order, then dates without a year (by month and day), then undated."""
    if not date:
        return "c"
    return f"b{date}" if date.startswith("--") else f"a{date}"


def rows_for(entries: Sequence[ReportEntry]) -> list[ReportRow]:
    """Rows titled from each file's first line (4 KB read), the file name otherwise."""
    rows = []
    for entry in entries:
        listing = peek_listing(entry.path)
        title = listing.title if listing and listing.title else entry.path.stem
        rows.append(ReportRow(entry, listing.number if listing else None, title))
    return rows


class ReportTreeModel(QAbstractItemModel):
    """Reports under category nodes (grouped) or at the top level (flat).

    Internal ids: 0 for top-level items; category index + 1 for a report under
    that category.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportRow] = []
        self._grouped = True
        self._categories: list[str] = []
        self._members: list[list[int]] = []  # row indexes per category
        self._effective_grouped = False
        self._problems: dict[str, str] = {}  # relpath -> reason, for reports that cannot be read
        self._headers = ["Title", "Date", "No.", "✎"]
        self._counts: dict[str, int] = {}  # relpath -> annotations

    # -- content ----------------------------------------------------------------
    def set_rows(self, rows: Sequence[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._regroup()
        self.endResetModel()

    def set_grouped(self, grouped: bool) -> None:
        if grouped != self._grouped:
            self.beginResetModel()
            self._grouped = grouped
            self._regroup()
            self.endResetModel()

    @property
    def grouped(self) -> bool:
        return self._grouped

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def _regroup(self) -> None:
        by_category: dict[str, list[int]] = {}
        for i, row in enumerate(self._rows):
            by_category.setdefault(row.entry.category, []).append(i)
        self._categories = sorted(by_category, key=natural_key)
        self._members = [by_category[c] for c in self._categories]
        # One category with everything at the top level: nothing to group.
        self._effective_grouped = self._grouped and self._categories not in ([], [""])

    def rows(self) -> list[ReportRow]:
        return list(self._rows)

    def set_dates(self, dates: dict[str, str]) -> None:
        """Fill dates by relative path (from the background pass)."""
        for i, row in enumerate(self._rows):
            date = dates.get(row.entry.relpath)
            if date is not None and date != row.date:
                row.date = date
                index = self.index_for_row(i, DATE)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, SortRole])

    def set_annotation_counts(self, counts: dict[str, int]) -> None:
        """Annotations per report (relative path), shown in the last column."""
        changed = {k for k in set(counts) | set(self._counts) if counts.get(k) != self._counts.get(k)}
        self._counts = dict(counts)
        for i, row in enumerate(self._rows):
            if row.entry.relpath in changed:
                index = self.index_for_row(i, NOTES)
                self.dataChanged.emit(index, index)

    def set_problems(self, problems: dict[str, str]) -> None:
        """Mark reports that cannot be read (muted, with the reason as tooltip)."""
        changed = set(problems) ^ set(self._problems) | {
            k for k in problems if problems[k] != self._problems.get(k)
        }
        self._problems = dict(problems)
        for i, row in enumerate(self._rows):
            if row.entry.relpath in changed:
                self.dataChanged.emit(self.index_for_row(i, TITLE), self.index_for_row(i, NUMBER))

    def index_for_row(self, row_index: int, column: int = TITLE) -> QModelIndex:
        """The model index of report row `row_index`."""
        if not self._effective_grouped:
            return self.createIndex(row_index, column, 0)
        category = self._rows[row_index].entry.category
        c = self._categories.index(category)
        return self.createIndex(self._members[c].index(row_index), column, c + 1)

    def labels(self) -> dict[str, str]:
        """relpath -> 'number title' for every report, as the sidebar shows them."""
        return {
            r.entry.relpath: f"{r.number} {r.title}" if r.number is not None else r.title for r in self._rows
        }

    def index_for_path(self, relpath: str) -> QModelIndex:
        for i, row in enumerate(self._rows):
            if row.entry.relpath == relpath:
                return self.index_for_row(i)
        return QModelIndex()

    def _row_at(self, index: _Index) -> ReportRow | None:
        if not index.isValid():
            return None
        group = index.internalId()
        if not self._effective_grouped:
            return self._rows[index.row()] if index.row() < len(self._rows) else None
        if group == 0:
            return None  # a category node
        return self._rows[self._members[group - 1][index.row()]]

    # -- QAbstractItemModel ----------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 4 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= (len(self._categories) if self._effective_grouped else len(self._rows)):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if self._effective_grouped and parent.internalId() == 0 and row < len(self._members[parent.row()]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._categories) if self._effective_grouped else len(self._rows)
        if self._effective_grouped and parent.internalId() == 0 and parent.column() == 0:
            return len(self._members[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._row_at(index)
        column = index.column()
        if row is None:  # category node
            name = self._categories[index.row()] or "—"
            if role in (Qt.ItemDataRole.DisplayRole, SortRole, FilterTextRole) and column == TITLE:
                return (
                    f"{name} ({len(self._members[index.row()])})"
                    if role == Qt.ItemDataRole.DisplayRole
                    else name
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return row.title
            if column == DATE:
                return row.date.replace("--", "") if row.date.startswith("--") else row.date
            if column == NOTES:
                count = self._counts.get(row.entry.relpath, 0)
                return str(count) if count else ""
            return "" if row.number is None else str(row.number)
        if role == SortRole:
            if column == NOTES:
                return self._counts.get(row.entry.relpath, 0)
            if column == TITLE:
                return row.title
            if column == DATE:
                return date_sort_key(row.date)
            return row.number if row.number is not None else 2**31 - 1
        problem = self._problems.get(row.entry.relpath)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.entry.relpath}" + (f"\n\n{problem}" if problem else "")
        if problem is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == EntryRole:
            return row.entry
        if role == FilterTextRole:
            number = "" if row.number is None else str(row.number)
            return fold(" ".join((row.title, number, row.date, row.entry.category)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, NOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportFilterProxy(QSortFilterProxyModel):
    """Keeps reports whose title, number, date or category contain every word of
    the filter (width- and case-insensitive); categories stay while a child matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._allowed: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_allowed_paths(self, paths: set[str] | None) -> None:
        """Show only these reports (relative paths); None shows all (the tag filter)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._allowed = paths
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._allowed = paths
            self.invalidateRowsFilter()

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words and self._allowed is None:
            return True
        index = self.sourceModel().index(source_row, TITLE, source_parent)
        entry = index.data(EntryRole)
        if entry is None:
            return False  # a category: shown when one of its reports matches
        if self._allowed is not None and entry.relpath not in self._allowed:
            return False
        haystack = index.data(FilterTextRole) or ""
        return all(word in haystack for word in self._words)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, str) and isinstance(b, str):
            return natural_key(a) < natural_key(b)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
