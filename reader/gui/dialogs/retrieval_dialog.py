"""Retrieval with conditions: passages with tag A and B, A but not B, or A near B (in
the same paragraph, or n paragraphs apart), among those of a coder, a kind of coding
and the reports whose variable has chosen values; the passages found listed (a
click or Enter opens one) and exported through the Export dialog. It shows what it
is given and remembers what the user chose; the flow computes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.passages import ALL, AUTO, HAND, Passage, PassageFilter
from reader.core.analysis.retrieval import AND, NEAR, NOT, OPERATORS, Condition
from reader.gui.plain_text import plain_labels
from reader.gui.settings import AppSettings
from reader.gui.widgets.compare_models import IdRole, PassagesModel

ANY = ""  # no coder, no variable chosen


class RetrievalDialog(QDialog):
    """Emits `run_requested` when the conditions are to be applied, `passage_activated`
    (annotation id) and `export_requested(with the B passages)`."""

    run_requested = Signal()
    passage_activated = Signal(str)
    export_requested = Signal(bool)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retrievalDialog")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setModal(False)
        self.resize(900, 640)
        self.settings = settings
        self._values: dict[str, list[str]] = {}

        self.tag_a = self._combo("retrievalTagA")
        self.operator = self._combo("retrievalOperator")
        for op in OPERATORS:
            self.operator.addItem("", op)
        self.tag_b = self._combo("retrievalTagB")
        self.paragraphs = QSpinBox(self)
        self.paragraphs.setObjectName("retrievalParagraphs")
        self.paragraphs.setRange(0, 50)
        self.children = QCheckBox(self)
        self.children.setObjectName("retrievalChildren")
        self.coder = self._combo("retrievalCoder")
        self.coding = self._combo("retrievalCoding")
        for key in (ALL, HAND, AUTO):
            self.coding.addItem("", key)
        self.variable = self._combo("retrievalVariable")
        self.values = QListWidget(self)
        self.values.setObjectName("retrievalValues")
        self.values.setMaximumHeight(110)
        self.run = QPushButton(self)
        self.run.setObjectName("retrievalRun")
        self.run.setDefault(True)
        self.partners = QCheckBox(self)
        self.partners.setObjectName("retrievalPartners")
        self.export = QPushButton(self)
        self.export.setObjectName("retrievalExport")
        self.export.setEnabled(False)
        self.close_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("retrievalSummary")
        plain_labels(self.summary)
        self.model = PassagesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("retrievalResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        condition = QHBoxLayout()
        for widget, stretch in ((self.tag_a, 2), (self.operator, 1), (self.tag_b, 2)):
            condition.addWidget(widget, stretch)
        near = QHBoxLayout()
        self.within = QLabel(self)
        self.within.setBuddy(self.paragraphs)
        self.apart = QLabel(self)
        for widget in (self.within, self.paragraphs, self.apart):
            near.addWidget(widget)
        near.addStretch(1)
        near.addWidget(self.children)
        who = QHBoxLayout()
        who.addWidget(self.coder, 1)
        self.coding_label = QLabel(self)
        self.coding_label.setBuddy(self.coding)
        who.addWidget(self.coding_label)
        who.addWidget(self.coding, 1)
        self.form = QFormLayout()
        self.condition_label = QLabel(self)
        self.condition_label.setBuddy(self.tag_a)
        self.form.addRow(self.condition_label, condition)
        self.form.addRow("", near)
        self.coder_label = QLabel(self)
        self.coder_label.setBuddy(self.coder)
        self.form.addRow(self.coder_label, who)
        self.variable_label = QLabel(self)
        self.variable_label.setBuddy(self.variable)
        self.form.addRow(self.variable_label, self.variable)
        self.values_label = QLabel(self)
        self.values_label.setBuddy(self.values)
        self.form.addRow(self.values_label, self.values)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.partners)
        bottom.addWidget(self.export)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.run)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.run.clicked.connect(self._run)
        self.operator.currentIndexChanged.connect(self._update)
        self.variable.currentIndexChanged.connect(self._fill_values)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        self.export.clicked.connect(lambda: self.export_requested.emit(self.partners.isChecked()))
        self.close_button.clicked.connect(self.close)
        self.retranslate()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retrieve Passages with Conditions"))
        names = {AND: self.tr("and also"), NOT: self.tr("but not"), NEAR: self.tr("near")}
        for i in range(self.operator.count()):
            self.operator.setItemText(i, names[self.operator.itemData(i)])
        self.operator.setToolTip(
            self.tr(
                "and also: passages with A that overlap a passage with B; but not: passages with A "
                "that overlap none; near: passages with A in the same paragraph as one with B"
            )
        )
        self.condition_label.setText(self.tr("&Passages with:"))
        self.within.setText(self.tr("Near means &within"))
        self.apart.setText(self.tr("paragraphs (0: the same paragraph)"))
        self.children.setText(self.tr("A tag includes the tags &below it"))
        self.coder_label.setText(self.tr("C&oder:"))
        self.coding_label.setText(self.tr("Co&ding:"))
        codings = {ALL: self.tr("Hand and auto-coded"), HAND: self.tr("By hand"), AUTO: self.tr("Auto-coded")}
        for i in range(self.coding.count()):
            self.coding.setItemText(i, codings[self.coding.itemData(i)])
        self.variable_label.setText(self.tr("&Reports where:"))
        self.values_label.setText(self.tr("has one of the &values:"))
        if self.coder.count():
            self.coder.setItemText(0, self.tr("Every coder"))
        if self.variable.count():
            self.variable.setItemText(0, self.tr("Any report"))
        self.run.setText(self.tr("Re&trieve"))
        self.partners.setText(self.tr("Export the B passages a&lso"))
        self.partners.setToolTip(
            self.tr("For and also and near: also the passages with B that met the condition")
        )
        self.export.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("Close"))
        self.model.headers = [self.tr("Report"), self.tr("Passage"), self.tr("Tags"), self.tr("Coder")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    # -- what there is to choose from ------------------------------------------------------
    def set_choices(
        self, tags: Sequence[str], coders: Sequence[str], variables: Sequence[tuple[str, str, list[str]]]
    ) -> None:
        """The tags, the coders, and (label, name, values) of each report variable;
        the remembered choices are restored where they still exist."""
        s = self.settings
        self._refill(self.tag_a, [(t, t) for t in tags], s.value_str("retrieval/a"))
        self._refill(self.tag_b, [(t, t) for t in tags], s.value_str("retrieval/b"))
        if self.tag_b.currentIndex() == self.tag_a.currentIndex() and self.tag_b.count() > 1:
            self.tag_b.setCurrentIndex(1 if self.tag_a.currentIndex() == 0 else 0)
        self._refill(self.coder, [("", ANY), *[(c, c) for c in coders]], s.value_str("retrieval/coder"))
        self._values = {name: values for _label, name, values in variables}
        options = [("", ANY), *[(label, name) for label, name, _values in variables]]
        self._refill(self.variable, options, s.value_str("retrieval/variable"))
        self._select(self.operator, s.value_str("retrieval/operator", AND))
        self._select(self.coding, s.value_str("retrieval/coding", ALL))
        self.paragraphs.setValue(s.value_int("retrieval/paragraphs", 0))
        self.children.setChecked(s.value_bool("retrieval/children", True))
        self.partners.setChecked(s.value_bool("retrieval/partners", False))
        self._fill_values()
        chosen = set(s.value_str("retrieval/values").split("\n"))
        for i in range(self.values.count()):
            item = self.values.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self.retranslate()
        self._update()

    def _refill(self, combo: QComboBox, items: Sequence[tuple[str, str]], current: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, key in items:
            combo.addItem(text, key)
        self._select(combo, current)
        combo.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_values(self) -> None:
        self.values.clear()
        for value in self._values.get(self.variable.currentData() or "", []):
            item = QListWidgetItem(value or self.tr("(no value)"), self.values)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._update()

    def _update(self) -> None:
        near = self.operator.currentData() == NEAR
        for widget in (self.within, self.paragraphs, self.apart):
            widget.setEnabled(near)
        self.values.setEnabled(bool(self.variable.currentData()))
        self.run.setEnabled(bool(self.tag_a.count()))

    # -- what the user chose ---------------------------------------------------------------
    def condition(self) -> Condition:
        paragraphs = self.paragraphs.value() if self.operator.currentData() == NEAR else 0
        return Condition(
            self.tag_a.currentData(), self.operator.currentData(), self.tag_b.currentData(), paragraphs
        )

    def include_children(self) -> bool:
        return self.children.isChecked()

    def coder_and_coding(self) -> tuple[str | None, str]:
        return self.coder.currentData() or None, self.coding.currentData() or ALL

    def variable_values(self) -> tuple[str, frozenset[str]] | None:
        """The variable chosen and its values ticked; None when any report will do."""
        name = self.variable.currentData()
        if not name:
            return None
        ticked = frozenset(
            self.values.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.values.count())
            if self.values.item(i).checkState() == Qt.CheckState.Checked
        )
        return name, ticked

    def passage_filter(self, reports: Callable[[str, frozenset[str]], frozenset[str]]) -> PassageFilter:
        """The filter for the coder, coding and variable chosen (`reports(name, values)`
        gives the reports whose variable has one of the values)."""
        coder, coding = self.coder_and_coding()
        chosen = self.variable_values()
        return PassageFilter(
            frozenset({coder}) if coder else None,
            reports(*chosen) if chosen is not None else None,
            coding,
        )

    def remember(self) -> None:
        s = self.settings
        s.set("retrieval/a", self.tag_a.currentData() or "")
        s.set("retrieval/operator", self.operator.currentData())
        s.set("retrieval/b", self.tag_b.currentData() or "")
        s.set("retrieval/paragraphs", self.paragraphs.value())
        s.set("retrieval/children", self.children.isChecked())
        s.set("retrieval/coder", self.coder.currentData() or "")
        s.set("retrieval/coding", self.coding.currentData())
        s.set("retrieval/variable", self.variable.currentData() or "")
        chosen = self.variable_values()
        s.set("retrieval/values", "\n".join(sorted(chosen[1])) if chosen else "")
        s.set("retrieval/partners", self.partners.isChecked())

    # -- showing ---------------------------------------------------------------------------
    def busy(self, message: str) -> None:
        self.summary.setText(message)
        self.export.setEnabled(False)

    def show_passages(self, passages: Sequence[Passage], title: Callable[[str], str], summary: str) -> None:
        self.model.set_passages(passages, title)
        self.table.resizeColumnToContents(0)
        # A long title must not push the passage out of sight: at most a third of the view.
        limit = max(120, self.table.viewport().width() // 3)
        if self.table.columnWidth(0) > limit:
            self.table.setColumnWidth(0, limit)
        self.summary.setText(summary)
        self.export.setEnabled(bool(passages))

    def _run(self) -> None:
        if self.tag_a.count():
            self.remember()
            self.run_requested.emit()

    def _activated(self, index: QModelIndex) -> None:
        ann_id = index.data(IdRole)
        if ann_id:
            self.passage_activated.emit(ann_id)
