"""The table of report variables: one row per report, the built-in variables (number,
title, date, folder, then an official document's recognised fields, read-only) then
the user's, sortable and filterable. Editing a cell or
pasting a block asks for a change (`edits_requested`); the table shows the values
again once the window has applied it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.analysis.documents.fields import FIELDS
from reader.core.annotations.report_variables import CHOICE, Casebook, Variable, parse_table, sort_key
from reader.core.index.scan import natural_key
from reader.core.text.folding import fold

Index = QModelIndex | QPersistentModelIndex
RelpathRole = Qt.ItemDataRole.UserRole + 1
NUMBER, TITLE, DATE, FOLDER = range(4)
FIRST_FIELD = 4  # then the document fields (FIELDS)
BUILTIN_COLUMNS = FIRST_FIELD + len(FIELDS)


def field_label(name: str) -> str:
    """A document field's name in the UI language (`name` itself if it is none)."""
    translate = QCoreApplication.translate
    return {
        "doc_number": translate("DocumentFields", "Document Number"),
        "doc_organs": translate("DocumentFields", "Issuing Organs"),
        "doc_kind": translate("DocumentFields", "Document Kind"),
        "doc_date": translate("DocumentFields", "Date of Issue"),
        "doc_attachments": translate("DocumentFields", "Attachments"),
    }.get(name, name)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """A report as the table shows it."""

    relpath: str
    number: int | None
    title: str
    date: str  # ISO, '' when unknown
    folder: str
    fields: tuple[str, ...] = ()  # the document fields, in FIELDS order (empty until known)


class VariablesModel(QAbstractTableModel):
    """Reports by variables; user variables are editable."""

    edits_requested = Signal(list)  # [(relpath, variable, value)]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._book = Casebook()
        self._headers = ["No.", "Title", "Date", "Folder", *FIELDS]
        self.editable = True

    def set_data(self, rows: Sequence[CaseRow], book: Casebook) -> None:
        self.beginResetModel()
        self._rows, self._book = list(rows), book
        self.endResetModel()

    def set_headers(self, builtin: Sequence[str]) -> None:
        self._headers = list(builtin)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, BUILTIN_COLUMNS - 1)

    def variable(self, column: int) -> Variable | None:
        index = column - BUILTIN_COLUMNS
        return self._book.variables[index] if 0 <= index < len(self._book.variables) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else BUILTIN_COLUMNS + len(self._book.variables)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < BUILTIN_COLUMNS:
            return self._headers[section]
        variable = self.variable(section)
        return variable.name if variable is not None else None

    def text(self, row: int, column: int) -> str:
        case = self._rows[row]
        if column == NUMBER:
            return "" if case.number is None else str(case.number)
        if column == TITLE:
            return case.title
        if column == DATE:
            return case.date
        if column == FOLDER:
            return case.folder
        if column < BUILTIN_COLUMNS:
            at = column - FIRST_FIELD
            return case.fields[at] if at < len(case.fields) else ""
        variable = self.variable(column)
        return self._book.value(case.relpath, variable.name) if variable is not None else ""

    def key(self, row: int, column: int) -> tuple[object, ...]:
        """Sort key: numbers by size, choices in their order, text naturally."""
        case = self._rows[row]
        if column == NUMBER:
            return (case.number is None, case.number or 0)
        if column < BUILTIN_COLUMNS:
            value = self.text(row, column)
            return (value == "", natural_key(value))
        value = self.text(row, column)
        base = sort_key(self.variable(column), value)
        return (base[0], base[1], natural_key(str(base[2])) if len(base) > 2 else ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(index.row(), index.column())
        if role == RelpathRole:
            return self._rows[index.row()].relpath
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return self._rows[index.row()].relpath
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_FIELD <= index.column() < BUILTIN_COLUMNS:
            return QCoreApplication.translate(
                "DocumentFields", "Read from the report's text (an official document's own fields)"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() >= BUILTIN_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        variable = self.variable(index.column())
        if role != Qt.ItemDataRole.EditRole or variable is None or not index.isValid():
            return False
        text = str(value or "")
        if text != self.text(index.row(), index.column()):
            self.edits_requested.emit([(self._rows[index.row()].relpath, variable.name, text)])
        return False  # shown once the change is applied

    def relpath(self, row: int) -> str:
        return self._rows[row].relpath


class VariablesProxy(QSortFilterProxyModel):
    """Keeps rows with every word of the filter in some cell; sorts by the model's keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        self._words = fold(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, VariablesModel)
        haystack = fold(" ".join(model.text(source_row, c) for c in range(model.columnCount())))
        return all(word in haystack for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, VariablesModel)
        return model.key(left.row(), left.column()) < model.key(right.row(), right.column())


def paste_edits(proxy: VariablesProxy, top: int, left: int, text: str) -> list[tuple[str, str, str]]:
    """The edits a block of cells pasted at view row `top`, column `left` makes: rows
    go down the rows shown, columns right; cells over built-in columns or past the
    last row are left out."""
    model = proxy.sourceModel()
    assert isinstance(model, VariablesModel)
    edits = []
    for r, cells in enumerate(parse_table(text)):
        row = top + r
        if row >= proxy.rowCount():
            break
        source_row = proxy.mapToSource(proxy.index(row, 0)).row()
        for c, cell in enumerate(cells):
            variable = model.variable(left + c)
            if variable is not None:
                edits.append((model.relpath(source_row), variable.name, cell))
    return edits


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the choices (and none) for a choice variable's cells."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        column = index.column()
        variable = source.variable(column) if isinstance(source, VariablesModel) else None
        if variable is None or variable.type != CHOICE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(["", *variable.choices])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(str(index.data() or ""))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: ANN001
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
