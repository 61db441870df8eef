"""The Outline panel: the open report's document fields (文号, organs, kind, date,
attachments) and its headings as a tree; clicking a heading asks to go there, and
the heading holding the place being read is kept selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from reader.core.problems import user_language
from reader.gui.plain_text import plain, plain_labels

if TYPE_CHECKING:  # the analysis loads when a report is first analysed, not at start
    from reader.core.analysis.docstructure import DocumentStructure, Section

StartRole = Qt.ItemDataRole.UserRole + 1
EndRole = Qt.ItemDataRole.UserRole + 2


class OutlinePanel(QWidget):
    """Shows a `DocumentStructure`; `position_requested(start)` when a heading is chosen."""

    position_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.fields = QLabel(self)
        self.fields.setObjectName("outlineFields")
        self.fields.setWordWrap(True)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setObjectName("outlineEmpty")
        self.empty.setWordWrap(True)
        plain_labels(self.fields, self.empty)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("outlineTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.fields)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.tree.clicked.connect(self._chosen)
        self.tree.activated.connect(self._chosen)
        self.structure: DocumentStructure | None = None
        self._loading = False
        self.retranslate()
        self.show_structure(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._show_fields()
        self._show_empty()

    def set_loading(self) -> None:
        """A report is being read: the last one's outline goes."""
        self._loading = True
        self.structure = None
        self.model.clear()
        self._show_fields()
        self._show_empty()

    def show_structure(self, structure: DocumentStructure | None) -> None:
        """Show `structure` (None: no report is open)."""
        self._loading = False
        self.structure = structure
        self.model.clear()
        if structure is not None:
            self._add(self.model.invisibleRootItem(), structure.outline)
            self.tree.expandToDepth(0)
        self._show_fields()
        self._show_empty()

    def follow(self, offset: int) -> None:
        """Select the innermost heading holding `offset` (without asking to go there)."""
        if self.structure is None:
            return
        index = QModelIndex()
        found = QModelIndex()
        while True:
            child = self._child_holding(index, offset)
            if not child.isValid():
                break
            found = index = child
        if found.isValid() and found != self.tree.currentIndex():
            self.tree.setCurrentIndex(found)
            self.tree.scrollTo(found)

    def _child_holding(self, parent: QModelIndex, offset: int) -> QModelIndex:
        for row in range(self.model.rowCount(parent)):
            child = self.model.index(row, 0, parent)
            if child.data(StartRole) <= offset < child.data(EndRole):
                return child
        return QModelIndex()

    def _add(self, parent: QStandardItem, sections: list[Section]) -> None:
        for section in sections:
            text = f"{section.label} {section.title}".strip()
            item = QStandardItem(text)
            item.setToolTip(plain(text))
            item.setData(section.start, StartRole)
            item.setData(section.end, EndRole)
            parent.appendRow(item)
            self._add(item, section.children)

    def _chosen(self, index: QModelIndex) -> None:
        start = index.data(StartRole)
        if start is not None:
            self.position_requested.emit(int(start))

    def _show_fields(self) -> None:
        s = self.structure
        rows = []
        if s is not None:
            lang = user_language()
            values = (
                (self.tr("Document number"), s.number.normalised if s.number else ""),
                (self.tr("Issuing organs"), "、".join(o.name for o in s.organs)),
                (self.tr("Kind"), s.kind or ""),
                (self.tr("Date of issue"), s.date.human(lang) if s.date else ""),
                (self.tr("Attachments"), "；".join(a.name for a in s.attachments)),
            )
            pair = self.tr("%1: %2")
            rows = [pair.replace("%1", name).replace("%2", value) for name, value in values if value]
        self.fields.setText("\n".join(rows))
        self.fields.setVisible(bool(rows))

    def _show_empty(self) -> None:
        if self._loading:
            message = self.tr("Reading the report's structure…")
        elif self.structure is None:
            message = self.tr("Open a report to see its outline.")
        elif not self.structure.outline:
            message = self.tr("No headings found in this report (一、 （一） 1. or 第一条).")
        else:
            message = ""
        self.empty.setText(message)
        self.empty.setVisible(bool(message))
