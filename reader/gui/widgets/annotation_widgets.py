"""Annotation widgets: the tag-and-note dialog, the annotation panel of the current
report, and the codebook (tags, their hierarchy and counts, passages per tag)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.anchoring import Anchor
from reader.core.annotations.model import Annotation, Tag
from reader.gui.plain_text import plain, plain_labels

IdRole = Qt.ItemDataRole.UserRole + 1
PlaceRole = Qt.ItemDataRole.UserRole + 2  # (passage shown, quote, start, status)
TAG_SEPARATORS = re.compile(r"[,，;；、\n]+")


def split_tags(text: str) -> list[str]:
    """Tags typed in one line: separated by commas, semicolons or 、 (either width)."""
    return [t.strip() for t in TAG_SEPARATORS.split(text) if t.strip()]


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def completion_tags(tags: Sequence[str]) -> list[str]:
    """What tag completion offers: every tag of the codebook and every level above
    one (`整改` for `整改/专项整治`), in the codebook's order."""
    offered: dict[str, None] = {}
    for tag in tags:
        parts = tag.split("/")
        for depth in range(1, len(parts) + 1):
            offered.setdefault("/".join(parts[:depth]))
    return list(offered)


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last separator, matching anywhere in
    the tag's path (`专项` offers `整改/专项整治`)."""

    def __init__(self, tags: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        # The model must belong to the completer: a model nobody owns is collected
        # by Python as soon as the dialog is built, and completion never appears.
        self.setModel(QStringListModel(completion_tags(tags), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def pathFromIndex(self, index) -> str:  # noqa: ANN001
        edit = self.widget()
        typed = edit.text() if isinstance(edit, QLineEdit) else ""
        head = TAG_SEPARATORS.split(typed)
        done = typed[: len(typed) - len(head[-1])] if head else ""
        return done + str(index.data())

    def splitPath(self, path: str) -> list[str]:
        return [TAG_SEPARATORS.split(path)[-1].strip()]


class NoteEdit(QPlainTextEdit):
    """A note: Enter starts a new line, Tab moves on to the next field (a tab
    character is never what a note needs), Ctrl+Enter sends `submitted`."""

    submitted = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class AnnotationDialog(QDialog):
    """Tags (with completion from the codebook) and a note for the selected passage."""

    def __init__(
        self,
        passage: str,
        known_tags: Sequence[str],
        tags: Sequence[str] = (),
        note: str = "",
        parent=None,  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle(self.tr("Tag passage"))
        self.resize(560, 360)
        quote = QLabel(passage if len(passage) <= 200 else passage[:200] + "…", self)
        quote.setWordWrap(True)
        plain_labels(quote)
        quote.setStyleSheet("QLabel { padding: 6px; border-left: 3px solid palette(highlight); }")
        self.tags_edit = QLineEdit("、".join(tags), self)
        self.tags_edit.setObjectName("annotationTags")
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas (整改/专项整治 for a sub-tag)"))
        self.tags_edit.setCompleter(_TagCompleter(known_tags, self.tags_edit))
        self.note_edit = NoteEdit(note, self)
        self.note_edit.setObjectName("annotationNote")
        self.note_edit.setPlaceholderText(self.tr("Note (optional; Ctrl+Enter to finish)"))
        self.note_edit.submitted.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)

    def focus_note(self) -> None:
        self.note_edit.setFocus()

    def tags(self) -> list[str]:
        return split_tags(self.tags_edit.text())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class AnnotationPanel(QWidget):
    """The current report's annotations: passage, tags, note, time; edit in place."""

    activated = Signal(str)  # annotation id
    edit_requested = Signal(str, list, str)  # id, tags, note
    delete_requested = Signal(str)
    restore_requested = Signal()

    PASSAGE, TAGS, NOTE, TIME = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("annotationList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.PASSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.TAGS, 84), (self.NOTE, 72), (self.TIME, 92)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.banner = QLabel(self)
        self.banner.setObjectName("annotationsReadOnly")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #f8d7c4; color: #5a1e0e; padding: 6px; }")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackup")
        self.location = QLabel(self)
        self.location.setObjectName("sidecarLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_labels(self.banner, self.location)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.location)
        self.banner.hide()
        self.restore_button.hide()
        self._filling = False
        self._section_path: Callable[[int], str] | None = None
        self.tree.itemClicked.connect(lambda item, _c: self.activated.emit(item.data(0, IdRole)))
        self.tree.itemChanged.connect(self._changed)
        self.restore_button.clicked.connect(self.restore_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Passage"), self.tr("Tags"), self.tr("Note"), self.tr("Time")])
        self.restore_button.setText(self.tr("Restore the newest good backup…"))
        self._status_names = {"moved": self.tr("moved"), "orphaned": self.tr("orphaned — passage not found")}

    def show_annotations(self, pairs: Sequence[tuple[Annotation, Anchor]], editable: bool) -> None:
        self._filling = True
        selected = self.selected_id()
        self.tree.clear()
        for annotation, anchor in pairs:
            passage = annotation.quote.exact.replace("\n", " ")
            if anchor.status != "attached":
                passage = f"[{self._status_names.get(anchor.status, anchor.status)}] {passage}"
            item = QTreeWidgetItem(
                self.tree,
                [
                    passage,
                    "、".join(annotation.tags),
                    annotation.note,
                    annotation.modified[5:16].replace("T", " "),
                ],
            )
            item.setData(0, IdRole, annotation.id)
            item.setData(0, PlaceRole, (passage, annotation.quote.exact, anchor.start, anchor.status))
            self._show_place(item)
            item.setToolTip(1, plain("、".join(annotation.tags)))
            item.setToolTip(2, plain(annotation.note))
            item.setToolTip(3, plain(f"{annotation.author}\n{annotation.created}\n{annotation.modified}"))
            if anchor.status == "orphaned":
                item.setForeground(0, QBrush(QColor("#b03a2e")))
            if editable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if annotation.id == selected:
                self.tree.setCurrentItem(item)
        self._filling = False

    def set_section_paths(self, section_path: Callable[[int], str] | None) -> None:
        """Show each passage's section path (二、（三）2., 第三条第二款) before it, from
        `section_path(offset)` of the open report; None shows none."""
        self._section_path = section_path
        filling, self._filling = self._filling, True
        for i in range(self.tree.topLevelItemCount()):
            self._show_place(self.tree.topLevelItem(i))
        self._filling = filling

    def _show_place(self, item: QTreeWidgetItem) -> None:
        passage, exact, start, status = item.data(0, PlaceRole)
        path = self._section_path(start) if self._section_path and status != "orphaned" else ""
        item.setText(0, f"{path}  {passage}" if path else passage)
        tip = self.tr("Section: %1").replace("%1", path) + "\n" + exact if path else exact
        item.setToolTip(0, plain(tip))

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, IdRole) if item is not None else None

    def select(self, ann_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, IdRole) == ann_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)

    def set_read_only(self, reason: str | None, can_restore: bool) -> None:
        self.banner.setVisible(reason is not None)
        self.banner.setText(self.tr("Annotations are read-only: %1").replace("%1", reason or ""))
        self.restore_button.setVisible(reason is not None and can_restore)

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column not in (self.TAGS, self.NOTE):
            return
        self.edit_requested.emit(item.data(0, IdRole), split_tags(item.text(self.TAGS)), item.text(self.NOTE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_id():
            self.delete_requested.emit(self.selected_id())
            return
        super().keyPressEvent(event)


class CodebookPanel(QWidget):
    """Tags as a tree (levels written with '/'), with counts; selecting one lists every
    passage coded with it across the library."""

    passage_activated = Signal(str)  # annotation id
    tag_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags = QTreeWidget(self)
        self.tags.setObjectName("tagList")
        self.tags.setColumnCount(2)
        self.tags.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tags.header().setStretchLastSection(False)
        self.tags.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tags.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.passages = QTreeWidget(self)
        self.passages.setObjectName("tagPassages")
        self.passages.setColumnCount(3)
        self.passages.setRootIsDecorated(False)
        self.passages.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.passages.setTextElideMode(Qt.TextElideMode.ElideRight)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tags)
        splitter.addWidget(self.passages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.tags.currentItemChanged.connect(self._tag_changed)
        self.passages.itemClicked.connect(lambda item, _c: self.passage_activated.emit(item.data(0, IdRole)))
        self.retranslate()

    def retranslate(self) -> None:
        self.tags.setHeaderLabels([self.tr("Tag"), self.tr("Count")])
        self.passages.setHeaderLabels([self.tr("Report"), self.tr("Passage"), self.tr("Note")])

    def selected_tag(self) -> str | None:
        item = self.tags.currentItem()
        return item.data(0, IdRole) if item is not None else None

    def show_tags(self, tags: Sequence[Tag], counts: dict[str, int]) -> None:
        selected = self.selected_tag()
        self.tags.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        colours = {t.name: t for t in tags}
        names = sorted(set(colours) | {n for n, c in counts.items() if c})
        for name in names:
            parts = name.split("/")
            for depth in range(1, len(parts) + 1):
                path = "/".join(parts[:depth])
                if path in nodes:
                    continue
                parent = nodes.get("/".join(parts[: depth - 1])) if depth > 1 else None
                total = sum(c for n, c in counts.items() if n == path or n.startswith(path + "/"))
                item = QTreeWidgetItem(
                    parent if parent is not None else self.tags, [parts[depth - 1], str(total)]
                )
                item.setData(0, IdRole, path)
                tag = colours.get(path)
                if tag is not None:
                    item.setIcon(0, swatch(tag.colour))
                    item.setToolTip(0, plain(tag.description or path))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                nodes[path] = item
                if path == selected:
                    self.tags.setCurrentItem(item)
        self.tags.expandAll()

    def show_passages(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """(annotation id, report title, passage, note) rows."""
        self.passages.clear()
        for ann_id, title, passage, note in rows:
            item = QTreeWidgetItem(self.passages, [title, passage.replace("\n", " "), note])
            item.setData(0, IdRole, ann_id)
            item.setToolTip(1, plain(passage))

    def _tag_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.tag_selected.emit(current.data(0, IdRole))
