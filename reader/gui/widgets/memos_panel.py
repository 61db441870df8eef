"""The Memos panel: memos on reports and tags and the research journal; edit with
autosave, link to passages. It shows what it is given and emits what the user wants
(the window makes each change through the library, undoable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.memos import JOURNAL, REPORT, TAG, Memo
from reader.core.text.folding import fold

#: How long after the last keystroke a memo is saved.
AUTOSAVE_MS = 800
IdRole = Qt.ItemDataRole.UserRole + 1
ALL, THIS_REPORT = "all", "this-report"
Index = QModelIndex | QPersistentModelIndex


class MemoListModel(QAbstractListModel):
    """Memos as rows: 'label — what it is about'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._memos: list[Memo] = []
        self._about: Callable[[Memo], str] = lambda m: m.about

    def set_memos(self, memos: Sequence[Memo], about: Callable[[Memo], str]) -> None:
        self.beginResetModel()
        self._memos, self._about = list(memos), about
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._memos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        memo = self._memos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = memo.label() or "…"
            return f"{label} — {self._about(memo)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{memo.author} · {memo.modified[:16].replace('T', ' ')}"
        if role == IdRole:
            return memo.id
        return None

    def row_of(self, memo_id: str) -> int:
        return next((i for i, m in enumerate(self._memos) if m.id == memo_id), -1)

    def memo(self, row: int) -> Memo | None:
        return self._memos[row] if 0 <= row < len(self._memos) else None


class MemosPanel(QWidget):
    """A list of memos (all, the journal, this report's, the tags'), and the chosen
    memo's title, text and linked passages."""

    create_requested = Signal(str)  # kind
    edit_requested = Signal(str, str, str)  # id, title, text
    delete_requested = Signal(str)
    link_requested = Signal(str)  # memo id: link the selected annotation
    unlink_requested = Signal(str, str)  # memo id, annotation id
    passage_activated = Signal(str)  # annotation id
    about_activated = Signal(str, str)  # kind, about: open the report or tag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoPanel")
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("memoFilter")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newMemo")
        self.new_menu = QMenu(self)
        self.new_journal = self.new_menu.addAction("")
        self.new_report = self.new_menu.addAction("")
        self.new_tag = self.new_menu.addAction("")
        self.new_journal.setObjectName("newJournalMemo")
        self.new_report.setObjectName("newReportMemo")
        self.new_tag.setObjectName("newTagMemo")
        self.new_button.setMenu(self.new_menu)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteMemo")
        self.search = QLineEdit(self)
        self.search.setObjectName("memoSearch")
        self.search.setClearButtonEnabled(True)
        top = QHBoxLayout()
        top.addWidget(self.show_filter, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.model = MemoListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("memoList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)

        editor = QWidget(self)
        self.about_button = QPushButton(editor)
        self.about_button.setObjectName("memoAbout")
        self.about_button.setFlat(True)
        self.about_button.setStyleSheet("QPushButton { text-align: left; }")
        self.title_edit = QLineEdit(editor)
        self.title_edit.setObjectName("memoTitle")
        self.title_edit.setMaxLength(200)
        self.text_edit = QPlainTextEdit(editor)
        self.text_edit.setObjectName("memoText")
        self.links_label = QLabel(editor)
        self.links = QListWidget(editor)
        self.links.setObjectName("memoLinks")
        self.links.setMaximumHeight(110)
        self.link_button = QPushButton(editor)
        self.link_button.setObjectName("linkMemoPassage")
        self.unlink_button = QPushButton(editor)
        self.unlink_button.setObjectName("unlinkMemoPassage")
        self.saved_label = QLabel(editor)
        self.saved_label.setObjectName("memoSaved")
        link_row = QHBoxLayout()
        link_row.addWidget(self.links_label, 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.about_button)
        editor_layout.addWidget(self.title_edit)
        editor_layout.addWidget(self.text_edit, 1)
        editor_layout.addLayout(link_row)
        editor_layout.addWidget(self.links)
        editor_layout.addWidget(self.saved_label)
        self.editor = editor

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)

        self._memo: Memo | None = None
        self._memos: list[Memo] = []
        self._editable = True
        self._current_report: str | None = None
        self._about_text: Callable[[Memo], str] = lambda m: m.about
        self._passage_text: Callable[[str], str | None] = lambda _id: None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.show_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.search.textChanged.connect(lambda _t: self._fill())
        self.new_journal.triggered.connect(lambda: self.create_requested.emit(JOURNAL))
        self.new_report.triggered.connect(lambda: self.create_requested.emit(REPORT))
        self.new_tag.triggered.connect(lambda: self.create_requested.emit(TAG))
        self.delete_button.clicked.connect(self._delete)
        self.title_edit.textEdited.connect(lambda _t: self._autosave.start())
        self.text_edit.textChanged.connect(self._text_changed)
        self.title_edit.editingFinished.connect(self.flush)
        self.link_button.clicked.connect(lambda: self._memo and self.link_requested.emit(self._memo.id))
        self.unlink_button.clicked.connect(self._unlink)
        self.links.itemActivated.connect(lambda item: self.passage_activated.emit(item.data(IdRole)))
        self.links.itemClicked.connect(lambda item: self.passage_activated.emit(item.data(IdRole)))
        self.about_button.clicked.connect(self._about_clicked)
        self._filling_editor = False
        self.retranslate()
        self._show_memo(None)

    def retranslate(self) -> None:
        current = self.show_filter.currentData() or ALL
        self.show_filter.blockSignals(True)
        self.show_filter.clear()
        for key, text in (
            (ALL, self.tr("All memos")),
            (JOURNAL, self.tr("Journal")),
            (THIS_REPORT, self.tr("This report")),
            (REPORT, self.tr("Memos on reports")),
            (TAG, self.tr("Memos on tags")),
        ):
            self.show_filter.addItem(text, key)
        self.show_filter.setCurrentIndex(max(0, self.show_filter.findData(current)))
        self.show_filter.blockSignals(False)
        self.new_button.setText(self.tr("New Memo"))
        self.new_journal.setText(self.tr("Journal Entry"))
        self.new_report.setText(self.tr("On This Report"))
        self.new_tag.setText(self.tr("On the Selected Tag"))
        self.delete_button.setText(self.tr("Delete"))
        self.search.setPlaceholderText(self.tr("Search the memos"))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.text_edit.setPlaceholderText(self.tr("Write here; it is saved as you type."))
        self.links_label.setText(self.tr("Linked passages:"))
        self.link_button.setText(self.tr("Link Selected Annotation"))
        self.unlink_button.setText(self.tr("Unlink"))
        self._fill()

    # -- what the window gives -------------------------------------------------------------
    def show_memos(
        self,
        memos: Sequence[Memo],
        current_report: str | None,
        about_text: Callable[[Memo], str],
        passage_text: Callable[[str], str | None],
        editable: bool,
    ) -> None:
        """Show `memos`; the memo being edited stays, its unsaved typing too."""
        self._memos = list(memos)
        self._current_report = current_report
        self._about_text, self._passage_text = about_text, passage_text
        self._editable = editable
        self._fill()

    def select(self, memo_id: str) -> None:
        """Show and edit one memo (the filter shows all memos when it is hidden)."""
        if self.model.row_of(memo_id) < 0:
            self.show_filter.setCurrentIndex(self.show_filter.findData(ALL))
        row = self.model.row_of(memo_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self.title_edit.setFocus()

    def current_id(self) -> str | None:
        return self._memo.id if self._memo is not None else None

    def flush(self) -> None:
        """Save the typing not yet saved (autosave, leaving the memo, closing)."""
        self._autosave.stop()
        memo = self._memo
        if memo is None or not self._editable:
            return
        title, text = self.title_edit.text(), self.text_edit.toPlainText()
        if title.strip() != memo.title or text != memo.text:
            self.edit_requested.emit(memo.id, title, text)

    # -- inside ------------------------------------------------------------------------------
    def _visible(self) -> list[Memo]:
        key = self.show_filter.currentData() or ALL
        if key == ALL:
            shown = self._memos
        elif key == THIS_REPORT:
            shown = [m for m in self._memos if m.kind == REPORT and m.about == self._current_report]
        else:
            shown = [m for m in self._memos if m.kind == key]
        words = fold(self.search.text()).split()
        if words:  # every word in the title, text or what the memo is about (width-folded)
            shown = [
                m for m in shown if all(w in fold(f"{m.title} {m.text} {self._about_text(m)}") for w in words)
            ]
        return shown

    def _fill(self) -> None:
        current = self._memo.id if self._memo is not None else None
        visible = self._visible()
        self.list.selectionModel().blockSignals(True)
        self.model.set_memos(visible, self._about_text)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self.list.selectionModel().blockSignals(False)
        self._show_memo(self.model.memo(row) if row >= 0 else None)
        self.new_button.setEnabled(self._editable)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        memo = self.model.memo(current.row()) if current.isValid() else None
        if memo is not None:
            memo = next((m for m in self._memos if m.id == memo.id), memo)
        self._show_memo(memo)

    def _show_memo(self, memo: Memo | None) -> None:
        previous, self._memo = self._memo, memo
        editable = memo is not None and self._editable
        for widget in (self.title_edit, self.text_edit, self.link_button, self.unlink_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self._filling_editor = True
        if memo is None:
            self.title_edit.clear()
            self.text_edit.clear()
            self.about_button.setText("")
        else:
            same = previous is not None and previous.id == memo.id
            typing = self._autosave.isActive()
            if not (same and typing) and self.title_edit.text().strip() != memo.title:
                self.title_edit.setText(memo.title)
            if not (same and typing) and self.text_edit.toPlainText() != memo.text:
                self.text_edit.setPlainText(memo.text)
            self.about_button.setText(self._about_line(memo))
            self.saved_label.setText(
                self.tr("%1 · saved %2")
                .replace("%1", memo.author)
                .replace("%2", memo.modified[:19].replace("T", " "))
            )
        self._filling_editor = False
        self.links.clear()
        for ann_id in memo.links if memo is not None else ():
            text = self._passage_text(ann_id)
            item = QListWidgetItem(text if text is not None else self.tr("(a deleted annotation)"))
            item.setData(IdRole, ann_id)
            self.links.addItem(item)
        if memo is None:
            self.saved_label.clear()

    def _about_line(self, memo: Memo) -> str:
        if memo.kind == JOURNAL:
            return self.tr("Journal entry")
        if memo.kind == TAG:
            return self.tr("On the tag %1").replace("%1", memo.about[:40])
        about = self._about_text(memo)
        about = about if len(about) <= 24 else about[:23] + "…"
        return self.tr("On the report %1").replace("%1", about)

    def _about_clicked(self) -> None:
        if self._memo is not None and self._memo.kind != JOURNAL:
            self.about_activated.emit(self._memo.kind, self._memo.about)

    def _text_changed(self) -> None:
        if not self._filling_editor and self._memo is not None:
            self._autosave.start()

    def _delete(self) -> None:
        if self._memo is not None:
            self._autosave.stop()
            self.delete_requested.emit(self._memo.id)

    def _unlink(self) -> None:
        item = self.links.currentItem()
        if self._memo is not None and item is not None:
            self.flush()
            self.unlink_requested.emit(self._memo.id, item.data(IdRole))
