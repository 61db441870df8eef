"""The reader pane: a report's title, metadata and cleaned paragraphs with Chinese
typography, images where the banners stood, and highlights from precomputed spans.

The QTextDocument is built block by block with QTextCursor: report text never
reaches a rich-text parser, and no resource is loaded but the report's own images,
which the view adds itself. Positions cross between the core (code points of the
cleaned text) and Qt (UTF-16 units of the document) only through this class.

The class is written in parts: its typography (`reader_view_type`), positions
(`reader_view_positions`), images (`reader_view_images`) and marks
(`reader_view_marks`); constants and small types are in `reader_view_base`.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from reader.core.positions import Utf16Map
from reader.core.problems import user_language
from reader.core.reading.document import IMAGE_BLOCK, PARAGRAPH
from reader.core.reading.loader import Report
from reader.core.text.highlights import ENTITY, KEYWORD, WORDLIST, ReportHighlights, Span
from reader.gui.plain_text import plain
from reader.gui.themes import theme
from reader.gui.widgets.reader_view_base import (
    ANNOTATION,
    CJK_FONT_STACK,
    DEFAULT_POINT_SIZE,
    FIRST_SLICE,
    META_KIND,
    NEXT_SLICE,
    SLICE_SECONDS,
    TITLE_KIND,
    AnnotationMark,
    BlockKindProperty,
    _Highlighter,
    _Layout,
    _SafeDocument,
)
from reader.gui.widgets.reader_view_images import ReaderImages
from reader.gui.widgets.reader_view_marks import ReaderMarks
from reader.gui.widgets.reader_view_positions import ReaderPositions
from reader.gui.widgets.reader_view_type import ReaderTypography
from reader.gui.widgets.report_images import ImageLoader

__all__ = ["DEFAULT_POINT_SIZE", "AnnotationMark", "ReaderView"]

logger = logging.getLogger(__name__)


class ReaderView(ReaderTypography, ReaderPositions, ReaderImages, ReaderMarks, QTextEdit):
    """Shows one report. Emits intent; never reaches into other widgets."""

    add_to_dictionary_requested = Signal(str)
    annotation_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # drops go to the window (open a library)
        self.setUndoRedoEnabled(False)
        # Always there: a scroll bar that comes and goes with the report's length changed
        # the text's width, and Qt laid every new report out twice (and the text jumped).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setDocument(_SafeDocument(self))
        self._highlighter = _Highlighter(self.document())
        self._report: Report | None = None
        self._layout = _Layout([], [], [])
        self._map = Utf16Map("")
        self._map_for: Report | None = None  # the report `_map` was built for
        self._pending: deque[tuple[str, int]] = deque()  # blocks still to append: (kind, index)
        # Highlight formats per paragraph index, handed to the highlighter as blocks go in;
        # made from the spans of each paragraph when it is appended (a large report's
        # thousands of paragraphs are not all formatted at once on the UI thread).
        self._formats_by_paragraph: dict[int, list[tuple[int, int, QTextCharFormat]]] = {}
        self._spans: list[Span] = []  # visible spans by start
        self._span_starts: list[int] = []
        self._format_cache: dict[tuple[tuple[str, str, bool], ...], QTextCharFormat] = {}
        self._slice = NEXT_SLICE  # blocks per slice, adapted to what one slice costs
        self._generation = 0
        self._highlights = ReportHighlights()
        self._layers = {ANNOTATION: True, KEYWORD: True, WORDLIST: True, ENTITY: False}
        self._marks: dict[str, AnnotationMark] = {}
        self._wordlist_colours: dict[str, str] = {}
        self._theme = theme("light")
        self._families = list(CJK_FONT_STACK)
        self._point_size = DEFAULT_POINT_SIZE
        self._labels = {"image_missing": "[image not available]", "chars": "characters", "number": "No. %1"}
        # The report's images: decoded on a worker thread (report_images), kept here so
        # that a rebuild (zoom, theme, highlights) puts them back without decoding again.
        self._images_for: Report | None = None
        self._image_loader: ImageLoader | None = None
        self._decoded: dict[int, QImage] = {}
        self._image_sizes: dict[int, tuple[int, int]] = {}  # decoded size, known from the header
        self._image_refusals: dict[int, str] = {}  # why an image is not shown (tooltip)
        self._image_blocks: dict[int, int] = {}  # image number -> block number in the document
        self._images_width = 0.0  # the text width pictures were last laid out for
        self._refit_images = QTimer(self)
        self._refit_images.setSingleShot(True)
        self._refit_images.setInterval(200)
        self._refit_images.timeout.connect(self._refit)
        self._apply_font()

    # -- public state --------------------------------------------------------------
    @property
    def report(self) -> Report | None:
        return self._report

    @property
    def point_size(self) -> int:
        return self._point_size

    @property
    def layout_complete(self) -> bool:
        """Every block is in the document and every image decoded (or refused)."""
        return not self._pending and self._image_loader is None

    def set_labels(self, image_missing: str, chars: str, number: str) -> None:
        """Texts the view writes itself (translated by the window)."""
        self._labels = {"image_missing": image_missing, "chars": chars, "number": number}
        if self._report is not None:  # the language changed with a report open: say its line anew
            self._rewrite_meta_line(self._report)

    def _rewrite_meta_line(self, report: Report) -> None:
        """Replace the text of the line under the title (positions of the report's own
        text are block-relative, so they do not move)."""
        block = self.document().begin()
        while block.isValid() and block.blockFormat().property(BlockKindProperty) != META_KIND:
            block = block.next()
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        chars = cursor.charFormat()  # the line's own (small, muted) characters
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(self._meta_line(report), chars)

    # -- showing a report ------------------------------------------------------------
    def show_message(self, message: str) -> None:
        """Show a plain message (a report that cannot be read) instead of a report."""
        self._generation += 1
        self._report = None
        self._pending = deque()
        self._layout = _Layout([], [], [])
        self._map = Utf16Map("")
        self._map_for = None
        self._highlighter.by_block = {}
        self._formats_by_paragraph = {}
        self._spans, self._span_starts = [], []
        self._forget_images()
        self.document().clear()
        cursor = QTextCursor(self.document())
        cursor.insertText(message)

    def set_report(
        self, report: Report, highlights: ReportHighlights | None = None, marks: Sequence[AnnotationMark] = ()
    ) -> None:
        """Show a report with its first highlights and annotations, built once: the
        first paragraphs at once, the rest in slices."""
        self._report = report
        self._highlights = highlights or ReportHighlights()
        self._marks = {m.id: m for m in marks}
        self._compute_formats()
        if self._images_for is not report:
            self._start_images(report)
        self._render(top=None, selection=None)

    def _render(self, top: int | None, selection: tuple[int, int] | None) -> None:
        """(Re)build the document with the current typography, theme and highlights.

        Highlight formats are known before each block is inserted: re-highlighting
        blocks already laid out costs Qt a re-layout each, quadratic on a large report.
        Blocks up to the reading position (`top`) go in at once, the rest in slices.
        """
        report = self._report
        if report is None:
            return
        self._generation += 1
        doc = report.document
        paragraphs = [b for b in doc.blocks if b.kind == PARAGRAPH]
        self._layout = _Layout([b.start for b in paragraphs], [b.end for b in paragraphs], [])
        if self._map_for is not report:
            self._map, self._map_for = Utf16Map(doc.text), report
        self._highlighter.by_block = {}
        document = self.document()
        document.clear()
        self._image_blocks = {}
        document.setUndoRedoEnabled(False)
        self._apply_font()
        self._pending = deque((b.kind, i) for i, b in enumerate(doc.blocks))
        needed = FIRST_SLICE
        for offset in (top, selection[1] if selection else None):
            if offset is not None:
                needed = max(needed, self._blocks_through(offset) + 40)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        self._insert_header(cursor, report)
        self._append_blocks(cursor, needed)
        cursor.endEditBlock()
        self._update_margins()
        if selection is not None:
            self.select_range(*selection, scroll=False)
        else:
            self.moveCursor(QTextCursor.MoveOperation.Start)
        if top is not None:
            self.scroll_to_offset(top)
            generation = self._generation
            # Once Qt has settled the geometry above it, put the same line at the top again.
            QTimer.singleShot(0, self, lambda: self._generation == generation and self.scroll_to_offset(top))
        else:
            self.verticalScrollBar().setValue(0)
        if self._pending:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._continue_layout(generation))

    def _rerender(self) -> None:
        """Rebuild, keeping the reading position and the selection."""
        if self._report is None:
            self._apply_font()
            return
        top = None if self._above_first_paragraph() else self.top_offset()
        self._render(top, self.selection_range())

    def finish_layout(self) -> None:
        """Append every remaining block now (before jumping far into a large report)."""
        if self._pending:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self._append_blocks(cursor, len(self._pending))

    def _continue_layout(self, generation: int) -> None:
        if generation != self._generation or not self._pending:
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        started = time.perf_counter()
        appended = self._append_blocks(cursor, self._slice, SLICE_SECONDS)
        # Qt lays the slice out when the edit ends: size the next slice by what this one cost.
        spent = max(time.perf_counter() - started, 1e-3)
        self._slice = max(20, min(NEXT_SLICE, int(max(appended, 1) * SLICE_SECONDS / spent)))
        if self._pending:
            QTimer.singleShot(0, self, lambda: self._continue_layout(generation))

    def _insert_header(self, cursor: QTextCursor, report: Report) -> None:
        title_format = QTextBlockFormat()
        title_format.setProperty(BlockKindProperty, TITLE_KIND)
        title_format.setBottomMargin(self._em() * 0.4)
        title_format.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(title_format)
        title_chars = QTextCharFormat()
        title_chars.setFontPointSize(self._point_size * 1.45)
        title_chars.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(report.title, title_chars)

        meta_format = QTextBlockFormat()
        meta_format.setProperty(BlockKindProperty, META_KIND)
        meta_format.setBottomMargin(self._em() * 1.2)
        meta_chars = QTextCharFormat()
        meta_chars.setFontPointSize(self._point_size * 0.8)
        meta_chars.setForeground(QColor(self._theme.muted))
        cursor.insertBlock(meta_format, meta_chars)
        cursor.insertText(self._meta_line(report), meta_chars)

    def _meta_line(self, report: Report) -> str:
        info = report.info
        parts = []
        if info.number is not None:
            parts.append(self._labels["number"].replace("%1", str(info.number)))
        if info.date is not None:
            parts.append(info.date.human(user_language()))
        if info.category:
            parts.append(info.category)
        parts.append(f"{info.chars:,} {self._labels['chars']}")
        parts.append(info.encoding.upper())
        return "  ·  ".join(parts)

    def _append_blocks(self, cursor: QTextCursor, limit: int, seconds: float | None = None) -> int:
        """Append up to `limit` pending blocks (and for at most about `seconds`), as one
        edit: Qt then updates its layout once, not after every block. Returns how many."""
        report = self._report
        if report is None:
            return 0
        doc = report.document
        body_chars = QTextCharFormat()
        body_chars.setForeground(QColor(self._theme.text))
        paragraph_format = self._paragraph_format()
        deadline = None if seconds is None else time.perf_counter() + seconds
        count = 0
        cursor.beginEditBlock()
        while self._pending and count < limit:
            if deadline is not None and count % 50 == 0 and time.perf_counter() > deadline:
                break
            kind, index = self._pending.popleft()
            block = doc.blocks[index]
            if kind == PARAGRAPH:
                cursor.insertBlock(paragraph_format, body_chars)
                number = cursor.block().blockNumber()
                formats = self._formats_for(len(self._layout.block_numbers))
                if formats:
                    self._highlighter.by_block[number] = formats
                self._layout.block_numbers.append(number)
                cursor.insertText(doc.text[block.start : block.end], body_chars)
            elif kind == IMAGE_BLOCK:
                self._insert_image(cursor, report, block.image or 0)
            count += 1
        cursor.endEditBlock()
        return count

    # -- images, decoded off the UI thread ------------------------------------------------
    # -- typography, zoom and theme -----------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        if self._image_blocks and abs(self._text_width() - self._images_width) > 1:
            self._refit_images.start()  # once the resizing pauses

    # -- positions ------------------------------------------------------------------------
    # -- highlights -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            offset = self.core_offset(
                self.cursorForPosition(self.viewport().mapFrom(self, event.pos())).position()
            )
            marks = self.annotations_at(offset) if offset is not None else []
            position = self.cursorForPosition(self.viewport().mapFrom(self, event.pos())).position()
            reason = None if marks else self.image_reason_at(position)
            if marks:
                QToolTip.showText(event.globalPos(), plain("\n\n".join(m.tooltip for m in marks)), self)
            elif reason:
                QToolTip.showText(event.globalPos(), plain(reason), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection() or event.button() != Qt.MouseButton.LeftButton:
            return
        offset = self.core_offset(self.cursorForPosition(event.position().toPoint()).position())
        marks = self.annotations_at(offset) if offset is not None else []
        if marks:
            self.annotation_clicked.emit(min(marks, key=lambda m: m.end - m.start).id)

    # -- context menu -------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        text = self.selected_text().strip()
        if text and "\n" not in text and len(text) <= 30:
            menu.addSeparator()
            action = menu.addAction(self.tr("Add “%1” to the dictionary").replace("%1", text))
            action.setObjectName("actionAddToDictionary")
            action.triggered.connect(lambda: self.add_to_dictionary_requested.emit(text))
        menu.exec(event.globalPos())
        menu.deleteLater()
