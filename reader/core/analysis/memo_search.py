"""Searching the memos as the library is searched: the same query, the same folding.

A memo's title and text are matched as a report's text is (`compile_query` on the
folded text, offsets of the text as written): a phrase, every word (all of them in
the memo, title and text together), or a regular expression. A search limited to a
folder takes only the memos on the reports under it; one limited to tags only the
memos on those tags (and the tags under them). Pure: no index, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.analysis.search import WORDS, Query, compile_query, kwic
from reader.core.annotations.memos import JOURNAL, REPORT, TAG, Memo
from reader.core.text.folding import fold1

TITLE, TEXT = "title", "text"


@dataclass(frozen=True, slots=True)
class MemoHits:
    """One memo's hits: (field, start, end), `field` TITLE or TEXT, offsets in it."""

    memo: Memo
    hits: tuple[tuple[str, int, int], ...]

    @property
    def count(self) -> int:
        return len(self.hits)


def search_memos(memos: Iterable[Memo], query: Query) -> list[MemoHits]:
    """The memos with hits of `query`, journal first, then memos on reports and on
    tags, each group by title (SearchError for a bad regular expression)."""
    patterns = compile_query(query)
    if not patterns:
        return []
    found = []
    for memo in memos:
        if not _in_scope(memo, query):
            continue
        per_pattern: list[list[tuple[str, int, int]]] = []
        for pattern in patterns:
            spans = [
                (field, m.start(), m.end())
                for field, value in ((TITLE, memo.title), (TEXT, memo.text))
                for m in pattern.finditer(value if query.exact else fold1(value))
                if m.end() > m.start()
            ]
            per_pattern.append(spans)
        if query.mode == WORDS and not all(per_pattern):
            continue
        hits = sorted((h for spans in per_pattern for h in spans), key=lambda h: (h[0] != TITLE, h[1], h[2]))
        if hits:
            found.append(MemoHits(memo, tuple(hits)))
    order = {JOURNAL: 0, REPORT: 1, TAG: 2}
    found.sort(key=lambda h: (order.get(h.memo.kind, 3), h.memo.about, h.memo.label().casefold()))
    return found


def _in_scope(memo: Memo, query: Query) -> bool:
    folder = (query.folder or "").strip("/")
    if folder and not (memo.kind == REPORT and memo.about.startswith(folder + "/")):
        return False
    if query.tags is not None:
        return memo.kind == TAG and any(memo.about == t or memo.about.startswith(t + "/") for t in query.tags)
    return True


def memo_line(memo: Memo, field: str, start: int, end: int) -> tuple[str, str, str]:
    """(left, hit, right) around a hit, line breaks shown as spaces."""
    line = kwic(memo.title if field == TITLE else memo.text, start, end)
    return line.left, line.hit, line.right
