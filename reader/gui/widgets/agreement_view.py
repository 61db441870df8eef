"""The Agreement view (View > Agreement): the agreement table of two coders (or each
pair) over a folder and a tag, each figure coloured by the usual thresholds, with
bootstrap confidence intervals and a CSV/XLSX export. The table and the intervals
are computed off the UI thread, with progress and Cancel."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.agreement import AgreementTable, bootstrap, reason_text
from reader.core.analysis.agreement.assemble import (
    AgreementScope,
    LibraryAgreement,
    coders_of,
    library_agreement,
)
from reader.core.analysis.agreement.render import (
    coder_label,
    has_intervals,
    to_csv,
    to_xlsx,
)
from reader.core.export.records import with_parents
from reader.core.library import Library
from reader.core.problems import user_language
from reader.core.storage import atomic_write_bytes
from reader.gui.plain_text import plain, plain_labels
from reader.gui.settings import AppSettings
from reader.gui.widgets.agreement_model import (
    AgreementModel,
)
from reader.gui.worker import Task, run_in_background

logger = logging.getLogger(__name__)


class AgreementWindow(QWidget):
    """The table for the chosen coders, folder and tag, recomputed when they change."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("agreementWindow")
        self.settings = settings
        self.session: Library | None = None
        self.result: LibraryAgreement | None = None
        self._task: Task | None = None
        self._blind = False  # the table was made (or refused) while blind coding was on
        self.resize(1280, 520)

        self.coder_a = QComboBox(self)
        self.coder_a.setObjectName("agreementCoderA")
        self.coder_b = QComboBox(self)
        self.coder_b.setObjectName("agreementCoderB")
        self.folder = QComboBox(self)
        self.folder.setObjectName("agreementFolder")
        self.tag = QComboBox(self)
        self.tag.setObjectName("agreementTag")
        self.tag.setMinimumContentsLength(12)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("agreementRefresh")
        self.labels = [QLabel(self) for _ in range(4)]
        top = QHBoxLayout()
        for label, combo in zip(
            self.labels, (self.coder_a, self.coder_b, self.folder, self.tag), strict=True
        ):
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo)
        top.addWidget(self.refresh_button)
        top.addStretch(1)

        self.model = AgreementModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("agreementTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setWordWrap(False)

        self.status = QLabel(self)
        self.status.setObjectName("agreementStatus")
        self.status.setWordWrap(True)
        plain_labels(self.status)  # coder names, folder names, reasons
        self.legend = QLabel(self)
        self.legend.setObjectName("agreementLegend")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("agreementProgress")
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("agreementCancel")
        self.cancel_button.hide()
        self.intervals_button = QPushButton(self)
        self.intervals_button.setObjectName("agreementIntervals")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("agreementExport")
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.intervals_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.coder_a.activated.connect(self._scope_changed)
        self.coder_b.activated.connect(self._scope_changed)
        self.folder.activated.connect(self._scope_changed)
        self.tag.activated.connect(self._scope_changed)
        self.refresh_button.clicked.connect(self.set_session_again)
        self.cancel_button.clicked.connect(self.cancel)
        self.intervals_button.clicked.connect(self.compute_intervals)
        self.export_button.clicked.connect(self.export_file)
        self.retranslate()
        self._set_buttons()

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agreement between Coders"))
        for label, text in zip(
            self.labels,
            (self.tr("Coder &A:"), self.tr("Coder &B:"), self.tr("&Folder:"), self.tr("&Tag:")),
            strict=True,
        ):
            label.setText(text)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Compute the table again from the annotations as they are now")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.intervals_button.setText(self.tr("Confidence &Intervals"))
        self.intervals_button.setToolTip(self.tr("95% bootstrap intervals, resampling reports 1,000 times"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the table as CSV or XLSX"))
        self.legend.setText(
            self.tr("Colours: green ≥ 0.800 reliable; yellow 0.667–0.800 tentative; red < 0.667")
        )
        if self.session is not None:
            self._fill_choices()
        self._show_result()

    # -- scope ------------------------------------------------------------------------------
    def set_session(self, session: Library | None) -> None:
        """Show the table of `session` (None: empty), keeping the choices that still apply."""
        self.session = session
        self._fill_choices()
        self.refresh()

    def library_changed(self, session: Library | None) -> None:
        """The window's annotations changed: another library is shown at once; for
        the same one the table says it may be out of date (Refresh computes it again)."""
        blind = session is not None and session.coder_view.blind
        if session is not self.session or blind != self._blind:
            if self.isVisible():
                self.set_session(session)
            else:
                self.session, self.result = session, None
            return
        if self.result is not None and self._task is None:
            self.status.setText(
                self.summary(self.result, user_language())
                + "\n"
                + self.tr("The annotations have changed since: Refresh to compute the table again.")
            )

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_session_again(self) -> None:
        self.set_session(self.session)

    def _fill_choices(self) -> None:
        session = self.session
        kept = (
            self.coder_a.currentData(),
            self.coder_b.currentData(),
            self.folder.currentData(),
            self.tag.currentData(),
        )
        for combo in (self.coder_a, self.coder_b, self.folder, self.tag):
            combo.clear()
        blind = session is None or session.coder_view.blind  # nobody's counts while coding blind
        coders = coders_of(session.annotations()) if not blind else ()
        self.coder_a.addItem(self.tr("Each pair of coders"), None)
        self.coder_b.addItem("—", None)
        for coder in coders:
            text = (
                self.tr("%1 (%2 passages)")
                .replace("%1", coder_label(coder.name))
                .replace("%2", str(coder.passages))
            )
            self.coder_a.addItem(text, coder.name)
            self.coder_b.addItem(text, coder.name)
        self.folder.addItem(self.tr("Whole library"), None)
        if session is not None:
            folders = sorted({f for e in session.entries if e.category for f in with_parents([e.category])})
            for name in folders:
                self.folder.addItem(name, name)
            self.tag.addItem(self.tr("Every tag"), None)
            for name in sorted(with_parents(session.tag_counts())):
                self.tag.addItem(name, name)
        else:
            self.tag.addItem(self.tr("Every tag"), None)
        if len(coders) == 2 and kept[0] is None and kept[1] is None:  # two coders: the pair
            kept = (coders[0].name, coders[1].name, kept[2], kept[3])
        for combo, value in zip((self.coder_a, self.coder_b, self.folder, self.tag), kept, strict=True):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(0, index))
        self.coder_b.setEnabled(self.coder_a.currentData() is not None)

    def scope(self) -> AgreementScope:
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        coders = (a, b) if a is not None and b is not None and a != b else None
        folder, tag = self.folder.currentData(), self.tag.currentData()
        return AgreementScope(
            coders=coders,
            folders=(folder,) if folder is not None else None,
            tags=(tag,) if tag is not None else None,
        )

    def _scope_changed(self, *_args: object) -> None:
        self.coder_b.setEnabled(self.coder_a.currentData() is not None)
        self.refresh()

    # -- computing --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the table for the chosen scope off the UI thread."""
        self.cancel()
        session = self.session
        self.result = None
        self._blind = session is not None and session.coder_view.blind
        if session is None or self._blind:
            self._show_result()
            return
        scope = self.scope()

        def work(token, report):  # noqa: ANN001, ANN202 - worker signature
            return library_agreement(session, scope, progress=report, cancelled=lambda: token.cancelled)

        self._start(work, self._computed, self.tr("Reading the coded reports…"))

    def _computed(self, result: LibraryAgreement) -> None:
        self._stop()
        self.result = result
        self._show_result()

    def compute_intervals(self) -> None:
        """Bootstrap intervals (1,000 resamples of the reports) off the UI thread."""
        result = self.result
        if result is None or self._task is not None:
            return
        table = result.table

        def work(token, report):  # noqa: ANN001, ANN202 - worker signature
            return bootstrap(table, progress=report, cancelled=lambda: token.cancelled)

        def done(with_intervals: AgreementTable) -> None:
            self._stop()
            if self.result is not None and self.result.table is table:
                self.result = LibraryAgreement(with_intervals, result.scope, result.auto_coded, result.coders)
            self._show_result()

        self._start(work, done, self.tr("Resampling reports…"))

    def _start(self, work: Any, done: Any, message: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(message + " %p%")
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(message)
        self._task = run_in_background(work, done, self._failed, self._progressed, parent=self)
        self._set_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._stop()
        self.status.setText(self.tr("The table could not be computed: %1").replace("%1", message))

    def cancel(self) -> None:
        """Stop the computation under way; the table shown stays as it was."""
        if self._task is not None:
            self._task.cancel()
            self._stop()
            self._show_result()

    def _stop(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self._set_buttons()

    def busy(self) -> bool:
        return self._task is not None

    def _set_buttons(self) -> None:
        ready = self.result is not None and self._task is None and bool(self.result.table.pairs)
        self.intervals_button.setEnabled(ready and not has_intervals(self.result.table))  # type: ignore[union-attr]
        self.export_button.setEnabled(ready)

    def _show_result(self) -> None:
        lang = user_language()
        result = self.result
        self.model.set_table(result.table if result is not None else None, lang)
        self._set_buttons()
        if self._task is not None:
            return
        if self.session is None:
            self.status.setText(self.tr("No library is open."))
            return
        if self._blind:
            self.status.setText(self.tr("Blind coding is on: the table would show the other coders' work."))
            return
        if result is None:
            self.status.setText("")
            return
        self.status.setText(self.summary(result, lang))

    def summary(self, result: LibraryAgreement, lang: str) -> str:
        """What the table compared and left out, and why a pair gives nothing."""
        table = result.table
        lines = []
        if table.reason:
            lines.append(reason_text(table.reason, lang))
        for pair in table.pairs:
            a, b = (coder_label(c, lang) for c in pair.coders)
            line = (
                self.tr("%1 × %2: %3 reports compared, %4 coded by only one of them (left out).")
                .replace("%1", a)
                .replace("%2", b)
                .replace("%3", str(len(pair.reports)))
                .replace("%4", str(len(pair.left_out)))
            )
            if pair.reason:
                line += " " + reason_text(pair.reason, lang, **pair.reason_params)
            lines.append(line)
        if table.orphaned:
            lines.append(
                self.tr("%1 passages not found in their report's text are left out.").replace(
                    "%1", str(table.orphaned)
                )
            )
        if result.auto_coded:
            lines.append(
                self.tr("%1 auto-coded passages are left out.").replace("%1", str(result.auto_coded))
            )
        return "\n".join(lines)

    # -- export -----------------------------------------------------------------------------
    def export_file(self) -> None:
        if self.result is None:
            return
        folder = self.settings.value_str("agreement/folder", str(Path.home()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Agreement Table"),
            str(Path(folder) / self.tr("agreement.xlsx")),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        """Write the table shown as CSV or XLSX (by the file's suffix; XLSX otherwise)."""
        if self.result is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        lang = user_language()
        table = self.result.table
        data = to_csv(table, lang) if path.suffix.lower() == ".csv" else to_xlsx(table, lang)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), plain(f"{path}: {exc.strerror or exc}"))
            return
        self.settings.set("agreement/folder", str(path.parent))
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        super().closeEvent(event)
