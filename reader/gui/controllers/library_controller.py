"""The open library, with its slow parts off the UI thread: scanning the folder,
reading the annotations, the library pass (dates, problems, the search index),
reading a report, its keywords, and searching the library.

No widgets: the window asks (`open`, `load`, `find_highlights`, `search`) and listens.
`library_opened` comes as soon as the reports are known: at once from the index
cache's listings when the library was indexed before (the folder is scanned
afterwards), else when the folder is scanned. `library_scanned` comes once it is
scanned, with what changed since the cache listed it (reports added, removed or
changed). Then `annotations_ready` once its annotations are read, then the library
pass starts (`index_started`, `index_progress`, `index_ready` or `index_failed`). A
report arrives by `report_ready` (or `report_failed`), a search by `search_finished`
(or `search_failed`). Results for a library or report the user has left are dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reader.bundled import seeds_dir
from reader.core.analysis.search import Query
from reader.core.annotations.model import Sidecar
from reader.core.index.listings import Listings
from reader.core.index.scan import ReportEntry, ScanResult
from reader.core.library import EntryChanges, IndexResult, Library
from reader.core.problems import ReportError
from reader.core.reading.cleaning import warm_up
from reader.core.reading.loader import Report
from reader.core.text.highlights import ReportHighlights
from reader.gui import tasks
from reader.gui.tasks import TaskRegistry
from reader.gui.worker import run_in_background

logger = logging.getLogger(__name__)

# Reports larger than this are read and cleaned off the UI thread.
BACKGROUND_LOAD_BYTES = 512 * 1024
# The library pass starts this long after the annotations are read (the sidebar and
# the first report paint first: the pass competes with the UI thread for the interpreter).
INDEX_DELAY_MS = 150
# The folder is scanned this long after the reports the index cache lists are shown
# (the sidebar paints first: the scan, too, competes for the interpreter).
SCAN_DELAY_MS = 50


class LibraryController(QObject):
    """One window's open library (see the module docstring)."""

    opening = Signal(object)  # Path: a folder is being opened
    open_failed = Signal(object, str)  # Path, why it could not be opened
    library_opened = Signal(object, object)  # Library, its listings (titles…): the sidebar can show
    library_scanned = Signal(object, object)  # Library, EntryChanges since the listings shown
    annotations_ready = Signal(object)  # Library: its annotations are read (or refused)
    index_started = Signal(int)  # how many reports the pass reads
    index_progress = Signal(int, int)  # done, total
    index_ready = Signal(object)  # IndexResult, applied to the library
    index_failed = Signal(str)
    index_ended = Signal()  # done, failed or cancelled
    report_loading = Signal(object)  # ReportEntry: a large report is being read
    report_ready = Signal(object, int)  # Report, where to scroll to
    report_failed = Signal(object, str)  # ReportEntry, why it cannot be shown
    highlights_started = Signal(object)  # Report
    highlights_ready = Signal(object, object)  # Report, ReportHighlights
    highlights_failed = Signal(object, str)  # Report, why
    search_waiting = Signal(object)  # Query: it runs once the library is indexed
    search_started = Signal(object)  # Query
    search_finished = Signal(object)  # SearchResult
    search_failed = Signal(str)

    def __init__(self, registry: TaskRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = registry
        self.library: Library | None = None
        self._pending_search: Query | None = None
        # Whether reading a report can no longer wait on the HTML parser's import: until
        # the warm-up has loaded it, every report is read in the background.
        self.reading_ready = False
        self._warming_up = False

    # -- opening -------------------------------------------------------------------------
    def open(self, root: Path) -> None:
        """Open `root` in the background: its reports as the index cache lists them,
        then the folder scanned (the bundled samples open read-only); the library
        shown so far is left (its tasks cancelled) at once."""
        self.close()
        root = Path(root).resolve()
        read_only = root == seeds_dir().resolve()
        self.opening.emit(root)
        # jieba in a child process: loading it here held the UI thread (engine_child)
        options = {"read_only": read_only, "load_annotations": False, "scan": False, "segment_in_child": True}
        self.tasks.run(
            tasks.SCAN,
            lambda: Library(root, **options),
            self._listed,
            lambda message: self.open_failed.emit(root, message),
        )

    def _listed(self, library: Library) -> None:
        """The reports the cache lists are shown now (none without a cache: then
        once scanned); the folder is scanned next."""
        if not library.entries:
            self._scan(library)
            return
        self.library = library
        self.library_opened.emit(library, library.listings)
        self.tasks.schedule(tasks.SCAN)
        QTimer.singleShot(SCAN_DELAY_MS, self, lambda: self._scan(library))

    def _scan(self, library: Library) -> None:
        if library.entries and (library is not self.library or not self.tasks.scheduled(tasks.SCAN)):
            return  # left meanwhile
        self.tasks.run(
            tasks.SCAN,
            library.scan_folder,
            lambda result: self._scanned(library, *result),
            lambda message: self.open_failed.emit(library.root, message),
        )

    def close(self) -> None:
        """Leave the open library: nothing started for it reports back."""
        for name in (tasks.SCAN, tasks.ANNOTATIONS, tasks.LOAD, tasks.HIGHLIGHTS, tasks.SEARCH):
            self.tasks.cancel(name)
        self.cancel_indexing()
        if self.library is not None:
            self.library.close_engine()  # its segmenter's process
        self.library = None
        self._pending_search = None

    def _scanned(self, library: Library, scan: ScanResult, listings: Listings) -> None:
        shown = library is self.library
        changes = library.take_scan(scan, listings)
        if not shown:  # nothing was listed: the sidebar shows the scan
            self.library = library
            self.library_opened.emit(library, listings)
            changes = EntryChanges()
        self.library_scanned.emit(library, changes)
        self.warm_up_reading()  # after the scan: the import competes with it for the interpreter
        # The sidebar paints while the annotations are read (a large file written
        # elsewhere takes seconds: its schema is checked).
        self.tasks.run(
            tasks.ANNOTATIONS,
            library.read_annotations,
            lambda sidecar: self._annotations_read(library, sidecar),
            lambda message: self._annotations_read(library, None, message),
        )

    def _annotations_read(self, library: Library, sidecar: Sidecar | None, failure: str = "") -> None:
        if library is not self.library:
            return
        if sidecar is None:  # reading failed unexpectedly: nothing may be written over
            library.annotations_unreadable(failure)
        else:
            library.take_annotations(sidecar)
        self.tasks.schedule(tasks.INDEX)
        self.annotations_ready.emit(library)
        QTimer.singleShot(INDEX_DELAY_MS, self, lambda: self._start_indexing(library))

    # -- the library pass ----------------------------------------------------------------
    def _start_indexing(self, library: Library) -> None:
        if library is not self.library or not self.tasks.scheduled(tasks.INDEX):
            return  # left or cancelled meanwhile
        self.tasks.schedule(tasks.INDEX, False)
        if not library.entries:
            return
        self.index_started.emit(len(library.entries))

        def work(token, progress):  # noqa: ANN001, ANN202 - worker signature
            return library.index(lambda: token.cancelled, progress, background=True)

        self.tasks.run(
            tasks.INDEX,
            work,
            lambda result: self._indexed(library, result),
            self._index_failed,
            on_progress=self.index_progress.emit,
        )

    def _indexed(self, library: Library, result: IndexResult) -> None:
        self.index_ended.emit()
        if library is not self.library or result.cancelled:
            return
        library.apply_index(result)
        self.index_ready.emit(result)
        if self._pending_search is not None:
            query, self._pending_search = self._pending_search, None
            self.search(query)

    def _index_failed(self, message: str) -> None:
        self.index_ended.emit()
        self.index_failed.emit(message)

    def cancel_indexing(self) -> None:
        if self.tasks.cancel(tasks.INDEX):
            self.index_ended.emit()

    # -- reports ---------------------------------------------------------------------------
    def load(self, entry: ReportEntry, top_offset: int = 0) -> None:
        """Read a report to show: a small one at once, a large one in the background."""
        library = self.library
        if library is None:
            return
        self.tasks.cancel(tasks.LOAD)
        if entry.size <= BACKGROUND_LOAD_BYTES and self.reading_ready:
            try:
                report = library.load_to_show(entry)
            except ReportError as exc:
                self.report_failed.emit(entry, exc.reason())
                return
            self.report_ready.emit(report, top_offset)
            return
        self.report_loading.emit(entry)
        self.tasks.run(
            tasks.LOAD,
            lambda: library.load_to_show(entry),
            lambda report: self._loaded(library, report, top_offset),
            lambda message: self.report_failed.emit(entry, message),
        )

    def warm_up_reading(self) -> None:
        """Load the HTML parser in the background, once. A small report is read on the
        UI thread only after that: the first click on a report, a second after a large
        library opened, waited up to 0.9 s for the import the warm-up thread was
        making (Python's import lock), with the window frozen."""
        if self.reading_ready or self._warming_up:
            return
        self._warming_up = True
        run_in_background(warm_up, self._reading_warm, lambda _message: self._reading_warm(), parent=self)

    def _reading_warm(self, _result: object = None) -> None:
        self.reading_ready = True

    def _loaded(self, library: Library, report: Report, top_offset: int) -> None:
        self.reading_ready = True  # the parser was loaded to read it
        if library is self.library:
            self.report_ready.emit(report, top_offset)

    def find_highlights(self, report: Report, top_k: int, entities: bool) -> None:
        """The report's keywords (and entities when asked) in the background."""
        library = self.library
        if library is None:
            return
        self.highlights_started.emit(report)
        self.tasks.run(
            tasks.HIGHLIGHTS,
            lambda: library.highlights(report, top_k, entities),
            lambda highlights: self._highlights_found(report, highlights),
            lambda message: self.highlights_failed.emit(report, message),
        )

    def _highlights_found(self, report: Report, highlights: ReportHighlights) -> None:
        self.highlights_ready.emit(report, highlights)

    # -- library search --------------------------------------------------------------------
    def search(self, query: Query) -> None:
        """Search the library; before the library pass is done, once it is."""
        library = self.library
        if library is None:
            return
        if not library.indexed:
            self._pending_search = query
            self.search_waiting.emit(query)
            return
        self.search_started.emit(query)
        self.tasks.run(
            tasks.SEARCH,
            lambda: library.search(query),
            self.search_finished.emit,
            self.search_failed.emit,
        )
