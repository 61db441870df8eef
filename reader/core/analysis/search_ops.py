"""Library search as questions to the open library: a search, the lines of its hits,
the passages of a tag, and the library as auto-coding's sources.

`SearchOps` is part of the `Library` facade (the command line's `reader search` and the
window's search panel ask the same methods); it reads the library's index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.core.analysis.search import Query, SearchError, SearchResult, list_all, search

if TYPE_CHECKING:  # auto-coding loads numpy: imported when a rule runs, not at every start
    from reader.core.analysis.autocode import LibrarySources
    from reader.core.index.cache import IndexedReport
    from reader.core.index.texts import Excerpts


class SearchOps:
    """Part of `Library` (`reader.core.library`): searching the indexed library."""

    def coding_sources(self, folder: str | None = None) -> LibrarySources | None:
        """The indexed library's readable reports (or one folder's) as sources for
        auto-coding rules; None until the library is indexed."""
        from reader.core.analysis.autocode import LibrarySources

        return LibrarySources(self._corpus, folder) if self._corpus is not None else None

    def search(self, query: Query, keep_texts: bool = False) -> SearchResult:
        """Search the indexed library (index() must have run; raises SearchError).
        `keep_texts` when every hit will be listed (`texts_of`): the texts read to count
        the hits are kept for it."""
        if self._index is None:
            raise SearchError("not-indexed")
        tagged = None
        if query.tags:
            tagged = self._tagged_spans(query.tags)
        return search(self._index, query, tagged, self._corpus, keep_texts)

    def texts_of(self, groups: Sequence[object]) -> dict[int, str | Excerpts]:
        """The cleaned texts of the reports of search result `groups`, by report id, as
        far as their hits' lines need them (a batch at a time from the index cache;
        IndexCacheError when it is damaged)."""
        if self._index is None:
            raise SearchError("not-indexed")
        return list_all(self._index.cache, groups)

    def _tagged_spans(self, tags: frozenset[str]) -> Callable[[IndexedReport], list[tuple[int, int]]]:
        """The spans of passages with `tags` (or tags below them) in an indexed report."""
        from reader.core.annotations.anchoring import ORPHANED, anchor_all
        from reader.core.export.records import Scope  # the export package: not at every start

        scope = Scope(tags=tags)

        def spans(report: IndexedReport) -> list[tuple[int, int]]:
            shown = self.coder_view.keep(self._sidecar.for_report(report.relpath))
            chosen = [a for a in shown if scope.takes(a)]
            pairs = anchor_all(self._sidecar, chosen, report.fingerprint, report.text or "")
            return [(a.start, a.end) for _annotation, a in pairs if a.status != ORPHANED]

        return spans

    def tag_passages(self, tag: str) -> list[str]:
        """The current text of every passage with `tag` (or a tag below it)."""
        if self._index is None:
            return []
        spans_of = self._tagged_spans(frozenset({tag}))
        passages = []
        for path in sorted({a.path for a in self.annotations_with_tag(tag)}):
            report = self._index.by_path.get(path)
            if report is not None and report.text:
                passages += [report.text[s:e] for s, e in spans_of(report)]
        return passages
