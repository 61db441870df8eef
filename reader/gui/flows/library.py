"""The library in the window: choosing and opening one (the library controller scans
and reads it off the UI thread; this shows each step as it comes), the window title
and status line, the library pass's progress, library search, the problems list and
the library's secondary windows (statistics, agreement: built when first asked for)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.bundled import seeds_dir
from reader.core.index.scan import ReportEntry
from reader.core.library import EntryChanges, IndexResult, Library
from reader.core.problems import user_language
from reader.core.reading.loader import default_root
from reader.gui.dialogs.library_folder import LibraryFolderDialog
from reader.gui.dialogs.problems import ProblemsDialog

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

APP_NAME = "Report Reader"
# When reading a library's annotations takes longer than this, the reader pane says so.
READING_NOTICE_MS = 300


class LibraryFlow(QObject):
    """Opening a library and following its background work (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._report_path: Path | None = None  # the report to show once the library opens
        self._first: tuple[ReportEntry | None, int] = (None, 0)  # that report's entry, where to scroll
        lc = window.library_controller
        lc.opening.connect(self._opening)
        lc.open_failed.connect(self._open_failed)
        lc.library_opened.connect(self._library_opened)
        lc.library_scanned.connect(self._library_scanned)
        lc.annotations_ready.connect(self._annotations_ready)
        lc.index_started.connect(window.status_line.index_started)
        lc.index_progress.connect(window.status_line.index_progress)
        lc.index_ended.connect(window.status_line.index_ended)
        lc.index_ready.connect(self._indexed)
        lc.index_failed.connect(
            lambda message: window.errors.status(
                self.tr("Reading the library failed: %1").replace("%1", message)
            )
        )
        panel = window.search_panel
        panel.search_requested.connect(lc.search)
        lc.search_waiting.connect(
            lambda _q: panel.show_busy(
                self.tr("The library is being indexed; the search runs when it is ready.")
            )
        )
        lc.search_started.connect(lambda _q: panel.show_busy(self.tr("Searching…")))
        lc.search_finished.connect(panel.show_result)
        lc.search_failed.connect(
            lambda message: panel.show_busy(self.tr("Cannot search: %1").replace("%1", message))
        )
        window.status_line.problems_requested.connect(self.show_problems)
        window.status_line.cancel_requested.connect(lc.cancel_indexing)
        a = window.actions
        a.open_library.triggered.connect(self.choose_library)
        a.show_problems.triggered.connect(self.show_problems)
        a.statistics.triggered.connect(self.show_statistics)
        a.agreement.triggered.connect(self.show_agreement)

    # -- opening -------------------------------------------------------------------------------
    def choose_library(self) -> None:
        start = LibraryFolderDialog.start_folder(self.window.settings.recent_libraries(), seeds_dir())
        folder = LibraryFolderDialog(start, self.window).chosen()
        if folder is not None:
            self.open_library(folder)

    def open_path(self, path: Path) -> None:
        """Open a folder as a library, or a report in its folder."""
        path = Path(path)
        self.open_library(path) if path.is_dir() else self.open_library(default_root(path), path)

    def open_library(self, library: Path, report: Path | None = None) -> None:
        """Show a library: the sidebar from the index cache's listings (else once
        scanned, titles from first lines), brought up to date once scanned, its
        annotations once read, then the report (`report`, else the last one read), and
        the library pass. Nothing happens when the user chooses to stay with unsaved
        work of the open library."""
        w = self.window
        if w.session is not None and not w.annotating.release_library():
            return
        self._report_path = report
        w.library_controller.open(Path(library))

    def _opening(self, root: Path) -> None:
        w = self.window
        w.reading.current_entry = None
        w.annotation_controller.set_library(None)
        w.sidebar.show_entries([], {})
        w.reader_view.show_message(self.tr("Opening %1…").replace("%1", root.name))
        w.settings.add_recent_library(root)
        self.refresh_recent_menu()

    def _open_failed(self, root: Path, message: str) -> None:
        self.window.reader_view.show_message(
            self.tr("The folder %1 cannot be read: %2").replace("%1", str(root)).replace("%2", message)
        )

    def _library_opened(self, library: Library, listings: dict) -> None:
        w = self.window
        w.sidebar.show_entries(library.entries, listings)
        w.annotation_controller.set_library(library)
        w.annotating.refresh(None)  # the last library's annotations go
        self.update_title()
        self.update_status()
        report = self._report_path
        entry = library.entry_for(report) if report is not None else None
        top = 0
        if entry is None:
            key = self.library_key()
            last = w.settings.value_str(f"report/{key}/last", "")
            entry = next((e for e in library.entries if e.relpath == last), None)
            top = w.settings.value_int(f"report/{key}/top", 0) if entry else 0
        if entry is None and library.entries:
            entry = w.sidebar.first_entry() or library.entries[0]
        if entry is not None:
            w.sidebar.select_entry(entry)
        else:
            w.reader_view.show_message(self.tr("This folder holds no reports."))
        self._first = (entry, top)
        # The sidebar paints while the annotations are read; said in the reader pane
        # only when it takes long enough to notice.
        QTimer.singleShot(READING_NOTICE_MS, self, lambda: self._still_reading(library))

    def _library_scanned(self, library: Library, changes: EntryChanges) -> None:
        """The folder as it is now: the reports added, removed or changed since the
        index cache listed them are shown so; the selection and the report read stay."""
        w = self.window
        self.update_status()
        if not changes:
            return
        w.sidebar.update_entries(library.entries, changes, library.listings)
        now = {entry.relpath: entry for entry in changes.changed}
        gone = {entry.relpath for entry in changes.removed}
        current = w.reading.current_entry
        if current is not None and current.relpath in now:
            w.reading.current_entry = now[current.relpath]
        entry, top = self._first
        if entry is not None:
            entry = now.get(entry.relpath, entry)
        asked = self._report_path
        wanted = library.entry_for(asked) if asked is not None and changes.added else None
        if wanted is not None and wanted != entry:  # the report asked for is new since the cache
            entry, top = wanted, 0
        elif entry is not None and entry.relpath in gone:  # the report to show first is gone
            entry, top = w.sidebar.first_entry() or (library.entries[0] if library.entries else None), 0
        else:
            self._first = (entry, top)
            return
        self._first = (entry, top)
        if current is not None:
            return  # the user has chosen meanwhile
        if entry is not None:
            w.sidebar.select_entry(entry)
        else:
            w.reader_view.show_message(self.tr("This folder holds no reports."))

    def _still_reading(self, library: Library) -> None:
        w = self.window
        if library is w.session and not library.annotations_loaded and w.reading.current_entry is None:
            w.reader_view.show_message(self.tr("Reading the annotations…"))

    def _annotations_ready(self, library: Library) -> None:
        w = self.window
        if library.read_only_reason is not None:
            w.errors.status(
                self.tr("Annotations are read-only: %1").replace("%1", library.read_only_reason), 15000
            )
        elif library.notice is not None:  # an older file was merged with the last save
            w.errors.status(library.notice, 30000)
        w.annotation_controller.watch()
        w.annotating.refresh(None)
        w.reader_view.set_wordlist_colours({wl.name: wl.colour for wl in library.wordlists()})
        entry, top = self._first
        if entry is not None:
            w.reading.open_first(entry, top)

    def _indexed(self, result: IndexResult) -> None:
        w = self.window
        w.model.set_dates(result.dates)
        self.update_status()
        if w.stats_window is not None:
            w.stats_window.set_session(w.session)
        if result.idf is not None:
            w.reading.refresh_highlights()  # keywords with the library's IDF

    def refresh_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = [p for p in self.window.settings.recent_libraries() if Path(p).is_dir()]
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_library(Path(p)))
        menu.setEnabled(bool(recent))

    def library_key(self) -> str:
        """The open library's key in the settings (its last report, where it was read)."""
        session = self.window.session
        root = str(session.root.resolve()) if session else ""
        return hashlib.sha1(root.encode("utf-8", "surrogatepass")).hexdigest()[:12]

    # -- title and status -------------------------------------------------------------------------
    def update_title(self) -> None:
        w = self.window
        if w.session is None:
            w.setWindowTitle(APP_NAME)
            return
        name = w.session.root.name
        if w.session.root.resolve() == seeds_dir().resolve():
            name = self.tr("Sample reports")
        report = w.reader_view.report
        title = f"{report.title} — {name}" if report is not None else name
        w.setWindowTitle(f"{title} — {APP_NAME}")

    def update_status(self) -> None:
        w = self.window
        if w.session is None:
            return
        lang = user_language()
        w.model.set_problems({p.path: p.reason(lang) for p in w.session.load_problems})
        problems = len(w.session.problems)
        w.status_line.show_counts(len(w.session.entries), problems)
        w.actions.show_problems.setEnabled(problems > 0)

    def show_problems(self) -> None:
        if self.window.session is not None:
            ProblemsDialog(self.window.session.problems, user_language(), self.window).exec()

    # -- the library's own windows -----------------------------------------------------------------
    def show_search(self) -> None:
        """Edit > Search Library (Ctrl+Shift+F): the search panel, focused."""
        w = self.window
        w.search_dock.show()
        w.search_dock.raise_()
        selected = w.reader_view.selected_text().strip()
        if selected and "\n" not in selected and len(selected) <= 40:
            w.search_panel.edit.setText(selected)
        w.search_panel.edit.setFocus()
        w.search_panel.edit.selectAll()

    def show_statistics(self) -> None:
        """View > Statistics (F9): charts for the current report and the library."""
        w = self.window
        if w.stats_window is None:
            from reader.gui.dialogs.stats_window import StatsWindow  # charts load when first shown

            w.stats_window = StatsWindow(w.settings, w)
        w.stats_window.set_session(w.session, w.reader_view.report)
        self._raise(w.stats_window)

    def show_agreement(self) -> None:
        """View > Agreement between Coders (Shift+F9)."""
        w = self.window
        if w.agreement_window is None:
            from reader.gui.widgets.agreement_view import AgreementWindow  # built when first asked for

            w.agreement_window = AgreementWindow(w.settings, w)
        w.agreement_window.set_session(w.session)
        self._raise(w.agreement_window)

    @staticmethod
    def _raise(window: QObject) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
