"""Statistics over the indexed library: top terms, a term over time, the coding
matrix, and what distinguishes the passages of a tag (no Qt; the charts draw these).

Terms are the index's candidate terms (jieba tokens of two or more characters,
without stopwords, numbers or punctuation), counted as words of their own
(`KeywordEngine.term_counts`, the count the keyword panel shows). TF-IDF for one report weighs its term
frequencies by the library's IDF; for the library, a term's occurrences times its
IDF. A term over time counts its occurrences (width-folded, like search) per month
of the reports' dates; reports without a date, or with a date without a year, are
counted apart. Keyness compares a tag's passages with the whole library by
log-likelihood (Dunning's G²), keeping terms used more in the passages.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.analysis.search import Query, SearchCorpus, search
from reader.core.index.library_index import IndexedReport, LibraryIndex
from reader.core.text.keywords import IdfTable, KeywordEngine


@dataclass(frozen=True, slots=True)
class TermRow:
    term: str
    count: int
    tfidf: float


@dataclass(slots=True)
class TimeSeries:
    term: str
    months: list[tuple[str, int, int]] = field(default_factory=list)  # (YYYY-MM, occurrences, reports)
    undated: int = 0  # occurrences in reports without a full date
    undated_reports: int = 0

    def filled(self) -> list[tuple[str, int, int]]:
        """Every month from the first to the last, months without the term as zero."""
        if not self.months:
            return []
        known = {m: (c, r) for m, c, r in self.months}
        year, month = map(int, self.months[0][0].split("-"))
        last = self.months[-1][0]
        result = []
        while True:
            key = f"{year:04d}-{month:02d}"
            count, reports = known.get(key, (0, 0))
            result.append((key, count, reports))
            if key >= last:
                return result
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@dataclass(slots=True)
class CodingMatrix:
    reports: list[tuple[str, str]]  # (relpath, label)
    tags: list[str]
    counts: list[list[int]]  # [report][tag]


@dataclass(slots=True)
class LibraryStatistics:
    """`reader stats`: what the command prints (the statistics window shows the same
    figures, one view at a time)."""

    reports: int  # readable reports
    occurrences: int
    by_count: list[TermRow]
    by_tfidf: list[TermRow]
    tags: list[tuple[str, int]]  # most passages first


@dataclass(frozen=True, slots=True)
class KeyRow:
    term: str
    tag_count: int
    library_count: int
    tag_per_10k: float
    library_per_10k: float
    log_likelihood: float


def top_terms(counts: Counter[str], idf: IdfTable | None, top: int = 20, by: str = "count") -> list[TermRow]:
    """The `top` terms of `counts` by occurrences ('count') or by TF-IDF ('tfidf')."""
    total = sum(counts.values()) or 1
    rows = [
        TermRow(term, count, count / total * (idf.idf(term) if idf is not None else 1.0))
        for term, count in counts.items()
    ]
    if by == "tfidf":
        rows.sort(key=lambda r: (-r.tfidf, -r.count, r.term))
    else:
        rows.sort(key=lambda r: (-r.count, -r.tfidf, r.term))
    return rows[:top]


def library_statistics(
    reports: Sequence[IndexedReport],
    counts: Counter[str],
    top_terms_by: Callable[[int, str], list[TermRow]],
    tag_counts: dict[str, int],
    top: int,
) -> LibraryStatistics:
    """The library's figures from its index (`Library.statistics`)."""
    return LibraryStatistics(
        reports=sum(1 for r in reports if r.text is not None),
        occurrences=sum(counts.values()),
        by_count=top_terms_by(top, "count"),
        by_tfidf=top_terms_by(top, "tfidf"),
        tags=sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])),
    )


def library_counts(index: LibraryIndex) -> Counter[str]:
    """Every term's occurrences in the whole library (kept with the index)."""
    return index.term_totals()


def term_over_time(corpus: SearchCorpus, term: str) -> TimeSeries:
    """Occurrences of `term` per month of the reports' dates (see the module doc)."""
    series = TimeSeries(term)
    if not term.strip():
        return series
    months: dict[str, list[int]] = {}
    for hits in search(corpus.index, Query(term), corpus=corpus).reports:
        report, count = hits.report, hits.count
        month = report.year_month
        if month is None:
            series.undated += count
            series.undated_reports += 1
        else:
            bucket = months.setdefault(month, [0, 0])
            bucket[0] += count
            bucket[1] += 1
    series.months = [(m, c, r) for m, (c, r) in sorted(months.items())]
    return series


def coding_matrix(
    annotations: Iterable[tuple[str, Sequence[str]]], reports: Sequence[tuple[str, str]], tags: Sequence[str]
) -> CodingMatrix:
    """Passages per (report, tag) for the reports that have any: `annotations` are
    (relpath, tags) pairs, `reports` (relpath, label) in library order."""
    column = {t: i for i, t in enumerate(tags)}
    counts: dict[str, list[int]] = {}
    for relpath, names in annotations:
        row = counts.setdefault(relpath, [0] * len(tags))
        for name in names:
            if name in column:
                row[column[name]] += 1
    order = [(r, label) for r, label in reports if r in counts]
    order += [(r, r) for r in sorted(counts) if r not in {p for p, _ in order}]
    return CodingMatrix(order, list(tags), [counts[r] for r, _ in order])


def keyness(tag_counts: Counter[str], library: Counter[str], top: int = 20) -> list[KeyRow]:
    """Terms used more in a tag's passages than in the library, by log-likelihood."""
    c = sum(tag_counts.values())
    d = sum(library.values())
    if not c or not d:
        return []
    rows = []
    for term, a in tag_counts.items():
        b = library.get(term, 0)
        if a / c <= b / d:
            continue
        e1 = c * (a + b) / (c + d)
        e2 = d * (a + b) / (c + d)
        g2 = 2 * (a * math.log(a / e1) + (b * math.log(b / e2) if b else 0.0))
        rows.append(KeyRow(term, a, b, a / c * 10_000, b / d * 10_000, g2))
    rows.sort(key=lambda r: (-r.log_likelihood, r.term))
    return rows[:top]


def passage_counts(engine: KeywordEngine, passages: Iterable[str]) -> Counter[str]:
    total: Counter[str] = Counter()
    for passage in passages:
        total.update(engine.term_counts(passage))
    return total
