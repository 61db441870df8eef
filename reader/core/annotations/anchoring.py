"""Finding an annotation again after its report's text changed.

Steps, in order:

1. the passage is where it was: attached;
2. its position, mapped through a paragraph diff of the old text against the new,
   still holds the quote: moved;
3. its paragraph was deleted: followed if it was moved (unchanged, or edited into
   the one inserted paragraph that closely resembles it), else orphaned;
4. its paragraph was edited (the new paragraph in its place is recognisably it: see
   `_is_edit_of`; of two equally alike, the one beside its old neighbours): the quote
   inside the new version of that paragraph, near where it stood (loosely matched) or
   elsewhere in it (exact, with its context). An edited version in its place beats an
   unchanged copy elsewhere;
5. the quote occurs once in the text, or one occurrence is clearly better supported
   by its 32-character context;
6. a fuzzy match near the mapped position;
7. otherwise the annotation is orphaned.

An ambiguous passage (copies the context cannot tell apart) is orphaned rather than
attached to the wrong one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from reader.core.annotations.model import Annotation, Sidecar
from reader.core.text.folding import FoldedText, fold

ATTACHED, MOVED, ORPHANED = "attached", "moved", "orphaned"
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_LENGTH = 4
FUZZY_WINDOW = 3000
#: How alike (rapidfuzz ratio, width-folded) a new paragraph must be to the old one
#: for the diff's "replacement" to count as an edit of it: either this alike...
MOVED_PARAGRAPH_SIMILARITY = 85.0
#: ... or at least this alike with at most SMALL_EDIT characters inserted or deleted.
#: Reports of this genre are written from templates: a paragraph about another meeting
#: can be 60-80% alike, but differs in dozens of characters (names, dates, sentences),
#: where a correction changes a few.
EDITED_PARAGRAPH_SIMILARITY = 60.0
SMALL_EDIT = 20
#: Among several copies of a quote, the chosen one must agree with the stored context
#: on at least this many more characters than the next best (punctuation alone is
#: no evidence).
CONTEXT_MARGIN = 4
#: Inside the paragraph the diff says was edited, a looser fuzzy match is safe for
#: quotes of SHORT_QUOTE characters or more; shorter ones need FUZZY_MIN_SCORE.
REGION_MIN_SCORE = 75.0
SHORT_QUOTE = 10
#: How far (characters) within an edited paragraph a passage may drift from where it
#: stood before an exact match elsewhere in the paragraph is preferred to a close one.
NEAR_HINT = 12
#: Characters of stored context that must agree around a passage found away from
#: where it stood in its edited paragraph.
MOVED_CONTEXT = 8
#: Right where the passage stood in its edited paragraph, the place is evidence too:
#: a looser match is enough there.
NEAR_MIN_SCORE = 60.0


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
        # Compared width-folded: a changed cleaning rule (full-width forms) must not
        # make every paragraph look new.
        matcher = SequenceMatcher(
            None, [fold(p) for p in old_paras], [fold(p) for p in new_paras], autojunk=False
        )
        self._opcodes = matcher.get_opcodes()
        self._opcode_starts = [op[1] for op in self._opcodes]
        self._old_folded: list[str] = matcher.a
        self._new_folded: list[str] = matcher.b
        self._places: dict[str, list[int]] = {}  # folded new paragraph -> its indexes
        for index, paragraph in enumerate(matcher.b):
            self._places.setdefault(paragraph, []).append(index)

    def locate(self, offset: int) -> tuple[int, str, tuple[int, int] | None]:
        """(new offset, what became of its paragraph, the new text that replaced it).

        The paragraph is 'equal' (unchanged), 'replaced' (edited: the region is the
        new paragraphs in its place) or 'deleted'.
        """
        para = max(0, bisect_right(self._old_starts, offset) - 1)
        op_index = max(0, bisect_right(self._opcode_starts, para) - 1)
        tag, _i1, _i2, j1, j2 = self._opcodes[op_index]
        new_offset = self.map(offset)
        if tag == "equal":
            return new_offset, "equal", None
        if j2 > j1:
            # A "replacement" is an edit only if one of the new paragraphs is recognisably
            # the old one; otherwise the old paragraph was deleted or moved, and another
            # inserted. Even with an unchanged copy elsewhere, an edited version in its
            # place is the paragraph: its place and neighbours are evidence too. Two
            # candidates alike in both ways are undecidable: treated as deleted.
            from rapidfuzz import fuzz

            old_text = self._old_folded[para]
            ranked = sorted(
                (
                    (fuzz.ratio(old_text, self._new_folded[j]), self._neighbours(para, j), j)
                    for j in range(j1, j2)
                ),
                reverse=True,
            )
            best = ranked[0][2]
            tied = len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]
            if not tied and _is_edit_of(old_text, self._new_folded[best]):
                start = self._new_starts[best]
                return (
                    min(start + (offset - self._old_starts[para]), self._para_end(best)),
                    "replaced",
                    (
                        start,
                        self._para_end(best),
                    ),
                )
        return new_offset, "deleted", None

    def moved_paragraph(self, offset: int) -> int | None:
        """Where a deleted paragraph went, if it stands once, unchanged, elsewhere in the
        new text (cut and pasted): the new offset; else None."""
        para = max(0, bisect_right(self._old_starts, offset) - 1)
        places = self._places.get(self._old_folded[para], [])
        if len(places) != 1:
            return None
        return self._new_starts[places[0]] + offset - self._old_starts[para]

    def moved_and_edited(self, offset: int) -> tuple[int, int] | None:
        """Where a deleted paragraph went if it was moved and edited: the one new
        paragraph, among those the diff calls inserted, that is recognisably it."""
        from rapidfuzz import fuzz

        para = max(0, bisect_right(self._old_starts, offset) - 1)
        old_text = self._old_folded[para]
        scores = sorted(
            (
                (fuzz.ratio(old_text, self._new_folded[j]), j)
                for tag, _i1, _i2, j1, j2 in self._opcodes
                if tag != "equal"
                for j in range(j1, j2)
            ),
            reverse=True,
        )
        if not scores or scores[0][0] < MOVED_PARAGRAPH_SIMILARITY:
            return None
        if len(scores) > 1 and scores[1][0] >= EDITED_PARAGRAPH_SIMILARITY:
            return None  # two candidates: better orphaned than attached to the wrong one
        best = scores[0][1]
        return self._new_starts[best], self._para_end(best)

    def _neighbours(self, old: int, new: int) -> int:
        """How many of the old paragraph's two neighbours stand beside the new one."""
        old_paras, new_paras = self._old_folded, self._new_folded
        return sum(
            0 <= old + step < len(old_paras)
            and 0 <= new + step < len(new_paras)
            and old_paras[old + step] == new_paras[new + step]
            for step in (-1, 1)
        )

    def para_start(self, offset: int) -> int:
        """Where the old paragraph holding `offset` starts."""
        return self._old_starts[max(0, bisect_right(self._old_starts, offset) - 1)]

    def _para_end(self, index: int) -> int:
        if index + 1 < len(self._new_starts):
            return self._new_starts[index + 1] - 1
        return len(self.new)

    def map(self, offset: int) -> int:
        """Where `offset` falls in the new text: exact when its paragraph is unchanged,
        else a hint (the same distance into the paragraph in its place)."""
        para = max(0, bisect_right(self._old_starts, offset) - 1)
        within = offset - self._old_starts[para]
        op_index = max(0, bisect_right(self._opcode_starts, para) - 1)
        tag, i1, _i2, j1, j2 = self._opcodes[op_index]
        if tag == "equal":
            return self._new_starts[j1 + (para - i1)] + within
        new_para = min(j1, len(self._new_starts) - 1)
        if j2 > j1:  # a replaced paragraph: keep the offset within it as a hint
            return min(self._new_starts[new_para] + within, len(self.new))
        return self._new_starts[new_para] if new_para >= 0 else 0


def anchor_all(
    sidecar: Sidecar, annotations: Sequence[Annotation], fingerprint: str, text: str
) -> list[tuple[Annotation, Anchor]]:
    """Where each annotation stands in `text` (a cleaned text with `fingerprint`): by
    its offsets when it was made on this text, else through a diff of the text it was
    made on, kept in `sidecar` (one diff per old text)."""
    maps: dict[str, TextMap] = {}
    result = []
    for annotation in annotations:
        mapping = None
        if annotation.fingerprint != fingerprint:
            old = sidecar.texts.get(annotation.fingerprint)
            if old is not None:
                if annotation.fingerprint not in maps:
                    maps[annotation.fingerprint] = TextMap(old, text)
                mapping = maps[annotation.fingerprint]
        result.append((annotation, reanchor(annotation, text, mapping)))
    return result


def _is_edit_of(old: str, new: str) -> bool:
    """Whether the (width-folded) paragraph `new` is recognisably `old`, edited."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel

    similarity = fuzz.ratio(old, new)
    return similarity >= MOVED_PARAGRAPH_SIMILARITY or (
        similarity >= EDITED_PARAGRAPH_SIMILARITY and Indel.distance(old, new) <= SMALL_EDIT
    )


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
    region: tuple[int, int] | None = None
    if mapping is None or mapping.old == new_text:
        if new_text[start:end] == exact:
            return Anchor(ATTACHED, start, end)
        hint = start
    else:
        new_start, start_fate, start_region = mapping.locate(start)
        new_end, end_fate, _ = mapping.locate(max(start, end - 1))
        new_end += 1
        if start_fate == end_fate == "equal" and fold(new_text[new_start:new_end]) == fold(exact):
            return Anchor(ATTACHED if (new_start, new_end) == (start, end) else MOVED, new_start, new_end)
        hint = new_start
        region = start_region
        if start_fate == "deleted" or end_fate == "deleted":
            # Its paragraph is gone. Follow it if it was moved, unchanged; do not go
            # looking for the words elsewhere: this genre repeats whole phrases.
            moved = mapping.moved_paragraph(start)
            if moved is not None and fold(new_text[moved : moved + len(exact)]) == fold(exact):
                return Anchor(MOVED, moved, moved + len(exact))
            elsewhere = mapping.moved_and_edited(start)
            found = None
            if elsewhere is not None:
                found = _in_region(
                    annotation, new_text, elsewhere, elsewhere[0] + start - mapping.para_start(start)
                )
            if found is not None and found is not ELSEWHERE:
                return Anchor(MOVED, *found)
            return Anchor(ORPHANED, start, end)

    if region is not None:  # its paragraph was edited: look there first
        found = _in_region(annotation, new_text, region, hint)
        if found is ELSEWHERE:
            return Anchor(ORPHANED, start, end)
        if found is not None:
            return Anchor(MOVED, *found)
    found = _by_quote(annotation, new_text, hint)
    if found is AMBIGUOUS:
        return Anchor(ORPHANED, start, end)
    if found is not None and region is not None and not _followed_out_of(region, annotation, new_text, found):
        return Anchor(ORPHANED, start, end)
    if found is not None:
        return Anchor(ATTACHED if found == (start, end) and mapping is None else MOVED, *found)
    if region is not None:
        # Edited paragraph without the passage: no fuzzy search elsewhere, where the
        # genre's stock phrases would offer near-matches.
        return Anchor(ORPHANED, start, end)
    fuzzy = _fuzzy(annotation, new_text, hint)
    if fuzzy is not None:
        return Anchor(MOVED, *fuzzy)
    return Anchor(ORPHANED, start, end)


def _followed_out_of(
    region: tuple[int, int], annotation: Annotation, text: str, found: tuple[int, int]
) -> bool:
    """Whether `found` may be the passage of an edited paragraph (`region`) it was not
    found in: inside the region, or elsewhere with its surroundings on both sides (this
    genre repeats whole sentences, so agreement on one side is no evidence)."""
    if region[0] <= found[0] < region[1]:
        return True
    return min(_context_sides(annotation, text, *found)) >= MOVED_CONTEXT // 2


def _in_region(
    annotation: Annotation, text: str, region: tuple[int, int], hint: int
) -> tuple[int, int] | None:
    """The passage inside the edited paragraph(s): one exact or width-folded match, or
    a looser fuzzy match; None when there is none or several (the context decides).

    `hint` is where the passage would stand had nothing moved within the paragraph.
    An exact copy of the words far from it loses to a close fuzzy match at it: the
    passage itself was edited, and the genre repeats its phrases within a paragraph."""
    low, high = region
    window = text[low:high]
    exact = annotation.quote.exact
    spans = [(h, h + len(exact)) for h in _occurrences(window, exact)] or FoldedText(window).find_all(exact)
    if len(spans) > 1 or (not spans and len(exact) < FUZZY_MIN_LENGTH):
        return None
    if spans and abs(low + spans[0][0] - hint) <= NEAR_HINT:
        return low + spans[0][0], low + spans[0][1]
    near = _near(exact, text, low, high, hint)
    if near is not None:
        return near
    if spans:
        # Far from where it stood: the passage moved within its paragraph only if its
        # surroundings came with it; else these are the same words in another sentence.
        start, end = low + spans[0][0], low + spans[0][1]
        return (start, end) if _context_score(annotation, text, start, end) >= MOVED_CONTEXT else ELSEWHERE
    return _fuzzy_in(exact, text, low, high)


def _near(exact: str, text: str, low: int, high: int, hint: int) -> tuple[int, int] | None:
    """The span of text[low:high] starting within NEAR_HINT of `hint` that is most like
    the quote (ties go to the closest), if it is alike enough."""
    if len(exact) < FUZZY_MIN_LENGTH:
        return None
    from rapidfuzz import fuzz

    shortest, longest = -(-len(exact) * 7 // 10), len(exact) * 3 // 2 + 4
    best: tuple[float, int, int, int] | None = None
    for start in range(max(low, hint - NEAR_HINT), min(high, hint + NEAR_HINT) + 1):
        for length in range(shortest, longest + 1):
            if start + length > high:
                break
            score = fuzz.ratio(exact, text[start : start + length])
            key = (score, -abs(start - hint), start, start + length)
            if best is None or key > best:
                best = key
    if best is None or best[0] < NEAR_MIN_SCORE:
        return None
    return best[2], best[3]


def _fuzzy_in(exact: str, text: str, low: int, high: int) -> tuple[int, int] | None:
    """A fuzzy match of the quote in text[low:high] that covers most of it, or None."""
    if len(exact) < FUZZY_MIN_LENGTH or high <= low:
        return None
    from rapidfuzz import fuzz

    cutoff = REGION_MIN_SCORE if len(exact) >= SHORT_QUOTE else FUZZY_MIN_SCORE
    result = fuzz.partial_ratio_alignment(exact, text[low:high], score_cutoff=cutoff)
    if result is None or (result.dest_end - result.dest_start) < len(exact) * 0.7:
        return None  # a short shared phrase is not the passage
    return low + result.dest_start, low + result.dest_end


def _occurrences(text: str, needle: str) -> list[int]:
    hits = []
    at = text.find(needle)
    while at >= 0:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


AMBIGUOUS = (-1, -1)
#: The passage's words stand elsewhere in its edited paragraph, not the passage.
ELSEWHERE = (-2, -2)


def _by_quote(annotation: Annotation, text: str, hint: int) -> tuple[int, int] | None:
    """The quote's unique (or clearly best supported) occurrence, exact or width-folded;
    None when it does not occur; AMBIGUOUS when copies cannot be told apart."""
    exact = annotation.quote.exact
    spans = [(h, h + len(exact)) for h in _occurrences(text, exact)]
    if not spans:
        spans = _folded(text).find_all(exact)
    if not spans:
        return None
    scored = sorted(
        ((_context_score(annotation, text, s, e), -abs(s - hint), s, e) for s, e in spans), reverse=True
    )
    if len(scored) == 1 or scored[0][0] - scored[1][0] >= CONTEXT_MARGIN:
        return scored[0][2], scored[0][3]
    return AMBIGUOUS  # better orphaned than attached to the wrong copy


@lru_cache(maxsize=4)
def _folded(text: str) -> FoldedText:
    return FoldedText(text)


def _context_score(annotation: Annotation, text: str, start: int, end: int) -> int:
    """How many characters of the stored prefix and suffix agree around [start, end)
    (compared width-folded, so a changed cleaning rule does not count against it)."""
    return sum(_context_sides(annotation, text, start, end))


def _context_sides(annotation: Annotation, text: str, start: int, end: int) -> tuple[int, int]:
    """How many characters of the stored prefix agree before [start, end), and of the
    suffix after it (width-folded)."""
    prefix, suffix = fold(annotation.quote.prefix), fold(annotation.quote.suffix)
    before = fold(text[max(0, start - len(prefix)) : start])
    after = fold(text[end : end + len(suffix)])
    return _agreeing(reversed(prefix), reversed(before)), _agreeing(suffix, after)


def _agreeing(ours: Iterable[str], theirs: Iterable[str]) -> int:
    count = 0
    for a, b in zip(ours, theirs, strict=False):
        if a != b:
            break
        count += 1
    return count


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
