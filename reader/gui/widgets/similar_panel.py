"""The Similar reports panel: the reports sharing most of the open report's text
(shared characters, share of the report), and the open report's shared passages,
each with every report that carries it, earliest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
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

PathRole = Qt.ItemDataRole.UserRole + 1
SpanRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class SimilarRow:
    relpath: str
    title: str
    date: str  # as people read it
    shared_chars: int
    share: float


@dataclass(frozen=True, slots=True)
class Carrier:
    relpath: str
    title: str
    date: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PassageRow:
    excerpt: str
    text: str
    carriers: tuple[Carrier, ...]  # earliest first


class SimilarPanel(QWidget):
    """Asks to compare with a report (`compare_requested`), to open a passage where
    another report carries it (`open_requested`), or to stop the computation."""

    compare_requested = Signal(str)
    open_requested = Signal(str, int, int)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPanel")
        self.status = QLabel(self)
        self.status.setObjectName("similarStatus")
        self.status.setWordWrap(True)
        plain_labels(self.status)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("similarProgress")
        self.progress.setMaximumWidth(200)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("similarCancel")
        self.compare = QPushButton(self)
        self.compare.setObjectName("similarCompare")
        self.compare.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel)
        top.addWidget(self.compare)
        self.reports_model = QStandardItemModel(self)
        self.reports = self._tree("similarReports", self.reports_model)
        self.reports.setRootIsDecorated(False)
        self.passages_model = QStandardItemModel(self)
        self.passages = self._tree("sharedPassages", self.passages_model)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.reports)
        splitter.addWidget(self.passages)
        splitter.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reports.activated.connect(self._compare_index)
        self.reports.doubleClicked.connect(self._compare_index)
        self.reports.selectionModel().currentChanged.connect(
            lambda cur, _p: self.compare.setEnabled(cur.isValid())
        )
        self.compare.clicked.connect(lambda: self._compare_index(self.reports.currentIndex()))
        self.passages.activated.connect(self._open_index)
        self.passages.doubleClicked.connect(self._open_index)
        self.cancel.clicked.connect(self.cancel_requested)
        self._rows: Sequence[SimilarRow] = ()
        self._passages: Sequence[PassageRow] = ()
        self._message = ""
        self.set_message("")
        self.retranslate()

    def _tree(self, name: str, model: QStandardItemModel) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName(name)
        tree.setModel(model)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.header().setStretchLastSection(False)
        return tree

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.compare.setText(self.tr("Compare Side by Side"))
        self.compare.setToolTip(
            self.tr("Show the open report and the chosen one side by side (double-click)")
        )
        self.reports_model.setHorizontalHeaderLabels(
            [self.tr("Similar report"), self.tr("Date"), self.tr("Shared characters"), self.tr("Share")]
        )
        self.passages_model.setHorizontalHeaderLabels([self.tr("Shared passage / reports carrying it"), ""])
        for header in (self.reports.header(), self.passages.header()):
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, header.count()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if not self._message:
            self._show_counts()

    # -- states ---------------------------------------------------------------------------------------
    def set_message(self, message: str, busy: bool = False) -> None:
        """A state without results (waiting, computing, nothing open); `busy` shows progress."""
        self._message = message
        self.status.setText(message)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.reports_model.removeRows(0, self.reports_model.rowCount())
        self.passages_model.removeRows(0, self.passages_model.rowCount())
        self.compare.setEnabled(False)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def show_results(self, rows: Sequence[SimilarRow], passages: Sequence[PassageRow]) -> None:
        self.set_message("")
        self._rows, self._passages = rows, passages
        for row in rows:
            title = QStandardItem(row.title or row.relpath)
            title.setData(row.relpath, PathRole)
            title.setToolTip(plain(row.relpath))
            chars = QStandardItem(str(row.shared_chars))
            share = QStandardItem(f"{row.share:.0%}")
            for item in (chars, share):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.reports_model.appendRow([title, QStandardItem(row.date), chars, share])
        for passage in passages:
            head = QStandardItem(passage.excerpt)
            head.setToolTip(plain(passage.text))
            count = QStandardItem(str(len({c.relpath for c in passage.carriers})))
            for carrier in passage.carriers:
                child = QStandardItem(f"{carrier.date}  {carrier.title or carrier.relpath}")
                child.setData(carrier.relpath, PathRole)
                child.setData((carrier.start, carrier.end), SpanRole)
                child.setToolTip(plain(carrier.relpath))
                head.appendRow([child, QStandardItem("")])
            self.passages_model.appendRow([head, count])
        self._show_counts()

    def _show_counts(self) -> None:
        if not self._rows:
            self.status.setText(
                self.tr("No other report shares a passage of 50 characters or more with this one.")
            )
        else:
            self.status.setText(
                self.tr("%1 reports share passages with this one; %2 of its passages are shared.")
                .replace("%1", str(len(self._rows)))
                .replace("%2", str(len(self._passages)))
            )

    def _compare_index(self, index: QModelIndex) -> None:
        if index.isValid():
            path = index.siblingAtColumn(0).data(PathRole)
            if path:
                self.compare_requested.emit(str(path))

    def _open_index(self, index: QModelIndex) -> None:
        item = index.siblingAtColumn(0)
        span = item.data(SpanRole)
        if item.data(PathRole) and span:
            self.open_requested.emit(str(item.data(PathRole)), int(span[0]), int(span[1]))
