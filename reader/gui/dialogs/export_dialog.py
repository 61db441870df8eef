"""The Export Annotations dialog: scope, format, grouping and destination, with the
last choices remembered. The window runs the export itself, in the background."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.export.records import Scope, with_parents
from reader.core.export.writers import FORMATS, GROUPED
from reader.gui.plain_text import plain
from reader.gui.settings import AppSettings

SCOPES = ("library", "report", "tags", "reports")


@dataclass(frozen=True)
class ExportChoice:
    scope: Scope
    fmt: str
    by: str
    path: Path


class ExportDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        library_name: str,
        reports: Sequence[tuple[str, str]],  # (relpath, label), library order
        tags: Sequence[str],
        current_report: str | None,
        parent: QWidget | None = None,
        selection: tuple[str, Scope] | None = None,  # (label, scope): e.g. passages retrieved
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.selection = selection
        self.setWindowTitle(self.tr("Export Annotations"))
        self.resize(560, 480)
        self.settings = settings
        self.library_name = library_name
        self.current_report = current_report
        self._confirmed: Path | None = None  # a file the save dialog already asked to replace

        self.scope = QComboBox(self)
        self.scope.setObjectName("exportScope")
        for key, text in zip(
            SCOPES,
            (
                self.tr("The whole library"),
                self.tr("The current report"),
                self.tr("Passages with the tags below"),
                self.tr("The reports below"),
            ),
            strict=True,
        ):
            self.scope.addItem(text, key)
        self.scope.model().item(1).setEnabled(current_report is not None)  # type: ignore[attr-defined]
        if selection is not None:
            self.scope.insertItem(0, selection[0], "selection")

        # A parent tag is offered even when only tags below it are in the codebook.
        self.tag_list = self._checklist("exportTags", [(t, t) for t in with_parents(tags)])
        self.report_list = self._checklist("exportReports", list(reports))
        for i in range(self.report_list.count()):
            item = self.report_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == current_report:
                item.setCheckState(Qt.CheckState.Checked)

        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        names = {
            "csv": self.tr("CSV table (Excel, WPS)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "md": self.tr("Markdown study notes (.md)"),
            "json": self.tr("W3C Web Annotation (JSON-LD)"),
            "html": self.tr("Web page to read or print (.html)"),
            "docx": self.tr("Word document (.docx)"),
            "qdpx": self.tr("REFI-QDA project for QDA tools (.qdpx)"),
        }
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)

        self.grouping = QComboBox(self)
        self.grouping.setObjectName("exportGrouping")
        self.grouping.addItem(self.tr("By report"), "report")
        self.grouping.addItem(self.tr("By tag"), "tag")

        self.destination = QLineEdit(self)
        self.destination.setObjectName("exportDestination")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.scope)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Grouping:"), self.grouping)
        save_label = QLabel(self.tr("&Save to:"), self)
        save_label.setBuddy(self.destination)  # a row holding a layout gets no buddy by itself
        form.addRow(save_label, row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tag_list, 1)
        layout.addWidget(self.report_list, 1)
        layout.addWidget(self.buttons)

        self._restore()
        if selection is not None:
            self._select(self.scope, "selection")
        self.scope.currentIndexChanged.connect(self._update)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.tag_list.itemChanged.connect(self._update)
        self.report_list.itemChanged.connect(self._update)
        self.destination.textChanged.connect(self._update)
        self._update()

    def _checklist(self, name: str, items: Sequence[tuple[str, str]]) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        for key, text in items:
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return widget

    # -- remembered choices ----------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        self._select(self.scope, s.value_str("export/scope", "library"))
        if self.scope.currentData() == "report" and self.current_report is None:
            self._select(self.scope, "library")
        self._select(self.format, s.value_str("export/format", "xlsx"))
        self._select(self.grouping, s.value_str("export/by", "report"))
        for name in s.value_str("export/tags", "").split("\n"):
            self._check(self.tag_list, name)
        folder = Path(s.value_str("export/folder", str(Path.home())))
        self.destination.setText(str(folder / self._file_name(self.format.currentData())))

    def remember(self) -> None:
        s = self.settings
        if self.scope.currentData() != "selection":  # offered only with a selection
            s.set("export/scope", self.scope.currentData())
        s.set("export/format", self.format.currentData())
        s.set("export/by", self.grouping.currentData())
        s.set("export/tags", "\n".join(self._checked(self.tag_list)))
        s.set("export/folder", str(Path(self.destination.text()).expanduser().parent))

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    @staticmethod
    def _check(widget: QListWidget, key: str) -> None:
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) == key:
                widget.item(i).setCheckState(Qt.CheckState.Checked)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- reacting --------------------------------------------------------------------------
    def _file_name(self, fmt: str) -> str:
        safe = "".join(c if c not in '/\\:*?"<>|' else "_" for c in self.library_name) or "annotations"
        return f"{safe}-annotations{FORMATS[fmt]}"

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        text = self.destination.text().strip()
        path = Path(text) if text else Path.home() / self._file_name(fmt)
        if path.suffix.lower() in FORMATS.values() or not path.suffix:
            path = path.with_suffix(FORMATS[fmt])
        self.destination.setText(str(path))
        self._update()

    def _update(self) -> None:
        scope = self.scope.currentData()
        self.tag_list.setVisible(scope == "tags")
        self.report_list.setVisible(scope == "reports")
        self.grouping.setEnabled(self.format.currentData() in GROUPED)
        ready = bool(self.destination.text().strip())
        if scope == "tags":
            ready = ready and bool(self._checked(self.tag_list))
        if scope == "reports":
            ready = ready and bool(self._checked(self.report_list))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _browse(self) -> None:
        fmt = self.format.currentData()
        pattern = f"*{FORMATS[fmt]}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Annotations"),
            self.destination.text(),
            f"{self.format.currentText()} ({pattern})",
        )
        if chosen:
            path = Path(chosen)
            path = path if path.suffix else path.with_suffix(FORMATS[fmt])
            self._confirmed = path
            self.destination.setText(str(path))

    def accept(self) -> None:
        path = Path(self.destination.text().strip()).expanduser()
        if path.exists() and path != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Replace file?"),
                plain(self.tr("%1 already exists. Replace it?").replace("%1", str(path))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def choice(self) -> ExportChoice:
        kind = self.scope.currentData()
        scope = Scope()
        if kind == "report" and self.current_report is not None:
            scope = Scope(reports=frozenset({self.current_report}))
        elif kind == "reports":
            scope = Scope(reports=frozenset(self._checked(self.report_list)))
        elif kind == "tags":
            scope = Scope(tags=frozenset(self._checked(self.tag_list)))
        elif kind == "selection" and self.selection is not None:
            scope = self.selection[1]
        path = Path(self.destination.text().strip()).expanduser()
        return ExportChoice(scope, self.format.currentData(), self.grouping.currentData(), path)
