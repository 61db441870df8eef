"""Retrieval with conditions in the window (View > Retrieve Passages with
Conditions…): the passages are gathered off the UI thread (each annotated report
read and its annotations placed, as for Compare Tags), then the conditions are
applied to them; the passages found are exported through the Export dialog as a
selection."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.gui.worker import Task, run_in_background

if TYPE_CHECKING:  # the analyses, the export package and the dialog load when first used
    from reader.core.analysis.passages import Passage
    from reader.core.analysis.retrieval import Retrieved
    from reader.gui.dialogs.retrieval_dialog import RetrievalDialog
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)


class RetrievalFlow(QObject):
    """Owns the Retrieval dialog, its action and the gathering under way."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: RetrievalDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionRetrieve")
        self.action.triggered.connect(self.open)
        self.result: Retrieved | None = None
        self._passages: list[Passage] | None = None
        self._task: Task | None = None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Retrieve Passages with Con&ditions…"))
        self.action.setToolTip(self.tr("Passages with tag A and B, A but not B, or A near B"))
        if self.view is not None:
            self.view.retranslate()
            self._fill_choices()

    def open(self) -> None:
        if self.window.session is None:
            return
        if self.view is None:
            from reader.gui.dialogs.retrieval_dialog import RetrievalDialog

            view = self.view = RetrievalDialog(self.window.settings, self.window)
            view.run_requested.connect(self._run)
            view.passage_activated.connect(self.window.show_annotation)
            view.export_requested.connect(self._export)
        self._fill_choices()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()

    def refresh(self) -> None:
        """The annotations changed: what was gathered is out of date."""
        self._passages = None
        self.result = None
        if self.view is not None and self.view.isVisible():
            self._fill_choices()
            self.view.show_passages([], self._title, "")

    # -- inside -----------------------------------------------------------------------------
    def _variables(self) -> dict[str, dict[str, str]]:
        from reader.core.analysis.variables import combine, report_variables

        session = self.window.session
        builtin = {
            r.entry.relpath: report_variables(r.number, r.title, r.date, r.entry.category)
            for r in self.window.model.rows()
        }
        return combine(builtin, session.casebook.table()) if session is not None else builtin

    def _fill_choices(self) -> None:
        session = self.window.session
        if self.view is None or session is None:
            return
        from reader.core.analysis.variables import values_of
        from reader.core.export.records import with_parents

        annotations = session.annotations()
        tags = with_parents([t.name for t in session.tags()])
        coders = sorted({a.author for a in annotations if a.author})
        table = self._variables()
        builtin = [(self.tr("Year"), "year"), (self.tr("Month"), "month"), (self.tr("Folder"), "folder")]
        named = builtin + [(v.name, v.name) for v in session.casebook.variables]
        self.view.set_choices(tags, coders, [(label, name, values_of(table, name)) for label, name in named])

    def _title(self, relpath: str) -> str:
        titles = {row.entry.relpath: row.title for row in self.window.model.rows()}
        return titles.get(relpath, relpath)

    def _run(self) -> None:
        if self._passages is None:
            self._gather()
            return
        view = self.view
        if view is None:
            return
        from reader.core.analysis.retrieval import retrieve
        from reader.core.analysis.variables import reports_where

        table = self._variables()
        where = view.passage_filter(lambda name, values: reports_where(table, {name: values}))
        self.result = result = retrieve(self._passages, view.condition(), view.include_children(), where)
        reports = len({p.report for p in result.passages})
        summary = self.tr("%1 passages in %2 reports").replace("%1", str(len(result.passages)))
        view.show_passages(result.passages, self._title, summary.replace("%2", str(reports)))

    def _gather(self) -> None:
        session = self.window.session
        if session is None or self.view is None:
            return
        if self._task is not None:
            self._task.cancel()
        self.view.busy(self.tr("Placing the annotations in their reports…"))

        def work(token, progress):  # noqa: ANN001, ANN202
            from reader.core.analysis.passages import passages_from_export
            from reader.core.export import collect

            return passages_from_export(
                collect(session, progress=progress, cancelled=lambda: token.cancelled, every_coder=True)
            )

        def done(passages: list[Passage]) -> None:
            self._task = None
            if session is self.window.session:
                self._passages = passages
                self._run()

        def failed(message: str) -> None:
            self._task = None
            if self.view is not None:
                self.view.busy(self.tr("The passages could not be gathered: %1").replace("%1", message))

        def progress(done_: int, total: int) -> None:
            if self.view is not None:
                text = self.tr("Reading report %1 of %2…").replace("%1", str(done_))
                self.view.busy(text.replace("%2", str(total)))

        self._task = run_in_background(work, done, failed, on_progress=progress, parent=self)

    def _export(self, with_partners: bool) -> None:
        if self.result is None or not self.result.passages:
            return
        condition = self.result.condition
        label = self.tr("The %1 passages retrieved (%2)").replace(
            "%1", str(len(self.result.ids(with_partners)))
        )
        words = {
            "and": self.tr("%1 and also %2"),
            "not": self.tr("%1 but not %2"),
            "near": self.tr("%1 near %2"),
        }
        label = label.replace(
            "%2", words[condition.operator].replace("%1", condition.a).replace("%2", condition.b)
        )
        self.window.transfer_flow.export_selection((label, self.result.scope(with_partners)))
