"""The reader pane's constants and small parts: the font stack and sizes, layout
slices, block kinds, `AnnotationMark`, the safe document and the span highlighter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from reader.core.text.highlights import LAYERS

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
