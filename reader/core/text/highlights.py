"""Highlight spans for a report: automatic keywords, word-list terms and entities.

Spans are code-point offsets into the cleaned text. Within a layer they never
overlap (leftmost match first, the longest term at a position); across layers the
view paints entities, then keywords, then word lists on top.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.text.keywords import DEFAULT_TOP_K, IdfTable, Keyword, KeywordEngine
from reader.core.text.wordlists import WordList

KEYWORD, WORDLIST, ENTITY = "keyword", "wordlist", "entity"
LAYERS = (ENTITY, KEYWORD, WORDLIST)  # painting order: later layers on top


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    layer: str
    key: str  # the keyword, the word list's name, or the entity kind


@dataclass(slots=True)
class ReportHighlights:
    """Everything the reader pane highlights and the keyword panel lists."""

    keywords: list[Keyword] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def layer(self, name: str) -> list[Span]:
        return [s for s in self.spans if s.layer == name]

    def counts(self, layer: str) -> Counter[str]:
        """Occurrences per term (keywords) or per matched text (word lists, entities)."""
        return Counter(s.key for s in self.spans if s.layer == layer)


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, term) occurrences; the longest term wins at a position."""
    unique = sorted({t for t in terms if t}, key=lambda t: (-len(t), t))
    if not unique:
        return []
    pattern = re.compile("|".join(re.escape(t) for t in unique))
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def wordlist_spans(text: str, wordlists: Sequence[WordList]) -> list[Span]:
    """Spans of enabled word lists' terms; a term in several lists goes to the first."""
    owner: dict[str, str] = {}
    for wordlist in wordlists:
        if wordlist.enabled:
            for term in wordlist.terms:
                owner.setdefault(term, wordlist.name)
    return [Span(s, e, WORDLIST, owner[t]) for s, e, t in term_spans(text, owner)]


def keyword_spans(text: str, keywords: Sequence[Keyword]) -> list[Span]:
    return [Span(s, e, KEYWORD, t) for s, e, t in term_spans(text, (k.term for k in keywords))]


def compute_highlights(
    engine: KeywordEngine,
    text: str,
    *,
    top_k: int = DEFAULT_TOP_K,
    idf: IdfTable | None = None,
    wordlists: Sequence[WordList] = (),
    entities: bool = False,
) -> ReportHighlights:
    """All layers for one report (slow: runs jieba; call off the UI thread)."""
    keywords = engine.keywords(text, top_k, idf)
    spans = keyword_spans(text, keywords) + wordlist_spans(text, wordlists)
    if entities:
        spans += [Span(e.start, e.end, ENTITY, e.kind) for e in engine.entities(text)]
    spans.sort(key=lambda s: (s.start, LAYERS.index(s.layer)))
    return ReportHighlights(keywords, spans)
