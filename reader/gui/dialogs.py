"""Dialogs: the library's problems, the word-list manager, choosing a library
folder, and the question asked when annotations could not be saved."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.problems import Problem
from reader.core.wordlists import PALETTE, WordList, parse_plain_terms, terms_to_plain
from reader.gui.plain_text import plain


class ProblemsDialog(QDialog):
    """Every file of the library that could not be read, with the reason."""

    def __init__(self, problems: Sequence[Problem], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("Problems in this library"))
        self.resize(760, 420)
        intro = QLabel(self.tr("These files were skipped. Everything else in the library was loaded."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problemsTree")
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.tree.setRootIsDecorated(False)
        for problem in problems:
            item = QTreeWidgetItem(self.tree, [problem.path, problem.reason(lang)])
            item.setToolTip(1, plain(problem.reason(lang)))
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)


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


class UnsavedChoice(Enum):
    SAVE_ELSEWHERE = "save-elsewhere"
    RETRY = "retry"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedWorkDialog(QMessageBox):
    """Asked before closing or opening another library while annotations could not be
    saved: save them to another file, try again, discard them, or stay (Esc)."""

    def __init__(self, where: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedWorkDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Annotations not saved"))
        self.setText(self.tr("Your latest annotations could not be saved to %1.").replace("%1", where))
        self.setInformativeText(
            self.tr(
                "Reason: %1\n\nSave them to another file (File → Import Annotations brings "
                "them back later), try again, or discard them."
            ).replace("%1", reason)
        )
        self._buttons = {
            self.addButton(self.tr("Save Elsewhere…"), QMessageBox.ButtonRole.AcceptRole): (
                UnsavedChoice.SAVE_ELSEWHERE
            ),
            self.addButton(self.tr("Try Again"), QMessageBox.ButtonRole.ActionRole): UnsavedChoice.RETRY,
            self.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole): UnsavedChoice.DISCARD,
            self.addButton(QMessageBox.StandardButton.Cancel): UnsavedChoice.CANCEL,
        }
        names = {
            UnsavedChoice.SAVE_ELSEWHERE: "saveElsewhere",
            UnsavedChoice.RETRY: "retrySave",
            UnsavedChoice.DISCARD: "discardWork",
            UnsavedChoice.CANCEL: "cancelClose",
        }
        for button, choice in self._buttons.items():
            button.setObjectName(names[choice])
        first = next(iter(self._buttons))
        self.setDefaultButton(first)  # type: ignore[arg-type]
        self.setEscapeButton(self.button(QMessageBox.StandardButton.Cancel))

    def ask(self) -> UnsavedChoice:
        self.exec()
        return self._buttons.get(self.clickedButton(), UnsavedChoice.CANCEL)


# Texts of Qt's own file dialogs that Qt's Chinese catalogue lacks (it has them
# without the shortcut marks this Qt adds): our catalogue carries them, so every file
# dialog of the app speaks the UI language (lupdate reads these lines).
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class LibraryFolderDialog(QFileDialog):
    """File > Open Library: choose a folder. Qt's own dialog speaks the UI language
    throughout (Qt's Chinese catalogue lacks some of its labels, which showed in
    English); it starts where the user keeps libraries (see `start_folder`)."""

    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Open Library"), str(start))
        self.setObjectName("openLibraryDialog")
        self.resize(820, 500)  # room for the modification date beside the names
        self.setFileMode(QFileDialog.FileMode.Directory)
        self.setOption(QFileDialog.Option.ShowDirsOnly)
        labels = {
            QFileDialog.DialogLabel.LookIn: self.tr("Look in:"),
            QFileDialog.DialogLabel.FileName: self.tr("Folder:"),
            QFileDialog.DialogLabel.FileType: self.tr("Show:"),
            QFileDialog.DialogLabel.Accept: self.tr("Open"),
            QFileDialog.DialogLabel.Reject: self.tr("Cancel"),
        }
        for label, text in labels.items():
            self.setLabelText(label, text)

    @staticmethod
    def start_folder(recent: Sequence[str], bundled: Path) -> Path:
        """The parent of the last library used (not the bundled samples, which sit
        in the install folder), else the home folder."""
        for entry in recent:
            library = Path(entry)
            if library.resolve() != bundled.resolve() and library.parent.is_dir():
                return library.parent
        return Path.home()

    def chosen(self) -> Path | None:
        """Show the dialog; the folder chosen, or None."""
        if not self.exec():
            return None
        files = self.selectedFiles()
        return Path(files[0]) if files else None
