"""The views that read reports as official documents and news copy: the Outline dock
(and each annotation's section path in the annotation panel), the Similar Reports
dock with its side-by-side comparison, and the Formulations dock. Built by the main
window with one call; it is told when a report is shown and reaches the window's
reader pane, annotation panel and search panel itself."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from reader.core.analysis.search import PHRASE
from reader.core.library import Library
from reader.core.problems import user_language
from reader.core.reading.dates import human_date
from reader.core.reading.loader import Report
from reader.core.storage import atomic_write_bytes
from reader.gui.plain_text import plain
from reader.gui.widgets.outline_panel import OutlinePanel
from reader.gui.widgets.phrases_panel import PhrasesPanel
from reader.gui.widgets.similar_panel import Carrier, PassageRow, SimilarPanel, SimilarRow
from reader.gui.worker import Task, run_in_background

if TYPE_CHECKING:  # the analyses load when first run, after the window has painted
    from reader.core.analysis.docstructure import DocumentStructure
    from reader.core.analysis.documents.readings import LibraryReadings
    from reader.gui.main_window import MainWindow
    from reader.gui.widgets.compare_view import CompareDialog

logger = logging.getLogger(__name__)

OUTLINE_SETTING = "view/outline"
_EXCERPT = 36


class DocumentViews(QObject):
    """Owns the three docks and their actions; keeps the open report's structure and
    the library's readings (computed once per library, off the UI thread)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.structure: DocumentStructure | None = None
        self._report: Report | None = None
        self._task: Task | None = None
        self.outline = OutlinePanel(window)
        self.outline_dock = QDockWidget(window)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.action_outline = self.outline_dock.toggleViewAction()
        self.action_outline.setObjectName("actionOutline")
        self.action_outline.setShortcut(QKeySequence("Ctrl+Shift+O"))
        window.addAction(self.action_outline)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action_outline)
        self.outline_dock.setVisible(window.settings.value_bool(OUTLINE_SETTING, False))
        self.action_outline.triggered.connect(lambda on: window.settings.set(OUTLINE_SETTING, on))
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(120)
        self._follow_timer.timeout.connect(self._follow)
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(100)
        self._analysis_timer.timeout.connect(self._analyse)
        window.reader_view.verticalScrollBar().valueChanged.connect(lambda _v: self._follow_timer.start())
        self.outline.position_requested.connect(self.go_to)
        self._build_similar()
        window.installEventFilter(self)
        self.retranslate()

    def _build_similar(self) -> None:
        window = self.window
        self.readings: LibraryReadings | None = None
        self._readings_for: Library | None = None
        self._readings_task: Task | None = None
        self.compare_dialog: CompareDialog | None = None
        self.similar = SimilarPanel(window)
        self.similar_dock = QDockWidget(window)
        self.similar_dock.setObjectName("similarDock")
        self.similar_dock.setWidget(self.similar)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.similar_dock)
        self.similar_dock.hide()
        self.action_similar = self.similar_dock.toggleViewAction()
        self.action_similar.setObjectName("actionSimilarReports")
        self.action_similar.setShortcut(QKeySequence("Ctrl+Shift+R"))
        window.addAction(self.action_similar)
        window.view_menu.addAction(self.action_similar)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self.refresh_similar)
        self.similar_dock.visibilityChanged.connect(lambda shown: shown and self.refresh_similar())
        self.similar.cancel_requested.connect(self.cancel_similar)
        self.similar.compare_requested.connect(self.compare_with)
        self.similar.open_requested.connect(window.open_at)
        self.phrases = PhrasesPanel(window)
        self.phrases_dock = QDockWidget(window)
        self.phrases_dock.setObjectName("phrasesDock")
        self.phrases_dock.setWidget(self.phrases)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.phrases_dock)
        window.tabifyDockWidget(self.similar_dock, self.phrases_dock)
        self.phrases_dock.hide()
        self.action_phrases = self.phrases_dock.toggleViewAction()
        self.action_phrases.setObjectName("actionFormulations")
        self.action_phrases.setShortcut(QKeySequence("Ctrl+Shift+P"))
        window.addAction(self.action_phrases)
        window.view_menu.addAction(self.action_phrases)
        self.phrases_dock.visibilityChanged.connect(lambda shown: shown and self.refresh_similar())
        self.phrases.cancel_requested.connect(self.cancel_similar)
        self.phrases.search_requested.connect(self.search_phrase)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:  # before the docks hide
            self.window.settings.set(OUTLINE_SETTING, self.outline_dock.isVisible())
        return False

    def retranslate(self) -> None:
        self.similar_dock.setWindowTitle(QCoreApplication.translate("DocumentViews", "Similar Reports"))
        self.action_similar.setText(QCoreApplication.translate("DocumentViews", "&Similar Reports"))
        self.action_similar.setToolTip(
            QCoreApplication.translate(
                "DocumentViews",
                "Reports sharing passages with this one, and who wrote each first (Ctrl+Shift+R)",
            )
        )
        self.phrases_dock.setWindowTitle(QCoreApplication.translate("DocumentViews", "Formulations"))
        self.action_phrases.setText(
            QCoreApplication.translate("DocumentViews", "&Formulations and Stock Phrases")
        )
        self.action_phrases.setToolTip(
            QCoreApplication.translate(
                "DocumentViews",
                "Formulations and stock phrases of the library and how they spread (Ctrl+Shift+P)",
            )
        )
        self.refresh_similar()
        self.outline_dock.setWindowTitle(QCoreApplication.translate("DocumentViews", "Outline"))
        self.action_outline.setText(QCoreApplication.translate("DocumentViews", "&Outline"))
        self.action_outline.setToolTip(
            QCoreApplication.translate(
                "DocumentViews", "The report's headings and document fields (Ctrl+Shift+O)"
            )
        )

    # -- the open report ----------------------------------------------------------------------------
    def report_shown(self, report: Report | None) -> None:
        """A report is shown (None: none, or one that cannot be read)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if report is self._report and self.structure is not None:
            return
        self._report = report
        if not self.similar_dock.isHidden():
            self.refresh_similar()
        self.structure = None
        self.window.annotation_panel.set_section_paths(None)
        if report is None:
            self.outline.show_structure(None)
            return
        self.outline.set_loading()
        self._analysis_timer.start()

    def _analyse(self) -> None:
        """Read the shown report's structure once its text is laid out (a large report's
        layout comes first: it is what the reader waits for)."""
        report = self._report
        if report is None or self._task is not None or self.structure is not None:
            return
        if not self.window.reader_view.layout_complete:
            self._analysis_timer.start()
            return
        text, title = report.document.text, report.title
        from reader.core.analysis.docstructure import analyse_document

        task = run_in_background(
            lambda: analyse_document(text, title),
            lambda structure: self._structure_ready(task, report, structure),
            lambda message: self._failed(task, message),
            parent=self,
        )
        self._task = task

    def _structure_ready(self, task: Task, report: Report, structure: DocumentStructure) -> None:
        if task is not self._task or report is not self._report:
            return
        self._task = None
        self.structure = structure
        self.outline.show_structure(structure)
        self.window.annotation_panel.set_section_paths(structure.section_path if structure.outline else None)
        self._follow()

    def _failed(self, task: Task, message: str) -> None:
        if task is self._task:
            self._task = None
            logger.warning("The report's structure could not be read: %s", message)
            self.outline.show_structure(None)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def section_path(self, offset: int) -> str:
        """The open report's section path at `offset` ('' when unknown)."""
        return self.structure.section_path(offset) if self.structure is not None else ""

    def go_to(self, offset: int) -> None:
        """Put the heading at `offset` at the top of the reader, the cursor on it."""
        view = self.window.reader_view
        if view.report is None:
            return
        view.select_range(offset, offset, scroll=False)
        view.scroll_to_offset(offset)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow(self) -> None:
        if self.structure is None or not self.outline_dock.isVisible():
            return
        offset = self.window.reader_view.top_offset()
        if offset is not None:
            self.outline.follow(offset)

    # -- similar reports ----------------------------------------------------------------------------
    @property
    def computing(self) -> bool:
        return self._readings_task is not None

    def refresh_similar(self) -> None:
        """Fill the Similar Reports and Formulations docks that are shown, computing the
        library's readings first (in the background, once per library; cached on disk)."""
        translate = QCoreApplication.translate
        session, report = self.window.session, self.window.reader_view.report
        if self._readings_for is not session:
            self._drop_readings()
        panels = self._shown_panels()
        if not panels:
            return
        if session is None:
            self._tell(panels, translate("DocumentViews", "Open a library first."))
            return
        if self.readings is not None:
            self._wait_timer.stop()
            if self.similar in panels:
                if report is None:
                    self.similar.set_message(
                        translate("DocumentViews", "Open a report to see the reports like it.")
                    )
                else:
                    self._show_similar(report)
            if self.phrases in panels:
                self.phrases.show_items(self.readings.formulations, self.readings.phrases)
            return
        if self._readings_task is not None:
            self._tell(panels, translate("DocumentViews", "Finding the passages reports share…"), busy=True)
            return
        if not session.indexed:
            message = translate(
                "DocumentViews", "The library is still being read; the lists follow when it is done."
            )
            self._tell(panels, message)
            self._wait_timer.start()
            return
        self._wait_timer.stop()
        self._tell(panels, translate("DocumentViews", "Finding the passages reports share…"), busy=True)
        reports, root = session.indexed_reports(), session.root

        def work(token, progress):  # noqa: ANN001, ANN202 - worker signature
            # Imported here, on the worker: the readings need numpy, which the
            # window's start does not.
            from reader.core.analysis.documents.readings import Cancelled, library_readings

            try:
                return library_readings(root, reports, progress, lambda: token.cancelled)
            except Cancelled:
                return None

        def progress(done: int, total: int) -> None:
            self.similar.set_progress(done, total)
            self.phrases.set_progress(done, total)

        task = run_in_background(
            work,
            lambda readings: self._readings_ready(task, session, readings),
            lambda message: self._readings_failed(task, message),
            on_progress=progress,
            parent=self,
        )
        self._readings_task = task
        self._readings_for = session

    def _shown_panels(self) -> list[SimilarPanel | PhrasesPanel]:
        docks = ((self.similar_dock, self.similar), (self.phrases_dock, self.phrases))
        return [panel for dock, panel in docks if not dock.isHidden()]

    @staticmethod
    def _tell(panels: list[SimilarPanel | PhrasesPanel], message: str, busy: bool = False) -> None:
        for panel in panels:
            panel.set_message(message, busy)

    def _readings_ready(self, task: Task, session: Library, readings: LibraryReadings | None) -> None:
        if task is not self._readings_task:
            return
        self._readings_task = None
        if readings is None or session is not self.window.session:
            return
        self.readings = readings
        self.refresh_similar()

    def _readings_failed(self, task: Task, message: str) -> None:
        if task is self._readings_task:
            self._readings_task = None
            failed = QCoreApplication.translate("DocumentViews", "The lists could not be made: %1")
            self._tell(self._shown_panels(), failed.replace("%1", message))

    def cancel_similar(self) -> None:
        if self._readings_task is not None:
            self._readings_task.cancel()
            self._readings_task = None
        stopped = QCoreApplication.translate("DocumentViews", "Stopped. Show the list again to start over.")
        self._tell([self.similar, self.phrases], stopped)

    def _drop_readings(self) -> None:
        if self._readings_task is not None:
            self._readings_task.cancel()
            self._readings_task = None
        self.readings = None
        self._readings_for = None
        self._wait_timer.stop()

    def search_phrase(self, text: str) -> None:
        """Search the library for `text` as a phrase, in the search panel."""
        panel = self.window.search_panel
        self.window.search_dock.show()
        self.window.search_dock.raise_()
        panel.mode.setCurrentIndex(max(0, panel.mode.findData(PHRASE)))
        panel.edit.setText(text)
        panel.request()

    def _show_similar(self, report: Report) -> None:
        readings, lang = self.readings, user_language()
        assert readings is not None
        key = report.relpath

        def about(relpath: str) -> tuple[str, str]:
            info = readings.reports.get(relpath)
            return (info.title, human_date(info.date, lang) if info.date else "") if info else ("", "")

        rows = [
            SimilarRow(r.report, *about(r.report), r.shared_chars, r.share) for r in readings.similar(key)
        ]
        passages = []
        for passage in readings.passages_of(key):
            carriers = tuple(
                Carrier(o.report, *about(o.report), o.start, o.end) for o in readings.carriers(passage)
            )
            flat = " ".join(passage.text.split())
            excerpt = flat if len(flat) <= _EXCERPT else flat[:_EXCERPT] + "…"
            passages.append(PassageRow(excerpt, passage.text, carriers))
        self.similar.show_results(rows, passages)

    def compare_with(self, relpath: str) -> None:
        """Show the open report and `relpath` side by side."""
        report, session = self.window.reader_view.report, self.window.session
        if report is None or session is None or not session.indexed:
            return
        other = session.indexed_report(relpath)
        text_b = other.text if other is not None else None
        if text_b is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("DocumentViews", "That report cannot be read."), 8000
            )
            return
        text_a = report.document.text
        title_b = other.title or relpath
        from reader.core.analysis.documents.compare import side_by_side
        from reader.gui.widgets.compare_view import CompareDialog  # difflib, html: when first compared

        self.compare_dialog = CompareDialog(
            (report.title or report.relpath, title_b),
            (text_a, text_b),
            side_by_side(text_a, text_b),
            self.window,
        )
        self.compare_dialog.export_requested.connect(self.export_comparison)
        self.compare_dialog.show()

    def export_comparison(self, path: str | None = None) -> bool:
        """Save the comparison shown as a web page (at `path`, or where the user
        chooses); says so, or why not, and whether it was saved."""
        dialog = self.compare_dialog
        if dialog is None:
            return False
        translate = QCoreApplication.translate
        if path is None:
            name = "".join(c for c in f"{dialog.titles[0]} - {dialog.titles[1]}" if c not in '\\/:*?"<>|')
            path, _ = QFileDialog.getSaveFileName(
                dialog,
                translate("DocumentViews", "Export Comparison"),
                str(Path.home() / f"{name[:80].strip() or 'comparison'}.html"),
                translate("DocumentViews", "Web pages (*.html)"),
            )
            if not path:
                return False
        lang = user_language()
        from reader.core.analysis.documents.compare import comparison_html

        page = comparison_html(dialog.titles, dialog.texts, dialog.rows, lang)
        try:
            atomic_write_bytes(Path(path), page.encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(
                dialog,
                translate("DocumentViews", "The comparison could not be saved"),
                plain(exc.strerror or str(exc)),
            )
            return False
        dialog.place.setText(translate("DocumentViews", "Saved to %1").replace("%1", path))
        return True
