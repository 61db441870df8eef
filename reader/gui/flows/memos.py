"""Memos in the window: the Memos tab, each memo change made through the library
as an undoable change, and the memos in the library search ("Include memos",
remembered; a click on a memo found opens it in the tab)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from reader.core.annotations.change import Change
from reader.core.annotations.memos import JOURNAL, REPORT, TAG, Memo, MemoError
from reader.gui.widgets.memos_panel import MemosPanel

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)


class MemoFlow(QObject):
    """Owns the Memos panel (a tab beside the Annotations) and turns its requests
    into changes on the window's undo stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = MemosPanel(window)
        self.tab = window.side_tabs.addTab(self.panel, "")
        p = self.panel
        p.create_requested.connect(self.create)
        p.edit_requested.connect(self.edit)
        p.delete_requested.connect(self.delete)
        p.link_requested.connect(self.link)
        p.unlink_requested.connect(self.unlink)
        p.passage_activated.connect(window.show_annotation)
        p.about_activated.connect(self._open_about)
        search = window.search_panel
        search.memo_source = lambda: window.session.memos() if window.session is not None else []
        search.memos.setChecked(window.settings.value_bool("search/memos", False))
        search.memos.toggled.connect(lambda on: window.settings.set("search/memos", on))
        search.memo_activated.connect(self.open_memo)

    def retranslate(self) -> None:
        self.window.side_tabs.setTabText(self.tab, self.tr("Memos"))
        self.panel.retranslate()

    def refresh(self) -> None:
        """Show the library's memos (after any change, undo or merge)."""
        w = self.window
        session = w.session
        if session is None:
            self.panel.show_memos([], None, lambda m: m.about, lambda _i: None, False)
            return
        known: dict[str, str] = {}

        def title(relpath: str) -> str:
            """A report's title as the sidebar shows it (the rows are only gone through
            when a memo is shown: opening a report in a library of 10,000 without
            memos took 10 ms more for them)."""
            if not known:
                known.update((row.entry.relpath, row.title) for row in w.model.rows())
            return known.get(relpath, relpath)

        def about(memo: Memo) -> str:
            if memo.kind == JOURNAL:
                return self.tr("journal")
            return title(memo.about) if memo.kind == REPORT else memo.about

        def passage(ann_id: str) -> str | None:
            annotation = session.annotation(ann_id)
            if annotation is None:
                return None
            return f"{title(annotation.path)}: {annotation.quote.exact[:60]}"

        current = w.current_entry.relpath if w.current_entry is not None else None
        editable = session.read_only_reason is None
        self.panel.show_memos(session.memos(), current, about, passage, editable)

    def open_memo(self, memo_id: str) -> None:
        """Show the memo in the Memos tab, ready to read and edit."""
        w = self.window
        if w.session is None or w.session.memo(memo_id) is None:
            w.statusBar().showMessage(self.tr("That memo is no longer there."), 8000)
            return
        w.side_tabs.setCurrentIndex(self.tab)
        self.panel.select(memo_id)

    # -- requests -------------------------------------------------------------------------
    def create(self, kind: str) -> None:
        w = self.window
        if w.session is None:
            return
        about = ""
        if kind == REPORT:
            if w.current_entry is None:
                w.statusBar().showMessage(self.tr("Open a report first."), 8000)
                return
            about = w.current_entry.relpath
        elif kind == TAG:
            about = w.codebook.selected_tag() or ""
            if not about:
                w.statusBar().showMessage(self.tr("Select a tag in the Codebook first."), 8000)
                return
        change = self._make(lambda: w.session.add_memo(kind, about, "", "", w.author))
        if change is not None:
            w.side_tabs.setCurrentIndex(self.tab)
            self._do(change, self.tr("New memo"))
            self.panel.select(next(iter(change.memos_after)))

    def edit(self, memo_id: str, title: str, text: str) -> None:
        w = self.window
        if w.session is not None and w.session.memo(memo_id) is not None:
            change = self._make(lambda: w.session.edit_memo(memo_id, title=title, text=text))
            if change is not None:
                self._do(change, self.tr("Edit memo"))

    def delete(self, memo_id: str) -> None:
        w = self.window
        if w.session is not None and w.session.memo(memo_id) is not None:
            change = self._make(lambda: w.session.delete_memo(memo_id))
            if change is not None:
                self._do(change, self.tr("Delete memo"))

    def link(self, memo_id: str) -> None:
        w = self.window
        ann_id = w.annotation_panel.selected_id()
        memo = w.session.memo(memo_id) if w.session is not None else None
        if memo is None:
            return
        if not ann_id:
            w.statusBar().showMessage(self.tr("Select an annotation in the Annotations tab first."), 8000)
            return
        if ann_id not in memo.links:
            change = self._make(lambda: w.session.edit_memo(memo_id, links=[*memo.links, ann_id]))
            if change is not None:
                self._do(change, self.tr("Link passage to memo"))

    def unlink(self, memo_id: str, ann_id: str) -> None:
        w = self.window
        memo = w.session.memo(memo_id) if w.session is not None else None
        if memo is not None and ann_id in memo.links:
            links = [i for i in memo.links if i != ann_id]
            change = self._make(lambda: w.session.edit_memo(memo_id, links=links))
            if change is not None:
                self._do(change, self.tr("Unlink passage from memo"))

    def _open_about(self, kind: str, about: str) -> None:
        w = self.window
        if kind == REPORT:
            if not w._open_with_selection(about, lambda _report: None):
                w.statusBar().showMessage(self.tr("That report is no longer in the library."), 8000)
        elif kind == TAG:
            w.side_tabs.setCurrentWidget(w.codebook)
            found = QTreeWidgetItemIterator(w.codebook.tags)
            while found.value() is not None:
                item = found.value()
                if item.data(0, Qt.ItemDataRole.UserRole + 1) == about:
                    w.codebook.tags.setCurrentItem(item)  # lists the tag's passages
                    break
                found += 1

    def _make(self, make) -> Change | None:  # noqa: ANN001
        from reader.core.annotations.model import SidecarError

        try:
            return make()
        except SidecarError as exc:
            self.window._warn(self.tr("Annotations are read-only"), exc.reason())
        except MemoError as exc:
            self.window._warn(self.tr("The memo cannot be saved"), exc.reason())
        return None

    def _do(self, change: Change, text: str) -> None:
        self.window._do(change, text)
