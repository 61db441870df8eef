"""The Compare window's table models: the co-occurrence heat map, the passages of a
cell, and tags by the values of a variable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from reader.core.analysis.passages import Passage
from reader.core.analysis.variables import VariableTable
from reader.gui.widgets.table_model import FlatTableModel

if TYPE_CHECKING:  # the matrix needs numpy, which the retrieval dialog does not
    from reader.core.analysis.cooccurrence import CooccurrenceMatrix

Index = QModelIndex | QPersistentModelIndex


IdRole = Qt.ItemDataRole.UserRole + 1


COUNT, JACCARD = "count", "jaccard"


HEAT = QColor("#d9534f")


def heat(share: float) -> QColor:
    """White for 0, the heat colour for 1."""
    share = max(0.0, min(1.0, share))
    white = QColor("#ffffff")
    return QColor(
        round(white.red() + (HEAT.red() - white.red()) * share),
        round(white.green() + (HEAT.green() - white.green()) * share),
        round(white.blue() + (HEAT.blue() - white.blue()) * share),
    )


class MatrixModel(QAbstractTableModel):
    """Tags by tags: counts or Jaccard similarity, coloured by strength."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: CooccurrenceMatrix | None = None
        self.measure = COUNT
        self._counts: list[list[int]] = []
        self._jaccards: list[list[float]] = []
        self._top = 1.0
        self.tip = "%1 × %2: %3 passages, Jaccard %4"

    def set_matrix(self, matrix: CooccurrenceMatrix | None, measure: str) -> None:
        self.beginResetModel()
        self.matrix, self.measure = matrix, measure
        self._counts = matrix.counts() if matrix is not None else []
        self._jaccards = matrix.jaccards() if matrix is not None else []
        if measure == COUNT:
            off = [c for i, row in enumerate(self._counts) for j, c in enumerate(row) if i != j]
            self._top = float(max(off, default=0) or 1)
        else:
            self._top = 1.0
        self.endResetModel()

    def tags(self) -> tuple[str, ...]:
        return self.matrix.tags if self.matrix is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags())

    def headerData(self, section: int, _orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        tags = self.tags()
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(tags):
            return tags[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.matrix is None:
            return None
        i, j = index.row(), index.column()
        count, jaccard = self._counts[i][j], self._jaccards[i][j]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if self.measure == COUNT else f"{jaccard:.2f}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if i == j:
                return QBrush(QColor("#eeeeee"))
            value = count / self._top if self.measure == COUNT else jaccard
            return QBrush(heat(value))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = self.tags()
            return (
                self.tip.replace("%1", tags[i])
                .replace("%2", tags[j])
                .replace("%3", str(count))
                .replace("%4", f"{jaccard:.2f}")
            )
        return None


class PassagesModel(FlatTableModel):
    """The passages of a cell: report, passage, tags, coder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Passage] = []
        self._title: Callable[[str], str] = lambda relpath: relpath
        self.headers = ["Report", "Passage", "Tags", "Coder"]

    def set_passages(self, passages: Sequence[Passage], title: Callable[[str], str]) -> None:
        self.beginResetModel()
        self._rows, self._title = list(passages), title
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == IdRole:
            return p.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self._title(p.report)
            if column == 1:
                return p.text.replace("\n", " ")
            if column == 2:
                return "、".join(p.tags)
            return p.author + (" ⚙" if p.auto_coded else "")
        return None


class ValuesModel(QAbstractTableModel):
    """Tags by the values of a variable, one measure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: VariableTable | None = None
        self.measure = "passages"
        self._cells: list[list[float]] = []
        self.no_value = "(no value)"

    def set_table(self, table: VariableTable | None, measure: str) -> None:
        self.beginResetModel()
        self.table, self.measure = table, measure
        self._cells = table.matrix(measure) if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.values)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.table.tags[section]
        value = self.table.values[section] or self.no_value
        return f"{value} ({self.table.population[section]})"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.table is None:
            return None
        value = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:.1f}" if self.measure.endswith("per_100") else str(int(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
