"""The main window: builds the widgets, lays them out and connects them.

Widgets emit intent; controllers do the work and say what happened by signals: the
library controller (`controllers/library_controller.py`) opens, reads, indexes and
searches the library off the UI thread, the annotation controller edits and saves
the annotations (`annotations_changed(Change)` refreshes only what a change names).
The flows in `flows/` answer the user: reading a report, annotating, the library,
the codebook, word lists, files in and out, memos, variables, comparing, auto-coding.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.bundled import resources_dir
from reader.core.annotations.change import Change
from reader.core.index.scan import ReportEntry
from reader.core.library import Library
from reader.core.text.highlights import ENTITY, KEYWORD, WORDLIST, ReportHighlights
from reader.gui import actions as actions_module
from reader.gui import preferences
from reader.gui.controllers.annotation_controller import AnnotationController
from reader.gui.controllers.library_controller import LibraryController
from reader.gui.document_views import DocumentViews
from reader.gui.errors import Errors
from reader.gui.flows.annotating import AnnotatingFlow
from reader.gui.flows.autocode import AutocodeFlow
from reader.gui.flows.codebook import CodebookFlow
from reader.gui.flows.compare import CompareFlow
from reader.gui.flows.library import APP_NAME, LibraryFlow
from reader.gui.flows.memos import MemoFlow
from reader.gui.flows.reading import ReadingFlow, Where
from reader.gui.flows.transfer import TransferFlow
from reader.gui.flows.variables import VariablesFlow
from reader.gui.flows.view import ViewFlow
from reader.gui.flows.wordlists import WordListFlow
from reader.gui.i18n import install_language
from reader.gui.menus import build_menus, build_toolbar, retranslate_menus
from reader.gui.settings import AppSettings
from reader.gui.tasks import TaskRegistry
from reader.gui.widgets.annotation_widgets import AnnotationPanel, CodebookPanel
from reader.gui.widgets.coder_menu import CoderMenu
from reader.gui.widgets.compare_dock import CompareDock
from reader.gui.widgets.find_bar import FindBar, FindController
from reader.gui.widgets.keyword_panel import KeywordPanel
from reader.gui.widgets.reader_view import ReaderView
from reader.gui.widgets.search_panel import SearchPanel
from reader.gui.widgets.sidebar import Sidebar
from reader.gui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from reader.gui.widgets.compare_panel import ComparePanel

__all__ = ["APP_NAME", "MainWindow"]

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """A sidebar of reports, the reader pane, find, and the side panels."""

    def __init__(
        self, library: Path, report: Path | None = None, settings: AppSettings | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or AppSettings()
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "report-reader.svg")))
        self.tasks = TaskRegistry(self)
        self.errors = Errors(self)
        self.library_controller = LibraryController(self.tasks, self)
        self.annotation_controller = AnnotationController(self)
        self.undo_stack = self.annotation_controller.undo_stack
        self.stats_window = None  # View > Statistics, built when first shown
        self.agreement_window = None  # View > Agreement between Coders, likewise
        self._build_widgets()
        self._build_flows()
        build_menus(self)
        build_toolbar(self)
        self.documents = DocumentViews(self)  # the Outline, Similar and Formulations docks
        self._connect()
        preferences.restore(self)
        self.retranslate()
        self.open_library(library, report)
        self.reader_view.setFocus()  # the arrow keys and Page Down read from the start

    # -- building ------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.actions = actions_module.create_actions(self)
        self.action_undo = self.undo_stack.createUndoAction(self)
        self.action_undo.setObjectName("actionUndo")
        self.action_redo = self.undo_stack.createRedoAction(self)
        self.action_redo.setObjectName("actionRedo")
        actions_module.set_undo_shortcuts(self.action_undo, self.action_redo)
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self.coder_menu = CoderMenu(self.settings, self._coder_names, self)

        self.sidebar = Sidebar(self)
        s = self.sidebar
        self.filter_edit, self.tag_filter, self.report_list = s.filter_edit, s.tag_filter, s.report_list
        self.model, self.proxy = s.model, s.proxy

        self.reader_view = ReaderView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find = FindController(self.find_bar, self.reader_view)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.reader_view, 1)
        centre_layout.addWidget(self.find_bar)

        self.keyword_panel = KeywordPanel(self)
        self.annotation_panel = AnnotationPanel(self)
        self.codebook = CodebookPanel(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sidePanels")
        for panel in (self.keyword_panel, self.annotation_panel, self.codebook):
            self.side_tabs.addTab(panel, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for index, (widget, stretch) in enumerate(((self.sidebar, 0), (centre, 1), (self.side_tabs, 0))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, stretch)
        # The sidebar shows at least 18 characters of each title at the default size.
        self.splitter.setSizes([450, 620, 310])
        self.setCentralWidget(self.splitter)

        self.search_panel = SearchPanel(self)
        self.search_dock = QDockWidget(self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_panel)
        self.search_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.compare_dock = CompareDock(self, self.reader_view, self.settings)  # its panel: when first asked

        self.status_line = StatusLine(self)
        self.count_label, self.problems_button = (
            self.status_line.count_label,
            self.status_line.problems_button,
        )
        self.statusBar().addPermanentWidget(self.coder_menu.indicator)
        self.statusBar().addPermanentWidget(self.status_line)
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None:
            self.resize(min(1380, int(available.width() * 0.92)), min(860, int(available.height() * 0.9)))
        else:
            self.resize(1380, 860)

    def _build_flows(self) -> None:
        library, controller = (lambda: self.session), self.annotation_controller
        warn = lambda title, detail: self._warn(title, detail)  # noqa: E731 - one message box path
        self.view = ViewFlow(self)  # theme, font, grouping, About
        self.reading = ReadingFlow(self)  # the shown report, its marks and keywords
        self.annotating = AnnotatingFlow(self)  # the Annotate menu, refresh by change
        self.library_flow = LibraryFlow(self)  # opening, title, status, search, statistics
        self.codebook_flow = CodebookFlow(
            self, library, controller, self.codebook.selected_tag, self.errors.attempt
        )
        status = self.statusBar().showMessage
        self.wordlist_flow = WordListFlow(
            self, library, controller, warn, lambda message: status(message, 5000)
        )
        self.transfer_flow = TransferFlow(
            self, library, controller, self.tasks, self.settings, warn, status,
            self.model.labels, lambda: self.reader_view.report, self.search_panel,
        )  # fmt: skip
        self.memo_flow = MemoFlow(self)  # the Memos tab
        self.variables_flow = VariablesFlow(self)  # View > Report Variables
        self.compare_flow = CompareFlow(self)  # View > Compare Tags
        self.autocode_flow = AutocodeFlow(self)  # Tag All Hits, Annotate > Auto-code

    def _connect(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.export_annotations.triggered.connect(self.transfer_flow.export_annotations)
        a.save_annotations_as.triggered.connect(self.transfer_flow.save_annotations_as)
        a.import_annotations.triggered.connect(self.transfer_flow.import_annotations)
        a.search_library.triggered.connect(self.library_flow.show_search)
        self.search_panel.hit_activated.connect(self.open_at)
        self.search_panel.export_requested.connect(self.transfer_flow.export_search)
        a.find.triggered.connect(lambda: self.find_bar.open_bar(self.reader_view.selected_text()))
        a.find_next.triggered.connect(lambda: self.find.find_next(forward=True))
        a.find_previous.triggered.connect(lambda: self.find.find_next(forward=False))
        a.focus_filter.triggered.connect(self.sidebar.focus_filter)
        self.filter_edit.returnPressed.connect(
            lambda: self.reader_view.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        a.add_to_dictionary.triggered.connect(
            lambda: self.wordlist_flow.add_to_dictionary(self.reader_view.selected_text())
        )
        self.reader_view.add_to_dictionary_requested.connect(self.wordlist_flow.add_to_dictionary)
        a.zoom_in.triggered.connect(self.reader_view.zoom_in)
        a.zoom_out.triggered.connect(self.reader_view.zoom_out)
        a.zoom_reset.triggered.connect(self.reader_view.zoom_reset)
        a.toggle_keywords.toggled.connect(lambda on: self.reading.set_layer(KEYWORD, on))
        a.toggle_wordlists.toggled.connect(lambda on: self.reading.set_layer(WORDLIST, on))
        a.toggle_entities.toggled.connect(lambda on: self.reading.set_layer(ENTITY, on))
        a.manage_wordlists.triggered.connect(self.wordlist_flow.manage_wordlists)
        a.import_wordlist.triggered.connect(self.wordlist_flow.import_wordlist)
        a.export_wordlist.triggered.connect(self.wordlist_flow.export_wordlist)
        a.language_system.triggered.connect(lambda: self.set_language("system"))
        a.language_chinese.triggered.connect(lambda: self.set_language("zh_CN"))
        a.language_english.triggered.connect(lambda: self.set_language("en"))
        for name in ("new_tag", "rename_tag", "recolour_tag", "describe_tag", "merge_tag", "delete_tag"):
            getattr(a, name).triggered.connect(getattr(self.codebook_flow, name))
        self.compare_dock.adjudicated.connect(self._do)

    # -- what the flows, the tests and other windows ask of the window -------------------------
    @property
    def session(self) -> Library | None:
        """The open library (None until its reports are known: listed from the index
        cache, else scanned)."""
        return self.library_controller.library

    @property
    def current_entry(self) -> ReportEntry | None:
        return self.reading.current_entry

    @property
    def compare_panel(self) -> ComparePanel:
        """View > Compare Coders' panel (built when first asked for)."""
        return self.compare_dock.panel()

    @property
    def highlights(self) -> ReportHighlights:
        return self.reading.highlights

    @property
    def busy(self) -> bool:
        """Whether background work for the library or the open report is under way."""
        return self.tasks.busy()

    @property
    def author(self) -> str:
        return self.annotating.author

    def annotate_selection(self, tags: list[str], note: str = "") -> str:
        """Annotate the reader's current selection; returns the new annotation's id."""
        return self.annotating.annotate_selection(tags, note)

    def open_library(self, library: Path, report: Path | None = None) -> None:
        self.library_flow.open_library(library, report)

    def open_path(self, path: Path) -> None:
        self.library_flow.open_path(path)

    def open_entry(self, entry: ReportEntry, top_offset: int = 0) -> None:
        self.reading.open_entry(entry, top_offset)

    def open_at(self, relpath: str, start: int, end: int) -> None:
        self.reading.open_at(relpath, start, end)

    def _open_with_selection(self, relpath: str, where: Where) -> bool:
        return self.reading.open_with_selection(relpath, where)

    def show_annotation(self, ann_id: str) -> None:
        self.annotating.show_annotation(ann_id)

    def edit_annotation(self, ann_id: str, tags: list[str], note: str) -> None:
        self.annotating.edit_annotation(ann_id, tags, note)

    def delete_annotation(self, ann_id: str) -> None:
        self.annotating.delete_annotation(ann_id)

    def save_annotations(self) -> None:
        """Write the annotations now if anything changed."""
        self.annotation_controller.save_now()

    def show_statistics(self) -> None:
        self.library_flow.show_statistics()

    def update_title(self) -> None:
        self.library_flow.update_title()

    def _do(self, change: Change, text: str) -> None:
        """Put a change on the undo stack (which applies it)."""
        self.annotation_controller.do(change, text)

    def _warn(self, title: str, detail: str) -> None:
        self.errors.warn(title, detail)

    def _coder_names(self) -> list[str]:
        return sorted({a.author for a in self.session.annotations()}) if self.session else []

    # -- view ----------------------------------------------------------------------------------
    def set_theme(self, name: str, save: bool = True) -> None:
        self.view.set_theme(name, save)

    @property
    def theme_name(self) -> str:
        return self.view.theme_name

    # -- language ------------------------------------------------------------------------------
    def set_language(self, choice: str) -> None:
        """'system', 'zh_CN' or 'en': installed for the whole application, remembered."""
        self.settings.set("ui/language", choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, choice)  # Qt sends LanguageChange: see changeEvent
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        actions_module.retranslate(self.actions)
        self.search_panel.retranslate()
        self.search_dock.setWindowTitle(self.tr("Search Library"))
        if self.stats_window is not None:
            self.stats_window.retranslate()
        retranslate_menus(self)
        for index, title in enumerate((self.tr("Keywords"), self.tr("Annotations"), self.tr("Codebook"))):
            self.side_tabs.setTabText(index, title)
        self.action_undo.setText(self.tr("&Undo"))
        self.action_redo.setText(self.tr("&Redo"))
        for part in (self.annotation_panel, self.codebook, self.memo_flow, self.variables_flow):
            part.retranslate()
        for part in (
            self.compare_flow,
            self.autocode_flow,
            self.find_bar,
            self.keyword_panel,
            self.status_line,
        ):
            part.retranslate()
        self.annotating.fill_filter_choices()
        self.annotating.update_sidecar_labels()
        shortcut = self.actions.focus_filter.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by title, number, date or folder (%1)").replace("%1", shortcut)
        )
        self.model.set_headers([self.tr("Title"), self.tr("Date"), self.tr("No."), "✎"])
        self.sidebar.fit_dates()
        self.reader_view.set_labels(
            self.tr("[image not available]"), self.tr("characters"), self.tr("No. %1")
        )
        self.library_flow.update_status()
        self.library_flow.update_title()

    # -- window events -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path)

    @staticmethod
    def _dropped_path(urls: list[QUrl]) -> Path | None:
        paths = (Path(url.toLocalFile()) for url in urls if url.isLocalFile())
        return next((path for path in paths if path.exists()), None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.annotating.release_library():
            event.ignore()
            return
        self.library_controller.cancel_indexing()
        self.tasks.cancel_all()
        if self.session is not None:
            self.session.close_engine()  # the segmenter's process
        self.variables_flow.fields.stop()  # its child process, when one works the fields out
        preferences.save(self)
        super().closeEvent(event)
