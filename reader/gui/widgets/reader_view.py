"""The reader pane: a report's title, metadata and cleaned paragraphs with Chinese
typography, images where the banners stood, and highlights from precomputed spans.

The QTextDocument is built block by block with QTextCursor: report text never
reaches a rich-text parser, and no resource is loaded but the report's own images,
which the view adds itself. Positions cross between the core (code points of the
cleaned text) and Qt (UTF-16 units of the document) only through this class.
"""

from __future__ import annotations

import logging
import time
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from reader.core.positions import Utf16Map
from reader.core.problems import user_language
from reader.core.reading.document import IMAGE_BLOCK, PARAGRAPH
from reader.core.reading.loader import Report
from reader.core.text.highlights import ENTITY, KEYWORD, LAYERS, WORDLIST, ReportHighlights, Span
from reader.gui.plain_text import plain
from reader.gui.themes import ENTITY_COLOURS, KEYWORD_COLOUR, Theme, theme
from reader.gui.widgets.report_images import ImageLoader, load_images

logger = logging.getLogger(__name__)

CJK_FONT_STACK = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "SimSun",
]
DEFAULT_POINT_SIZE = 14
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 40
# Paragraphs laid out before the first paint; the rest follow in slices.
FIRST_SLICE = 200
NEXT_SLICE = 1500
SLICE_SECONDS = 0.03  # one slice holds the UI thread about this long
COLUMN_EMS = 38  # a readable line: about 38 Chinese characters
BlockKindProperty = QTextFormat.Property.UserProperty + 1
PARAGRAPH_KIND, TITLE_KIND, META_KIND, IMAGE_KIND = 1, 2, 3, 4


ANNOTATION = "annotation"
# Painting order of all layers: annotations underneath, word lists on top.
PAINT_ORDER = (ANNOTATION, *LAYERS)


@dataclass(frozen=True, slots=True)
class AnnotationMark:
    """An annotation as the pane shows it: where, in which colour, and its tooltip."""

    start: int
    end: int
    id: str
    colour: str
    several_tags: bool
    tooltip: str


class _SafeDocument(QTextDocument):
    """A document that loads no resource it was not given (no file:, no http:)."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the report's paragraphs are: block numbers and core offsets."""

    starts: list[int]  # core offset of each paragraph
    ends: list[int]
    block_numbers: list[int]  # QTextBlock number of each paragraph (filled as appended)


class _Highlighter(QSyntaxHighlighter):
    """Applies per-block formats computed from spans (no work at paint time but lookup)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.by_block: dict[int, list[tuple[int, int, QTextCharFormat]]] = {}

    def highlightBlock(self, text: str) -> None:
        for start, length, fmt in self.by_block.get(self.currentBlock().blockNumber(), ()):
            self.setFormat(start, length, fmt)


class ReaderView(QTextEdit):
    """Shows one report. Emits intent; never reaches into other widgets."""

    add_to_dictionary_requested = Signal(str)
    annotation_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # drops go to the window (open a library)
        self.setUndoRedoEnabled(False)
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

    def _blocks_through(self, offset: int) -> int:
        """How many document blocks (paragraphs and images) stand up to a core offset."""
        report = self._report
        if report is None:
            return 0
        starts = [b.start for b in report.document.blocks]
        return bisect_right(starts, offset)

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

    def _insert_image(self, cursor: QTextCursor, report: Report, number: int) -> None:
        fmt = QTextBlockFormat()
        fmt.setProperty(BlockKindProperty, IMAGE_KIND)
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setTopMargin(self._em() * 0.5)
        fmt.setBottomMargin(self._em() * 1.0)
        cursor.insertBlock(fmt, QTextCharFormat())
        self._image_blocks[number] = cursor.block().blockNumber()
        self._fill_image(cursor, number)

    def _fill_image(self, cursor: QTextCursor, number: int) -> None:
        """The picture, a box of its size while it is decoded, or the marker."""
        image = self._decoded.get(number)
        size = self._image_sizes.get(number)
        if image is not None:
            name = f"report-image:{number}"
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            size = (image.width(), image.height())
        elif size is not None and number not in self._image_refusals:
            name = "report-image:pending"
            box = QImage(1, 1, QImage.Format.Format_ARGB32)
            box.fill(QColor(self._theme.muted).lighter(170 if not self._theme.dark else 60))
            self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), box)
        else:
            marker = QTextCharFormat()
            marker.setForeground(QColor(self._theme.muted))
            marker.setFontItalic(True)
            marker.setFontPointSize(self._point_size * 0.85)
            loading = self._image_loader is not None and number not in self._image_refusals
            cursor.insertText(
                self.tr("[loading image…]") if loading else self._labels["image_missing"], marker
            )
            return
        image_format = QTextImageFormat()
        image_format.setName(name)
        ratio = max(1.0, self.devicePixelRatioF())
        self._images_width = self._text_width()
        width = min(size[0] / ratio, self._images_width)
        image_format.setWidth(width)
        image_format.setHeight(size[1] * width / max(1, size[0]))
        cursor.insertImage(image_format)

    # -- images, decoded off the UI thread ------------------------------------------------
    def _start_images(self, report: Report) -> None:
        self._forget_images()
        self._images_for = report
        missing = self.tr("There is no file for this picture in the report's 图片 folder.")
        for block in report.document.blocks:
            if block.kind == IMAGE_BLOCK and (block.image or 0) >= len(report.image_files):
                self._image_refusals[block.image or 0] = missing
        if not report.image_files:
            return
        target = int(self._column_width() * max(1.0, self.devicePixelRatioF()))
        loader = load_images(report.image_files, target, self)
        loader.sized.connect(lambda n, w, h: self._image_arrived(loader, n, size=(w, h)))
        loader.decoded.connect(lambda n, image: self._image_arrived(loader, n, image=image))
        loader.refused.connect(lambda n, code, params: self._image_arrived(loader, n, refusal=(code, params)))
        loader.done.connect(lambda: self._images_done(loader))
        self._image_loader = loader
        loader.start()

    def _forget_images(self) -> None:
        if self._image_loader is not None:
            self._image_loader.cancel()
        self._image_loader = None
        self._images_for = None
        self._decoded, self._image_sizes, self._image_refusals = {}, {}, {}

    def _images_done(self, loader: ImageLoader) -> None:
        if loader is self._image_loader:
            self._image_loader = None
            for number in self._image_refusals:  # "loading" markers become "not available"
                self._refill_image(number)

    def _image_arrived(
        self,
        loader: ImageLoader,
        number: int,
        size: tuple[int, int] | None = None,
        image: QImage | None = None,
        refusal: tuple[str, dict[str, object]] | None = None,
    ) -> None:
        if loader is not self._image_loader:
            return  # another report's
        if size is not None:
            self._image_sizes[number] = size
        if image is not None:
            self._decoded[number] = image
        if refusal is not None:
            self._image_refusals[number] = self._image_reason(*refusal)
            self._image_sizes.pop(number, None)
        self._refill_image(number)

    def _refill_image(self, number: int) -> None:
        """Put an image block's new content in place, keeping what is in view still."""
        block = self.document().findBlockByNumber(self._image_blocks.get(number, -1))
        if not block.isValid() or block.blockFormat().property(BlockKindProperty) != IMAGE_KIND:
            return  # not laid out yet: it goes in with its content
        layout = self.document().documentLayout()
        above = layout.blockBoundingRect(block).bottom() <= self.verticalScrollBar().value()
        before = layout.blockBoundingRect(block).height()
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._fill_image(cursor, number)
        cursor.endEditBlock()
        if above:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + int(layout.blockBoundingRect(block).height() - before))

    def _image_reason(self, code: str, params: dict[str, object]) -> str:
        """Why an image is not shown, in the UI language (the marker's tooltip)."""
        mb = 1024 * 1024
        reasons = {
            "svg": self.tr("SVG drawings are not shown: they can draw other files and take minutes to draw."),
            "format": self.tr("This file is not a PNG, JPEG, GIF, BMP or WebP picture, whatever its name."),
            "pixels": self.tr("The picture is %1 × %2 pixels, more than the 100 million the reader decodes."),
            "budget": self.tr("This report's pictures already take the %1 MB the reader gives one report."),
            "file-too-large": self.tr(
                "The file is %1 MB, more than the %2 MB the reader reads for a picture."
            ),
            "not-regular": self.tr("This is not a regular file."),
            "unreadable": self.tr("The picture could not be read: %1"),
        }
        text = reasons.get(code, reasons["format"])
        if code == "pixels":
            return text.replace("%1", str(params.get("width"))).replace("%2", str(params.get("height")))
        if code == "budget":
            return text.replace("%1", str(int(params.get("limit", 0)) // mb))  # type: ignore[call-overload]
        if code == "file-too-large":
            size, limit = int(params.get("size", 0)), int(params.get("limit", 0))  # type: ignore[call-overload]
            return text.replace("%1", f"{size / mb:.1f}").replace("%2", str(limit // mb))
        if code == "unreadable":
            return text.replace("%1", str(params.get("error", "")))
        return text

    def image_reason_at(self, position: int) -> str | None:
        """Why the image at a document position is not shown, or None."""
        block = self.document().findBlock(position)
        if block.blockFormat().property(BlockKindProperty) != IMAGE_KIND:
            return None
        number = next((n for n, b in self._image_blocks.items() if b == block.blockNumber()), None)
        return self._image_refusals.get(number) if number is not None else None

    # -- typography, zoom and theme -----------------------------------------------------
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        if self._image_blocks and abs(self._text_width() - self._images_width) > 1:
            self._refit_images.start()  # once the resizing pauses

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

    # -- positions ------------------------------------------------------------------------
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

    # -- highlights -----------------------------------------------------------------------------
    def set_layer_visible(self, layer: str, visible: bool) -> None:
        if self._layers.get(layer) != visible:
            self._layers[layer] = visible
            self._rebuild_formats()

    def layer_visible(self, layer: str) -> bool:
        return self._layers.get(layer, False)

    def set_wordlist_colours(self, colours: dict[str, str]) -> None:
        self._wordlist_colours = dict(colours)
        self._rebuild_formats()

    def set_highlights(self, highlights: ReportHighlights) -> None:
        self._highlights = highlights
        self._rebuild_formats()

    def set_annotations(self, marks: list[AnnotationMark]) -> None:
        """Annotations to show as underlays (replacing those shown)."""
        self._marks = {m.id: m for m in marks}
        self._rebuild_formats()

    def annotations_at(self, offset: int) -> list[AnnotationMark]:
        return [m for m in self._marks.values() if m.start <= offset < m.end]

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

    def _char_format(self, span: Span, look: tuple[str, str, bool]) -> QTextCharFormat:
        """How `span` is drawn, given its `_look`."""
        fmt = QTextCharFormat()
        if span.layer == ANNOTATION:
            _layer, colour, wavy = look
            underlay = QColor(colour)
            underlay.setAlpha(90 if self._theme.dark else 60)
            fmt.setBackground(underlay)
            fmt.setUnderlineColor(QColor(colour))
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.WaveUnderline
                if wavy
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            return fmt
        if span.layer == KEYWORD:
            fmt.setBackground(self._theme.highlight(KEYWORD_COLOUR))
        elif span.layer == WORDLIST:
            fmt.setBackground(self._theme.highlight(self._wordlist_colours.get(span.key, KEYWORD_COLOUR)))
            fmt.setFontWeight(QFont.Weight.DemiBold)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(ENTITY_COLOURS.get(span.key, "#888888")))
        return fmt

    def _rebuild_formats(self) -> None:
        """Recompute the highlight formats and show them (rebuilding the document)."""
        self._compute_formats()
        self._rerender()

    def _compute_formats(self) -> None:
        """Gather the visible spans, sorted; each paragraph's formats are made from them
        when it is appended (`_formats_for`), so a large report's thousands of
        paragraphs are not all formatted at once on the UI thread.

        Spans of different layers may overlap (a keyword that is also a name): each
        block is cut into segments whose formats are merged in painting order, since
        QSyntaxHighlighter.setFormat replaces rather than merges. The document is then
        rebuilt with the formats in place (see `_render`).
        """
        annotation_spans = [Span(m.start, m.end, ANNOTATION, m.id) for m in self._marks.values()]
        spans = [s for s in (*annotation_spans, *self._highlights.spans) if self._layers.get(s.layer)]
        spans.sort(key=lambda s: s.start)  # stable: annotations stay first among equals
        self._spans = spans
        self._span_starts = [s.start for s in spans]
        self._format_cache = {}
        self._formats_by_paragraph = {}
        report = self._report
        if report is not None and self._map_for is not report:
            self._map, self._map_for = Utf16Map(report.document.text), report

    def _formats_for(self, index: int) -> list[tuple[int, int, QTextCharFormat]]:
        """The highlight formats of paragraph `index` (made once per rebuild)."""
        formats = self._formats_by_paragraph.get(index)
        if formats is not None:
            return formats
        first, end = self._layout.starts[index], self._layout.ends[index]
        base = self._map.to_utf16(first)
        inside = []
        for i in range(bisect_left(self._span_starts, first), bisect_left(self._span_starts, end)):
            span = self._spans[i]
            if span.end <= end:
                start = self._map.to_utf16(span.start) - base
                inside.append(
                    (start, self._map.to_utf16(span.end) - base, PAINT_ORDER.index(span.layer), span)
                )
        formats = self._segments(inside, self._format_cache) if inside else []
        self._formats_by_paragraph[index] = formats
        return formats

    def _segments(
        self,
        spans: list[tuple[int, int, int, Span]],
        cache: dict[tuple[tuple[str, str, bool], ...], QTextCharFormat],
    ) -> list[tuple[int, int, QTextCharFormat]]:
        """Non-overlapping (start, length, format) from possibly overlapping spans."""
        cuts = sorted({p for start, end, _, _ in spans for p in (start, end)})
        result: list[tuple[int, int, QTextCharFormat]] = []
        for left, right in pairwise(cuts):
            covering = sorted(  # by painting order; a stable sort keeps ties as given
                ((order, span) for start, end, order, span in spans if start <= left and right <= end),
                key=lambda item: item[0],
            )
            if not covering:
                continue
            # Merging is by look (two annotations in one colour look the same), and a
            # look merged again later overrides its earlier self: keep its last place.
            crowded = sum(span.layer == ANNOTATION for _, span in covering) > 1
            by_look = {self._look(span, crowded): span for _, span in reversed(covering)}
            key = tuple(reversed(by_look))
            fmt = cache.get(key)
            if fmt is None:
                fmt = QTextCharFormat()
                for look in key:
                    fmt.merge(self._char_format(by_look[look], look))
                cache[key] = fmt
            result.append((left, right - left, fmt))
        return result

    def _look(self, span: Span, crowded: bool = False) -> tuple[str, str, bool]:
        """What decides how `span` is drawn: its layer and key, or an annotation's
        colour and whether it is wavy (several tags, or `crowded`: several annotations
        on these characters)."""
        if span.layer == ANNOTATION:
            mark = self._marks[span.key]
            return ANNOTATION, mark.colour, mark.several_tags or crowded
        return span.layer, span.key, False

    def highlighted_ranges(self) -> dict[str, list[tuple[int, int]]]:
        """What the view actually paints, as core offsets: {'background': [...], 'underline':
        [...], 'wave': [...]} (a wave underline: several tags or annotations there).

        Read back from each block's layout formats; used by tests and by nothing else.
        """
        result: dict[str, list[tuple[int, int]]] = {"background": [], "underline": [], "wave": []}
        for index, number in enumerate(self._layout.block_numbers):
            block = self.document().findBlockByNumber(number)
            base = self._map.to_utf16(self._layout.starts[index])
            for fmt_range in block.layout().formats():
                start = self._map.from_utf16(base + fmt_range.start)
                end = self._map.from_utf16(base + fmt_range.start + fmt_range.length)
                if fmt_range.format.background().style() != Qt.BrushStyle.NoBrush:
                    result["background"].append((start, end))
                if fmt_range.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                    result["underline"].append((start, end))
                if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                    result["wave"].append((start, end))
        return result

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
