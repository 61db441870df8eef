"""The reader pane's typography: the reading font and size, a column of readable
width, paragraph spacing and the theme's colours."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
)

from reader.gui.themes import Theme
from reader.gui.widgets.reader_view_base import (
    CJK_FONT_STACK,
    COLUMN_EMS,
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    PARAGRAPH_KIND,
    BlockKindProperty,
)

logger = logging.getLogger(__name__)


class ReaderTypography:
    """Part of `ReaderView` (see `reader_view.py`)."""

    def _em(self) -> float:
        return QFontMetricsF(self.document().defaultFont()).horizontalAdvance("中")

    def _column_width(self) -> float:
        return self._em() * COLUMN_EMS

    def _paragraph_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setProperty(BlockKindProperty, PARAGRAPH_KIND)
        fmt.setTextIndent(self._em() * 2)
        fmt.setLineHeight(175, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(self._em() * 0.5)
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        return fmt

    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(self._families)
        font.setPointSize(self._point_size)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        self.document().setDefaultFont(font)
        self.setFont(font)

    def set_font_families(self, families: list[str]) -> None:
        self._families = [f for f in families if f] + [f for f in CJK_FONT_STACK if f not in families]
        self._rerender()

    @property
    def font_families(self) -> list[str]:
        return list(self._families)

    def set_point_size(self, size: int) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size != self._point_size:
            self._point_size = size
            self._rerender()

    def zoom_in(self) -> None:
        self.set_point_size(self._point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self._point_size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    def set_theme(self, t: Theme) -> None:
        self._theme = t
        self.setStyleSheet(
            f"QTextEdit#readerView {{ background: {t.base}; color: {t.text}; border: none; "
            f"selection-background-color: {'#3d6fb6' if t.dark else '#b7d2f5'}; "
            f"selection-color: {'#ffffff' if t.dark else '#000000'}; }}"
        )
        self._rebuild_formats()

    def _above_first_paragraph(self) -> bool:
        """Whether the view shows the title (then zoom and theme changes keep it in view)."""
        if not self._layout.block_numbers:
            return True
        first = self.document().findBlockByNumber(self._layout.block_numbers[0])
        top = self.document().documentLayout().blockBoundingRect(first).top()
        return self.verticalScrollBar().value() < top

    def _text_width(self) -> float:
        """The width the text and pictures have: the column, or less in a narrow window."""
        width = self.viewport().width()
        side = max(self._em() * 1.5, (width - self._column_width()) / 2)
        return max(self._em() * 4, width - 2 * side - 2 * self.document().documentMargin() - 2)

    def _refit(self) -> None:
        """Lay the pictures out again at the width the text now has."""
        self._images_width = self._text_width()
        self._rerender()

    def _update_margins(self) -> None:
        """Centre a readable column: side margins grow with the window."""
        width = self.viewport().width()
        side = max(self._em() * 1.5, (width - self._column_width()) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(self._em() * 1.5)
            fmt.setBottomMargin(self._em() * 2)
            frame.setFrameFormat(fmt)
