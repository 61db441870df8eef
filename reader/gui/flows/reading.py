"""Reading a report in the window: opening one (from the list, a search hit, a
passage), showing it with its marks and highlights, the keyword panel, and
selecting a passage once its report is shown (large reports load in the background:
the library controller reads them and says `report_ready`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.core.index.scan import ReportEntry
from reader.core.reading.loader import Report
from reader.core.text.highlights import ENTITY, KEYWORD, WORDLIST, ReportHighlights
from reader.gui import tasks

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

# Where to select in a report once it is shown: (start, end), or None.
Where = Callable[[Report], "tuple[int, int] | None"]


class ReadingFlow(QObject):
    """The report shown in the reader pane, and the panels that follow it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current_entry: ReportEntry | None = None
        self.highlights = ReportHighlights()
        self._select_after_open: tuple[str, Where] | None = None
        lc = window.library_controller
        lc.report_loading.connect(
            lambda entry: window.reader_view.show_message(self.tr("Opening %1…").replace("%1", entry.relpath))
        )
        lc.report_ready.connect(self.show_report)
        lc.report_failed.connect(lambda _entry, reason: self._show_unreadable(reason))
        lc.highlights_started.connect(lambda _r: window.keyword_panel.set_busy(self.tr("Finding keywords…")))
        lc.highlights_ready.connect(self._highlights_ready)
        lc.highlights_failed.connect(
            lambda _r, message: window.keyword_panel.set_busy(
                self.tr("Keywords could not be found: %1").replace("%1", message)
            )
        )
        window.sidebar.entry_activated.connect(self._entry_activated)
        window.keyword_panel.term_activated.connect(self._term_activated)
        window.keyword_panel.top_k_changed.connect(lambda _k: self.refresh_highlights())

    # -- opening -----------------------------------------------------------------------------
    def _entry_activated(self, entry: ReportEntry) -> None:
        if entry != self.current_entry:
            self.open_entry(entry)

    def open_entry(self, entry: ReportEntry, top_offset: int = 0) -> None:
        """Show a report; large ones are read and cleaned in the background."""
        if self.window.session is None:
            return
        self.current_entry = entry
        self.window.sidebar.select_entry(entry)
        self.window.library_controller.load(entry, top_offset)

    def open_first(self, entry: ReportEntry, top: int) -> None:
        """The report to show when a library opens: after the sidebar has painted
        (laying out a large report must not hold back the list of titles)."""
        registry, library = self.window.tasks, self.window.session
        registry.schedule(tasks.LOAD)

        def open_it() -> None:
            registry.schedule(tasks.LOAD, False)
            if library is self.window.session and self.current_entry is None:
                self.open_entry(entry, top_offset=top)

        QTimer.singleShot(0, self, open_it)

    def open_at(self, relpath: str, start: int, end: int) -> None:
        """Open a report with [start, end) of its text selected (a search hit)."""
        self.open_with_selection(relpath, lambda _report: (start, end))

    def open_with_selection(self, relpath: str, where: Where) -> bool:
        """Open a report (if it is not the one shown) and select what `where` finds in
        it once it is shown. False when the report is not in the library."""
        session = self.window.session
        if session is None:
            return False
        entry = next((e for e in session.entries if e.relpath == relpath), None)
        if entry is None:
            return False
        self._select_after_open = (relpath, where)
        showing = self.window.reader_view.report
        if showing is not None and showing.relpath == relpath:
            self._apply_pending_selection(just_opened=False)
        else:
            self.open_entry(entry)
        return True

    def _apply_pending_selection(self, just_opened: bool = True) -> None:
        view = self.window.reader_view
        report, pending = view.report, self._select_after_open
        if report is None or pending is None or pending[0] != report.relpath:
            return
        self._select_after_open = None
        span = pending[1](report)
        if span is None:
            return
        view.select_range(*span)
        if not just_opened:
            return

        def reveal() -> None:  # once the new document's scroll range has caught up
            if view.report is report:
                view.scroll_to_offset(span[0])
                view.ensureCursorVisible()

        QTimer.singleShot(0, self, reveal)

    # -- showing ---------------------------------------------------------------------------------
    def show_report(self, report: Report, top_offset: int = 0) -> None:
        w = self.window
        session = w.session
        if session is None:
            return
        if self._select_after_open is not None and self._select_after_open[0] == report.relpath:
            top_offset = 0  # the hit decides where to look
        self.highlights = session.wordlist_highlights(report)
        pairs = session.anchored(report)
        w.reader_view.set_report(report, self.highlights, w.annotating.marks(pairs))
        w.annotation_panel.show_annotations(pairs, editable=session.read_only_reason is None)
        w.compare_dock.show_report(session, report)
        w.documents.report_shown(report)
        w.memo_flow.refresh()  # "This report"
        self.refresh_keyword_panel()
        w.update_title()
        self._apply_pending_selection()
        if top_offset:
            QTimer.singleShot(0, self, lambda: w.reader_view.scroll_to_offset(top_offset))
        if w.find_bar.isVisible():
            w.find.search()
        self.refresh_highlights()

    def _show_unreadable(self, reason: str) -> None:
        w = self.window
        w.reader_view.show_message(reason)
        w.documents.report_shown(None)
        w.keyword_panel.show_highlights(ReportHighlights(), "", {}, {})
        w.update_title()

    # -- highlights and the keyword panel --------------------------------------------------------
    def refresh_highlights(self) -> None:
        """The shown report's keywords (and entities if shown), computed again."""
        w = self.window
        report = w.reader_view.report
        if report is not None:
            w.library_controller.find_highlights(
                report, w.keyword_panel.top_k.value(), w.actions.toggle_entities.isChecked()
            )

    def _highlights_ready(self, report: Report, highlights: ReportHighlights) -> None:
        if report is not self.window.reader_view.report:
            return  # the user has moved on
        self.highlights = highlights
        self.window.reader_view.set_highlights(highlights)
        self.refresh_keyword_panel()

    def refresh_keyword_panel(self) -> None:
        w = self.window
        report = w.reader_view.report
        if report is None:
            return
        layers = {layer: w.reader_view.layer_visible(layer) for layer in (KEYWORD, WORDLIST, ENTITY)}
        colours = {wl.name: wl.colour for wl in w.session.wordlists()} if w.session else {}
        w.keyword_panel.show_highlights(self.highlights, report.document.text, layers, colours)

    def set_layer(self, layer: str, visible: bool) -> None:
        self.window.reader_view.set_layer_visible(layer, visible)
        if self.window.reader_view.report is None:
            return
        if layer == ENTITY and visible and not self.highlights.layer(ENTITY):
            self.refresh_highlights()  # entities are computed only when asked for
        self.refresh_keyword_panel()

    def _term_activated(self, _layer: str, text: str, backwards: bool) -> None:
        view = self.window.reader_view
        if view.report is None:
            return
        full = view.report.document.text
        selection = view.selection_range()
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
            view.select_range(start, start + len(text))
