"""The agreement table's model: one line per pair of coders and tag (the all-tags
line last), each coefficient coloured by its verdict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QWidget,
)

from reader.core.analysis.agreement import ALL_COEFFICIENTS, AgreementTable, reason_text, verdict
from reader.core.analysis.agreement.render import (
    COLOURED,
    cells,
    flat_rows,
    headings,
)
from reader.gui.plain_text import plain

#: Cell colours by verdict: translucent, so they sit on the light and the dark theme's
#: base alike and the theme's text colour stays readable on them.
VERDICT_COLOURS = {
    "reliable": QColor(46, 160, 67, 96),
    "tentative": QColor(230, 170, 20, 110),
    "unreliable": QColor(220, 60, 50, 96),
}


FIRST_FIGURE = 7  # columns before the first coefficient: coders, tag, passages ×2, characters ×3


class AgreementModel(QAbstractTableModel):
    """The agreement table, one line per pair and tag (the all-tags line last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: AgreementTable | None = None
        self._heads: list[str] = []
        self._cells: list[list[Any]] = []
        self._rows: list[Any] = []
        self._lang = "en"

    def set_table(self, table: AgreementTable | None, lang: str) -> None:
        self.beginResetModel()
        self.table, self._lang = table, lang
        # an interval is shown in its figure's cell, not in columns of its own
        self._heads = headings(table, lang, intervals=False) if table is not None else []
        self._cells = cells(table, lang, intervals=False) if table is not None else []
        self._rows = flat_rows(table) if table is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._heads)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._heads[section] if 0 <= section < len(self._heads) else None
        return None

    def coefficient(self, column: int) -> str | None:
        """The coefficient of a figure column, else None."""
        i = column - FIRST_FIGURE
        return ALL_COEFFICIENTS[i] if self.table is not None and 0 <= i < len(ALL_COEFFICIENTS) else None

    def interval(self, index: QModelIndex | QPersistentModelIndex) -> tuple[float, float] | None:
        """The figure's confidence interval, when one was computed and is defined."""
        name = self.coefficient(index.column())
        estimate = self._rows[index.row()].estimates.get(name) if name else None
        interval = estimate.interval if estimate is not None else None
        if interval is None or interval.low is None or interval.high is None:
            return None
        return interval.low, interval.high

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        value = self._cells[index.row()][index.column()]
        name = self.coefficient(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                interval = self.interval(index)
                return f"{value:.3f}" + (f"  [{interval[0]:.3f}, {interval[1]:.3f}]" if interval else "")
            if value is None:  # a figure not given (a dash), or not one of this row's
                return "—" if name is not None and name in self._rows[index.row()].estimates else ""
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if name is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole and name in COLOURED and isinstance(value, float):
            return VERDICT_COLOURS.get(verdict(value))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, name)
        if role == Qt.ItemDataRole.UserRole:  # the verdict, for tests and scripts
            return verdict(value) if name in COLOURED and isinstance(value, float) else ""
        return None

    def _tooltip(self, index: QModelIndex | QPersistentModelIndex, name: str) -> str | None:
        estimate = self._rows[index.row()].estimates.get(name)
        if estimate is None:
            return None
        if estimate.value is None:
            return plain(reason_text(estimate.reason, self._lang))
        lines = [_verdict_text(verdict(estimate.value))] if name in COLOURED else []
        interval = estimate.interval
        if interval is not None:
            if interval.low is None or interval.high is None:
                lines.append(plain(reason_text(interval.reason, self._lang)))
            else:
                lines.append(
                    QCoreApplication.translate(
                        "AgreementModel", "95% interval (bootstrap, %1 resamples): %2 to %3"
                    )
                    .replace("%1", str(interval.resamples))
                    .replace("%2", f"{interval.low:.3f}")
                    .replace("%3", f"{interval.high:.3f}")
                )
        return "\n".join(lines) or None


def _verdict_text(which: str) -> str:
    translate = QCoreApplication.translate
    if which == "reliable":
        return translate("AgreementModel", "Reliable: at least 0.800")
    if which == "tentative":
        return translate("AgreementModel", "Tentative conclusions only: from 0.667 to below 0.800")
    return translate("AgreementModel", "Not reliable: below 0.667")
