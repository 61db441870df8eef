"""Positions in the reader pane: core offsets (code points of the cleaned text) and Qt
positions (UTF-16 units of the document) convert only here; selecting and scrolling
by core offset."""

from __future__ import annotations

import logging
from bisect import bisect_right

from PySide6.QtGui import (
    QTextCursor,
)

from reader.gui.widgets.reader_view_base import (
    PARAGRAPH_KIND,
    BlockKindProperty,
)

logger = logging.getLogger(__name__)


class ReaderPositions:
    """Part of `ReaderView` (see `reader_view.py`)."""

    def _blocks_through(self, offset: int) -> int:
        """How many document blocks (paragraphs and images) stand up to a core offset."""
        report = self._report
        if report is None:
            return 0
        starts = [b.start for b in report.document.blocks]
        return bisect_right(starts, offset)

    def qt_position(self, offset: int) -> int:
        """Document position (UTF-16) of a core offset into the cleaned text."""
        layout = self._layout
        if not layout.starts:
            return 0
        index = max(0, bisect_right(layout.starts, offset) - 1)
        if index >= len(layout.block_numbers):
            self.finish_layout()
        block = self.document().findBlockByNumber(layout.block_numbers[index])
        offset = min(offset, layout.ends[index])
        return block.position() + self._map.to_utf16(offset) - self._map.to_utf16(layout.starts[index])

    def core_offset(self, position: int) -> int | None:
        """Core offset of a document position, or None outside the report's paragraphs."""
        block = self.document().findBlock(position)
        if block.blockFormat().property(BlockKindProperty) != PARAGRAPH_KIND:
            return None
        try:
            index = self._layout.block_numbers.index(block.blockNumber())
        except ValueError:
            return None
        start = self._layout.starts[index]
        within = position - block.position()
        return self._map.from_utf16(self._map.to_utf16(start) + within)

    def select_range(self, start: int, end: int, scroll: bool = True) -> None:
        """Select core offsets [start, end) and (by default) scroll them into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.qt_position(start))
        cursor.setPosition(self.qt_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scroll:
            self.ensureCursorVisible()

    def selection_range(self) -> tuple[int, int] | None:
        """The selection as core offsets, or None when nothing of the report is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._nearest_offset(cursor.selectionStart(), forward=True)
        end = self._nearest_offset(cursor.selectionEnd(), forward=False)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def _nearest_offset(self, position: int, forward: bool) -> int | None:
        offset = self.core_offset(position)
        if offset is not None:
            return offset
        # The selection starts in the title or an image block: move to a paragraph.
        block = self.document().findBlock(position)
        while block.isValid():
            if block.blockFormat().property(BlockKindProperty) == PARAGRAPH_KIND:
                return self.core_offset(
                    block.position() if forward else block.position() + block.length() - 1
                )
            block = block.next() if forward else block.previous()
        return None

    def selected_text(self) -> str:
        selection = self.selection_range()
        if selection is None or self._report is None:
            return ""
        return self._report.document.text[selection[0] : selection[1]]

    def top_offset(self) -> int | None:
        """Core offset of the first character in view (kept across zoom and restarts)."""
        if self._report is None:
            return None
        position = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        offset = self.core_offset(position)
        return offset if offset is not None else 0

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding `offset` at the top (not its paragraph's first line:
        in a long paragraph that was a jump of hundreds of pixels)."""
        if self._report is None:
            return
        layout = self.document().documentLayout()
        position = self.qt_position(offset)
        block = self.document().findBlock(position)
        top = layout.blockBoundingRect(block).top()  # lays the block out
        line = block.layout().lineForTextPosition(position - block.position())
        top = int(top + (line.y() if line.isValid() else 0))
        bar = self.verticalScrollBar()
        if top > bar.maximum():  # the range catches up with a rebuilt document only later
            bar.setRange(0, max(top, int(layout.documentSize().height()) - self.viewport().height()))
        bar.setValue(top)

    def paragraph_texts(self) -> list[str]:
        """The text of each report paragraph as the document holds it."""
        self.finish_layout()
        return [self.document().findBlockByNumber(n).text() for n in self._layout.block_numbers]
