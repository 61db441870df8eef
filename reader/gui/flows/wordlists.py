"""Word lists and dictionary words: the manager dialog, plain-text files in and out,
and teaching the segmenter a word. The changes go through the annotation controller;
the window redraws highlights when its `annotations_changed` names word lists or the
dictionary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from reader.core.annotations.model import SidecarError
from reader.core.library import Library
from reader.core.problems import ReportError
from reader.core.text.wordlists import WordList, read_terms, write_terms
from reader.gui.controllers.annotation_controller import AnnotationController
from reader.gui.dialogs.word_list import WordListDialog


class WordListFlow(QObject):
    """Edit > Add to Dictionary and the Word Lists menu."""

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library | None],
        controller: AnnotationController,
        warn: Callable[[str, str], None],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._controller = controller
        self._warn = warn
        self._status = status

    def add_to_dictionary(self, word: str) -> None:
        word, library = word.strip(), self._library()
        if not word or library is None:
            return
        try:
            change = library.add_dictionary_word(word)
        except SidecarError as exc:
            self._warn(self.tr("The word could not be saved"), exc.reason())
            return
        if self._controller.apply_now(change):
            self._status(self.tr("“%1” added to the dictionary").replace("%1", word))

    def manage_wordlists(self) -> None:
        library = self._library()
        if library is None:
            return
        dialog = WordListDialog(library.wordlists(), self._parent)
        if dialog.exec():
            self.save_wordlists(dialog.wordlists())

    def save_wordlists(self, wordlists: list[WordList]) -> None:
        library = self._library()
        if library is None:
            return
        try:
            change = library.set_wordlists(wordlists)
        except SidecarError as exc:
            self._warn(self.tr("The word lists could not be saved"), exc.reason())
            return
        self._controller.apply_now(change)

    def import_wordlist(self) -> None:
        library = self._library()
        if library is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import Word List"),
            str(Path.home()),
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if not path:
            return
        try:  # a regular file only, never blocking (not a FIFO, not /dev/zero)
            terms = read_terms(Path(path))
        except OSError as exc:
            self._warn(self.tr("The file could not be read"), exc.strerror or str(exc))
            return
        except ReportError as exc:
            self._warn(self.tr("The file could not be read"), exc.reason())
            return
        dialog = WordListDialog(library.wordlists(), self._parent)
        dialog.add_list(Path(path).stem, terms)
        if dialog.exec():
            self.save_wordlists(dialog.wordlists())

    def export_wordlist(self) -> None:
        library = self._library()
        if library is None or not library.wordlists():
            self._warn(self.tr("No word list to export"), self.tr("Create a word list first."))
            return
        names = [w.name for w in library.wordlists()]
        name, ok = QInputDialog.getItem(
            self._parent, self.tr("Export Word List"), self.tr("Word list:"), names, 0, False
        )
        if not ok:
            return
        wordlist = next(w for w in library.wordlists() if w.name == name)
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export Word List"),
            str(Path.home() / f"{name}.txt"),
            self.tr("Text files (*.txt)"),
        )
        if path:
            try:
                write_terms(Path(path), wordlist.terms)
            except OSError as exc:
                self._warn(self.tr("The word list could not be written"), exc.strerror or str(exc))
