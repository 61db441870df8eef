"""The Report Variables window: the table of all reports by variable, with a filter,
and buttons to define, change and delete variables, paste from a spreadsheet and
import a CSV file. It emits what the user asks; the window makes the changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.documents.fields import FIELDS
from reader.core.annotations.report_variables import CHOICE, DATE, NUMBER, TEXT, TYPES, Variable
from reader.gui.widgets.variables_table import (
    BUILTIN_COLUMNS,
    FIRST_FIELD,
    ChoiceDelegate,
    VariablesModel,
    VariablesProxy,
    field_label,
    paste_edits,
)


class VariableDialog(QDialog):
    """Name, type and choices of a variable (new, or one to change)."""

    def __init__(self, parent: QWidget | None = None, variable: Variable | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variableDialog")
        self.name = QLineEdit(self)
        self.name.setObjectName("variableName")
        self.name.setMaxLength(100)
        self.type = QComboBox(self)
        self.type.setObjectName("variableType")
        names = {
            TEXT: self.tr("Text"),
            NUMBER: self.tr("Number"),
            DATE: self.tr("Date"),
            CHOICE: self.tr("Choice"),
        }
        for kind in TYPES:
            self.type.addItem(names[kind], kind)
        self.choices = QPlainTextEdit(self)
        self.choices.setObjectName("variableChoices")
        self.choices.setPlaceholderText(self.tr("One choice a line"))
        self.choices_label = QLabel(self.tr("Choices:"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Type:"), self.type)
        form.addRow(self.choices_label, self.choices)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Change Variable") if variable else self.tr("New Variable"))
        if variable is not None:
            self.name.setText(variable.name)
            self.type.setCurrentIndex(max(0, self.type.findData(variable.type)))
            self.choices.setPlainText("\n".join(variable.choices))
        self.type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def _type_changed(self) -> None:
        is_choice = self.type.currentData() == CHOICE
        self.choices.setVisible(is_choice)
        self.choices_label.setVisible(is_choice)

    def variable(self) -> Variable:
        kind = self.type.currentData()
        choices = (
            tuple(c for c in self.choices.toPlainText().split("\n") if c.strip()) if kind == CHOICE else ()
        )
        return Variable(self.name.text(), kind, choices)


class VariablesWindow(QWidget):
    """All reports by variable (a tool window of the main window)."""

    edits_requested = Signal(list)  # [(relpath, variable, value)]
    define_requested = Signal()
    change_requested = Signal(str)  # variable name
    delete_requested = Signal(str)
    import_requested = Signal()
    report_activated = Signal(str)  # relpath

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("variablesWindow")
        self.model = VariablesModel(self)
        self.proxy = VariablesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("variablesFilter")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("variablesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.model.modelReset.connect(self._field_widths)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newVariable")
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeVariable")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteVariable")
        self.paste_button = QPushButton(self)
        self.paste_button.setObjectName("pasteVariables")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importVariables")
        self.status = QLabel(self)
        self.status.setObjectName("variablesStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.resize(900, 560)

        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.model.edits_requested.connect(self.edits_requested)
        self.new_button.clicked.connect(self.define_requested)
        self.change_button.clicked.connect(self._change)
        self.delete_button.clicked.connect(self._delete)
        self.paste_button.clicked.connect(self.paste)
        self.import_button.clicked.connect(self.import_requested)
        self.table.doubleClicked.connect(self._double_clicked)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        self.retranslate()

    def _field_widths(self) -> None:
        """Room for a 文号 and two organs (the other columns fit their values)."""
        for offset, width in ((0, 150), (1, 160)):
            self.table.setColumnWidth(FIRST_FIELD + offset, width)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report Variables"))
        self.filter.setPlaceholderText(self.tr("Filter reports by any value"))
        self.new_button.setText(self.tr("New Variable…"))
        self.change_button.setText(self.tr("Change Variable…"))
        self.delete_button.setText(self.tr("Delete Variable"))
        self.paste_button.setText(self.tr("Paste"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.model.set_headers(
            [self.tr("No."), self.tr("Title"), self.tr("Date"), self.tr("Folder"), *map(field_label, FIELDS)]
        )
        self.paste_button.setToolTip(
            self.tr("Paste cells copied from a spreadsheet, starting at the chosen cell (Ctrl+V)")
        )
        self.import_button.setToolTip(
            self.tr("A CSV file: a column naming each report (file, report or path), one column per variable")
        )

    def set_editable(self, editable: bool) -> None:
        self.model.editable = editable
        for button in (
            self.new_button,
            self.change_button,
            self.delete_button,
            self.paste_button,
            self.import_button,
        ):
            button.setEnabled(editable)

    def current_variable(self) -> str | None:
        index = self.table.currentIndex()
        variable = self.model.variable(index.column()) if index.isValid() else None
        return variable.name if variable is not None else None

    def paste(self) -> None:
        """Cells from the clipboard (tab-separated, as spreadsheets copy them) at the
        current cell."""
        index = self.table.currentIndex()
        text = QGuiApplication.clipboard().text()
        if not index.isValid() or not text.strip():
            self.status.setText(self.tr("Choose a cell of a variable, then paste."))
            return
        edits = paste_edits(self.proxy, index.row(), index.column(), text)
        if not edits:
            self.status.setText(
                self.tr("Paste into the columns of your own variables (right of the built-in ones).")
            )
            return
        self.edits_requested.emit(edits)

    def _change(self) -> None:
        name = self.current_variable()
        if name is None:
            self.status.setText(self.tr("Choose a cell of the variable to change."))
        else:
            self.change_requested.emit(name)

    def _delete(self) -> None:
        name = self.current_variable()
        if name is None:
            self.status.setText(self.tr("Choose a cell of the variable to delete."))
        else:
            self.delete_requested.emit(name)

    def _double_clicked(self, index) -> None:  # noqa: ANN001
        if index.column() < BUILTIN_COLUMNS:
            self.report_activated.emit(self.model.relpath(self.proxy.mapToSource(index).row()))
