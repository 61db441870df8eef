"""Annotating in the window: tag, note or highlight the selected passage, edit and
delete annotations, show what an undo did, restore a backup, and refresh the views
that show what a `Change` touched (the annotation controller says which)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from reader.core.annotations.anchoring import ORPHANED, Anchor, reanchor
from reader.core.annotations.change import Change
from reader.core.annotations.model import Annotation, default_author
from reader.core.reading.loader import Report
from reader.gui.dialogs.unsaved_work import UnsavedChoice, UnsavedWorkDialog
from reader.gui.flows.variables import is_filter_key
from reader.gui.plain_text import plain
from reader.gui.widgets.annotation_widgets import AnnotationDialog
from reader.gui.widgets.reader_view import AnnotationMark

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)


class AnnotatingFlow(QObject):
    """The Annotate menu's edits and what they refresh (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ac = window.annotation_controller
        ac.annotations_changed.connect(self.refresh)
        ac.replayed.connect(self._show_replayed)
        ac.status.connect(lambda message, ms: window.statusBar().showMessage(message, ms))
        ac.problem.connect(lambda title, reason: window._warn(title, reason))
        window.reader_view.annotation_clicked.connect(self._annotation_clicked)
        window.annotation_panel.activated.connect(self.show_annotation)
        window.annotation_panel.edit_requested.connect(self.edit_annotation)
        window.annotation_panel.delete_requested.connect(self.delete_annotation)
        window.annotation_panel.restore_requested.connect(self.restore_backup)
        window.codebook.tag_selected.connect(self._tag_selected)
        window.codebook.passage_activated.connect(self.show_annotation)
        window.sidebar.choice_changed.connect(self._filter_choice)
        window.coder_menu.changed.connect(lambda *_args: self.refresh(None))
        a = window.actions
        a.tag_selection.triggered.connect(lambda: self.annotate_with_dialog(focus_note=False))
        a.note_selection.triggered.connect(lambda: self.annotate_with_dialog(focus_note=True))
        a.highlight_selection.triggered.connect(lambda: self._can_annotate() and self.annotate_selection([]))
        a.delete_annotation.triggered.connect(self._delete_selected_annotation)
        a.set_author.triggered.connect(self.choose_author)

    # -- making and editing ---------------------------------------------------------------------
    @property
    def author(self) -> str:
        return self.window.settings.value_str("user/author", "") or default_author()

    def choose_author(self) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Your name"),
            self.tr("Name recorded with your annotations:"),
            text=self.author,
        )
        if ok:
            self.window.settings.set("user/author", name.strip())
            self.refresh(None)  # "mine" may now be someone else's

    def annotate_selection(self, tags: list[str], note: str = "") -> str:
        """Annotate the reader's current selection; returns the new annotation's id."""
        w = self.window
        report, selection = w.reader_view.report, w.reader_view.selection_range()
        if w.session is None or report is None or selection is None:
            raise ValueError("no passage of a report is selected")
        change = w.session.annotate(report, selection[0], selection[1], tags, note, self.author)
        w.annotation_controller.do(change, self.tr("Annotate passage"))
        return next(iter(change.after))

    def annotate_with_dialog(self, focus_note: bool = False) -> None:
        if not self._can_annotate():
            return
        w = self.window
        dialog = AnnotationDialog(w.reader_view.selected_text(), [t.name for t in w.session.tags()], parent=w)
        if focus_note:
            dialog.focus_note()
        if dialog.exec():
            self.annotate_selection(dialog.tags(), dialog.note())

    def _can_annotate(self) -> bool:
        w = self.window
        if w.session is None or w.reader_view.selection_range() is None:
            w.errors.status(self.tr("Select a passage of the report first."), 5000)
            return False
        if w.session.read_only_reason is not None:
            w._warn(self.tr("Annotations are read-only"), w.session.read_only_reason)
            return False
        return True

    def edit_annotation(self, ann_id: str, tags: list[str], note: str) -> None:
        session = self.window.session
        current = session.annotation(ann_id) if session is not None else None
        if current is None or (tags == current.tags and note == current.note):
            return
        self.window.errors.attempt(
            lambda: self.window.annotation_controller.do(
                session.update_annotation(ann_id, tags, note), self.tr("Edit annotation")
            )
        )

    def delete_annotation(self, ann_id: str) -> None:
        session = self.window.session
        if session is not None and session.annotation(ann_id) is not None:
            self.window.errors.attempt(
                lambda: self.window.annotation_controller.do(
                    session.delete_annotation(ann_id), self.tr("Delete annotation")
                )
            )

    def _delete_selected_annotation(self) -> None:
        ann_id = self.window.annotation_panel.selected_id()
        if ann_id:
            self.delete_annotation(ann_id)

    def _show_replayed(self, text: str, change: Change, undo: bool) -> None:
        """After Ctrl+Z or Ctrl+Shift+Z: say what was undone or redone and where, and
        show the passage (in its report, opened if another one is shown)."""
        w = self.window
        if w.session is None:
            return
        titles = self._titles()
        reports = sorted(change.reports)
        if len(reports) == 1:
            message = self.tr("Undone: %1 in “%2”") if undo else self.tr("Redone: %1 in “%2”")
            message = message.replace("%2", titles.get(reports[0], reports[0]))
        elif reports:
            message = self.tr("Undone: %1 in %2 reports") if undo else self.tr("Redone: %1 in %2 reports")
            message = message.replace("%2", str(len(reports)))
        else:
            message = self.tr("Undone: %1") if undo else self.tr("Redone: %1")
        w.statusBar().showMessage(message.replace("%1", text), 10000)
        states = [a for a in (*change.before.values(), *change.after.values()) if a is not None]
        if len(reports) != 1 or len(change.after) != 1 or not states:
            return
        annotation = states[-1]  # as made or edited: where the passage stands

        def passage(report: Report) -> tuple[int, int] | None:
            anchor = reanchor(annotation, report.document.text)
            return (anchor.start, anchor.end) if anchor.status != ORPHANED else None

        w.reading.open_with_selection(annotation.path, passage)

    def _titles(self) -> dict[str, str]:
        return {row.entry.relpath: row.title for row in self.window.model.rows()}

    # -- showing -----------------------------------------------------------------------------------
    def show_annotation(self, ann_id: str) -> None:
        """Open the annotation's report and select its passage."""
        w = self.window
        session = w.session
        annotation = session.annotation(ann_id) if session is not None else None
        if annotation is None:
            return

        def where(report: Report) -> tuple[int, int] | None:
            w.annotation_panel.select(ann_id)
            anchor = next((a for ann, a in session.anchored(report) if ann.id == ann_id), None)
            return (anchor.start, anchor.end) if anchor is not None and anchor.status != ORPHANED else None

        if not w.reading.open_with_selection(annotation.path, where):
            w.errors.status(self.tr("The report of this passage is no longer in the library."), 5000)

    def _annotation_clicked(self, ann_id: str) -> None:
        self.window.side_tabs.setCurrentWidget(self.window.annotation_panel)
        self.window.annotation_panel.select(ann_id)

    def marks(self, pairs: list[tuple[Annotation, Anchor]]) -> list[AnnotationMark]:
        """How the reader pane shows anchored annotations (orphans are not shown)."""
        session = self.window.session
        if session is None:
            return []
        marks = []
        for annotation, anchor in pairs:
            if anchor.status == ORPHANED:
                continue
            tag = session.tag(annotation.tags[0]) if annotation.tags else None
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

    def _tag_selected(self, name: str) -> None:
        session = self.window.session
        if session is None:
            return
        titles = self._titles()
        rows = [
            (a.id, titles.get(a.path, a.path), a.quote.exact, a.note)
            for a in session.annotations_with_tag(name)
        ]
        self.window.codebook.show_passages(rows)

    def fill_filter_choices(self) -> None:
        """The sidebar's filter menu: every tag, and the report variables' values; only
        "All reports" until the library's annotations are read (they bring the tags and
        variables; the years of 10,000 reports were worked out before the sidebar's
        first paint, then again once the annotations came)."""
        session = self.window.session
        choices: list[tuple[str, object]] = []
        if session is not None and session.annotations_loaded:
            choices = [
                (self.tr("Tagged: %1").replace("%1", t), t) for t in sorted(t.name for t in session.tags())
            ]
            choices += self.window.variables_flow.filter_choices()
        self.window.sidebar.set_choices(self.tr("All reports"), choices)

    def _filter_choice(self, choice: object) -> None:
        session = self.window.session
        if choice is None or session is None:
            self.window.sidebar.set_allowed_paths(None)
        elif is_filter_key(choice):  # a variable's value
            self.window.sidebar.set_allowed_paths(self.window.variables_flow.reports_with(choice))
        else:
            self.window.sidebar.set_allowed_paths({a.path for a in session.annotations_with_tag(choice)})

    # -- refreshing what a change touched -----------------------------------------------------------
    def refresh(self, change: Change | None) -> None:
        """Refresh the views that show what `change` touched (None: all of them): the
        sidebar's counts, the codebook when tags or their passages changed, the open
        report's marks and list only when the change is in that report."""
        w = self.window
        session = w.session
        if session is not None:
            session.coder_view = w.coder_menu.view(self.author)
        if w.agreement_window is not None:
            w.agreement_window.library_changed(session)
        if session is None:
            return
        everything = change is None
        if everything or change.annotations:
            counts: dict[str, int] = {}
            for annotation in session.visible_annotations():
                counts[annotation.path] = counts.get(annotation.path, 0) + 1
            w.model.set_annotation_counts(counts)
        if everything or change.codebook or change.retagged:
            w.codebook.show_tags(session.tags(), session.tag_counts())
            tag = w.codebook.selected_tag()
            if tag:
                self._tag_selected(tag)
            self.fill_filter_choices()
            folders = sorted({e.category for e in session.entries if e.category})
            w.search_panel.set_choices(folders, [t.name for t in session.tags()])
        if everything:
            self.update_sidecar_labels()
        if everything or change.casework or change.annotations:
            w.memo_flow.refresh()  # memos, and the passages they link to
            w.variables_flow.refresh()
        if change is not None and change.casework and not (change.codebook or change.retagged):
            self.fill_filter_choices()  # the sidebar filter offers the variables' values
        if everything or change.annotations or change.codebook:
            w.compare_flow.refresh()
        report = w.reader_view.report
        if change is not None and change.wordlists:
            w.reader_view.set_wordlist_colours({wl.name: wl.colour for wl in session.wordlists()})
            if report is not None:
                w.reading.show_report(report, w.reader_view.top_offset() or 0)
            return
        if change is not None and change.dictionary and report is not None:
            w.reading.refresh_highlights()  # the segmenter knows the word now
        # a change naming nothing (a disagreement kept as neither coder had it) still shows
        if report is not None and (everything or change.empty or report.relpath in change.reports):
            pairs = session.anchored(report)
            w.reader_view.set_annotations(self.marks(pairs))
            w.annotation_panel.show_annotations(pairs, editable=session.read_only_reason is None)
            w.compare_dock.show_report(session, report)

    def update_sidecar_labels(self) -> None:
        """Where the annotations are saved, whether they can be, and the edit actions."""
        session = self.window.session
        if session is None:
            return
        location = session.sidecar_location
        if not session.annotations_loaded:
            text = self.tr("Reading the annotations in %1…")
        elif session.sidecar_in_library:
            text = self.tr("Annotations are saved in %1")
        else:
            text = self.tr("This library's folder cannot be written to; annotations are saved in %1")
        panel = self.window.annotation_panel
        panel.location.setText(text.replace("%1", str(location)))
        reason = session.read_only_reason
        damaged = reason if session.annotations_loaded else None  # no banner while reading
        panel.set_read_only(damaged, bool(damaged and session.has_backups()))  # Restore checks which parses
        a = self.window.actions
        for action in (a.tag_selection, a.note_selection, a.highlight_selection):
            action.setEnabled(reason is None)

    # -- the annotations file --------------------------------------------------------------------------
    def restore_backup(self) -> None:
        session = self.window.session
        if session is None:
            return
        backup = session.newest_good_backup()
        if backup is None:
            self.window._warn(
                self.tr("No backup to restore"), self.tr("There is no backup that can be read.")
            )
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore backup"),
            plain(
                self.tr(
                    "Replace the damaged annotations file with the backup of %1? "
                    "The damaged file is kept beside it."
                ).replace("%1", backup.stem.removeprefix("reader-annotations-"))
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.annotation_controller.restore_backup(backup)

    def release_library(self) -> bool:
        """Before the window closes or another library opens: write what is not saved.
        When that fails, ask: save elsewhere, try again, discard, or stay (False)."""
        w = self.window
        w.memo_flow.panel.flush()  # typing not yet autosaved
        controller = w.annotation_controller
        controller.save_now()
        controller.asking_about_unsaved = True
        try:
            while w.session is not None and controller.unsaved_reason is not None:
                choice = UnsavedWorkDialog(
                    str(w.session.sidecar_location), controller.unsaved_reason, w
                ).ask()
                if choice is UnsavedChoice.CANCEL:
                    return False
                if choice is UnsavedChoice.RETRY:
                    controller.retry_save()
                elif choice is UnsavedChoice.DISCARD or w.transfer_flow.save_annotations_as():
                    logger.info("Unsaved annotations of %s: %s", w.session.root, choice.value)
                    break
        finally:
            controller.asking_about_unsaved = False
        controller.forget_unsaved()
        return True
