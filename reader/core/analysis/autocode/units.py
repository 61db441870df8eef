"""What an auto-coded passage covers: the hit itself, its sentence or its paragraph.

Paragraphs are the lines of the cleaned text. A sentence ends after 。！？；… (and
their ASCII and other forms: ! ? ; ⋯), together with the closing quotes and
brackets that follow (”’」』）》】〉) "'), or at the end of its paragraph. A full
stop '.' does not end a sentence (it is a decimal point or part of a name in this
genre). A hit that runs over several sentences or paragraphs gets them all. Spaces
at either end of a unit (including the ideographic space U+3000) are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.core.analysis.autocode.provenance import HIT, PARAGRAPH, SENTENCE, UNITS

SENTENCE_END = re.compile(r"[。！？；!?;…⋯]+[”’」』）》】〉)\"']*")


class Units:
    """The sentences and paragraphs of one text, found once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: list[int] | None = None  # starts of sentences
        self._paragraphs: list[int] | None = None  # starts of paragraphs

    def span(self, unit: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of `unit` around the hit [start, end), trimmed of spaces; None
        when it holds nothing but spaces."""
        if unit == HIT:
            s, e = start, end
        elif unit == SENTENCE:
            s, e = self._around(self.sentence_starts(), start, end)
        elif unit == PARAGRAPH:
            s, e = self._around(self.paragraph_starts(), start, end)
        else:
            raise ValueError(f"unknown unit {unit!r}; one of {UNITS}")
        text = self.text
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return (s, e) if s < e else None

    def paragraph_starts(self) -> list[int]:
        if self._paragraphs is None:
            starts = [0]
            at = self.text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = self.text.find("\n", at + 1)
            self._paragraphs = starts
        return self._paragraphs

    def sentence_starts(self) -> list[int]:
        if self._sentences is None:
            cuts = set(self.paragraph_starts())
            cuts.update(m.end() for m in SENTENCE_END.finditer(self.text))
            self._sentences = sorted(c for c in cuts if c < len(self.text) or c == 0)
        return self._sentences

    def _around(self, starts: list[int], start: int, end: int) -> tuple[int, int]:
        """From the start of the unit holding `start` to the end of the one holding
        `end - 1`; a unit ends before the next one starts (and before a line break)."""
        first = starts[bisect_right(starts, start) - 1]
        last = bisect_right(starts, max(start, end - 1)) - 1
        stop = starts[last + 1] if last + 1 < len(starts) else len(self.text)
        line_end = self.text.find("\n", max(start, end - 1), stop)
        return first, line_end if line_end >= 0 else stop


def sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of `text` as (start, end), spaces at the ends left out."""
    units = Units(text)
    starts = units.sentence_starts()
    result = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        span = units.span(HIT, s, e) if s < e else None
        if span is not None:
            result.append(span)
    return result
