"""The reader pane's marks: highlight layers (keywords, word lists, entities) and
annotations, drawn as character formats from precomputed spans."""

from __future__ import annotations

import logging
from bisect import bisect_left
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextCharFormat,
)

from reader.core.positions import Utf16Map
from reader.core.text.highlights import KEYWORD, WORDLIST, ReportHighlights, Span
from reader.gui.themes import ENTITY_COLOURS, KEYWORD_COLOUR
from reader.gui.widgets.reader_view_base import (
    ANNOTATION,
    PAINT_ORDER,
    AnnotationMark,
)

logger = logging.getLogger(__name__)


class ReaderMarks:
    """Part of `ReaderView` (see `reader_view.py`)."""

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
