"""The word-list manager: named lists of terms, each highlighted in its colour."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.text.wordlists import PALETTE, WordList, parse_plain_terms, terms_to_plain


class WordListDialog(QDialog):
    """Create, rename, recolour, switch off and edit word lists."""

    def __init__(self, wordlists: Sequence[WordList], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordListDialog")
        self.setWindowTitle(self.tr("Word lists"))
        self.resize(720, 460)
        self._lists = [copy.deepcopy(w) for w in wordlists]
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("wordListList")
        self.add_button = QPushButton(self.tr("New list"), self)
        self.remove_button = QPushButton(self.tr("Delete list"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("wordListName")
        self.colour_button = QPushButton(self)
        self.colour_button.setObjectName("wordListColour")
        self.enabled_box = QCheckBox(self.tr("Highlight this list"), self)
        self.terms_edit = QPlainTextEdit(self)
        self.terms_edit.setObjectName("wordListTerms")
        self.terms_edit.setPlaceholderText(self.tr("One term per line"))

        left = QVBoxLayout()
        left.addWidget(self.list_widget, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow("", self.enabled_box)
        form.addRow(self.tr("Terms"), self.terms_edit)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(form, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self.list_widget.currentRowChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_list)
        self.remove_button.clicked.connect(self._remove)
        self.name_edit.textEdited.connect(self._store)
        self.enabled_box.toggled.connect(self._store)
        self.terms_edit.textChanged.connect(self._store)
        self.colour_button.clicked.connect(self._choose_colour)
        self._loading = False
        for wordlist in self._lists:
            self.list_widget.addItem(QListWidgetItem(wordlist.name))
        if self._lists:
            self.list_widget.setCurrentRow(0)
        self._show(self.list_widget.currentRow())

    def wordlists(self) -> list[WordList]:
        return [w for w in self._lists if w.name.strip()]

    def add_list(self, name: str = "", terms: Sequence[str] = ()) -> WordList:
        wordlist = WordList(
            name or self.tr("List %1").replace("%1", str(len(self._lists) + 1)),
            PALETTE[len(self._lists) % len(PALETTE)],
            list(terms),
        )
        self._lists.append(wordlist)
        self.list_widget.addItem(QListWidgetItem(wordlist.name))
        self.list_widget.setCurrentRow(len(self._lists) - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        return wordlist

    def _remove(self) -> None:
        row = self.list_widget.currentRow()
        if 0 <= row < len(self._lists):
            del self._lists[row]
            self.list_widget.takeItem(row)

    def _current(self) -> WordList | None:
        row = self.list_widget.currentRow()
        return self._lists[row] if 0 <= row < len(self._lists) else None

    def _show(self, _row: int) -> None:
        wordlist = self._current()
        self._loading = True
        for widget in (
            self.name_edit,
            self.colour_button,
            self.enabled_box,
            self.terms_edit,
            self.remove_button,
        ):
            widget.setEnabled(wordlist is not None)
        self.name_edit.setText(wordlist.name if wordlist else "")
        self.enabled_box.setChecked(wordlist.enabled if wordlist else False)
        self.terms_edit.setPlainText(terms_to_plain(wordlist.terms) if wordlist else "")
        self._paint_colour(wordlist.colour if wordlist else "#cccccc")
        self._loading = False

    def _store(self) -> None:
        wordlist = self._current()
        if wordlist is None or self._loading:
            return
        wordlist.name = self.name_edit.text().strip()
        wordlist.enabled = self.enabled_box.isChecked()
        wordlist.terms = parse_plain_terms(self.terms_edit.toPlainText())
        item = self.list_widget.currentItem()
        if item is not None:
            item.setText(wordlist.name)

    def _choose_colour(self) -> None:
        wordlist = self._current()
        if wordlist is None:
            return
        colour = QColorDialog.getColor(
            QColor(wordlist.colour), self, self.tr("Colour of “%1”").replace("%1", wordlist.name)
        )
        if colour.isValid():
            wordlist.colour = colour.name()
            self._paint_colour(wordlist.colour)

    def _paint_colour(self, colour: str) -> None:
        self.colour_button.setText(colour)
        self.colour_button.setStyleSheet(
            f"QPushButton#wordListColour {{ background: {colour}; color: "
            f"{'#000' if QColor(colour).lightnessF() > 0.55 else '#fff'}; }}"
        )
        self.colour_button.setCursor(Qt.CursorShape.PointingHandCursor)
