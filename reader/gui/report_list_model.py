"""The sidebar's model: one row per report file, titled from the file's first line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.library import ReportEntry
from reader.core.listing import peek_listing

EntryRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ReportRow:
    entry: ReportEntry
    number: int | None
    title: str


def rows_for(entries: Sequence[ReportEntry]) -> list[ReportRow]:
    """Rows titled from each file's first line (4 KB read), the file name otherwise."""
    rows = []
    for entry in entries:
        listing = peek_listing(entry.path)
        title = listing.title if listing and listing.title else entry.path.stem
        rows.append(ReportRow(entry, listing.number if listing else None, title))
    return rows


class ReportListModel(QAbstractListModel):
    """Reports of a library, in scan order."""

    def __init__(self, rows: Sequence[ReportRow] = (), parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.number}  {row.title}" if row.number is not None else row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.entry.relpath}"
        if role == EntryRole:
            return row.entry
        return None

    def set_rows(self, rows: Sequence[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
