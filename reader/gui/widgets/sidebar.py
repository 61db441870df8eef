"""The sidebar: the filter box, the tag (or variable) filter and the list of reports.

It shows rows and emits what the user asks for: `entry_activated(ReportEntry)` (a
click, Enter, or Enter in the filter box) and `choice_changed(object)` (the filter
menu: the window answers with `set_allowed_paths`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTreeView, QVBoxLayout, QWidget

from reader.core.index.listings import EntryChanges, Listings
from reader.core.index.scan import ReportEntry
from reader.core.problems import user_language
from reader.core.reading.dates import human_date
from reader.gui.widgets.report_filter import FilterEdit, ReportFilterProxy, first_report
from reader.gui.widgets.report_tree import DATE, NOTES, NUMBER, TITLE, EntryRole, ReportTreeModel, rows_for


class Sidebar(QWidget):
    """The filter box, the filter menu and the report list (see the module docstring)."""

    entry_activated = Signal(object)  # ReportEntry
    choice_changed = Signal(object)  # the filter menu's choice: None, a tag, a variable's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = FilterEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = ReportTreeModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.report_list = QTreeView(self)
        self.report_list.setObjectName("reportList")
        self.report_list.setModel(self.proxy)
        self.report_list.setUniformRowHeights(True)
        self.report_list.setSortingEnabled(True)
        self.report_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.report_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.report_list.setAlternatingRowColors(True)
        header = self.report_list.header()
        header.setStretchLastSection(False)
        # The title takes what the other columns leave; those the user can resize
        # (remembered). Their widths come from the font, not the rows: sizing to
        # contents reads every row (10,000 rows took over a second to paint).
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.report_list.fontMetrics()
        for column, sample in ((DATE, self._widest_date()), (NUMBER, "0000"), (NOTES, "00")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        self._date_width = header.sectionSize(DATE)  # the width chosen for the dates, not by the user
        header.setMinimumSectionSize(metrics.horizontalAdvance("✎") + 12)
        header.setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tag_filter)
        layout.addWidget(self.report_list, 1)

        self.tag_filter.currentIndexChanged.connect(lambda _i: self.choice_changed.emit(self.choice()))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.down_pressed.connect(self._filter_to_list)
        self.filter_edit.returnPressed.connect(self._open_first_match)
        self.report_list.clicked.connect(self._activated)
        self.report_list.activated.connect(self._activated)  # Enter, or double-click

    def show_entries(self, entries: Sequence[ReportEntry], listings: dict) -> None:
        """A library's reports (titles from the cached listings, else first lines)."""
        self.model.set_rows(rows_for(entries, listings))
        self.report_list.expandToDepth(0)

    def update_entries(
        self, entries: Sequence[ReportEntry], changes: EntryChanges, listings: Listings
    ) -> None:
        """Reports added, removed or changed since the list was filled (`entries`:
        the library's reports now). The selection, the open folders and the rows in
        view stay; a new folder opens."""
        view = self.report_list
        top = QPersistentModelIndex(view.indexAt(QPoint(0, 0)))
        offset = view.visualRect(top).top() if top.isValid() else 0
        folders = set(self.model.categories())
        self.model.update_rows(
            rows_for(changes.added + changes.changed, listings),
            {entry.relpath for entry in changes.removed},
            [entry.relpath for entry in entries],
        )
        for row, folder in enumerate(self.model.categories()):
            if folder not in folders:
                view.expand(self.proxy.mapFromSource(self.model.index(row, TITLE)))
        if top.isValid() and view.visualRect(top).top() != offset:
            view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)

    def first_entry(self) -> ReportEntry | None:
        """The first report the list shows (inside the first folder when grouped)."""
        first = first_report(self.proxy)
        return first.data(EntryRole) if first.isValid() else None

    def select_entry(self, entry: ReportEntry) -> None:
        index = self.proxy.mapFromSource(self.model.index_for_path(entry.relpath))
        if index.isValid():
            self.report_list.setCurrentIndex(index)
            self.report_list.scrollTo(index)

    @staticmethod
    def _widest_date() -> str:
        return human_date("2019-12-28", user_language())  # dates show as people read them

    def fit_dates(self) -> None:
        """After a change of language: size the date column for the dates in the new
        language, unless the user has sized it (a width the user chose is kept)."""
        header = self.report_list.header()
        if header.sectionSize(DATE) != self._date_width:
            return
        self._date_width = self.report_list.fontMetrics().horizontalAdvance(self._widest_date()) + 12
        header.resizeSection(DATE, self._date_width)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def set_grouped(self, grouped: bool) -> None:
        self.model.set_grouped(grouped)
        self.report_list.expandToDepth(0)

    # -- the filter menu -------------------------------------------------------------------
    def choice(self) -> object:
        return self.tag_filter.currentData()

    def set_choices(self, everything: str, choices: Sequence[tuple[str, object]]) -> None:
        """Fill the filter menu, keeping the choice when it is still offered (a choice
        kept is announced again: what it lets through may have changed)."""
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(everything, None)
        for label, data in choices:
            self.tag_filter.addItem(label, data)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        if current is not None:
            self.choice_changed.emit(self.choice())

    def set_allowed_paths(self, paths: set[str] | None) -> None:
        self.proxy.set_allowed_paths(paths)
        self.report_list.expandToDepth(0)

    # -- keys and clicks ------------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.report_list.expandToDepth(0)

    def _filter_to_list(self) -> None:
        """Down in the filter box: on to the list, at the first match (at the open
        report when nothing is typed); arrows move on from there, Enter opens."""
        current = self.report_list.currentIndex()
        if self.filter_edit.text().strip() or not current.isValid() or current.data(EntryRole) is None:
            current = first_report(self.proxy)
        if current.isValid():
            self.report_list.setCurrentIndex(current)
        self.report_list.setFocus(Qt.FocusReason.TabFocusReason)

    def _open_first_match(self) -> None:
        """Enter in the filter box: open the first report the filter shows."""
        first = first_report(self.proxy)
        if first.isValid():
            self.report_list.setCurrentIndex(first)
            self._activated(first)

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if entry is not None:
            self.entry_activated.emit(entry)
