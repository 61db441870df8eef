"""The sidebar's model: reports grouped by category (a two-level tree) or flat,
sorted by any column (here, with precomputed keys), behind the proxy of
`report_filter.py`. Rows are titled from the index cache, else from each file's
first line; dates arrive later from the background pass that cleans the reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reader.core.index.listings import Listings
from reader.core.index.scan import ReportEntry, natural_key
from reader.core.problems import user_language
from reader.core.reading.dates import human_date
from reader.core.reading.listing import peek_listing
from reader.core.text.folding import fold
from reader.gui.plain_text import plain

EntryRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
#: What the filter box is matched against: a report's folded title, number, date and
#: folder; empty for a folder node and for a report the tag filter leaves out.
FilterTextRole = Qt.ItemDataRole.UserRole + 3

TITLE, DATE, NUMBER, NOTES = range(4)
_Index = QModelIndex | QPersistentModelIndex
NODE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
#: A report row says it has no children: the tree then never asks (through the
#: proxy, several calls into Python per row when 10,000 rows are laid out).
REPORT_FLAGS = NODE_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


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


def rows_for(entries: Sequence[ReportEntry], cached: Listings | None = None) -> list[ReportRow]:
    """Rows titled from the index cache where it knows the file as it is (size and
    mtime), else from each file's first line (4 KB read), else the file name."""
    rows = []
    cached = cached or {}
    for entry in entries:
        known = cached.get(entry.relpath)
        if known is not None and known[:2] == (entry.size, entry.mtime_ns) and known[3]:
            rows.append(ReportRow(entry, known[2], known[3], known[4]))
            continue
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
        self._positions: list[tuple[int, int]] = []
        self._ranks: dict[int, list[int]] = {}  # column -> each row's place in that column's order
        self._order: list[int] = []  # row indexes in display order (the model sorts itself)
        self._flat: list[int] = []  # row index -> display position when flat
        self._sort: tuple[int, Qt.SortOrder] = (NUMBER, Qt.SortOrder.AscendingOrder)
        self.grouped_now = False  # folders shown as nodes: grouped, and more than one
        self._problems: dict[str, str] = {}  # relpath -> reason, for reports that cannot be read
        self._headers = ["Title", "Date", "No.", "✎"]
        self._counts: dict[str, int] = {}  # relpath -> annotations
        self._allowed: set[str] | None = None  # the only reports the tag filter lets through

    # -- content ----------------------------------------------------------------
    def set_rows(self, rows: Sequence[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ranks.clear()
        self._order = self._sorted_order(*self._sort)
        self._regroup()
        self.endResetModel()

    def update_rows(self, rows: Sequence[ReportRow], removed: set[str], order: Sequence[str] = ()) -> None:
        """Add `rows`, or put them in place of the rows of the same reports, and drop
        the reports whose relative path is in `removed`; then keep the rows in
        `order` (relative paths; it breaks ties when sorting). Persistent indexes
        (the selection, the current row, open folders) stay on their reports and
        folders."""
        if not rows and not removed:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [self._key_of(index) for index in persistent]
        replacing = {row.entry.relpath: row for row in rows}
        kept = [replacing.pop(r.entry.relpath, r) for r in self._rows if r.entry.relpath not in removed]
        self._rows = kept + list(replacing.values())
        if order:
            place = {relpath: i for i, relpath in enumerate(order)}
            self._rows.sort(key=lambda r: place.get(r.entry.relpath, len(place)))
        self._ranks.clear()
        self._order = self._sorted_order(*self._sort)
        self._regroup()
        self.changePersistentIndexList(persistent, self._indexes_of(where))
        self.layoutChanged.emit()

    def _key_of(self, index: _Index) -> tuple[bool, str, int]:
        """What a model index shows, to find it again after the rows change: (is a
        report, its relative path or the folder's name, column)."""
        row = self._row_at(index)
        if row is not None:
            return True, row.entry.relpath, index.column()
        return False, self._categories[index.row()] if index.isValid() else "", index.column()

    def _indexes_of(self, keys: list[tuple[bool, str, int]]) -> list[QModelIndex]:
        rows = {row.entry.relpath: i for i, row in enumerate(self._rows)}
        folders = {name: c for c, name in enumerate(self._categories)} if self.grouped_now else {}
        found = []
        for is_report, name, column in keys:
            if is_report and name in rows:
                found.append(self.index_for_row(rows[name], column))
            elif not is_report and name in folders:
                found.append(self.createIndex(folders[name], column, 0))
            else:
                found.append(QModelIndex())  # its report is gone
        return found

    def categories(self) -> list[str]:
        """The folders shown as nodes (none when flat)."""
        return list(self._categories) if self.grouped_now else []

    def set_allowed(self, paths: set[str] | None) -> None:
        """Let only these reports (relative paths) match a filter; None lets all.
        The proxy filters again afterwards."""
        self._allowed = paths

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
        if len(self._order) != len(self._rows):
            self._order = list(range(len(self._rows)))
        self._flat = [0] * len(self._rows)
        for position, i in enumerate(self._order):
            self._flat[i] = position
        by_category: dict[str, list[int]] = {}
        for i in self._order:
            by_category.setdefault(self._rows[i].entry.category, []).append(i)
        self._categories = sorted(by_category, key=natural_key)
        self._members = [by_category[c] for c in self._categories]
        self._positions = [(0, 0)] * len(self._rows)  # row -> (category, position in it)
        for c, members in enumerate(self._members):
            for position, i in enumerate(members):
                self._positions[i] = (c, position)
        # One category with everything at the top level: nothing to group.
        self.grouped_now = self._grouped and self._categories not in ([], [""])

    def rows(self) -> list[ReportRow]:
        return list(self._rows)

    def set_dates(self, dates: dict[str, str]) -> None:
        """Fill dates by relative path (from the background pass)."""
        changed = []
        for i, row in enumerate(self._rows):
            date = dates.get(row.entry.relpath)
            if date is not None and date != row.date:
                row.date = date
                changed.append(i)
        if changed:
            self._ranks.pop(DATE, None)
        self._changed(changed, DATE, DATE, [Qt.ItemDataRole.DisplayRole, SortRole])
        if changed:
            self._resort_if(DATE)

    def set_annotation_counts(self, counts: dict[str, int]) -> None:
        """Annotations per report (relative path), shown in the last column."""
        changed = {k for k in set(counts) | set(self._counts) if counts.get(k) != self._counts.get(k)}
        self._counts = dict(counts)
        self._ranks.pop(NOTES, None)
        rows = [i for i, row in enumerate(self._rows) if row.entry.relpath in changed]
        self._changed(rows, NOTES, NOTES)
        if rows:
            self._resort_if(NOTES)

    def set_problems(self, problems: dict[str, str]) -> None:
        """Mark reports that cannot be read (muted, with the reason as tooltip)."""
        changed = set(problems) ^ set(self._problems) | {
            k for k in problems if problems[k] != self._problems.get(k)
        }
        self._problems = dict(problems)
        rows = [i for i, row in enumerate(self._rows) if row.entry.relpath in changed]
        self._changed(rows, TITLE, NUMBER)

    def _changed(self, rows: list[int], first: int, last: int, roles: list[int] | None = None) -> None:
        """One dataChanged per parent spanning the changed rows: a sorting proxy then
        sorts once, not once per row (10,000 dates arrive together)."""
        spans: dict[int, tuple[int, int]] = {}  # parent id -> (first row, last row)
        for i in rows:
            index = self.index_for_row(i, first)
            low, high = spans.get(index.internalId(), (index.row(), index.row()))
            spans[index.internalId()] = (min(low, index.row()), max(high, index.row()))
        for parent_id, (low, high) in spans.items():
            top = self.createIndex(low, first, parent_id)
            bottom = self.createIndex(high, last, parent_id)
            if roles is None:
                self.dataChanged.emit(top, bottom)
            else:
                self.dataChanged.emit(top, bottom, roles)

    def _rank(self, column: int) -> list[int]:
        """Each row's place when sorted by `column`: the proxy then compares two
        integers in C++ (natural-order keys compared in Python made sorting 10,000
        rows take a second)."""
        ranks = self._ranks.get(column)
        if ranks is None:
            rows = self._rows
            if column == TITLE:
                keys = [natural_key(r.title) for r in rows]
            elif column == DATE:
                keys = [date_sort_key(r.date) for r in rows]
            elif column == NOTES:
                keys = [self._counts.get(r.entry.relpath, 0) for r in rows]
            else:
                keys = [r.number if r.number is not None else 2**31 - 1 for r in rows]
            order = sorted(range(len(rows)), key=lambda i: (keys[i], i))
            ranks = [0] * len(rows)
            for place, i in enumerate(order):
                ranks[i] = place
            self._ranks[column] = ranks
        return ranks

    def _row_index(self, index: _Index) -> int:
        """The position in self._rows of a report's model index."""
        group = index.internalId()
        if not self.grouped_now:
            return self._order[index.row()]
        return self._members[group - 1][index.row()]

    # -- sorting (here, not in the proxy: Python comparisons of 10,000 rows were slow) --
    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        ranks = self._rank(column)
        return sorted(
            range(len(self._rows)), key=ranks.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= 4:
            return
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [
            (self._row_index(ix), ix.column())
            if self._row_at(ix) is not None
            else (-1 - ix.row(), ix.column())
            for ix in persistent
        ]
        self._order = self._sorted_order(column, order)
        self._regroup()
        moved = [self.index_for_row(i, c) if i >= 0 else self.createIndex(-1 - i, c, 0) for i, c in where]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _resort_if(self, column: int) -> None:
        if self._sort[0] == column:
            self.sort(*self._sort)

    def index_for_row(self, row_index: int, column: int = TITLE) -> QModelIndex:
        """The model index of report row `row_index`."""
        if not self.grouped_now:
            return self.createIndex(self._flat[row_index], column, 0)
        c, position = self._positions[row_index]
        return self.createIndex(position, column, c + 1)

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
        if not self.grouped_now:
            return self._rows[self._order[index.row()]] if index.row() < len(self._rows) else None
        if group == 0:
            return None  # a category node
        return self._rows[self._members[group - 1][index.row()]]

    # -- QAbstractItemModel ----------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 4 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= (len(self._categories) if self.grouped_now else len(self._rows)):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if self.grouped_now and parent.internalId() == 0 and row < len(self._members[parent.row()]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._categories) if self.grouped_now else len(self._rows)
        if self.grouped_now and parent.internalId() == 0 and parent.column() == 0:
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
        if index.internalId() or not self.grouped_now:  # a report: never a parent
            return REPORT_FLAGS
        return NODE_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._row_at(index)
        column = index.column()
        if row is None:  # category node
            name = self._categories[index.row()] or "—"
            if role == SortRole:
                return index.row()  # categories are kept in natural order
            if role == Qt.ItemDataRole.DisplayRole and column == TITLE:
                return f"{name} ({len(self._members[index.row()])})"
            if role == FilterTextRole:
                return ""  # shown while one of its reports matches
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return row.title
            if column == DATE:
                return human_date(row.date, user_language())  # ISO kept for sorting
            if column == NOTES:
                count = self._counts.get(row.entry.relpath, 0)
                return str(count) if count else ""
            return "" if row.number is None else str(row.number)
        if role == SortRole:
            return self._rank(column)[self._row_index(index)]
        problem = self._problems.get(row.entry.relpath)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Titles come from the report: never rich text (an <img> in one would load a file).
            return plain(f"{row.title}\n{row.entry.relpath}" + (f"\n\n{problem}" if problem else ""))
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
            if self._allowed is not None and row.entry.relpath not in self._allowed:
                return ""
            number = "" if row.number is None else str(row.number)
            date = f"{row.date} {human_date(row.date, user_language())}"  # as stored and as shown
            return fold(" ".join((row.title, number, date, row.entry.category)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, NOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
