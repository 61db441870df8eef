"""The library search panel: query, mode, limits, and keyword-in-context results
grouped by report (hits listed when a report is expanded), with CSV export; with
"Include memos", the memos with hits follow the reports (a click opens the memo)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.memo_search import TITLE, MemoHits, memo_line, search_memos
from reader.core.analysis.search import (
    MODES,
    PHRASE,
    Query,
    ReportHits,
    SearchError,
    SearchResult,
    kwic,
    sort_reports,
)
from reader.core.annotations.memos import Memo
from reader.core.problems import user_language
from reader.core.reading.dates import human_date
from reader.gui.plain_text import plain, plain_labels

GroupRole = Qt.ItemDataRole.UserRole + 1  # ReportHits on a report row
HitRole = Qt.ItemDataRole.UserRole + 2  # (relpath, start, end) on a hit row
KwicRole = Qt.ItemDataRole.UserRole + 3  # (left, hit, right) on a hit row
MemoRole = Qt.ItemDataRole.UserRole + 4  # the memo's id on a memo row and its hit rows
LOADING = "…"


class KwicDelegate(QStyledItemDelegate):
    """Draws a hit row as a concordance line: the hits of all rows line up, the hit
    itself bold on the highlight colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        parts = index.data(KwicRole)
        if not parts:
            super().paint(painter, option, index)
            return
        left, hit, right = parts
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        rect = option.rect.adjusted(4, 0, -4, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics, bold_metrics = QFontMetrics(option.font), QFontMetrics(bold)
        hit_width = bold_metrics.horizontalAdvance(hit)
        # Every hit starts at the same x: room for 20 characters of left context.
        centre = rect.left() + min(metrics.horizontalAdvance("国") * 21, rect.width() // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(colour)
        flags = Qt.AlignmentFlag.AlignVCenter
        left_rect = QRect(rect.left(), rect.top(), centre - rect.left() - 4, rect.height())
        painter.drawText(left_rect, flags | Qt.AlignmentFlag.AlignRight, metrics.elidedText(
            left, Qt.TextElideMode.ElideLeft, left_rect.width()))  # fmt: skip
        hit_rect = QRect(centre, rect.top() + 1, hit_width + 4, rect.height() - 2)
        if not selected:
            mark = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            mark.setAlpha(70)
            painter.fillRect(hit_rect, mark)
        painter.setFont(bold)
        painter.drawText(hit_rect, flags | Qt.AlignmentFlag.AlignHCenter, hit)
        painter.setFont(option.font)
        right_rect = QRect(
            hit_rect.right() + 4, rect.top(), rect.right() - hit_rect.right() - 4, rect.height()
        )
        painter.drawText(right_rect, flags | Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
            right, Qt.TextElideMode.ElideRight, right_rect.width()))  # fmt: skip
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), QFontMetrics(option.font).height() + 6))


class SearchPanel(QWidget):
    """Emits `search_requested(Query)`; shows a SearchResult; emits `hit_activated`
    (relpath, start, end) when a line is clicked, `export_requested` for CSV, and
    `memo_activated(memo id)` when a memo or a hit in one is clicked. With "Include
    memos" checked, the memos `memo_source()` gives are searched with the query of
    the result shown (they are few and in memory: on the UI thread)."""

    search_requested = Signal(object)
    hit_activated = Signal(str, int, int)
    memo_activated = Signal(str)
    export_requested = Signal()
    tag_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.result: SearchResult | None = None
        self.memo_source: Callable[[], Sequence[Memo]] | None = None
        self.memo_hits: list[MemoHits] = []
        self._summarised = False  # the summary shows the result's counts (not a message)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.mode = QComboBox(self)
        self.mode.setObjectName("searchMode")
        for mode in MODES:
            self.mode.addItem("", mode)
        self.exact = QCheckBox(self)
        self.exact.setObjectName("searchExact")
        self.memos = QCheckBox(self)
        self.memos.setObjectName("searchMemos")
        self.folder = QComboBox(self)
        self.folder.setObjectName("searchFolder")
        self.tag = QComboBox(self)
        self.tag.setObjectName("searchTag")
        self.sort = QComboBox(self)
        self.sort.setObjectName("searchSort")
        for key in ("report", "date", "count"):
            self.sort.addItem("", key)
        self.go = QPushButton(self)
        self.go.setObjectName("searchGo")
        self.export = QPushButton(self)
        self.export.setObjectName("searchExport")
        self.export.setEnabled(False)
        self.tag_all = QPushButton(self)  # auto-coding, reviewed
        self.tag_all.setObjectName("searchTagAll")
        self.tag_all.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        plain_labels(self.summary)  # shows error messages that quote the query
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setColumnCount(3)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegateForColumn(0, KwicDelegate(self.results))
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        row = QHBoxLayout()
        for widget, stretch in ((self.edit, 3), (self.mode, 0), (self.exact, 0), (self.memos, 0),
                                (self.folder, 1), (self.tag, 1), (self.go, 0)):  # fmt: skip
            row.addWidget(widget, stretch)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        self.sort_label = QLabel(self)
        bottom.addWidget(self.sort_label)
        bottom.addWidget(self.sort)
        bottom.addWidget(self.tag_all)
        bottom.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

        self.edit.returnPressed.connect(self.request)
        self.go.clicked.connect(self.request)
        self.mode.currentIndexChanged.connect(self._rerun)
        self.exact.toggled.connect(self._rerun)
        self.memos.toggled.connect(lambda: self.show_result(self.result) if self.result else None)
        self.folder.currentIndexChanged.connect(self._rerun)
        self.tag.currentIndexChanged.connect(self._rerun)
        self.sort.currentIndexChanged.connect(lambda: self.show_result(self.result) if self.result else None)
        self.results.itemExpanded.connect(self._fill)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.export.clicked.connect(self.export_requested)
        self.tag_all.clicked.connect(self.tag_all_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search every report (Enter)"))
        names = {
            "phrase": self.tr("Phrase"),
            "words": self.tr("All words"),
            "regex": self.tr("Regular expression"),
        }
        for i in range(self.mode.count()):
            self.mode.setItemText(i, names[self.mode.itemData(i)])
        self.exact.setText(self.tr("Match case, width and script"))
        self.exact.setToolTip(self.tr("Off: ＡＢＣ finds abc, １９９８ finds 1998 and 发展 finds 發展"))
        self.memos.setText(self.tr("Include memos"))
        self.memos.setToolTip(
            self.tr("Also search the titles and texts of the memos, listed after the reports")
        )
        sorts = {"report": self.tr("Library order"), "date": self.tr("Date"), "count": self.tr("Most hits")}
        for i in range(self.sort.count()):
            self.sort.setItemText(i, sorts[self.sort.itemData(i)])
        self.sort_label.setText(self.tr("Sort:"))
        self.go.setText(self.tr("Search"))
        self.export.setText(self.tr("Export CSV…"))
        self.tag_all.setText(self.tr("Tag All Hits…"))
        self.results.setHeaderLabels([self.tr("Report / passage"), self.tr("Date"), self.tr("Hits")])
        if self.folder.count():
            self.folder.setItemText(0, self.tr("All folders"))
        if self.tag.count():
            self.tag.setItemText(0, self.tr("Anywhere"))
        if self._summarised:
            self._summarise()

    def set_choices(self, folders: Sequence[str], tags: Sequence[str]) -> None:
        """The library's folders and tags, for limiting a search."""
        for combo, items in ((self.folder, folders), (self.tag, tags)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for item in items:
                combo.addItem(item, item)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.retranslate()

    def query(self) -> Query:
        tag = self.tag.currentData()
        return Query(
            self.edit.text(),
            self.mode.currentData() or PHRASE,
            self.exact.isChecked(),
            self.folder.currentData(),
            frozenset({tag}) if tag else None,
        )

    def request(self) -> None:
        if self.edit.text().strip():
            self.search_requested.emit(self.query())

    def _rerun(self) -> None:
        if self.result is not None and self.edit.text().strip():
            self.request()

    def show_busy(self, message: str) -> None:
        self._summarised = False
        self.summary.setText(message)

    def _summarise(self) -> None:
        """The result's counts, in the UI language (again after a language switch)."""
        result = self.result
        if result is None:
            return
        self._summarised = True
        text = self.tr("%1 hits in %2 reports").replace("%1", str(result.total))
        text = text.replace("%2", str(len(result.reports)))
        if self.memos.isChecked():
            hits = sum(h.count for h in self.memo_hits)
            memos = self.tr("%1 hits in %2 memos").replace("%1", str(hits))
            text += self.tr("; ") + memos.replace("%2", str(len(self.memo_hits)))
        self.summary.setText(text)

    def show_result(self, result: SearchResult | None) -> None:
        self.result = result
        self.results.clear()
        if result is None:
            self.export.setEnabled(False)
            self.tag_all.setEnabled(False)
            return
        groups = sort_reports(result, self.sort.currentData() or "report")
        items = []
        for group in groups:
            label = " ".join(p for p in (str(group.report.number or ""), group.report.title) if p)
            date = human_date(group.report.date, user_language())
            item = QTreeWidgetItem([label or group.report.relpath, date, str(group.count)])
            item.setData(0, GroupRole, group)
            item.setToolTip(0, plain(group.report.relpath))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            QTreeWidgetItem(item, [LOADING])  # filled when expanded
            items.append(item)
        self.memo_hits = self._search_memos(result.query)
        items += self._memo_items(self.memo_hits)
        self.results.addTopLevelItems(items)
        if len(items) == 1:
            items[0].setExpanded(True)
        self._summarise()
        self.export.setEnabled(bool(groups))
        self.tag_all.setEnabled(bool(groups))

    def _search_memos(self, query: Query) -> list[MemoHits]:
        if not self.memos.isChecked() or self.memo_source is None:
            return []
        try:
            return search_memos(self.memo_source(), query)
        except SearchError:  # the reports' search said so already
            return []

    def _memo_items(self, found: list[MemoHits]) -> list[QTreeWidgetItem]:
        """A row per memo ("Memo: title", its hits below), after the reports."""
        items = []
        for memo_hits in found:
            memo = memo_hits.memo
            label = self.tr("Memo: %1").replace("%1", memo.label() or self.tr("(untitled)"))
            item = QTreeWidgetItem([label, "", str(memo_hits.count)])
            item.setData(0, MemoRole, memo.id)
            item.setToolTip(0, plain(memo.about or memo.label()))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for field, start, end in memo_hits.hits:
                left, hit, right = memo_line(memo, field, start, end)
                child = QTreeWidgetItem(item, [f"{left}【{hit}】{right}"])
                child.setData(0, MemoRole, memo.id)
                child.setData(0, KwicRole, (left, hit, right))
                child.setToolTip(0, self.tr("In the title") if field == TITLE else self.tr("In the text"))
                child.setFirstColumnSpanned(True)
            items.append(item)
        return items

    def _fill(self, item: QTreeWidgetItem) -> None:
        group: ReportHits | None = item.data(0, GroupRole)
        if group is None or item.childCount() != 1 or item.child(0).data(0, HitRole) is not None:
            return
        item.takeChildren()
        text = group.report.text or ""
        children = []
        for start, end in group.hits:
            line = kwic(text, start, end)
            child = QTreeWidgetItem([f"{line.left}【{line.hit}】{line.right}"])
            child.setData(0, HitRole, (group.report.relpath, start, end))
            child.setData(0, KwicRole, (line.left, line.hit, line.right))
            child.setFirstColumnSpanned(True)
            children.append(child)
        item.addChildren(children)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        memo_id = item.data(0, MemoRole)
        if memo_id is not None:
            self.memo_activated.emit(memo_id)
            return
        hit = item.data(0, HitRole)
        if hit is not None:
            self.hit_activated.emit(*hit)
            return
        group: ReportHits | None = item.data(0, GroupRole)
        if group is not None and group.hits:
            start, end = group.hits[0]
            self.hit_activated.emit(group.report.relpath, start, end)

    def visible_groups(self) -> list[ReportHits]:
        """The result's reports in the order shown."""
        if self.result is None:
            return []
        return sort_reports(self.result, self.sort.currentData() or "report")
