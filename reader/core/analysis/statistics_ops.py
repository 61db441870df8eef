"""Statistics as questions to the open library: term counts, top terms, a term over
time, the coding matrix and keyness.

`StatisticsOps` is part of the `Library` facade (the command line's `reader stats` and
the statistics window ask the same methods); it reads the library's index."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reader.core.analysis.search import SearchError

if TYPE_CHECKING:
    from reader.core.analysis import stats
    from reader.core.reading.loader import Report


class StatisticsOps:
    """Part of `Library` (`reader.core.library`): statistics of the indexed library."""

    def term_counts(self) -> Counter[str]:
        """Slow the first time: occurrences of every term in the indexed library."""
        from reader.core.analysis import stats  # on first use: not at every start

        if self._index is None:
            raise SearchError("not-indexed")
        if self._term_counts is None:
            self._term_counts = stats.library_counts(self._index)
        return self._term_counts

    def top_terms(self, top: int, measure: str, report: Report | None = None) -> list[stats.TermRow]:
        """The `top` terms of the library (or of `report`) by count or TF-IDF."""
        from reader.core.analysis import stats

        counts = self.engine().term_counts(report.document.text) if report is not None else self.term_counts()
        return stats.top_terms(counts, self._index.idf if self._index is not None else None, top, measure)

    def statistics(self, top: int) -> stats.LibraryStatistics:
        """`reader stats`: readable reports, occurrences, top terms both ways, tag counts."""
        from reader.core.analysis import stats

        return stats.library_statistics(
            self.indexed_reports(), self.term_counts(), self.top_terms, self.tag_counts(), top
        )

    def term_over_time(self, term: str) -> stats.TimeSeries:
        from reader.core.analysis import stats

        if self._corpus is None:
            raise SearchError("not-indexed")
        return stats.term_over_time(self._corpus, term)

    def coding_matrix(self) -> stats.CodingMatrix:
        """Passages per tag and report, the reports in library order."""
        from reader.core.analysis import stats

        labels = {
            r.relpath: " ".join(x for x in (str(r.number or ""), r.title) if x)
            for r in self.indexed_reports()
        }
        annotations = [(a.path, a.tags) for a in self.visible_annotations()]
        order = [(e.relpath, labels.get(e.relpath, e.relpath)) for e in self.entries]
        return stats.coding_matrix(annotations, order, [t.name for t in self._sidecar.tags])

    def keyness(self, tag: str, top: int = 15) -> list[stats.KeyRow]:
        """Slow: the terms over-represented in the passages with `tag`."""
        from reader.core.analysis import stats

        counts = stats.passage_counts(self.engine(), self.tag_passages(tag))
        return stats.keyness(counts, self.term_counts(), top)
