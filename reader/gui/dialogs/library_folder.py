"""Choosing a library folder, in the UI language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

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
