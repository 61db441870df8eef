"""Two reports side by side in one table: shared passages on a tinted row beside
their copies, what differs inside them in bold red, text only one report has in grey."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor, QTextLength, QTextTableFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from reader.core.analysis.documents.compare import SHARED, CompareRow
from reader.gui.plain_text import plain_labels

SHARED_TINT = QColor("#fff3c4")
EDIT_COLOUR = QColor("#b03a2e")
ONLY_COLOUR = QColor("#777777")


class CompareDialog(QDialog):
    """Shows the rows of `side_by_side(text_a, text_b)` for two reports."""

    def __init__(
        self,
        titles: tuple[str, str],
        texts: tuple[str, str],
        rows: list[CompareRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.titles, self.texts, self.rows = titles, texts, rows
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        plain_labels(self.summary)
        self.view = QTextBrowser(self)
        self.view.setObjectName("compareView")
        self.view.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1100, 720)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def shared_chars(self) -> tuple[int, int]:
        """Characters of each report inside shared passages."""
        rows = [r for r in self.rows if r.kind == SHARED]
        return sum(r.left[1] - r.left[0] for r in rows if r.left), sum(
            r.right[1] - r.right[0] for r in rows if r.right
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Reports"))
        shared = [r for r in self.rows if r.kind == SHARED]
        a_chars, b_chars = self.shared_chars
        lengths = [max(1, len(t)) for t in self.texts]
        self.summary.setText(
            self.tr("%1 shared passages: %2 characters (%3 of the left report, %4 of the right)")
            .replace("%1", str(len(shared)))
            .replace("%2", str(a_chars))
            .replace("%3", f"{a_chars / lengths[0]:.0%}")
            .replace("%4", f"{b_chars / lengths[1]:.0%}")
        )
        self._fill()

    def _fill(self) -> None:
        document = self.view.document()
        document.clear()
        cursor = QTextCursor(document)
        table_format = QTextTableFormat()
        table_format.setCellPadding(6)
        table_format.setCellSpacing(0)
        table_format.setBorder(0.5)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 50),
                QTextLength(QTextLength.Type.PercentageLength, 50),
            ]
        )
        table = cursor.insertTable(len(self.rows) + 1, 2, table_format)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for column, title in enumerate(self.titles):
            table.cellAt(0, column).firstCursorPosition().insertText(title, bold)
        for index, row in enumerate(self.rows, start=1):
            for column, (span, text) in enumerate(((row.left, self.texts[0]), (row.right, self.texts[1]))):
                cell = table.cellAt(index, column)
                if row.kind == SHARED:
                    tint = cell.format()
                    tint.setBackground(QBrush(SHARED_TINT))
                    cell.setFormat(tint)
                if span is not None:
                    self._write(cell.firstCursorPosition(), text, span, row, column)

    def _write(
        self, cursor: QTextCursor, text: str, span: tuple[int, int], row: CompareRow, column: int
    ) -> None:
        """The span's text, its edits bold red on a shared row, all grey on another."""
        plain_format = QTextCharFormat()
        if row.kind != SHARED:
            plain_format.setForeground(QBrush(ONLY_COLOUR))
        marked = QTextCharFormat()
        marked.setForeground(QBrush(EDIT_COLOUR))
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        edits = sorted((e.a_start, e.a_end) if column == 0 else (e.b_start, e.b_end) for e in row.edits)
        at = span[0]
        for start, end in edits:
            if end <= start:
                continue
            if start > at:
                cursor.insertText(text[at:start], plain_format)
            cursor.insertText(text[start:end], marked)
            at = end
        if at < span[1]:
            cursor.insertText(text[at : span[1]], plain_format)
