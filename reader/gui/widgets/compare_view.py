"""Two reports side by side in one table: shared passages on a tinted row beside
their copies (so they always stand level, however the table scrolls), what differs
inside them in bold red, text only one report has in grey. Alt+Down / Alt+Up bring
the next or previous shared passage to the top; Export HTML asks for the page
(`export_requested`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.analysis.documents.compare import SHARED, CompareRow
from reader.gui.plain_text import plain_labels

SHARED_TINT = QColor("#fff3c4")
EDIT_COLOUR = QColor("#b03a2e")
ONLY_COLOUR = QColor("#777777")


_TOP_MARGIN = 6  # pixels above a passage brought to the top


class CompareDialog(QDialog):
    """Shows the rows of `side_by_side(text_a, text_b)` for two reports."""

    export_requested = Signal()

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
        self._anchors: list[int] = []  # where each shared row starts in the document
        self._current: int | None = None  # the passage last brought to the top
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("comparePrevious")
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("compareNext")
        self.next_button.clicked.connect(lambda: self.go(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):  # not the buttons': setText resets theirs
            QShortcut(QKeySequence(keys), self, lambda step=step: self.go(step))
        self.place = QLabel(self)
        self.place.setObjectName("comparePlace")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("compareExport")
        self.export_button.clicked.connect(self.export_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.place):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
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
        self.previous_button.setText(self.tr("Previous Shared Passage"))
        self.previous_button.setToolTip(self.tr("Bring the previous shared passage to the top (Alt+Up)"))
        self.next_button.setText(self.tr("Next Shared Passage"))
        self.next_button.setToolTip(self.tr("Bring the next shared passage to the top (Alt+Down)"))
        self.export_button.setText(self.tr("Export HTML…"))
        self.export_button.setToolTip(
            self.tr("Save both columns, the shared passages and their differences marked, as a web page")
        )
        enabled = any(r.kind == SHARED for r in self.rows)
        self.previous_button.setEnabled(enabled)
        self.next_button.setEnabled(enabled)
        self.place.clear()
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
        self._anchors, self._current = [], None
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for column, title in enumerate(self.titles):
            table.cellAt(0, column).firstCursorPosition().insertText(title, bold)
        for index, row in enumerate(self.rows, start=1):
            for column, (span, text) in enumerate(((row.left, self.texts[0]), (row.right, self.texts[1]))):
                cell = table.cellAt(index, column)
                if row.kind == SHARED:
                    if column == 0:
                        self._anchors.append(cell.firstCursorPosition().position())
                    tint = cell.format()
                    tint.setBackground(QBrush(SHARED_TINT))
                    cell.setFormat(tint)
                if span is not None:
                    self._write(cell.firstCursorPosition(), text, span, row, column)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top
        self.view.verticalScrollBar().setValue(0)

    def _top(self, anchor: int) -> int:
        """Where the row starting at `anchor` stands, in pixels below the view's top."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(anchor)
        return self.view.cursorRect(cursor).top()

    def go(self, step: int) -> int | None:
        """Bring the next (step 1) or previous (-1) shared passage to the top of the view,
        counted from what is at the top now; its number (0-based), or None when there is
        none that way."""
        tops = [self._top(a) for a in self._anchors]
        if step > 0:
            found = next((i for i, top in enumerate(tops) if top > _TOP_MARGIN + 2), None)
            current = self._current
            if found is not None and current is not None and found <= current < len(tops):
                found = current + 1 if current + 1 < len(tops) else None  # at the end: past it
        else:
            found = next((i for i in reversed(range(len(tops))) if tops[i] < _TOP_MARGIN - 2), None)
        if found is None:
            self.place.setText(self.tr("No more shared passages this way."))
            return None
        self._current = found
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + tops[found] - _TOP_MARGIN)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._anchors[found])
        self.view.setTextCursor(cursor)
        self.place.setText(
            self.tr("Shared passage %1 of %2")
            .replace("%1", str(found + 1))
            .replace("%2", str(len(self._anchors)))
        )
        return found

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
