"""Searching a whole library: keyword-in-context hits, grouped by report.

Matching is width- and case-insensitive by default: the query and the texts are
folded character by character (`fold1`: NFKC and case folding where they give one
character), so `ＡＢＣ` finds `abc` and `１９９８` finds `1998`, and every offset is an
offset of the original text. Modes: a phrase (default), all words (every
space-separated word in the report; hits are each word's occurrences), or a
regular expression (Python syntax, case-insensitive). `exact` matches case and
width as written. A search can be limited to a folder and to the passages
annotated with given tags. Queries of one or two characters work (党, 党建): this
is a scan of texts held in memory, not a token index.

The texts are joined into one string (reports separated by NUL), so finding which
reports hold a phrase costs one C-speed scan and one step per matching report;
hits are counted per report without being listed, and listed only when asked for
(a report opened in the results, a CSV export).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from reader.core.dates import human_date
from reader.core.library_index import IndexedReport, LibraryIndex
from reader.core.problems import ExplainedError, user_language
from reader.core.text_find import fold1

PHRASE, WORDS, REGEX = "phrase", "words", "regex"
MODES = (PHRASE, WORDS, REGEX)
CONTEXT = 20  # characters each side of a hit
SEPARATOR = "\x00"  # between reports in the joined text; never in a cleaned text


class SearchError(ExplainedError, ValueError):
    """The query cannot be searched (an invalid regular expression); `reason` says why."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "bad-regex": {"en": "Not a valid regular expression", "zh": "不是有效的正则表达式"},
        "matches-empty": {
            "en": "The regular expression matches empty text",
            "zh": "该正则表达式会匹配空文本",
        },
        "not-indexed": {"en": "The library is not indexed yet", "zh": "文库尚未建立索引"},
    }


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    mode: str = PHRASE
    exact: bool = False
    folder: str | None = None  # a relpath prefix; None or '' for the whole library
    tags: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class KwicLine:
    left: str
    hit: str
    right: str


class _Lister:
    """Lists the hits of one search in any report of its corpus."""

    __slots__ = ("corpus", "exact", "patterns")

    def __init__(self, corpus: SearchCorpus, patterns: list[re.Pattern[str]], exact: bool) -> None:
        self.corpus, self.patterns, self.exact = corpus, patterns, exact

    def __call__(self, i: int) -> list[tuple[int, int]]:
        text = self.corpus.text_of(i, self.exact)
        return sorted(m.span() for p in self.patterns for m in p.finditer(text) if m.end() > m.start())


class ReportHits:
    """One report's hits: counted at search time, listed on demand."""

    __slots__ = ("_hits", "_i", "_lister", "count", "report")

    def __init__(
        self, report: IndexedReport, count: int, lister: _Lister | None = None, i: int = -1,
        hits: list[tuple[int, int]] | None = None,
    ) -> None:  # fmt: skip
        self.report, self.count, self._lister, self._i, self._hits = report, count, lister, i, hits

    @property
    def hits(self) -> list[tuple[int, int]]:
        """(start, end) of every hit in the report's text, in order."""
        if self._hits is None:
            self._hits = self._lister(self._i) if self._lister is not None else []
        return self._hits


@dataclass(slots=True)
class SearchResult:
    query: Query
    reports: list[ReportHits]

    @property
    def total(self) -> int:
        return sum(r.count for r in self.reports)


#: A report -> the spans of the passages annotated with the query's tags
TaggedSpans = Callable[[IndexedReport], list[tuple[int, int]]]


class SearchCorpus:
    """The library's readable texts joined for searching (folded, and, the first time
    an exact search asks, as written)."""

    def __init__(self, index: LibraryIndex) -> None:
        self.reports = [r for r in index.reports if r.text is not None]
        self.starts: list[int] = []
        position = 0
        for report in self.reports:
            self.starts.append(position)
            position += len(report.text or "") + 1
        self.folded = SEPARATOR.join(
            r.folded if r.folded is not None else fold1(r.text or "") for r in self.reports
        )
        for report in self.reports:  # the joined copy serves: no second copy per report
            report.folded = None
        self._exact: str | None = None

    def joined(self, exact: bool) -> str:
        if not exact:
            return self.folded
        if self._exact is None:
            self._exact = SEPARATOR.join(r.text or "" for r in self.reports)
        return self._exact

    def span(self, i: int) -> tuple[int, int]:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.folded)
        return self.starts[i], end

    def text_of(self, i: int, exact: bool) -> str:
        if exact:
            return self.reports[i].text or ""
        start, end = self.span(i)
        return self.folded[start:end]


def compile_query(query: Query) -> list[re.Pattern[str]]:
    """The patterns to find (one per word in `words` mode), to run on folded text
    unless the query is exact. Raises SearchError for a bad regular expression."""
    text = query.text if query.mode == REGEX else query.text.strip()
    if not text:
        return []
    if query.mode == REGEX:
        # Fold what the user typed outside ASCII (full-width forms); ASCII stays as
        # written, so escapes like \\D keep their meaning.
        pattern = text if query.exact else "".join(c if c.isascii() else fold1(c) for c in text)
        try:
            compiled = re.compile(pattern, 0 if query.exact else re.IGNORECASE)
        except re.error as exc:
            raise SearchError("bad-regex", str(exc)) from None
        if compiled.match(""):
            raise SearchError("matches-empty")
        return [compiled]
    words = text.split() if query.mode == WORDS else [text]
    return [re.compile(re.escape(w if query.exact else fold1(w))) for w in words]


def search(
    index: LibraryIndex, query: Query, tagged: TaggedSpans | None = None, corpus: SearchCorpus | None = None
) -> SearchResult:
    """Every report with hits of `query`, in library order (see the module doc)."""
    patterns = compile_query(query)
    result = SearchResult(query, [])
    if not patterns:
        return result
    corpus = corpus or SearchCorpus(index)
    joined = corpus.joined(query.exact)
    if query.mode == REGEX:
        counts = _regex_counts(patterns[0], joined, corpus)
    else:
        counts = _literal_counts([_literal(p) for p in patterns], joined, corpus)
    prefix = (query.folder.strip("/") + "/") if query.folder and query.folder.strip("/") else ""
    lister = _Lister(corpus, patterns, query.exact)
    reports = corpus.reports
    for i, count in counts:
        report = reports[i]
        if prefix and not report.relpath.startswith(prefix):
            continue
        hits = ReportHits(report, count, lister, i)
        if query.tags is not None and tagged is not None:
            spans = tagged(report)
            inside = [h for h in hits.hits if any(s <= h[0] and h[1] <= e for s, e in spans)]
            if not inside:
                continue
            hits = ReportHits(report, len(inside), hits=inside)
        result.reports.append(hits)
    return result


def _literal(pattern: re.Pattern[str]) -> str:
    """The text a re.escape()d pattern stands for."""
    return re.sub(r"\\(.)", r"\1", pattern.pattern, flags=re.DOTALL)


def _containing(needle: str, joined: str, corpus: SearchCorpus) -> list[int]:
    """Indexes of the reports whose text holds `needle`: one find per such report."""
    found: list[int] = []
    starts = corpus.starts
    last = len(starts) - 1
    find = joined.find
    at = find(needle)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        found.append(i)
        if i >= last:
            break
        at = find(needle, starts[i + 1])
    return found


def _literal_counts(needles: list[str], joined: str, corpus: SearchCorpus) -> list[tuple[int, int]]:
    candidates: set[int] | None = None
    for needle in sorted(needles, key=len, reverse=True):  # longer words are rarer
        holding = _containing(needle, joined, corpus)
        candidates = set(holding) if candidates is None else candidates & set(holding)
        if not candidates:
            return []
    starts, size = corpus.starts, len(joined)
    last = len(starts) - 1
    if len(needles) == 1:
        needle = needles[0]
        return [
            (i, joined.count(needle, starts[i], starts[i + 1] if i < last else size))
            for i in sorted(candidates or ())
        ]
    return [
        (i, sum(joined.count(n, starts[i], starts[i + 1] if i < last else size) for n in needles))
        for i in sorted(candidates or ())
    ]


def _regex_counts(pattern: re.Pattern[str], joined: str, corpus: SearchCorpus) -> list[tuple[int, int]]:
    counts: dict[int, int] = {}
    starts = corpus.starts
    at = 0
    while True:
        match = pattern.search(joined, at)
        if match is None:
            break
        start, end = match.span()
        i = bisect_right(starts, start) - 1
        limit = corpus.span(i)[1]
        if end > limit:  # ran into the next report: search that report afresh
            inner = pattern.search(joined, start, limit)
            if inner is not None and inner.end() > inner.start():
                counts[i] = counts.get(i, 0) + 1
                at = inner.end()
            else:
                at = limit + 1
            continue
        if end > start:
            counts[i] = counts.get(i, 0) + 1
        at = end if end > start else end + 1
    return sorted(counts.items())


def kwic(text: str, start: int, end: int, context: int = CONTEXT) -> KwicLine:
    """The hit with `context` characters each side, line breaks shown as spaces."""

    def flat(piece: str) -> str:
        return piece.replace("\n", " ")

    left = text[max(0, start - context) : start]
    return KwicLine(flat(left), flat(text[start:end]), flat(text[end : end + context]))


def sort_reports(result: SearchResult, key: str) -> list[ReportHits]:
    """Reports ordered by 'report' (library order), 'date' (undated last) or 'count'."""
    if key == "date":
        return sorted(result.reports, key=lambda r: (not r.report.date, r.report.date.lstrip("-")))
    if key == "count":
        return sorted(result.reports, key=lambda r: -r.count)
    return list(result.reports)


CSV_COLUMNS = ("file", "number", "title", "date", "start", "end", "left", "hit", "right")


def csv_rows(reports: Sequence[ReportHits], lang: str | None = None) -> list[list[str]]:
    """One row per hit (columns as CSV_COLUMNS), for a spreadsheet; the date as people
    read it in `lang` (default: the user's language)."""
    lang = lang or user_language()
    rows = []
    for group in reports:
        text = group.report.text or ""
        number = "" if group.report.number is None else str(group.report.number)
        for start, end in group.hits:
            line = kwic(text, start, end)
            date = human_date(group.report.date, lang)
            rows.append([group.report.relpath, number, group.report.title, date,
                         str(start), str(end), line.left, line.hit, line.right])  # fmt: skip
    return rows


def write_search_csv(path: Path, reports: Sequence[ReportHits]) -> None:
    """The hits as a CSV file (UTF-8 with a BOM, formula-like cells neutralised),
    written atomically."""
    import csv
    import io

    from reader.core.export.tabular import neutralise
    from reader.core.storage import atomic_write_bytes

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(reports):
        writer.writerow([neutralise(cell) if i not in (4, 5) else cell for i, cell in enumerate(row)])
    atomic_write_bytes(path, out.getvalue().encode("utf-8-sig"))
