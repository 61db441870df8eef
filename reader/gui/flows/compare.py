"""Comparing in the window: View > Compare Tags… opens co-occurrence and tags by
variables; the passages are gathered off the UI thread (each annotated report is
read and its annotations placed), then each view is computed from them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.core.analysis.documents.fields import FIELDS
from reader.gui.flows.retrieval import RetrievalFlow
from reader.gui.widgets.variables_table import field_label
from reader.gui.worker import Task, run_in_background

if TYPE_CHECKING:  # the window and the matrix need numpy: imported when first opened
    from reader.core.analysis.passages import Passage
    from reader.gui.main_window import MainWindow
    from reader.gui.widgets.compare_window import CompareWindow

logger = logging.getLogger(__name__)


class CompareFlow(QObject):
    """Owns the Compare window and its action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: CompareWindow | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionCompare")
        self.action.triggered.connect(self.open)
        self._passages: list[Passage] | None = None
        self._left_out = 0
        self._task: Task | None = None
        window.variables_flow.fields.ready.connect(self._fields_ready)
        self.retrieval = RetrievalFlow(window)  # View > Retrieve Passages with Conditions

    def retranslate(self) -> None:
        self.retrieval.retranslate()
        self.action.setText(self.tr("&Compare Tags…"))
        self.action.setToolTip(self.tr("Co-occurrence of tags, and tags by report variable"))
        if self.view is not None:
            self.view.retranslate()
            self._fill_variables()

    def open(self) -> None:
        if self.view is None:
            from reader.gui.widgets.compare_window import CompareWindow

            view = self.view = CompareWindow(self.window)
            view.cooccurrence_requested.connect(lambda _m, _c: self._show())
            view.variable_requested.connect(lambda _v: self._show())
            view.passage_activated.connect(self.window.show_annotation)
        self._fill_variables()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self._gather()

    def refresh(self) -> None:
        """The annotations changed: gather again if the window is open."""
        self.retrieval.refresh()
        self._passages = None
        if self.view is not None and self.view.isVisible():
            self._fill_variables()
            self._gather()

    # -- inside -----------------------------------------------------------------------------
    def _fill_variables(self) -> None:
        session = self.window.session
        if self.view is None or session is None:
            return
        builtin = [(self.tr("Year"), "year"), (self.tr("Month"), "month"), (self.tr("Folder"), "folder")]
        builtin += [(field_label(name), name) for name in FIELDS]  # known once the library is indexed
        self.view.set_variables(builtin + [(v.name, v.name) for v in session.casebook.variables])
        self.window.variables_flow.fields.ensure()

    def _fields_ready(self) -> None:
        if self.view is not None and self.view.isVisible() and self._passages is not None:
            self._show()

    def _gather(self) -> None:
        session = self.window.session
        if session is None or self.view is None:
            return
        if self._passages is not None:
            self._show()
            return
        if self._task is not None:
            self._task.cancel()
        self.view.busy(self.tr("Placing the annotations in their reports…"))

        def work(token, progress):  # noqa: ANN001, ANN202
            from reader.core.analysis.passages import orphaned, passages_from_export
            from reader.core.export import collect  # the export package: when first asked for

            export = collect(session, progress=progress, cancelled=lambda: token.cancelled)
            return passages_from_export(export), orphaned(export)

        def done(result: tuple[list[Passage], int]) -> None:
            self._task = None
            if session is self.window.session:
                self._passages, self._left_out = result
                self._show()

        def failed(message: str) -> None:
            self._task = None
            if self.view is not None:
                self.view.busy(self.tr("The passages could not be gathered: %1").replace("%1", message))

        self._task = run_in_background(
            work, done, failed, on_progress=lambda d, t: self._progress(d, t), parent=self
        )

    def _progress(self, done: int, total: int) -> None:
        if self.view is not None:
            self.view.busy(
                self.tr("Reading report %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
            )

    def _titles(self) -> dict[str, str]:
        return {row.entry.relpath: row.title for row in self.window.model.rows()}

    def _show(self) -> None:
        session = self.window.session
        if self.view is None or self._passages is None or session is None:
            if self._passages is None:
                self._gather()
            return
        titles = self._titles()
        mode, coding = self.view.mode_and_coding()
        from reader.core.analysis.cooccurrence import cooccurrence  # numpy: not at start
        from reader.core.analysis.passages import PassageFilter
        from reader.core.analysis.variables import combine, report_variables, tags_by_variable

        matrix = cooccurrence(self._passages, mode, where=PassageFilter(coding=coding))
        self.view.show_matrix(matrix, lambda relpath: titles.get(relpath, relpath), self._left_out)
        name = self.view.variable.currentData()
        if name:
            builtin = {
                r.entry.relpath: report_variables(r.number, r.title, r.date, r.entry.category)
                for r in self.window.model.rows()
            }
            variables = combine(builtin, self.window.variables_flow.fields.table(), session.casebook.table())
            table = tags_by_variable(self._passages, variables, name, where=PassageFilter(coding=coding))
            self.view.show_table(table)
