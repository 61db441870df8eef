"""The Compare window: co-occurrence of tags as a heat map (click a cell to list its
passages) and tags by the values of a report variable (a table and a chart). It
shows what it is given and says what the user chose; the window computes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.cooccurrence import MODES, CooccurrenceMatrix
from reader.core.analysis.passages import ALL, AUTO, HAND
from reader.core.analysis.variables import MEASURES, VariableTable
from reader.gui.widgets.compare_models import (
    COUNT,
    HEAT,
    JACCARD,
    IdRole,
    MatrixModel,
    PassagesModel,
    ValuesModel,
)


class CompareWindow(QWidget):
    """Co-occurrence and tags by variables, each on its own tab."""

    cooccurrence_requested = Signal(str, str)  # mode, coding
    variable_requested = Signal(str)  # variable name
    passage_activated = Signal(str)  # annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("compareTabs")

        page = QWidget(self.tabs)
        self.mode = QComboBox(page)
        self.mode.setObjectName("cooccurrenceMode")
        self.measure = QComboBox(page)
        self.measure.setObjectName("cooccurrenceMeasure")
        self.coding = QComboBox(page)
        self.coding.setObjectName("cooccurrenceCoding")
        self.matrix_model = MatrixModel(self)
        self.matrix_view = QTableView(page)
        self.matrix_view.setObjectName("cooccurrenceMatrix")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cell_label = QLabel(page)
        self.cell_label.setObjectName("cooccurrenceCell")
        self.cell_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passages_model = PassagesModel(self)
        self.passages_view = QTableView(page)
        self.passages_view.setObjectName("cooccurrencePassages")
        self.passages_view.setModel(self.passages_model)
        self.passages_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.passages_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.passages_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.passages_view.verticalHeader().hide()
        controls = QHBoxLayout()
        self.mode_label, self.measure_label, self.coding_label = QLabel(page), QLabel(page), QLabel(page)
        for label, combo in ((self.mode_label, self.mode), (self.measure_label, self.measure),
                             (self.coding_label, self.coding)):  # fmt: skip
            controls.addWidget(label)
            controls.addWidget(combo)
        controls.addStretch(1)
        lower = QWidget(page)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cell_label)
        lower_layout.addWidget(self.passages_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.matrix_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self.cooccurrence_page = page
        self.tabs.addTab(page, "")

        self.network_page = QWidget(self.tabs)
        self.network_canvas: Any = None
        QVBoxLayout(self.network_page)
        self.tabs.addTab(self.network_page, "")

        page = QWidget(self.tabs)
        self.variable = QComboBox(page)
        self.variable.setObjectName("tagsByVariable")
        self.value_measure = QComboBox(page)
        self.value_measure.setObjectName("tagsByVariableMeasure")
        self.values_model = ValuesModel(self)
        self.values_view = QTableView(page)
        self.values_view.setObjectName("tagsByVariableTable")
        self.values_view.setModel(self.values_model)
        self.values_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.canvas: Any = None
        self.variable_label, self.value_measure_label = QLabel(page), QLabel(page)
        controls = QHBoxLayout()
        for label, combo in (
            (self.variable_label, self.variable),
            (self.value_measure_label, self.value_measure),
        ):
            controls.addWidget(label)
            controls.addWidget(combo)
        controls.addStretch(1)
        self.chart_holder = QSplitter(Qt.Orientation.Vertical, page)
        self.chart_holder.addWidget(self.values_view)
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.chart_holder, 1)
        self.variables_page = page
        self.tabs.addTab(page, "")

        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.status)
        self.resize(980, 700)
        self._title: Callable[[str], str] = lambda relpath: relpath
        self._variables: list[tuple[str, str]] = []

        self.mode.currentIndexChanged.connect(lambda _i: self._ask_cooccurrence())
        self.coding.currentIndexChanged.connect(lambda _i: self._ask_cooccurrence())
        self.measure.currentIndexChanged.connect(lambda _i: self._remeasure())
        self.matrix_view.clicked.connect(self._cell_clicked)
        self.passages_view.activated.connect(self._passage_chosen)
        self.passages_view.doubleClicked.connect(self._passage_chosen)
        self.variable.currentIndexChanged.connect(lambda _i: self._ask_variable())
        self.value_measure.currentIndexChanged.connect(lambda _i: self._revalue())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare"))
        self.tabs.setTabText(0, self.tr("Co-occurrence of Tags"))
        self.tabs.setTabText(1, self.tr("Network"))
        self.tabs.setTabText(2, self.tr("Tags by Variable"))
        self.mode_label.setText(self.tr("Together when:"))
        self.measure_label.setText(self.tr("Show:"))
        self.coding_label.setText(self.tr("Coding:"))
        self.variable_label.setText(self.tr("Variable:"))
        self.value_measure_label.setText(self.tr("Count:"))
        names = {
            "overlap": self.tr("passages overlap"),
            "paragraph": self.tr("in the same paragraph"),
            "report": self.tr("in the same report"),
        }
        self._refill(self.mode, [(names[m], m) for m in MODES])
        self._refill(self.measure, [(self.tr("Passages"), COUNT), (self.tr("Jaccard similarity"), JACCARD)])
        self._refill(
            self.coding,
            [
                (self.tr("All coding"), ALL),
                (self.tr("By hand only"), HAND),
                (self.tr("Auto-coded only"), AUTO),
            ],
        )
        measures = {
            "passages": self.tr("Passages"),
            "reports": self.tr("Reports with the tag"),
            "passages_per_100": self.tr("Passages per 100 reports"),
            "reports_per_100": self.tr("Reports with the tag per 100 reports"),
        }
        self._refill(self.value_measure, [(measures[m], m) for m in MEASURES])
        self.matrix_model.tip = self.tr("%1 × %2: %3 passages, Jaccard %4")
        self.passages_model.headers = [
            self.tr("Report"),
            self.tr("Passage"),
            self.tr("Tags"),
            self.tr("Coder"),
        ]
        self.values_model.no_value = self.tr("(no value)")

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, key in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- what the window gives ---------------------------------------------------------------
    def show_matrix(self, matrix: CooccurrenceMatrix, title: Callable[[str], str], left_out: int) -> None:
        self._title = title
        self.matrix_model.set_matrix(matrix, self.measure.currentData() or COUNT)
        self.passages_model.set_passages([], title)
        self.cell_label.setText(self.tr("Click a cell to list its passages."))
        message = self.tr("%1 passages, %2 tags.").replace("%1", str(len(matrix.passages)))
        message = message.replace("%2", str(len(matrix.tags)))
        if left_out:
            message += " " + self.tr("%1 annotations whose passage was not found are left out.").replace(
                "%1", str(left_out)
            )
        if not matrix.tags:
            message = self.tr("No tagged passages yet.")
        self.status.setText(message)
        if self.tabs.currentWidget() is self.network_page:
            self.draw_network()

    def set_variables(self, variables: list[tuple[str, str]]) -> None:
        """(label, name) of the variables to choose from."""
        self._variables = variables
        self._refill(self.variable, variables)

    def show_table(self, table: VariableTable) -> None:
        self.values_model.set_table(table, self.value_measure.currentData() or "passages")
        self._draw_chart()

    def busy(self, text: str) -> None:
        self.status.setText(text)

    # -- inside -----------------------------------------------------------------------------
    def mode_and_coding(self) -> tuple[str, str]:
        return self.mode.currentData() or MODES[0], self.coding.currentData() or ALL

    def _ask_cooccurrence(self) -> None:
        self.cooccurrence_requested.emit(*self.mode_and_coding())

    def _ask_variable(self) -> None:
        name = self.variable.currentData()
        if name:
            self.variable_requested.emit(name)

    def _remeasure(self) -> None:
        self.matrix_model.set_matrix(self.matrix_model.matrix, self.measure.currentData() or COUNT)
        if self.tabs.currentWidget() is self.network_page:
            self.draw_network()

    def _revalue(self) -> None:
        self.values_model.set_table(self.values_model.table, self.value_measure.currentData() or "passages")
        self._draw_chart()

    def _cell_clicked(self, index: QModelIndex) -> None:
        matrix = self.matrix_model.matrix
        if matrix is None or not index.isValid():
            return
        a, b = matrix.tags[index.row()], matrix.tags[index.column()]
        cell = matrix.cell(a, b)
        self.passages_model.set_passages(cell.passages, self._title)
        text = self.tr("%1 × %2: %3 passages in %4 reports, Jaccard %5")
        text = text.replace("%1", a).replace("%2", b).replace("%3", str(cell.count))
        self.cell_label.setText(text.replace("%4", str(cell.reports)).replace("%5", f"{cell.jaccard:.2f}"))

    def _passage_chosen(self, index: QModelIndex) -> None:
        ann_id = self.passages_model.data(self.passages_model.index(index.row(), 0), IdRole)
        if ann_id:
            self.passage_activated.emit(ann_id)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.network_page:
            self.draw_network()

    def draw_network(self) -> None:
        """Tags on a circle, each node sized by its passages, each edge as wide as the
        tags' co-occurrence (counts or Jaccard, as chosen); a tag and one under it are
        not joined (they always co-occur)."""
        matrix = self.matrix_model.matrix
        if matrix is None:
            return
        import math

        import matplotlib

        from reader.gui.widgets.charts import new_canvas, style_for

        if self.network_canvas is None:
            self.network_canvas = new_canvas(self.network_page)
            self.network_canvas.setObjectName("cooccurrenceNetwork")
            self.network_page.layout().addWidget(self.network_canvas)
        figure = self.network_canvas.figure
        figure.clear()
        nodes = matrix.nodes()
        edges = matrix.edges()
        jaccard = self.measure.currentData() == JACCARD
        with matplotlib.rc_context(style_for(self)):
            axes = figure.add_subplot(1, 1, 1)
            axes.set_axis_off()
            axes.set_aspect("equal")
            count = max(1, len(nodes))
            where = {
                n.tag: (math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count))
                for i, n in enumerate(nodes)
            }
            top = max((e.jaccard if jaccard else e.count for e in edges), default=1) or 1
            for e in edges:
                weight = (e.jaccard if jaccard else e.count) / top
                (x1, y1), (x2, y2) = where[e.a], where[e.b]
                width = 0.5 + 6 * weight
                axes.plot([x1, x2], [y1, y2], color=HEAT.name(), linewidth=width, alpha=0.6, zorder=1)
            biggest = max((n.size for n in nodes), default=1) or 1
            for n in nodes:
                x, y = where[n.tag]
                axes.scatter([x], [y], s=80 + 1200 * n.size / biggest, color="#3d7ae0", alpha=0.8, zorder=2)
                axes.annotate(f"{n.tag} ({n.size})", (x, y), xytext=(0, 14), textcoords="offset points",
                              ha="center", fontsize=9, zorder=3)  # fmt: skip
            axes.set_xlim(-1.4, 1.4)
            axes.set_ylim(-1.3, 1.3)
            self.network_canvas.draw()

    def _draw_chart(self) -> None:
        """A grouped bar chart: one group per value, one bar per tag (at most 12 tags)."""
        table = self.values_model.table
        if table is None:
            return
        import matplotlib

        from reader.gui.widgets.charts import new_canvas, style_for

        if self.canvas is None:
            self.canvas = new_canvas(self.variables_page)
            self.canvas.setObjectName("tagsByVariableChart")
            self.chart_holder.addWidget(self.canvas)
        figure = self.canvas.figure
        figure.clear()
        cells = self.values_model._cells
        tags = table.tags[:12]
        with matplotlib.rc_context(style_for(self)):
            axes = figure.add_subplot(1, 1, 1)
            width = 0.8 / max(1, len(tags))
            positions = range(len(table.values))
            for t, tag in enumerate(tags):
                axes.bar([p + t * width for p in positions], cells[t], width, label=tag)
            axes.set_xticks(
                [p + width * (len(tags) - 1) / 2 for p in positions],
                [v or self.values_model.no_value for v in table.values],
                rotation=30 if len(table.values) > 6 else 0,
                ha="right" if len(table.values) > 6 else "center",
            )
            axes.set_ylabel(self.value_measure.currentText())
            if tags:
                axes.legend(fontsize=8)
            axes.grid(axis="y", alpha=0.3)
            self.canvas.draw()
