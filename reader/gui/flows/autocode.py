"""Auto-coding in the window, always reviewed: "Tag All Hits…" of a library search
and Annotate > Auto-code with a Rule File… open the review; proposals are found off
the UI thread (progress, cancel keeps what was found), the checked ones become
annotations as one undoable change, each recording the rule that made it."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from reader.core.analysis.autocode import (
    ProposalSet,
    RuleFileError,
    RuleSet,
    accept,
    existing_from,
    propose,
    propose_from_search,
    read_rules,
)
from reader.core.analysis.passages import passages_from_export
from reader.core.analysis.search import SearchResult
from reader.core.export import collect
from reader.gui.widgets.autocode_review import AutocodeReview
from reader.gui.worker import Task, run_in_background

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)


class AutocodeFlow(QObject):
    """Owns the review window, its action and the run under way."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: AutocodeReview | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionAutocodeRules")
        self.action.triggered.connect(self.from_rules)
        window.search_panel.tag_all_requested.connect(self.from_search)
        self._search: SearchResult | None = None
        self._rules: RuleSet | None = None
        self._result: ProposalSet | None = None
        self._task: Task | None = None
        self._stop = threading.Event()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Auto-code with a &Rule File…"))
        self.action.setToolTip(self.tr("Propose annotations from a coding dictionary, to review"))
        if self.view is not None:
            self.view.retranslate()

    def _review(self) -> AutocodeReview:
        if self.view is None:
            view = self.view = AutocodeReview(self.window)
            view.find_requested.connect(self.find)
            view.cancel_requested.connect(lambda: self._stop.set())
            view.apply_requested.connect(self.apply)
            view.proposal_activated.connect(self.window.open_at)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    # -- where proposals come from ----------------------------------------------------------
    def from_search(self) -> None:
        result = self.window.search_panel.result
        if result is None or not result.reports:
            return
        self._search, self._rules = result, None
        description = self.tr(
            "Hits of “%1”: %2 in %3 reports. Name the tag to give them, choose what to code, then Find."
        )
        description = description.replace("%1", result.query.text).replace("%2", str(result.total))
        self._review().for_search(description.replace("%3", str(len(result.reports))), "")
        self.view.tag.setFocus()

    def from_rules(self) -> None:
        w = self.window
        if w.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            w,
            self.tr("Auto-code with a Rule File"),
            str(Path.home()),
            self.tr("Rule files (*.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            rules = read_rules(Path(path))
        except RuleFileError as exc:
            w._warn(self.tr("The rule file cannot be used"), exc.reason())
            return
        self._rules, self._search = rules, None
        description = self.tr("Rule file %1 (%2 tags): choose what to code, then Find.")
        description = description.replace("%1", rules.name).replace("%2", str(len(rules.rules)))
        self._review().for_rules(description)

    # -- finding -----------------------------------------------------------------------------
    def find(self, tag: str, unit: str) -> None:
        w, view = self.window, self.view
        session = w.session
        if session is None or view is None:
            return
        search, rules = self._search, self._rules
        if search is not None and not tag:
            view.summary.setText(self.tr("Name the tag to give the hits."))
            return
        sources = session.coding_sources() if rules is not None else None
        if rules is not None and sources is None:
            view.summary.setText(self.tr("The library is still being indexed; try again when it is done."))
            return
        self._stop = threading.Event()
        stop = self._stop

        def work(token, progress):  # noqa: ANN001, ANN202
            cancelled = lambda: stop.is_set() or token.cancelled  # noqa: E731
            existing = existing_from(passages_from_export(collect(session, cancelled=cancelled)))
            if search is not None:
                return propose_from_search(search, tag, unit, existing, progress, cancelled)
            return propose(sources, rules.rules, unit, existing, progress, cancelled)

        def done(result: ProposalSet) -> None:
            self._task = None
            if session is not w.session or self.view is None:
                return
            self._result = result
            titles = {row.entry.relpath: row.title for row in w.model.rows()}
            note = self.tr("%1 reports read; %2 passages already had the tag.")
            note = note.replace("%1", str(result.reports)).replace("%2", str(result.already_coded))
            if result.cancelled:
                note += " " + self.tr("Stopped: these are the proposals found until then.")
            self.view.show_proposals(result.proposals, lambda relpath: titles.get(relpath, relpath), note)

        def failed(message: str) -> None:
            self._task = None
            if self.view is not None:
                self.view.running(False)
                self.view.summary.setText(self.tr("Auto-coding failed: %1").replace("%1", message))

        view.running(True)
        view.summary.setText(self.tr("Finding proposals…"))
        self._task = run_in_background(work, done, failed, on_progress=view.show_progress, parent=self)

    # -- applying ----------------------------------------------------------------------------
    def apply(self, rows: list[int]) -> None:
        w, result = self.window, self._result
        session = w.session
        if session is None or result is None or not rows or self.view is None:
            return
        if session.read_only_reason is not None:
            w._warn(self.tr("Annotations are read-only"), session.read_only_reason)
            return
        chosen = [result.proposals[i] for i in rows]
        accepted = accept(chosen, result.texts, session.tags(), w.author)
        w._do(accepted.change, self.tr("Auto-code %1 passages").replace("%1", str(len(chosen))))
        self._result = None
        self.view.show_proposals(
            ProposalSet().proposals,
            lambda relpath: relpath,
            self.tr("Tagged %1 passages (Edit > Undo takes them all back).").replace("%1", str(len(chosen))),
        )
