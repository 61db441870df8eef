"""The application: QApplication set-up, the main window, and `run()` for the CLI."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
)

from reader import __version__
from reader.bundled import seeds_dir
from reader.core.document import IMAGE_PLACEHOLDER
from reader.core.library import ReportEntry, scan_library
from reader.core.loader import load_report
from reader.core.problems import ReportError
from reader.gui.report_list_model import EntryRole, ReportListModel, rows_for

logger = logging.getLogger(__name__)

APP_NAME = "Report Reader"
CJK_FONTS = ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]


class MainWindow(QMainWindow):
    """A sidebar of reports and a read-only pane with the selected report's text."""

    def __init__(self, library: Path, report: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.library = library
        self.setWindowTitle(f"{library.name} — {APP_NAME}")

        scan = scan_library(library)
        self.model = ReportListModel(rows_for(scan.entries), self)
        self.report_list = QListView(self)
        self.report_list.setObjectName("reportList")
        self.report_list.setModel(self.model)
        self.report_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.report_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reader_view = QPlainTextEdit(self)
        self.reader_view.setObjectName("readerView")
        self.reader_view.setReadOnly(True)
        font = QFont()
        font.setFamilies(CJK_FONTS)
        font.setPointSize(13)
        self.reader_view.setFont(font)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.report_list)
        splitter.addWidget(self.reader_view)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 820])
        self.setCentralWidget(splitter)
        self.resize(1100, 720)

        self.report_list.selectionModel().currentChanged.connect(self._open_index)
        self.statusBar().showMessage(f"{len(scan.entries)} reports, {len(scan.problems)} problems")

        start = 0
        if report is not None:
            start = next((i for i, r in enumerate(scan.entries) if r.path == report), 0)
        if self.model.rowCount():
            self.report_list.setCurrentIndex(self.model.index(start))

    def _open_index(self, index: QModelIndex) -> None:
        entry: ReportEntry | None = index.data(EntryRole)
        if entry is not None:
            self.open_report(entry.path)

    def open_report(self, path: Path) -> None:
        """Show a report's cleaned text, or the reason it cannot be read."""
        try:
            report = load_report(path, self.library)
        except ReportError as exc:
            self.reader_view.setPlainText(exc.reason())
            return
        lines = [report.title, ""] + [
            "［图片不可用］" if line == IMAGE_PLACEHOLDER else line for line in report.document.lines()
        ]
        self.reader_view.setPlainText("\n".join(lines))


def _library_and_report(path: Path | None) -> tuple[Path, Path | None]:
    if path is None:
        return seeds_dir(), None
    path = path.resolve()
    return (path, None) if path.is_dir() else (path.parent, path)


def build_window(path: Path | None = None) -> QMainWindow:
    """The main window on a library folder or a report, without entering the event loop."""
    library, report = _library_and_report(Path(path) if path is not None else None)
    return MainWindow(library, report)


def run(path: Path | None = None) -> int:
    """Start the application on `path` (the bundled seeds when None)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = build_window(path)
    window.show()
    return app.exec()
