"""The main window: builds the widgets, lays them out and connects them.

Widgets emit intent; the window answers by asking the library (`reader.core.library`)
and telling widgets what to show. Edits and saving go through the annotation
controller, whose `annotations_changed(Change)` refreshes only the views the change
names; slow work goes through the task registry (`reader.gui.tasks`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QFontDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.bundled import resources_dir, seeds_dir
from reader.core.analysis.search import Query
from reader.core.annotations.anchoring import ORPHANED, Anchor, reanchor
from reader.core.annotations.change import Change
from reader.core.annotations.model import Annotation, Sidecar, default_author
from reader.core.index.library_index import cached_listings
from reader.core.index.scan import ReportEntry
from reader.core.library import IndexResult, Library
from reader.core.problems import ReportError, user_language
from reader.core.reading.dates import human_date
from reader.core.reading.loader import Report, default_root
from reader.core.text.highlights import ENTITY, KEYWORD, WORDLIST, ReportHighlights
from reader.gui import actions as actions_module
from reader.gui import tasks
from reader.gui.autocode_flow import AutocodeFlow
from reader.gui.compare_flow import CompareFlow
from reader.gui.controllers.annotation_controller import AnnotationController
from reader.gui.dialogs.library_folder import LibraryFolderDialog
from reader.gui.dialogs.problems import ProblemsDialog
from reader.gui.dialogs.stats_window import StatsWindow
from reader.gui.dialogs.unsaved_work import UnsavedChoice, UnsavedWorkDialog
from reader.gui.document_views import DocumentViews
from reader.gui.errors import Errors
from reader.gui.flows.codebook import CodebookFlow
from reader.gui.flows.transfer import TransferFlow
from reader.gui.flows.wordlists import WordListFlow
from reader.gui.i18n import install_language, problem_language
from reader.gui.memo_flow import MemoFlow
from reader.gui.menus import build_menus
from reader.gui.plain_text import plain
from reader.gui.settings import AppSettings
from reader.gui.tasks import TaskRegistry
from reader.gui.themes import THEMES, apply_theme, theme
from reader.gui.variables_flow import VariablesFlow, is_filter_key
from reader.gui.widgets.agreement_view import AgreementWindow
from reader.gui.widgets.annotation_widgets import (
    AnnotationDialog,
    AnnotationPanel,
    CodebookPanel,
)
from reader.gui.widgets.coder_menu import CoderMenu
from reader.gui.widgets.compare_panel import compare_dock
from reader.gui.widgets.find_bar import FindBar, FindController
from reader.gui.widgets.keyword_panel import KeywordPanel
from reader.gui.widgets.reader_view import DEFAULT_POINT_SIZE, AnnotationMark, ReaderView
from reader.gui.widgets.report_tree import (
    DATE,
    NOTES,
    NUMBER,
    TITLE,
    EntryRole,
    FilterEdit,
    ReportFilterProxy,
    ReportTreeModel,
    first_report,
    rows_for,
)
from reader.gui.widgets.search_panel import SearchPanel

logger = logging.getLogger(__name__)

APP_NAME = "Report Reader"
# Reports larger than this are read and cleaned off the UI thread.
BACKGROUND_LOAD_BYTES = 512 * 1024
# The library pass starts this long after the sidebar and the first report are shown.
INDEX_DELAY_MS = 150
# Annotations are saved at most this long after a change (and on quit).
SAVE_DELAY_MS = 1000
# When reading a library's annotations takes longer than this, the reader pane says so.
READING_NOTICE_MS = 300


class MainWindow(QMainWindow):
    """A sidebar of reports, the reader pane, find, and the keyword panel."""

    def __init__(
        self, library: Path, report: Path | None = None, settings: AppSettings | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or AppSettings()
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "report-reader.svg")))
        self.session: Library | None = None
        self.tasks = TaskRegistry(self)
        self.errors = Errors(self)
        self.current_entry: ReportEntry | None = None
        self._pending_search: Query | None = None
        # A report to select in once it is shown: (relpath, where in its text)
        self._select_after_open: tuple[str, Callable[[Report], tuple[int, int] | None]] | None = None
        self.stats_window: StatsWindow | None = None
        self.agreement_window: AgreementWindow | None = None
        self._highlights = ReportHighlights()
        self._language_choice = self.settings.value_str("ui/language", "system")
        self.annotation_controller = AnnotationController(self)
        self.undo_stack = self.annotation_controller.undo_stack

        self._build_widgets()
        self.codebook_flow = CodebookFlow(
            self, lambda: self.session, self.annotation_controller, self.codebook.selected_tag, self._attempt
        )
        self.wordlist_flow = WordListFlow(
            self,
            lambda: self.session,
            self.annotation_controller,
            lambda title, detail: self._warn(title, detail),
            lambda message: self.statusBar().showMessage(message, 5000),
            lambda: problem_language(self._language_choice),
        )
        self.transfer_flow = TransferFlow(
            self,
            lambda: self.session,
            self.annotation_controller,
            self.tasks,
            self.settings,
            lambda title, detail: self._warn(title, detail),
            lambda *message: self.statusBar().showMessage(*message),
            lambda: problem_language(self._language_choice),
            self.model.labels,
            lambda: self.reader_view.report,
            self.search_panel,
        )
        build_menus(self)
        self.documents = DocumentViews(self)  # the Outline dock, section paths
        self._connect()
        self._restore_preferences()
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
        self.coder_menu.changed.connect(lambda *_args: self._annotations_changed(None))

        self.filter_edit = FilterEdit(self)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = ReportTreeModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.report_list = QTreeView(self)
        self.report_list.setObjectName("reportList")
        self.report_list.setModel(self.proxy)
        self.report_list.setUniformRowHeights(True)
        self.report_list.setSortingEnabled(True)
        self.report_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.report_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.report_list.setAlternatingRowColors(True)
        header = self.report_list.header()
        header.setStretchLastSection(False)
        # The title takes what the other columns leave; those the user can resize
        # (remembered). Their widths come from the font, not the rows: sizing to
        # contents reads every row (10,000 rows took over a second to paint).
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.report_list.fontMetrics()
        widest_date = human_date("2019-12-28", user_language())  # dates show as people read them
        for column, sample in ((DATE, widest_date), (NUMBER, "0000"), (NOTES, "00")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        header.setMinimumSectionSize(metrics.horizontalAdvance("✎") + 12)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        header.setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)
        sidebar = QWidget(self)
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(6, 6, 0, 6)
        sidebar_layout.addWidget(self.filter_edit)
        sidebar_layout.addWidget(self.tag_filter)
        sidebar_layout.addWidget(self.report_list, 1)

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
        self.side_tabs.addTab(self.keyword_panel, "")
        self.side_tabs.addTab(self.annotation_panel, "")
        self.side_tabs.addTab(self.codebook, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        # The sidebar shows at least 18 characters of each title at the default size.
        self.splitter.setSizes([450, 620, 310])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("reportCount")
        self.problems_button = QPushButton(self)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setFlat(True)
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.search_panel = SearchPanel(self)
        self.search_dock = QDockWidget(self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_panel)
        self.search_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.compare_panel = compare_dock(self, self.reader_view, self.settings)
        self.compare_panel.adjudicated.connect(self._do)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("indexProgress")
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelIndexing")
        self.cancel_button.setFlat(True)
        status = QWidget(self)
        status_layout = QHBoxLayout(status)
        status_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.count_label, self.problems_button, self.progress, self.cancel_button):
            status_layout.addWidget(widget)
        self.statusBar().addPermanentWidget(self.coder_menu.indicator)
        self.statusBar().addPermanentWidget(status)
        self.progress.hide()
        self.cancel_button.hide()

        self.memo_flow = MemoFlow(self)  # the Memos tab
        self.variables_flow = VariablesFlow(self)  # View > Report Variables
        self.compare_flow = CompareFlow(self)  # View > Compare Tags
        self.autocode_flow = AutocodeFlow(self)  # Tag All Hits, Annotate > Auto-code

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions
        for action in (a.open_library, None, a.find, a.zoom_out, a.zoom_in, None):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        for action in (a.toggle_keywords, a.toggle_wordlists, a.toggle_entities):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (a.tag_selection, a.note_selection, a.highlight_selection):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None:
            self.resize(min(1380, int(available.width() * 0.92)), min(860, int(available.height() * 0.9)))
        else:
            self.resize(1380, 860)

    def _connect(self) -> None:
        a = self.actions
        a.open_library.triggered.connect(self.choose_library)
        a.quit.triggered.connect(self.close)
        a.export_annotations.triggered.connect(self.transfer_flow.export_annotations)
        a.save_annotations_as.triggered.connect(self.transfer_flow.save_annotations_as)
        a.search_library.triggered.connect(self.show_search)
        a.statistics.triggered.connect(self.show_statistics)
        a.agreement.triggered.connect(self.show_agreement)
        self.search_panel.search_requested.connect(self.search_library)
        self.search_panel.hit_activated.connect(self.open_at)
        self.search_panel.export_requested.connect(self.transfer_flow.export_search)
        a.import_annotations.triggered.connect(self.transfer_flow.import_annotations)
        a.find.triggered.connect(lambda: self.find_bar.open_bar(self.reader_view.selected_text()))
        a.find_next.triggered.connect(lambda: self.find.find_next(forward=True))
        a.find_previous.triggered.connect(lambda: self.find.find_next(forward=False))
        a.focus_filter.triggered.connect(self._focus_filter)
        a.add_to_dictionary.triggered.connect(
            lambda: self.wordlist_flow.add_to_dictionary(self.reader_view.selected_text())
        )
        a.zoom_in.triggered.connect(self.reader_view.zoom_in)
        a.zoom_out.triggered.connect(self.reader_view.zoom_out)
        a.zoom_reset.triggered.connect(self.reader_view.zoom_reset)
        a.choose_font.triggered.connect(self.choose_font)
        a.theme_light.triggered.connect(lambda: self.set_theme("light"))
        a.theme_dark.triggered.connect(lambda: self.set_theme("dark"))
        a.theme_sepia.triggered.connect(lambda: self.set_theme("sepia"))
        a.group_by_category.toggled.connect(self._set_grouped)
        a.toggle_keywords.toggled.connect(lambda on: self._set_layer(KEYWORD, on))
        a.toggle_wordlists.toggled.connect(lambda on: self._set_layer(WORDLIST, on))
        a.toggle_entities.toggled.connect(lambda on: self._set_layer(ENTITY, on))
        a.show_problems.triggered.connect(self.show_problems)
        a.manage_wordlists.triggered.connect(self.wordlist_flow.manage_wordlists)
        a.import_wordlist.triggered.connect(self.wordlist_flow.import_wordlist)
        a.export_wordlist.triggered.connect(self.wordlist_flow.export_wordlist)
        a.language_system.triggered.connect(lambda: self.set_language("system"))
        a.language_chinese.triggered.connect(lambda: self.set_language("zh_CN"))
        a.language_english.triggered.connect(lambda: self.set_language("en"))
        a.about.triggered.connect(self.show_about)

        a.tag_selection.triggered.connect(lambda: self.annotate_with_dialog(focus_note=False))
        a.note_selection.triggered.connect(lambda: self.annotate_with_dialog(focus_note=True))
        a.highlight_selection.triggered.connect(self._highlight_selection)
        a.delete_annotation.triggered.connect(self._delete_selected_annotation)
        a.set_author.triggered.connect(self.choose_author)
        a.new_tag.triggered.connect(self.codebook_flow.new_tag)
        a.rename_tag.triggered.connect(self.codebook_flow.rename_tag)
        a.recolour_tag.triggered.connect(self.codebook_flow.recolour_tag)
        a.describe_tag.triggered.connect(self.codebook_flow.describe_tag)
        a.merge_tag.triggered.connect(self.codebook_flow.merge_tag)
        a.delete_tag.triggered.connect(self.codebook_flow.delete_tag)
        ac = self.annotation_controller
        ac.annotations_changed.connect(self._annotations_changed)
        ac.replayed.connect(self._show_replayed)
        ac.status.connect(lambda message, ms: self.statusBar().showMessage(message, ms))
        ac.problem.connect(lambda title, reason: self._warn(title, reason))
        self.reader_view.annotation_clicked.connect(self._annotation_clicked)
        self.annotation_panel.activated.connect(self.show_annotation)
        self.annotation_panel.edit_requested.connect(self.edit_annotation)
        self.annotation_panel.delete_requested.connect(self.delete_annotation)
        self.annotation_panel.restore_requested.connect(self.restore_backup)
        self.codebook.tag_selected.connect(self._tag_selected)
        self.codebook.passage_activated.connect(self.show_annotation)
        self.tag_filter.currentIndexChanged.connect(self._tag_filter_changed)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.down_pressed.connect(self._filter_to_list)
        self.filter_edit.returnPressed.connect(self._open_first_match)
        self.report_list.clicked.connect(self._open_index)
        self.report_list.activated.connect(self._open_index)  # Enter, or double-click
        self.problems_button.clicked.connect(self.show_problems)
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.reader_view.add_to_dictionary_requested.connect(self.wordlist_flow.add_to_dictionary)
        self.keyword_panel.term_activated.connect(self._term_activated)
        self.keyword_panel.top_k_changed.connect(self._top_k_changed)

    # -- preferences ---------------------------------------------------------------------------
    def _restore_preferences(self) -> None:
        s = self.settings
        geometry = s.value_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = s.value_bytes("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = s.value_bytes("window/report_columns")
        if columns is not None:
            self.report_list.header().restoreState(columns)
        families = [f for f in s.value_str("view/font_families", "").split("|") if f]
        if families:
            self.reader_view.set_font_families(families)
        self.reader_view.set_point_size(s.value_int("view/point_size", DEFAULT_POINT_SIZE))
        self.set_theme(s.value_str("view/theme", "light"), save=False)
        self.actions.toggle_keywords.setChecked(s.value_bool("view/layer_keywords", True))
        self.actions.toggle_wordlists.setChecked(s.value_bool("view/layer_wordlists", True))
        self.actions.toggle_entities.setChecked(s.value_bool("view/layer_entities", False))
        self.reader_view.set_layer_visible(KEYWORD, self.actions.toggle_keywords.isChecked())
        self.reader_view.set_layer_visible(WORDLIST, self.actions.toggle_wordlists.isChecked())
        self.reader_view.set_layer_visible(ENTITY, self.actions.toggle_entities.isChecked())
        grouped = s.value_bool("view/grouped", True)
        self.actions.group_by_category.setChecked(grouped)
        self.model.set_grouped(grouped)
        self.keyword_panel.top_k.setValue(s.value_int("keywords/top_k", 10))
        {"zh_CN": self.actions.language_chinese, "en": self.actions.language_english}.get(
            self._language_choice, self.actions.language_system
        ).setChecked(True)

    def save_preferences(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/splitter", self.splitter.saveState())
        s.set("window/report_columns", self.report_list.header().saveState())
        s.set("view/point_size", self.reader_view.point_size)
        s.set("view/font_families", "|".join(self.reader_view.font_families))
        s.set("view/layer_keywords", self.actions.toggle_keywords.isChecked())
        s.set("view/layer_wordlists", self.actions.toggle_wordlists.isChecked())
        s.set("view/layer_entities", self.actions.toggle_entities.isChecked())
        s.set("view/grouped", self.actions.group_by_category.isChecked())
        s.set("keywords/top_k", self.keyword_panel.top_k.value())
        s.set("ui/language", self._language_choice)
        if self.session is not None:
            s.set("library/last", str(self.session.root))
            if self.current_entry is not None:
                s.set(f"report/{self._library_key()}/last", self.current_entry.relpath)
                top = self.reader_view.top_offset()
                s.set(f"report/{self._library_key()}/top", top if top is not None else 0)
        s.sync()

    def _library_key(self) -> str:
        root = str(self.session.root.resolve()) if self.session else ""
        return hashlib.sha1(root.encode("utf-8", "surrogatepass")).hexdigest()[:12]

    # -- library -------------------------------------------------------------------------------
    def open_library(self, library: Path, report: Path | None = None) -> None:
        """Show a library: the sidebar at once (titles from first lines); its annotations
        once read on a worker thread; then the report, and the library pass. Nothing
        happens when the user chooses to stay with unsaved work of the open library."""
        if self.session is not None and not self.release_library():
            return
        self.cancel_indexing()
        library = Path(library).resolve()
        read_only = library == seeds_dir().resolve()
        session = self.session = Library(library, read_only=read_only, load_annotations=False)
        self.model.set_rows(rows_for(session.entries, cached_listings(library)))
        self.report_list.expandToDepth(0)
        self.settings.add_recent_library(library)
        self._refresh_recent_menu()
        self.current_entry = None
        self.annotation_controller.set_library(session)
        self._annotations_changed(None)  # the last library's annotations go
        self._update_title()
        self._update_status()

        entry = session.entry_for(report) if report is not None else None
        top = 0
        if entry is None:
            last = self.settings.value_str(f"report/{self._library_key()}/last", "")
            entry = next((e for e in session.entries if e.relpath == last), None)
            top = self.settings.value_int(f"report/{self._library_key()}/top", 0) if entry else 0
        if entry is None and session.entries:
            first = self.proxy.index(0, 0)
            while first.isValid() and first.data(EntryRole) is None:
                first = self.proxy.index(0, 0, first)
            entry = first.data(EntryRole) if first.isValid() else session.entries[0]
        if entry is not None:
            self._select_in_list(entry)
        else:
            self.reader_view.show_message(self.tr("This folder holds no reports."))
        # The sidebar paints while the annotations are read (a large file written
        # elsewhere takes seconds: its schema is checked). Said in the reader pane only
        # when it takes long enough to notice.
        self.tasks.run(
            tasks.ANNOTATIONS,
            session.read_annotations,
            lambda sidecar: self._annotations_read(session, sidecar, entry, top),
            lambda message: self._annotations_read(session, None, entry, top, message),
        )
        QTimer.singleShot(READING_NOTICE_MS, self, lambda: self._still_reading(session))

    def _still_reading(self, session: Library) -> None:
        if session is self.session and not session.annotations_loaded and self.current_entry is None:
            self.reader_view.show_message(self.tr("Reading the annotations…"))

    def _annotations_read(
        self,
        session: Library,
        sidecar: Sidecar | None,
        entry: ReportEntry | None,
        top: int,
        failure: str = "",
    ) -> None:
        """The library's annotations are read: show them, then the report, then index."""
        if session is not self.session:
            return
        if sidecar is None:  # reading failed unexpectedly: nothing may be written over
            session.annotations_unreadable(failure)
        else:
            session.take_annotations(sidecar)
        if session.read_only_reason is not None:
            self.statusBar().showMessage(
                self.tr("Annotations are read-only: %1").replace("%1", session.read_only_reason), 15000
            )
        elif session.notice is not None:  # an older file was merged with the last save
            self.statusBar().showMessage(session.notice, 30000)
        self.annotation_controller.watch()
        self._annotations_changed(None)
        self.reader_view.set_wordlist_colours({w.name: w.colour for w in session.wordlists()})
        if entry is not None:
            # The sidebar paints first; the report follows at once (laying out a large
            # one must not hold back the list of titles).
            self.tasks.schedule(tasks.LOAD)
            QTimer.singleShot(0, self, lambda: self._open_first(session, entry, top))
        # Let the window paint its sidebar and report first: the library pass starts
        # a moment later (it competes with the UI thread for the interpreter).
        self.tasks.schedule(tasks.INDEX)
        QTimer.singleShot(INDEX_DELAY_MS, self, lambda: self._start_indexing(session))

    def _open_first(self, session: Library, entry: ReportEntry, top: int) -> None:
        self.tasks.schedule(tasks.LOAD, False)
        if session is self.session and self.current_entry is None:
            self.open_entry(entry, top_offset=top)

    def choose_library(self) -> None:
        start = LibraryFolderDialog.start_folder(self.settings.recent_libraries(), seeds_dir())
        folder = LibraryFolderDialog(start, self).chosen()
        if folder is not None:
            self.open_library(folder)

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent_libraries() if Path(p).is_dir()]
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_library(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.session.root.name
        if self.session.root.resolve() == seeds_dir().resolve():
            name = self.tr("Sample reports")
        report = self.reader_view.report
        title = f"{report.title} — {name}" if report is not None else name
        self.setWindowTitle(f"{title} — {APP_NAME}")

    def _update_status(self) -> None:
        if self.session is None:
            return
        self.count_label.setText(self.tr("Reports: %1").replace("%1", str(len(self.session.entries))))
        lang = problem_language(self._language_choice)
        self.model.set_problems({p.path: p.reason(lang) for p in self.session.load_problems})
        problems = len(self.session.problems)
        self.problems_button.setText(self.tr("Problems: %1").replace("%1", str(problems)))
        self.problems_button.setEnabled(problems > 0)
        self.actions.show_problems.setEnabled(problems > 0)

    def show_problems(self) -> None:
        if self.session is None:
            return
        dialog = ProblemsDialog(self.session.problems, problem_language(self._language_choice), self)
        dialog.exec()

    # -- background indexing (dates, problems, library IDF) ----------------------------------
    def _start_indexing(self, session: Library | None = None) -> None:
        if session is not self.session:
            return  # another library was opened meanwhile; its own pass is scheduled
        self.tasks.schedule(tasks.INDEX, False)
        if session is None or not session.entries:
            return
        self.progress.setRange(0, len(session.entries))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Reading %v of %m"))
        self.progress.show()
        self.cancel_button.show()

        def work(token, progress):  # noqa: ANN001, ANN202 - worker signature
            return session.index(lambda: token.cancelled, progress, background=True)

        self.tasks.run(
            tasks.INDEX,
            work,
            lambda result: self._indexing_done(session, result),
            self._indexing_failed,
            on_progress=lambda done, total: self.progress.setValue(done),
        )

    def _indexing_done(self, session: Library, result: IndexResult) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if session is not self.session or result.cancelled:
            return
        session.apply_index(result)
        self.model.set_dates(result.dates)
        self._update_status()
        if self._pending_search is not None:
            query, self._pending_search = self._pending_search, None
            self.search_library(query)
        if self.stats_window is not None:
            self.stats_window.set_session(session)
        if result.idf is not None and self.reader_view.report is not None:
            self._start_highlights(self.reader_view.report)  # keywords with the library's IDF

    def _indexing_failed(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().showMessage(self.tr("Reading the library failed: %1").replace("%1", message), 10000)

    def cancel_indexing(self) -> None:
        self.tasks.cancel(tasks.INDEX)
        self.progress.hide()
        self.cancel_button.hide()

    # -- opening a report ----------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if entry is not None and entry != self.current_entry:
            self.open_entry(entry)

    def open_entry(self, entry: ReportEntry, top_offset: int = 0) -> None:
        """Show a report; large ones are read and cleaned in the background."""
        if self.session is None:
            return
        self.current_entry = entry
        self._select_in_list(entry)
        session = self.session
        self.tasks.cancel(tasks.LOAD)
        if entry.size <= BACKGROUND_LOAD_BYTES:
            try:
                report = session.load_to_show(entry)
            except ReportError as exc:
                self._show_unreadable(exc)
                return
            self._show_report(report, top_offset)
            return
        self.reader_view.show_message(self.tr("Opening %1…").replace("%1", entry.relpath))
        self.tasks.run(
            tasks.LOAD,
            lambda: session.load_to_show(entry),
            lambda report: self._show_report(report, top_offset),
            self.reader_view.show_message,
        )

    def _show_unreadable(self, exc: ReportError) -> None:
        self.reader_view.show_message(exc.reason(problem_language(self._language_choice)))
        self.documents.report_shown(None)
        self.keyword_panel.show_highlights(ReportHighlights(), "", {}, {})
        self._update_title()

    def _show_report(self, report: Report, top_offset: int = 0) -> None:
        if self.session is None:
            return
        if self._select_after_open is not None and self._select_after_open[0] == report.relpath:
            top_offset = 0  # the hit decides where to look
        self._highlights = self.session.wordlist_highlights(report)
        pairs = self.session.anchored(report)
        self.reader_view.set_report(report, self._highlights, self._annotation_marks(pairs))
        self.annotation_panel.show_annotations(pairs, editable=self.session.read_only_reason is None)
        self.compare_panel.show_report(self.session, report)
        self.documents.report_shown(report)
        self.memo_flow.refresh()  # "This report"
        self._refresh_keyword_panel(report)
        self._update_title()
        self._apply_pending_selection()
        if top_offset:
            QTimer.singleShot(0, self, lambda: self.reader_view.scroll_to_offset(top_offset))
        if self.find_bar.isVisible():
            self.find.search()
        self._start_highlights(report)

    def _select_in_list(self, entry: ReportEntry) -> None:
        source = self.model.index_for_path(entry.relpath)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.report_list.setCurrentIndex(index)
            self.report_list.scrollTo(index)

    def _start_highlights(self, report: Report) -> None:
        session = self.session
        if session is None:
            return
        top_k = self.keyword_panel.top_k.value()
        entities = self.actions.toggle_entities.isChecked()
        self.keyword_panel.set_busy(self.tr("Finding keywords…"))
        self.tasks.run(
            tasks.HIGHLIGHTS,
            lambda: session.highlights(report, top_k, entities),
            lambda highlights: self._highlights_ready(report, highlights),
            lambda message: self.keyword_panel.set_busy(
                self.tr("Keywords could not be found: %1").replace("%1", message)
            ),
        )

    @property
    def busy(self) -> bool:
        """Whether background work for the library or the open report is under way."""
        return self.tasks.busy()

    def _highlights_ready(self, report: Report, highlights: ReportHighlights) -> None:
        if report is not self.reader_view.report:
            return  # the user has moved on
        self._highlights = highlights
        self.reader_view.set_highlights(highlights)
        self._refresh_keyword_panel(report)

    def _refresh_keyword_panel(self, report: Report) -> None:
        layers = {layer: self.reader_view.layer_visible(layer) for layer in (KEYWORD, WORDLIST, ENTITY)}
        colours = {w.name: w.colour for w in self.session.wordlists()} if self.session else {}
        self.keyword_panel.show_highlights(self._highlights, report.document.text, layers, colours)

    @property
    def highlights(self) -> ReportHighlights:
        return self._highlights

    def _term_activated(self, _layer: str, text: str, backwards: bool) -> None:
        report = self.reader_view.report
        if report is None:
            return
        full = report.document.text
        selection = self.reader_view.selection_range()
        if backwards:
            before = selection[0] if selection else len(full)
            start = full.rfind(text, 0, before)
            if start < 0:
                start = full.rfind(text)
        else:
            after = selection[0] + 1 if selection else 0
            start = full.find(text, after)
            if start < 0:
                start = full.find(text)
        if start >= 0:
            self.reader_view.select_range(start, start + len(text))

    def _top_k_changed(self, _value: int) -> None:
        if self.reader_view.report is not None:
            self._start_highlights(self.reader_view.report)

    # -- annotations ------------------------------------------------------------------------------------
    @property
    def author(self) -> str:
        return self.settings.value_str("user/author", "") or default_author()

    def choose_author(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"), self.tr("Name recorded with your annotations:"), text=self.author
        )
        if ok:
            self.settings.set("user/author", name.strip())
            self._annotations_changed(None)  # "mine" may now be someone else's

    def annotate_selection(self, tags: list[str], note: str = "") -> str:
        """Annotate the reader's current selection; returns the new annotation's id."""
        report = self.reader_view.report
        selection = self.reader_view.selection_range()
        if self.session is None or report is None or selection is None:
            raise ValueError("no passage of a report is selected")
        change = self.session.annotate(report, selection[0], selection[1], tags, note, self.author)
        self._do(change, self.tr("Annotate passage"))
        return next(iter(change.after))

    def annotate_with_dialog(self, focus_note: bool = False) -> None:
        if not self._can_annotate():
            return
        dialog = AnnotationDialog(
            self.reader_view.selected_text(), [t.name for t in self.session.tags()], parent=self
        )
        if focus_note:
            dialog.focus_note()
        if dialog.exec():
            self.annotate_selection(dialog.tags(), dialog.note())

    def _highlight_selection(self) -> None:
        if self._can_annotate():
            self.annotate_selection([])

    def _can_annotate(self) -> bool:
        if self.session is None or self.reader_view.selection_range() is None:
            self.statusBar().showMessage(self.tr("Select a passage of the report first."), 5000)
            return False
        if self.session.read_only_reason is not None:
            self._warn(self.tr("Annotations are read-only"), self.session.read_only_reason)
            return False
        return True

    def edit_annotation(self, ann_id: str, tags: list[str], note: str) -> None:
        current = self.session.annotation(ann_id) if self.session is not None else None
        if current is None:
            return
        if tags == current.tags and note == current.note:
            return
        self._attempt(
            lambda: self._do(self.session.update_annotation(ann_id, tags, note), self.tr("Edit annotation"))
        )

    def delete_annotation(self, ann_id: str) -> None:
        if self.session is not None and self.session.annotation(ann_id) is not None:
            self._attempt(
                lambda: self._do(self.session.delete_annotation(ann_id), self.tr("Delete annotation"))
            )

    def _delete_selected_annotation(self) -> None:
        ann_id = self.annotation_panel.selected_id()
        if ann_id:
            self.delete_annotation(ann_id)

    def _attempt(self, action: Callable[[], None]) -> None:
        """An edit of the annotations, or a message box saying why it was refused."""
        self.errors.attempt(action, lambda title, reason: self._warn(title, reason))

    def _do(self, change: Change, text: str) -> None:
        """Put a change on the undo stack (which applies it)."""
        self.annotation_controller.do(change, text)

    def _show_replayed(self, text: str, change: Change, undo: bool) -> None:
        """After Ctrl+Z or Ctrl+Shift+Z: say what was undone or redone and where, and
        show the passage (in its report, opened if another one is shown)."""
        if self.session is None:
            return
        titles = {row.entry.relpath: row.title for row in self.model.rows()}
        reports = sorted(change.reports)
        if len(reports) == 1:
            where = titles.get(reports[0], reports[0])
            message = self.tr("Undone: %1 in “%2”") if undo else self.tr("Redone: %1 in “%2”")
            message = message.replace("%2", where)
        elif reports:
            message = self.tr("Undone: %1 in %2 reports") if undo else self.tr("Redone: %1 in %2 reports")
            message = message.replace("%2", str(len(reports)))
        else:
            message = self.tr("Undone: %1") if undo else self.tr("Redone: %1")
        self.statusBar().showMessage(message.replace("%1", text), 10000)
        states = [a for a in (*change.before.values(), *change.after.values()) if a is not None]
        if len(reports) != 1 or len(change.after) != 1 or not states:
            return
        annotation = states[-1]  # as made or edited: where the passage stands

        def passage(report: Report) -> tuple[int, int] | None:
            anchor = reanchor(annotation, report.document.text)
            return (anchor.start, anchor.end) if anchor.status != ORPHANED else None

        self._open_with_selection(annotation.path, passage)

    def save_annotations(self) -> None:
        """Write the annotations now if anything changed (closing the window or the
        library, and importing, call this)."""
        self.annotation_controller.save_now()

    def release_library(self) -> bool:
        """Before the window closes or another library opens: write what is not saved.
        When that fails, ask: save elsewhere, try again, discard, or stay (False)."""
        self.memo_flow.panel.flush()  # typing not yet autosaved
        controller = self.annotation_controller
        controller.save_now()
        controller.asking_about_unsaved = True
        try:
            while self.session is not None and controller.unsaved_reason is not None:
                where = str(self.session.sidecar_location)
                choice = UnsavedWorkDialog(where, controller.unsaved_reason, self).ask()
                if choice is UnsavedChoice.CANCEL:
                    return False
                if choice is UnsavedChoice.RETRY:
                    controller.retry_save()
                elif choice is UnsavedChoice.DISCARD or self.transfer_flow.save_annotations_as():
                    logger.info("Unsaved annotations of %s: %s", self.session.root, choice.value)
                    break
        finally:
            controller.asking_about_unsaved = False
        controller.forget_unsaved()
        return True

    # -- library search -----------------------------------------------------------------------
    def show_search(self) -> None:
        """Edit > Search Library (Ctrl+Shift+F): the search panel, focused."""
        self.search_dock.show()
        self.search_dock.raise_()
        selected = self.reader_view.selected_text().strip()
        if selected and "\n" not in selected and len(selected) <= 40:
            self.search_panel.edit.setText(selected)
        self.search_panel.edit.setFocus()
        self.search_panel.edit.selectAll()

    def _fill_search_choices(self) -> None:
        if self.session is None:
            return
        folders = sorted({e.category for e in self.session.entries if e.category})
        self.search_panel.set_choices(folders, [t.name for t in self.session.tags()])

    def search_library(self, query: Query) -> None:
        session = self.session
        if session is None:
            return
        if not session.indexed:
            self._pending_search = query
            self.search_panel.show_busy(
                self.tr("The library is being indexed; the search runs when it is ready.")
            )
            return
        self.search_panel.show_busy(self.tr("Searching…"))
        self.tasks.run(
            tasks.SEARCH,
            lambda: session.search(query),
            self.search_panel.show_result,
            lambda message: self.search_panel.show_busy(self.tr("Cannot search: %1").replace("%1", message)),
        )

    def open_at(self, relpath: str, start: int, end: int) -> None:
        """Open a report with [start, end) of its text selected (a search hit)."""
        self._open_with_selection(relpath, lambda _report: (start, end))

    def _open_with_selection(self, relpath: str, where: Callable[[Report], tuple[int, int] | None]) -> bool:
        """Open a report (if it is not the one shown) and select what `where` finds in
        it once it is shown, large reports loading in the background included. False
        when the report is not in the library."""
        if self.session is None:
            return False
        entry = next((e for e in self.session.entries if e.relpath == relpath), None)
        if entry is None:
            return False
        self._select_after_open = (relpath, where)
        showing = self.reader_view.report
        if showing is not None and showing.relpath == relpath:
            self._apply_pending_selection(just_opened=False)
        else:
            self.open_entry(entry)
        return True

    def _apply_pending_selection(self, just_opened: bool = True) -> None:
        report = self.reader_view.report
        pending = self._select_after_open
        if report is None or pending is None or pending[0] != report.relpath:
            return
        self._select_after_open = None
        span = pending[1](report)
        if span is None:
            return
        view = self.reader_view
        view.select_range(*span)
        if not just_opened:
            return

        def reveal() -> None:  # once the new document's scroll range has caught up
            if view.report is report:
                view.scroll_to_offset(span[0])
                view.ensureCursorVisible()

        QTimer.singleShot(0, self, reveal)

    # -- statistics ----------------------------------------------------------------------------
    def show_statistics(self) -> None:
        """View > Statistics (F9): charts for the current report and the library."""
        if self.stats_window is None:
            self.stats_window = StatsWindow(self.settings, self)
        self.stats_window.set_session(self.session, self.reader_view.report)
        self.stats_window.show()
        self.stats_window.raise_()
        self.stats_window.activateWindow()

    def show_agreement(self) -> None:
        """View > Agreement between Coders (Shift+F9)."""
        if self.agreement_window is None:
            self.agreement_window = AgreementWindow(self.settings, self)
        self.agreement_window.set_session(self.session)
        self.agreement_window.show()
        self.agreement_window.raise_()
        self.agreement_window.activateWindow()

    def _coder_names(self) -> list[str]:
        return sorted({a.author for a in self.session.annotations()}) if self.session else []

    # -- export and import -------------------------------------------------------------------
    def restore_backup(self) -> None:
        if self.session is None:
            return
        backup = self.session.newest_good_backup()
        if backup is None:
            self._warn(self.tr("No backup to restore"), self.tr("There is no backup that can be read."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            plain(
                self.tr(
                    "Replace the damaged annotations file with the backup of %1? "
                    "The damaged file is kept beside it."
                ).replace("%1", backup.stem.removeprefix("reader-annotations-"))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.annotation_controller.restore_backup(backup)

    def _annotations_changed(self, change: Change | None) -> None:
        """Refresh the views that show what `change` touched (None: all of them): the
        sidebar's counts, the codebook when tags or their passages changed, the open
        report's marks and list only when the change is in that report."""
        if self.session is not None:
            self.session.coder_view = self.coder_menu.view(self.author)
        if self.agreement_window is not None:
            self.agreement_window.library_changed(self.session)
        if self.session is None:
            return
        everything = change is None
        if everything or change.annotations:
            counts: dict[str, int] = {}
            for annotation in self.session.visible_annotations():
                counts[annotation.path] = counts.get(annotation.path, 0) + 1
            self.model.set_annotation_counts(counts)
        if everything or change.codebook or change.retagged:
            self.codebook.show_tags(self.session.tags(), self.session.tag_counts())
            tag = self.codebook.selected_tag()
            if tag:
                self._tag_selected(tag)
            self._fill_tag_filter()
            self._fill_search_choices()
        if everything:
            self._update_sidecar_labels()
        if everything or change.casework or change.annotations:
            self.memo_flow.refresh()  # memos, and the passages they link to
            self.variables_flow.refresh()
        if change is not None and change.casework and not (change.codebook or change.retagged):
            self._fill_tag_filter()  # the sidebar filter offers the variables' values
        if everything or change.annotations or change.codebook:
            self.compare_flow.refresh()
        report = self.reader_view.report
        if change is not None and change.wordlists:
            self.reader_view.set_wordlist_colours({w.name: w.colour for w in self.session.wordlists()})
            if report is not None:
                self._show_report(report, self.reader_view.top_offset() or 0)
            return
        if change is not None and change.dictionary and report is not None:
            self._start_highlights(report)  # the segmenter knows the word now
        # a change naming nothing (a disagreement kept as neither coder had it) still shows
        if report is not None and (everything or change.empty or report.relpath in change.reports):
            self._refresh_report_annotations()

    def _refresh_report_annotations(self) -> None:
        report = self.reader_view.report
        if self.session is None or report is None:
            return
        pairs = self.session.anchored(report)
        self.reader_view.set_annotations(self._annotation_marks(pairs))
        self.annotation_panel.show_annotations(pairs, editable=self.session.read_only_reason is None)
        self.compare_panel.show_report(self.session, report)

    def _annotation_marks(self, pairs: list[tuple[Annotation, Anchor]]) -> list[AnnotationMark]:
        """How the reader pane shows anchored annotations (orphans are not shown)."""
        if self.session is None:
            return []
        marks = []
        for annotation, anchor in pairs:
            if anchor.status == ORPHANED:
                continue
            tag = self.session.tag(annotation.tags[0]) if annotation.tags else None
            colour = annotation.colour or (tag.colour if tag else "#8a8a8a")
            tooltip = "、".join(annotation.tags) or self.tr("(highlight)")
            if annotation.note:
                tooltip += "\n" + annotation.note
            marks.append(
                AnnotationMark(
                    anchor.start, anchor.end, annotation.id, colour, len(annotation.tags) > 1, tooltip
                )
            )
        return marks

    def _update_sidecar_labels(self) -> None:
        if self.session is None:
            return
        location = self.session.sidecar_location
        if self.session.sidecar_in_library:
            text = self.tr("Annotations are saved in %1").replace("%1", str(location))
        else:
            text = self.tr("This library's folder cannot be written to; annotations are saved in %1").replace(
                "%1", str(location)
            )
        if not self.session.annotations_loaded:
            text = self.tr("Reading the annotations in %1…").replace("%1", str(location))
        self.annotation_panel.location.setText(text)
        reason = self.session.read_only_reason
        damaged = reason if self.session.annotations_loaded else None  # no banner while reading
        self.annotation_panel.set_read_only(
            damaged,
            bool(damaged and self.session.has_backups()),  # Restore checks which one parses
        )
        editable = reason is None
        for action in (
            self.actions.tag_selection,
            self.actions.note_selection,
            self.actions.highlight_selection,
        ):
            action.setEnabled(editable)

    def show_annotation(self, ann_id: str) -> None:
        """Open the annotation's report and select its passage."""
        annotation = self.session.annotation(ann_id) if self.session is not None else None
        if annotation is None:
            return
        session = self.session

        def where(report: Report) -> tuple[int, int] | None:
            self.annotation_panel.select(ann_id)
            anchor = next((a for ann, a in session.anchored(report) if ann.id == ann_id), None)
            return (anchor.start, anchor.end) if anchor is not None and anchor.status != ORPHANED else None

        if not self._open_with_selection(annotation.path, where):
            self.statusBar().showMessage(
                self.tr("The report of this passage is no longer in the library."), 5000
            )

    def _annotation_clicked(self, ann_id: str) -> None:
        self.side_tabs.setCurrentWidget(self.annotation_panel)
        self.annotation_panel.select(ann_id)

    # -- the codebook --------------------------------------------------------------------------------------
    def _tag_selected(self, name: str) -> None:
        if self.session is None:
            return
        titles = {r.entry.relpath: r.title for r in self.model.rows()}
        rows = [
            (a.id, titles.get(a.path, a.path), a.quote.exact, a.note)
            for a in self.session.annotations_with_tag(name)
        ]
        self.codebook.show_passages(rows)

    def _fill_tag_filter(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All reports"), None)
        if self.session is not None:
            for tag in sorted(t.name for t in self.session.tags()):
                self.tag_filter.addItem(self.tr("Tagged: %1").replace("%1", tag), tag)
            for label, choice in self.variables_flow.filter_choices():
                self.tag_filter.addItem(label, choice)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        if current is not None:  # the tagged reports may have changed (or the tag gone)
            self._tag_filter_changed()

    def _tag_filter_changed(self, *_args: object) -> None:
        tag = self.tag_filter.currentData()
        if tag is None or self.session is None:
            self.proxy.set_allowed_paths(None)
        elif is_filter_key(tag):  # a variable's value
            self.proxy.set_allowed_paths(self.variables_flow.reports_with(tag))
        else:
            self.proxy.set_allowed_paths({a.path for a in self.session.annotations_with_tag(tag)})
        self.report_list.expandToDepth(0)

    # -- find, filter --------------------------------------------------------------------------
    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _filter_to_list(self) -> None:
        """Down in the filter box: on to the list, at the first match (at the open
        report when nothing is typed); arrows move on from there, Enter opens."""
        current = self.report_list.currentIndex()
        if self.filter_edit.text().strip() or not current.isValid() or current.data(EntryRole) is None:
            current = first_report(self.proxy)
        if current.isValid():
            self.report_list.setCurrentIndex(current)
        self.report_list.setFocus(Qt.FocusReason.TabFocusReason)

    def _open_first_match(self) -> None:
        """Enter in the filter box: open the first report the filter shows."""
        first = first_report(self.proxy)
        if not first.isValid():
            return
        self.report_list.setCurrentIndex(first)
        self._open_index(first)
        self.reader_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.report_list.expandToDepth(0)

    def _set_grouped(self, grouped: bool) -> None:
        self.model.set_grouped(grouped)
        self.report_list.expandToDepth(0)
        if self.current_entry is not None:
            self._select_in_list(self.current_entry)

    # -- view ----------------------------------------------------------------------------------
    def set_theme(self, name: str, save: bool = True) -> None:
        name = name if name in THEMES else "light"
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.reader_view.set_theme(theme(name))
        {
            "light": self.actions.theme_light,
            "dark": self.actions.theme_dark,
            "sepia": self.actions.theme_sepia,
        }[name].setChecked(True)
        if save:
            self.settings.set("view/theme", name)
        if getattr(self, "stats_window", None) is not None:
            self.stats_window.theme_changed(name)

    @property
    def theme_name(self) -> str:
        for name, action in (("dark", self.actions.theme_dark), ("sepia", self.actions.theme_sepia)):
            if action.isChecked():
                return name
        return "light"

    def choose_font(self) -> None:
        current = QFont()
        current.setFamilies(self.reader_view.font_families)
        current.setPointSize(self.reader_view.point_size)
        ok, font = QFontDialog.getFont(current, self, self.tr("Reading font"))
        if ok:
            self.reader_view.set_font_families([font.family()])
            self.reader_view.set_point_size(font.pointSize())

    def _set_layer(self, layer: str, visible: bool) -> None:
        self.reader_view.set_layer_visible(layer, visible)
        report = self.reader_view.report
        if report is None:
            return
        if layer == ENTITY and visible and not self._highlights.layer(ENTITY):
            self._start_highlights(report)  # entities are computed only when asked for
        self._refresh_keyword_panel(report)

    # -- dictionary and word lists -------------------------------------------------------------
    def _warn(self, title: str, detail: str) -> None:
        self.errors.warn(title, detail)

    # -- language ------------------------------------------------------------------------------
    def set_language(self, choice: str) -> None:
        self._language_choice = choice
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
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.words_menu.setTitle(self.tr("&Word Lists"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.annotate_menu.setTitle(self.tr("&Annotate"))
        self.side_tabs.setTabText(0, self.tr("Keywords"))
        self.side_tabs.setTabText(1, self.tr("Annotations"))
        self.side_tabs.setTabText(2, self.tr("Codebook"))
        self.action_undo.setText(self.tr("&Undo"))
        self.action_redo.setText(self.tr("&Redo"))
        self.annotation_panel.retranslate()
        self.codebook.retranslate()
        self.memo_flow.retranslate()
        self.variables_flow.retranslate()
        self.compare_flow.retranslate()
        self.autocode_flow.retranslate()
        self._fill_tag_filter()
        self._update_sidecar_labels()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by title, number, date or folder (%1)").replace(
                "%1", self.actions.focus_filter.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.model.set_headers([self.tr("Title"), self.tr("Date"), self.tr("No."), "✎"])
        self.cancel_button.setText(self.tr("Cancel"))
        self.reader_view.set_labels(
            self.tr("[image not available]"), self.tr("characters"), self.tr("No. %1")
        )
        self.find_bar.retranslate()
        self.keyword_panel.retranslate()
        self._update_status()
        self._update_title()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Report Reader"),
            self.tr(
                "<h3>Report Reader %1</h3><p>Close reading and qualitative coding of "
                "Chinese-language news and policy reports.</p>"
            ).replace("%1", __version__),
        )

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
        for url in urls:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.exists():
                    return path
        return None

    def open_path(self, path: Path) -> None:
        """Open a folder as a library, or a report in its folder."""
        path = Path(path)
        if path.is_dir():
            self.open_library(path)
        else:
            self.open_library(default_root(path), path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.release_library():
            event.ignore()
            return
        self.cancel_indexing()
        self.tasks.cancel_all()
        self.save_preferences()
        super().closeEvent(event)
