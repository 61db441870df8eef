"""The library's problems: every file that could not be read, with the reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.problems import Problem
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
