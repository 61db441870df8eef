"""The permanent part of the status bar: how many reports, how many problems (a
button that opens them), and the library pass's progress with its Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class StatusLine(QWidget):
    """Report count, problems, and the library pass (see the module docstring)."""

    problems_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("reportCount")
        self.problems_button = QPushButton(self)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setFlat(True)
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelIndexing")
        self.cancel_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.count_label, self.problems_button, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self.progress.hide()
        self.cancel_button.hide()
        self._counts: tuple[int, int] | None = None  # shown once a library is scanned
        self.problems_button.clicked.connect(self.problems_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)

    def show_counts(self, reports: int, problems: int) -> None:
        self._counts = (reports, problems)
        self.count_label.setText(self.tr("Reports: %1").replace("%1", str(reports)))
        self.problems_button.setText(self.tr("Problems: %1").replace("%1", str(problems)))
        self.problems_button.setEnabled(problems > 0)

    def index_started(self, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Reading %v of %m"))
        self.progress.show()
        self.cancel_button.show()

    def index_progress(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def index_ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setFormat(self.tr("Reading %v of %m"))
        if self._counts is not None:
            self.show_counts(*self._counts)
