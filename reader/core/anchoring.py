"""Finding an annotation again after its report's text changed.

Steps, in order: the passage is where it was (attached); its position mapped
through a paragraph diff of the old text against the new one still holds the quote
(moved); the quote occurs once, or one occurrence is clearly better supported by
its 32-character context (moved); a fuzzy match near the mapped position (moved);
otherwise the annotation is orphaned. An ambiguous passage (several copies that
the context cannot tell apart) is orphaned rather than attached to the wrong one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.core.annotations import Annotation

ATTACHED, MOVED, ORPHANED = "attached", "moved", "orphaned"
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_LENGTH = 4
FUZZY_WINDOW = 3000
#: Among several copies of a quote, the chosen one must agree with the stored context
#: on at least this many more characters than the next best (punctuation alone is
#: no evidence).
CONTEXT_MARGIN = 4


@dataclass(frozen=True, slots=True)
class Anchor:
    status: str
    start: int
    end: int


class TextMap:
    """Maps offsets of an old text to a new one through a paragraph-level diff."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        old_paras, new_paras = old.split("\n"), new.split("\n")
        self._old_starts = _starts(old_paras)
        self._new_starts = _starts(new_paras)
        matcher = SequenceMatcher(None, old_paras, new_paras, autojunk=False)
        self._opcodes = matcher.get_opcodes()
        self._opcode_starts = [op[1] for op in self._opcodes]

    def map(self, offset: int) -> tuple[int, bool]:
        """(new offset, exact): exact when the paragraph is unchanged in the new text."""
        para = max(0, bisect_right(self._old_starts, offset) - 1)
        within = offset - self._old_starts[para]
        op_index = max(0, bisect_right(self._opcode_starts, para) - 1)
        tag, i1, _i2, j1, j2 = self._opcodes[op_index]
        if tag == "equal":
            return self._new_starts[j1 + (para - i1)] + within, True
        new_para = min(j1, len(self._new_starts) - 1)
        if j2 > j1:  # a replaced paragraph: keep the offset within it as a hint
            return min(self._new_starts[new_para] + within, len(self.new)), False
        return self._new_starts[new_para] if new_para >= 0 else 0, False


def _starts(paragraphs: list[str]) -> list[int]:
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 1
    return starts


def reanchor(annotation: Annotation, new_text: str, mapping: TextMap | None = None) -> Anchor:
    """Where `annotation` stands in `new_text` (see the module docstring).

    `mapping` maps the text the annotation was made on to `new_text`; without it
    (the old text is not known) only the quote and its context are used.
    """
    exact = annotation.quote.exact
    start, end = annotation.start, annotation.end
    if mapping is None or mapping.old == new_text:
        if new_text[start:end] == exact:
            return Anchor(ATTACHED, start, end)
        hint = start
    else:
        new_start, start_exact = mapping.map(start)
        new_end, end_exact = mapping.map(end)
        if start_exact and end_exact and new_text[new_start:new_end] == exact:
            return Anchor(ATTACHED if (new_start, new_end) == (start, end) else MOVED, new_start, new_end)
        hint = new_start

    found = _by_quote(annotation, new_text, hint)
    if found is AMBIGUOUS:
        return Anchor(ORPHANED, start, end)
    if found is not None:
        return Anchor(ATTACHED if found == (start, end) and mapping is None else MOVED, *found)
    fuzzy = _fuzzy(annotation, new_text, hint)
    if fuzzy is not None:
        return Anchor(MOVED, *fuzzy)
    return Anchor(ORPHANED, start, end)


AMBIGUOUS = (-1, -1)


def _by_quote(annotation: Annotation, text: str, hint: int) -> tuple[int, int] | None:
    """The quote's unique (or clearly best supported) occurrence; None when it does
    not occur; AMBIGUOUS when copies cannot be told apart."""
    exact = annotation.quote.exact
    hits = []
    at = text.find(exact)
    while at >= 0:
        hits.append(at)
        at = text.find(exact, at + 1)
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0], hits[0] + len(exact)
    scored = sorted(((_context_score(annotation, text, h), -abs(h - hint), h) for h in hits), reverse=True)
    (best, _, position), (runner_up, _, _) = scored[0], scored[1]
    if best - runner_up >= CONTEXT_MARGIN:
        return position, position + len(exact)
    return AMBIGUOUS  # better orphaned than attached to the wrong copy


def _context_score(annotation: Annotation, text: str, at: int) -> int:
    """How many characters of the stored prefix and suffix agree around `at`."""
    prefix, suffix = annotation.quote.prefix, annotation.quote.suffix
    before = text[max(0, at - len(prefix)) : at]
    after_start = at + len(annotation.quote.exact)
    after = text[after_start : after_start + len(suffix)]
    score = 0
    for a, b in zip(reversed(prefix), reversed(before), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(suffix, after, strict=False):
        if a != b:
            break
        score += 1
    return score


def _fuzzy(annotation: Annotation, text: str, hint: int) -> tuple[int, int] | None:
    exact = annotation.quote.exact
    if len(exact) < FUZZY_MIN_LENGTH:
        return None
    from rapidfuzz import fuzz

    low = max(0, hint - FUZZY_WINDOW)
    window = text[low : hint + len(exact) + FUZZY_WINDOW]
    if not window:
        return None
    result = fuzz.partial_ratio_alignment(exact, window, score_cutoff=FUZZY_MIN_SCORE)
    if result is None:
        return None
    start, end = low + result.dest_start, low + result.dest_end
    if end <= start or ("\n" in text[start:end] and "\n" not in exact):
        return None
    return start, end
