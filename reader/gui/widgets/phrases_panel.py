"""The Formulations panel: the library's numbered formulations (四个意识, 两个维护) and
stock phrases with their counts, a chart of the chosen one's first appearance and
spread over the months, and one click to search the library for it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.gui.plain_text import plain, plain_labels
from reader.gui.widgets.charts import new_canvas, style_for

if TYPE_CHECKING:  # the finding needs numpy, which the window's start does not
    from reader.core.analysis.formulations import Formulation

TextRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
PHRASE, KIND, COUNT, REPORTS, FIRST = range(5)


class PhrasesPanel(QWidget):
    """Asks to search the library for a phrase (`search_requested`) or to stop."""

    search_requested = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasesPanel")
        self.status = QLabel(self)
        self.status.setObjectName("phrasesStatus")
        self.status.setWordWrap(True)
        plain_labels(self.status)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.cancel = QPushButton(self)
        self.search = QPushButton(self)
        self.search.setObjectName("phrasesSearch")
        self.search.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel)
        top.addWidget(self.search)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTreeView(self)
        self.table.setObjectName("phrasesList")
        self.table.setModel(self.proxy)
        self.table.setRootIsDecorated(False)
        self.table.setSortingEnabled(True)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.header().setStretchLastSection(False)
        # The chart is made when the panel is first shown (matplotlib took half a
        # second of every start of the window); until then an empty box holds its place.
        self._canvas = None
        self._chart_box = QWidget(self)
        self._chart_box.setMinimumWidth(320)
        QVBoxLayout(self._chart_box).setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._chart_box)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.items: list[Formulation] = []
        self.chosen: Formulation | None = None
        self._message = ""
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._search_index)
        self.table.activated.connect(self._search_index)
        self.search.clicked.connect(lambda: self._search_index(self.table.currentIndex()))
        self.cancel.clicked.connect(self.cancel_requested)
        self.set_message("")
        self.retranslate()

    @property
    def canvas(self):  # noqa: ANN201 - FigureCanvasQTAgg, imported lazily
        """The chart (made now if the panel has not been shown yet)."""
        if self._canvas is None:
            canvas = new_canvas(self._chart_box)
            canvas.setObjectName("phrasesChart")
            self._chart_box.layout().addWidget(canvas)
            canvas.show()  # made while the panel is shown: not shown with it
            self._canvas = canvas
            self._draw()
        return self._canvas

    def showEvent(self, event: QShowEvent) -> None:
        if self._canvas is None:
            self.canvas  # noqa: B018 - made and drawn on first show
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.search.setText(self.tr("Search Library"))
        self.search.setToolTip(self.tr("Search the library for the chosen phrase (double-click)"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Formulation or phrase"),
                self.tr("Kind"),
                self.tr("Times"),
                self.tr("Reports"),
                self.tr("First"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(PHRASE, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, COUNT, REPORTS, FIRST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        kinds = self._kind_names()
        for row in range(self.model.rowCount()):
            item = self.model.item(row, KIND)
            item.setText(kinds.get(item.data(TextRole), ""))
        if not self._message:
            self._show_count()
        self._draw()

    def _kind_names(self) -> dict[str, str]:
        return {
            "numbered": self.tr("numbered"),
            "parallel": self.tr("numbered"),
            "phrase": self.tr("stock phrase"),
        }

    def set_message(self, message: str, busy: bool = False) -> None:
        self._message = message
        self.status.setText(message)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.model.removeRows(0, self.model.rowCount())
        self.items, self.chosen = [], None
        self.search.setEnabled(False)
        self._draw()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def show_items(self, formulations: Sequence[Formulation], phrases: Sequence[Formulation]) -> None:
        """Formulations first, then stock phrases, each most reports first."""
        self.set_message("")
        self.items = [*formulations, *phrases]
        kinds = self._kind_names()
        for item in self.items:
            first = item.first_date.iso() if item.first_date else ""
            cells = [
                (item.text, item.text),
                (kinds.get(item.kind, item.kind), item.kind),
                (str(item.count), item.count),
                (str(item.reports), item.reports),
                (first, first or "9999"),
            ]
            row = []
            for column, (text, key) in enumerate(cells):
                cell = QStandardItem(text)
                cell.setData(key, SortRole)
                if column in (COUNT, REPORTS):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(cell)
            row[PHRASE].setToolTip(plain(item.text))
            row[KIND].setData(item.kind, TextRole)
            self.model.appendRow(row)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the library's order
        self._show_count()
        if self.items:
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _show_count(self) -> None:
        numbered = sum(1 for i in self.items if i.kind != "phrase")
        self.status.setText(
            self.tr("%1 numbered formulations and %2 stock phrases found in two or more reports.")
            .replace("%1", str(numbered))
            .replace("%2", str(len(self.items) - numbered))
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        self.chosen = self.items[row] if 0 <= row < len(self.items) else None
        self.search.setEnabled(self.chosen is not None)
        self._draw()

    def _search_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.search_requested.emit(str(index.siblingAtColumn(PHRASE).data()))

    def _draw(self) -> None:
        """Occurrences and reports per month of the chosen item; its first month marked."""
        if self._canvas is None:
            return  # drawn when first shown
        import matplotlib

        figure = self._canvas.figure
        figure.clear()
        item = self.chosen
        with matplotlib.rc_context(style_for(self)):
            axes = figure.add_subplot()
            if item is None or not item.spread.months:
                axes.set_axis_off()
                if item is not None:
                    axes.text(0.5, 0.5, self.tr("No dated report has it."), ha="center", va="center")
            else:
                months = [m for m, _n, _r in item.spread.months]
                positions = range(len(months))
                axes.bar(
                    positions,
                    [n for _m, n, _r in item.spread.months],
                    color="#c98b2b",
                    label=self.tr("Times"),
                )
                axes.plot(
                    positions,
                    [r for _m, _n, r in item.spread.months],
                    "o-",
                    color="#2b6cb0",
                    label=self.tr("Reports"),
                )
                step = max(1, len(months) // 8)
                axes.set_xticks(list(positions)[::step], months[::step], rotation=30, ha="right")
                axes.axvline(0, color="#b03a2e", linestyle="--", linewidth=1)
                first = item.first_date.iso() if item.first_date else months[0]
                axes.set_title(
                    self.tr("%1: first %2, in %3 reports")
                    .replace("%1", item.text)
                    .replace("%2", first)
                    .replace("%3", str(item.reports)),
                    fontsize=10,
                )
                axes.legend(loc="upper right", fontsize=8)
                if item.spread.undated:
                    axes.set_xlabel(
                        self.tr("and %1 times in reports without a full date").replace(
                            "%1", str(item.spread.undated)
                        )
                    )
            self._canvas.draw_idle()
