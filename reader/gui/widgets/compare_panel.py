"""View > Compare Coders: two coders' codings of the report shown, apart in the
reader's margin (`CoderLanes`), their disagreements listed, the next and previous
one selected in the text, and each adjudicated into a consensus coder (keep the
first coder's, the second's, both or neither) as one undoable change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.agreement.compare import (
    BOTH,
    FIRST,
    NEITHER,
    SECOND,
    Disagreement,
    adjudication,
    disagreements,
    passages_of,
    settled,
)
from reader.core.analysis.agreement.render import coder_label
from reader.core.annotations.change import Change
from reader.core.annotations.decisions import Decision, same_question
from reader.core.library import Library
from reader.core.reading.loader import Report
from reader.gui.plain_text import plain, plain_labels
from reader.gui.settings import AppSettings
from reader.gui.widgets.coder_lanes import LANE_COLOURS, CoderLanes
from reader.gui.widgets.disagreement_seeker import DisagreementSeeker, Found
from reader.gui.widgets.reader_view import ReaderView

DisagreementRole = Qt.ItemDataRole.UserRole + 1


class ComparePanel(QWidget):
    """Emits `adjudicated(change, text)` for the window to apply on its undo stack,
    `open_report_requested(relpath)` to go to the next report with a disagreement and
    `moved(message)` to say where it went."""

    adjudicated = Signal(object, str)
    open_report_requested = Signal(str)
    moved = Signal(str)

    def __init__(
        self,
        reader: ReaderView,
        settings: AppSettings,
        actions: tuple[QAction, QAction],
        parent: QWidget | None = None,
    ) -> None:
        """`actions`: Next and Previous Disagreement (F8, Shift+F8), which the dock holding
        the panel owns, names and connects (`compare_dock`); the panel enables them."""
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.reader = reader
        self.settings = settings
        self.session: Library | None = None
        self.report: Report | None = None
        self.found: list[Disagreement] = []
        self._counts = ""  # the status line's count of disagreements
        self.lanes = CoderLanes(reader)
        self.seeker = DisagreementSeeker(self)
        self.seeker.found.connect(self._go_to)
        self.seeker.none.connect(self._none_further)
        self._arriving: tuple[str, bool, str] | None = None  # (report, forward, message)

        self.first = QComboBox(self)
        self.first.setObjectName("compareCoderA")
        self.second = QComboBox(self)
        self.second.setObjectName("compareCoderB")
        self.consensus = QLineEdit(self)
        self.consensus.setObjectName("compareConsensus")
        self.legend = QLabel(self)
        self.legend.setObjectName("compareLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.list = QListWidget(self)
        self.list.setObjectName("disagreementList")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        plain_labels(self.status)
        self.seeker.failed.connect(self.status.setText)
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("comparePrevious")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("compareNext")
        self.choices = {}
        for choice, name in ((FIRST, "adjudicateFirst"), (SECOND, "adjudicateSecond"),
                             (BOTH, "adjudicateBoth"), (NEITHER, "adjudicateNeither")):  # fmt: skip
            button = QPushButton(self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, c=choice: self.adjudicate(c))
            self.choices[choice] = button
        self.next_action, self.previous_action = actions

        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.first, self.second, self.consensus), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        keep = QHBoxLayout()
        for button in self.choices.values():
            keep.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.legend)
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)
        self.keep_label = QLabel(self)
        layout.addWidget(self.keep_label)
        layout.addLayout(keep)
        layout.addWidget(self.status)

        self.consensus.setText(settings.value_str("compare/consensus", ""))
        self.first.activated.connect(self._coders_changed)
        self.second.activated.connect(self._coders_changed)
        self.consensus.editingFinished.connect(self._consensus_changed)
        self.list.currentRowChanged.connect(self._reveal)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.retranslate()

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Coder &A:"))
        self.labels[1].setText(self.tr("Coder &B:"))
        self.labels[2].setText(self.tr("Co&nsensus:"))
        self.consensus.setPlaceholderText(self.tr("consensus"))
        self.consensus.setToolTip(self.tr("The coder name under which adjudicated passages are kept"))
        self.previous_button.setText(self.tr("◀ &Previous"))
        self.previous_button.setToolTip(self.tr("The previous disagreement (Shift+F8)"))
        self.next_button.setText(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("The next disagreement (F8)"))
        self.keep_label.setText(self.tr("Keep in the consensus:"))
        self.choices[FIRST].setText(self.tr("A's"))
        self.choices[SECOND].setText(self.tr("B's"))
        self.choices[BOTH].setText(self.tr("Both"))
        self.choices[NEITHER].setText(self.tr("Neither"))
        self.choices[FIRST].setToolTip(self.tr("Keep coder A's passages here"))
        self.choices[SECOND].setToolTip(self.tr("Keep coder B's passages here"))
        self.choices[BOTH].setToolTip(self.tr("Keep both coders' passages here"))
        self.choices[NEITHER].setToolTip(self.tr("Keep no passage here"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what is compared -------------------------------------------------------------------
    def consensus_name(self) -> str:
        return self.consensus.text().strip() or self.tr("consensus")

    def coders(self) -> tuple[str | None, str | None]:
        return self.first.currentData(), self.second.currentData()

    def show_report(self, session: Library | None, report: Report | None) -> None:
        """Compare the coders in `report` (when the panel is shown)."""
        self.session, self.report = session, report
        if self.isVisible():
            self._update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("中") * 22, super().sizeHint().height())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._update()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.lanes.set_lanes([], [], [])

    def _coders_changed(self, *_args: object) -> None:
        self.settings.set("compare/first", self.first.currentData() or "")
        self.settings.set("compare/second", self.second.currentData() or "")
        self._update()

    def _consensus_changed(self) -> None:
        self.settings.set("compare/consensus", self.consensus.text().strip())
        self._update()

    def _fill_coders(self, names: list[str]) -> None:
        consensus = self.consensus_name()
        names = [n for n in names if n != consensus]
        wanted = [
            self.first.currentData() or self.settings.value_str("compare/first", ""),
            self.second.currentData() or self.settings.value_str("compare/second", ""),
        ]
        for n, combo in enumerate((self.first, self.second)):
            combo.clear()
            for name in names:
                combo.addItem(coder_label(name), name)
            index = combo.findData(wanted[n]) if wanted[n] else -1
            if index < 0:
                index = min(n, combo.count() - 1)
            combo.setCurrentIndex(index)

    def _update(self) -> None:
        """Find the disagreements of the report shown and show them."""
        if not hasattr(self, "choices"):  # retranslate during construction
            return
        session, report = self.session, self.report
        row = self.list.currentRow()
        self.list.clear()
        self.found = []
        if session is None or report is None or not self.isVisible():
            self.lanes.set_lanes([], [], [])
            self.status.setText(self.tr("Open a report to compare its coders."))
            self._set_enabled()
            return
        if session.coder_view.blind:
            self.lanes.set_lanes([], [], [])
            self.status.setText(self.tr("Blind coding is on: turn it off (View > Coders) to compare coders."))
            self._set_enabled()
            return
        pairs = session.anchored(report, every_coder=True)
        self._fill_coders(sorted({a.author for a in session.annotations() if a.tags}))
        a, b = self.coders()
        self.legend.setText(self._legend(a, b))
        if a is None or b is None or a == b:
            self.lanes.set_lanes([], [], [])
            self.status.setText(self.tr("Choose two different coders to compare."))
            self._set_enabled()
            return
        first, second = passages_of(pairs, a), passages_of(pairs, b)
        self.found = disagreements(first, second)
        consensus = passages_of(pairs, self.consensus_name())
        decided = self._decisions(session, report.relpath)
        text = report.document.text

        def done(d: Disagreement) -> bool:
            return settled(d, consensus, decided)

        for d in self.found:
            item = QListWidgetItem(self._describe(d, text, done(d)))
            item.setData(DisagreementRole, (d.start, d.end))
            item.setToolTip(plain(text[d.start : d.end]))
            self.list.addItem(item)
        self.lanes.set_lanes(
            [(p.start, p.end) for p in first],
            [(p.start, p.end) for p in second],
            [run for d in self.found for run in d.differing],
        )
        self._counts = (
            self.tr("%1 disagreements in this report, %2 adjudicated.")
            .replace("%1", str(len(self.found)))
            .replace("%2", str(sum(map(done, self.found))))
        )
        self.status.setText(self._counts)
        arriving = self._arriving if self._arriving and self._arriving[0] == report.relpath else None
        if arriving is not None:
            self._arriving = None
        if arriving is not None and self.found:
            self.list.setCurrentRow(0 if arriving[1] else len(self.found) - 1)
            self.status.setText(arriving[2] + "\n" + self.status.text())
            self.moved.emit(arriving[2])
        elif self.found and row >= 0:
            self.list.setCurrentRow(min(row, len(self.found) - 1))
        self._set_enabled()

    def _decisions(self, session: Library, path: str) -> list[Decision]:
        """The decisions recorded in `path` for the coders compared and the consensus."""
        a, b = self.coders()
        name = self.consensus_name()
        return [d for d in session.decisions(path) if same_question(d, path, (a or "", b or ""), name)]

    def _legend(self, a: str | None, b: str | None) -> str:
        def swatch(colour: str, name: str) -> str:
            escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            return f'<span style="color:{colour}">▌</span>&nbsp;{escaped}'

        parts = [
            swatch(LANE_COLOURS[0], coder_label(a) if a is not None else "A"),
            swatch(LANE_COLOURS[1], coder_label(b) if b is not None else "B"),
            swatch(LANE_COLOURS[2], self.tr("disagreement")),
        ]
        return "&nbsp;&nbsp; ".join(parts)

    def _describe(self, d: Disagreement, text: str, done: bool) -> str:
        def tags(passages: tuple[Any, ...]) -> str:
            names = list(dict.fromkeys(t for p in passages for t in p.tags))
            return "、".join(names) if names else "—"

        quote = text[d.start : d.end].replace("\n", " ")
        quote = quote if len(quote) <= 16 else quote[:15] + "…"
        mark = "✓ " if done else ""
        return f"{mark}「{quote}」  A: {tags(d.first)}  |  B: {tags(d.second)}"

    def _set_enabled(self) -> None:
        a, b = self.coders()
        has = self.report is not None and a is not None and b is not None and a != b and self.isVisible()
        has = has and self.session is not None and not self.session.coder_view.blind
        current = self.current() is not None
        for widget in (self.next_button, self.previous_button, self.next_action, self.previous_action):
            widget.setEnabled(has)
        for button in self.choices.values():
            button.setEnabled(current and self.session is not None and self.session.read_only_reason is None)

    # -- moving -----------------------------------------------------------------------------
    def current(self) -> Disagreement | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def next(self) -> None:
        """Select the next disagreement after the one selected (or the first); after
        the last, go to the next report in the library with a disagreement."""
        row = self.list.currentRow()
        if self.found and row < len(self.found) - 1:
            self.status.setText(self._counts)  # where a move to this report went is said
            self.list.setCurrentRow(row + 1)
        else:
            self._seek(forward=True)

    def previous(self) -> None:
        """As `next`, backwards: before the first, the previous report's last one."""
        row = self.list.currentRow()
        if self.found and row != 0:
            self.status.setText(self._counts)
            self.list.setCurrentRow(max(row - 1, 0))
        else:
            self._seek(forward=False)

    def _seek(self, forward: bool) -> None:
        session, report = self.session, self.report
        a, b = self.coders()
        if session is None or report is None or a is None or b is None or a == b or session.coder_view.blind:
            return
        self._arriving = None
        self.status.setText(self.tr("Looking for another report with a disagreement…"))
        self.seeker.seek(session, report.relpath, a, b, forward)

    def _go_to(self, found: Found, forward: bool) -> None:
        if self.session is None or self.report is None:
            return
        if found.wrapped:
            text = (
                self.tr(
                    "Went on from the start of the library to the next report with disagreements: %1 (%2)."
                )
                if forward
                else self.tr(
                    "Went on from the end of the library to the previous report with disagreements: %1 (%2)."
                )
            )
        else:
            text = (
                self.tr("Went to the next report with disagreements: %1 (%2).")
                if forward
                else self.tr("Went to the previous report with disagreements: %1 (%2).")
            )
        message = text.replace("%1", found.title or found.relpath).replace("%2", str(found.count))
        self._arriving = (found.relpath, forward, message)
        self.open_report_requested.emit(found.relpath)

    def _none_further(self, _forward: bool) -> None:
        message = self.tr("No other report in the library has a disagreement between these coders.")
        self._update()
        self.status.setText(message + "\n" + self.status.text())
        self.moved.emit(message)

    def _reveal(self, row: int) -> None:
        self._set_enabled()
        if 0 <= row < len(self.found):
            d = self.found[row]
            self.reader.select_range(d.start, d.end, scroll=False)
            self.reader.scroll_to_offset(d.start)  # its first line at the top, the lanes beside it

    # -- adjudicating -----------------------------------------------------------------------
    def adjudicate(self, choice: str) -> None:
        """Make the consensus coding of the selected disagreement `choice`."""
        d, session, report = self.current(), self.session, self.report
        if d is None or session is None or report is None:
            return
        consensus = self.consensus_name()
        if not self.consensus.text().strip():  # the default name, kept from now on
            self.consensus.setText(consensus)
            self.settings.set("compare/consensus", consensus)
        existing = passages_of(session.anchored(report, every_coder=True), consensus)
        change: Change = adjudication(
            d,
            choice,
            consensus,
            existing,
            {a.id: a for a in session.annotations()},
            report.relpath,
            report.info.fingerprint,
            report.document.text,
            coders=(self.coders()[0] or "", self.coders()[1] or ""),
            decisions=session.decisions(report.relpath),
            author=session.coder_view.me,
        )
        change.texts.setdefault(report.info.fingerprint, report.document.text)  # kept with the passages
        label = {
            FIRST: self.tr("Keep %1's coding"),
            SECOND: self.tr("Keep %1's coding"),
            BOTH: self.tr("Keep both codings"),
            NEITHER: self.tr("Keep neither coding"),
        }[choice]
        a, b = self.coders()
        who = coder_label((a if choice == FIRST else b) or "")
        self.adjudicated.emit(change, label.replace("%1", who))
