"""Searching a whole library: keyword-in-context hits, grouped by report.

Matching is width- and case-insensitive by default: the query and the texts are
folded character by character (`fold1`: NFKC and case folding where they give one
character), so `ＡＢＣ` finds `abc` and `１９９８` finds `1998`, and every offset is an
offset of the original text. Modes: a phrase (default), all words (every
space-separated word in the report; hits are each word's occurrences), or a
regular expression (Python syntax, case-insensitive). `exact` matches case and
width as written. A search can be limited to a folder and to the passages
annotated with given tags. Queries of one or two characters work (党, 党建).

The search reads the on-disk index (`reader.core.index.library_index`), never every text
at once: the full-text table's trigrams name the reports that can hold a phrase of
three characters or more (two characters: the trigrams that start with them; a
regular expression: the characters it cannot match without; a single character is
counted in every text), and only those reports' folded texts are read, as UTF-8
bytes, where the hits are counted (a UTF-8 phrase only matches at character
boundaries). Hits are listed only when asked for (a report opened in the results,
a CSV export).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from reader.core.analysis.regex_lookup import required_alternatives
from reader.core.index.cache import TEXTS, IndexCache, IndexedReport
from reader.core.index.library_index import LibraryIndex
from reader.core.index.texts import SENTINEL, Excerpts, Utf8Text, _restore, char_count
from reader.core.problems import ExplainedError, user_language
from reader.core.text.folding import fold1

PHRASE, WORDS, REGEX = "phrase", "words", "regex"
MODES = (PHRASE, WORDS, REGEX)
CONTEXT = 20  # characters each side of a hit
BATCH = 200  # folded texts read from the cache at a time
#: A text with fewer hits than one in this many bytes has them listed without being
#: decoded (`list_all`); a text with more is decoded whole, which then costs less.
SPARSE = 4096
COMMON = 0.5  # a trigram in more than this share of the reports is not looked up


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
    """Lists the hits of one search in any report (its text read from the cache).
    `needles`: the strings to find, as UTF-8, when the search is not a regular
    expression (they are found in a folded text kept as UTF-8 without decoding it)."""

    __slots__ = ("cache", "exact", "needles", "patterns")

    def __init__(
        self, cache: IndexCache, patterns: list[re.Pattern[str]], exact: bool, literal: bool = False
    ) -> None:
        self.cache, self.patterns, self.exact = cache, patterns, exact
        self.needles = [_literal(p).encode("utf-8", "surrogatepass") for p in patterns] if literal else None

    def __call__(self, report: IndexedReport) -> list[tuple[int, int]]:
        return self.spans((report.text or "") if self.exact else folded_text(self.cache, report.id))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The hits in `text` (the report's text, or its folded text unless exact)."""
        return sorted(m.span() for p in self.patterns for m in p.finditer(text) if m.end() > m.start())


class ReportHits:
    """One report's hits: counted at search time, listed on demand. `_body` is the
    folded text the search counted them in (UTF-8, with the sentinel), when the
    caller asked to keep it for listing every hit (`search(..., keep_texts=True)`)."""

    __slots__ = ("_body", "_hits", "_lister", "count", "report")

    def __init__(
        self, report: IndexedReport, count: int, lister: _Lister | None = None,
        hits: list[tuple[int, int]] | None = None, body: bytes | None = None,
    ) -> None:  # fmt: skip
        self.report, self.count, self._lister, self._hits = report, count, lister, hits
        self._body = body

    @property
    def hits(self) -> list[tuple[int, int]]:
        """(start, end) of every hit in the report's text, in order."""
        if self._hits is None:
            self._hits = self._lister(self.report) if self._lister is not None else []
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
    """What a search runs on: the index and its cache (nothing is loaded up front)."""

    def __init__(self, index: LibraryIndex) -> None:
        self.index = index
        self.reports = [r for r in index.reports if r.problem is None]


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
    index: LibraryIndex, query: Query, tagged: TaggedSpans | None = None, corpus: SearchCorpus | None = None,
    keep_texts: bool = False,
) -> SearchResult:  # fmt: skip
    """Every report with hits of `query`, in library order (see the module doc).
    `keep_texts`: keep each matching report's folded text, so that `list_all` need not
    read it again (a command that prints every hit; the window keeps nothing).
    IndexCacheError when the cache was damaged under us."""
    patterns = compile_query(query)
    result = SearchResult(query, [])
    if not patterns:
        return result
    cache = index.cache
    prefix = (query.folder.strip("/") + "/") if query.folder and query.folder.strip("/") else ""
    kept: dict[int, bytes] | None = {} if keep_texts and not query.exact else None
    if query.mode == REGEX:
        counts = _regex_counts(cache, patterns[0], query.exact, kept)
    else:
        counts = _literal_counts(cache, [_literal(p) for p in patterns], query.exact, kept)
    lister = _Lister(cache, patterns, query.exact, literal=query.mode != REGEX)
    by_id, place = index.by_id, index.place
    for report in sorted((by_id[i] for i in counts if i in by_id), key=lambda r: place[r.id]):
        if prefix and not report.relpath.startswith(prefix):
            continue
        hits = ReportHits(report, counts[report.id], lister, body=kept.get(report.id) if kept else None)
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


# -- reading the index ------------------------------------------------------------------------
def folded_text(cache: IndexCache, ident: int) -> str:
    """A report's folded text as the full-text table holds it (same offsets as the text)."""
    rows = cache.query("SELECT body FROM folded WHERE rowid = ?", (ident,))
    return rows[0][0][: -len(SENTINEL)] if rows else ""


def _fts_phrase(needle: str) -> str:
    """An FTS5 query for the texts holding every trigram of `needle` (3+ characters)."""
    grams = sorted({needle[i : i + 3] for i in range(len(needle) - 2)})
    return " ".join('"' + g.replace('"', '""') + '"' for g in grams)


def _holding(cache: IndexCache, needle: str, reports: int) -> set[int] | None:
    """The reports whose folded text can hold `needle` (a superset: hits are counted
    in the text), or None when a trigram of it is in most reports (reading every
    text then costs less than collecting the lookup's ids). One or two characters:
    the trigrams that start with them."""
    if len(needle) >= 3:
        grams = sorted({needle[i : i + 3] for i in range(len(needle) - 2)})
        marks = ",".join("?" * len(grams))
        rarest = cache.query(f"SELECT min(doc) FROM gram_docs WHERE term IN ({marks})", grams)[0][0]
        if rarest is not None and rarest > reports * COMMON:
            return None
        rows = cache.query("SELECT rowid FROM folded WHERE folded MATCH ?", (_fts_phrase(needle),))
    else:
        last = needle + "\U0010ffff" * (3 - len(needle))
        sql = "SELECT max(doc) FROM gram_docs WHERE term >= ? AND term <= ?"
        commonest = cache.query(sql, (needle, last))[0][0]
        if commonest is not None and commonest > reports * COMMON:
            return None
        rows = cache.query("SELECT DISTINCT doc FROM grams WHERE term >= ? AND term <= ?", (needle, last))
    return {r[0] for r in rows}


#: The folded texts, read from the full-text table's own store of them (its
#: `_content` table: through the full-text table, each row costs a lookup more).
BODIES = "SELECT id, CAST(c0 AS BLOB) FROM folded_content"


def _bodies(cache: IndexCache, ids: Iterable[int] | None) -> Iterable[tuple[int, bytes]]:
    """(report id, folded text as UTF-8 with the sentinel) for `ids`, or for every report."""
    if ids is None:
        yield from cache.iterate(BODIES)
        return
    chosen = sorted(ids)
    for at in range(0, len(chosen), BATCH):
        part = chosen[at : at + BATCH]
        marks = ",".join("?" * len(part))
        yield from cache.query(f"{BODIES} WHERE id IN ({marks})", part)


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _literal_counts(
    cache: IndexCache, words: list[str], exact: bool, kept: dict[int, bytes] | None = None
) -> dict[int, int]:
    """Report id -> hits of the phrase (or of every word, when all are there); the
    folded text of each report with hits goes into `kept` when it is given."""
    folded = [fold1(w) for w in words] if exact else words
    needles = [w.encode("utf-8", "surrogatepass") for w in folded]
    counts: dict[int, int] = {}
    tail = len(SENTINEL)
    bodies = _bodies(cache, _candidates(cache, [{w} for w in folded])[0])
    if len(needles) == 1:  # a phrase: the usual case, without a list per report
        needle = needles[0]
        for ident, body in bodies:
            found = body.count(needle, 0, len(body) - tail)
            if found:
                counts[ident] = found
                if kept is not None:
                    kept[ident] = body
    else:
        for ident, body in bodies:
            end = len(body) - tail
            each = [body.count(n, 0, end) for n in needles]
            if all(each):
                counts[ident] = sum(each)
                if kept is not None:
                    kept[ident] = body
    if not exact or not counts:
        return counts
    exact_counts: dict[int, int] = {}  # the folded hits hold every exact one
    for ident in counts:
        text = cache.text(ident) or ""
        found = [text.count(w) for w in words]
        if all(found):
            exact_counts[ident] = sum(found)
    return exact_counts


def _regex_counts(
    cache: IndexCache, pattern: re.Pattern[str], exact: bool, kept: dict[int, bytes] | None = None
) -> dict[int, int]:
    required = [{fold1(a) for a in alternatives} for alternatives in required_alternatives(pattern)]
    candidates, looked_up = _candidates(cache, required) if required else (None, [])
    # The lookups' reports hold every trigram of a string, not always the string: the
    # texts without one are not decoded (every text is, when nothing was looked up).
    prefilter = [[a.encode("utf-8", "surrogatepass") for a in alternatives] for alternatives in looked_up]
    counts: dict[int, int] = {}
    tail = len(SENTINEL)
    for ident, body in _bodies(cache, candidates):
        if prefilter and not all(any(a in body for a in alternatives) for alternatives in prefilter):
            continue
        text = (cache.text(ident) or "") if exact else body[:-tail].decode("utf-8", "replace")
        found = sum(1 for m in pattern.finditer(text) if m.end() > m.start())
        if found:
            counts[ident] = found
            if kept is not None:
                kept[ident] = body
    return counts


def _candidates(cache: IndexCache, required: list[set[str]]) -> tuple[set[int] | None, list[set[str]]]:
    """Reports that can hold one string of each set (None: any report; an empty set:
    none), with the sets looked up. A string with a lone surrogate is in no indexed
    text; a single character is not looked up (the trigrams starting with it are
    many, and collecting their reports costs more than reading every text); of the
    others, the two sets whose shortest string is longest (the rarest). When the
    lookups leave most reports, reading them all in order costs less than by id."""

    def shortest(alternatives: set[str]) -> float:
        return min((len(a) for a in alternatives if _storable(a)), default=math.inf)

    useful = [r for r in required if shortest(r) >= 2]
    found: set[int] | None = None
    looked_up: list[set[str]] = []
    reports = cache.count()
    for alternatives in sorted(useful, key=shortest, reverse=True)[:2]:
        holding: set[int] = set()
        for alternative in filter(_storable, alternatives):
            some = _holding(cache, alternative, reports)
            if some is None:  # common: reading every text costs less than the lookups
                break
            holding |= some
        else:
            found = holding if found is None else found & holding
            looked_up.append(alternatives)
            if not found:
                return set(), looked_up
    if found is not None and len(found) > reports * COMMON:
        return None, []
    return found, looked_up


def list_all(cache: IndexCache, groups: Sequence[ReportHits]) -> dict[int, str | Excerpts]:
    """List the hits of every report in `groups` now, reading the texts a batch at a
    time (a command that prints every line); report id -> its cleaned text, for the
    lines' context: the whole text for an exact search (whose hits are found in it),
    else `Excerpts`, which restores only the slices asked for. The hits of a phrase
    or of words in a text the search kept (UTF-8) are found in it as it is, and only
    their lines are decoded (decoding 1,754 texts to list 党建 took longer than the
    search)."""
    exact = any(g._lister is not None and g._lister.exact for g in groups)
    kept = {} if exact else {g.report.id: g._body for g in groups if g._body is not None}
    ids = sorted({g.report.id for g in groups} - kept.keys())
    texts: dict[int, str | Excerpts] = {}
    folded: dict[int, str] = {}
    tail = len(SENTINEL)
    known = sorted(kept)
    by_id: dict[int, list[ReportHits]] = {}
    for group in groups:
        by_id.setdefault(group.report.id, []).append(group)
    for at in range(0, len(known), BATCH):  # the folded texts are there: only their patches are read
        part = known[at : at + BATCH]
        marks = ",".join("?" * len(part))
        patches = dict(cache.query(f"SELECT id, patch FROM texts WHERE id IN ({marks})", part))
        for ident in part:
            body, lister, count = kept[ident], by_id[ident][0]._lister, by_id[ident][0].count
            if lister is not None and lister.needles is not None and count * SPARSE < len(body):
                places = _literal_places(body, len(body) - tail, lister.needles, count)
                texts[ident] = Excerpts(Utf8Text(body, len(body) - tail, places), patches.get(ident))
                hits = [(places[i][0], places[i + 1][0]) for i in range(0, len(places), 2)]
                for group in by_id[ident]:
                    if group._hits is None:
                        group._hits = hits
                continue
            folded[ident] = body[:-tail].decode("utf-8", "replace")
            texts[ident] = Excerpts(folded[ident], patches.get(ident))
    for at in range(0, len(ids), BATCH):
        part = ids[at : at + BATCH]
        marks = ",".join("?" * len(part))
        for ident, body, patch in cache.query(f"{TEXTS} WHERE id IN ({marks})", part):
            folded[ident] = body[:-tail]
            texts[ident] = _restore(folded[ident], patch) if exact else Excerpts(folded[ident], patch)
    for group in groups:
        lister = group._lister
        if group._hits is None and lister is not None:
            ident = group.report.id
            found = texts.get(ident, "") if lister.exact else folded.get(ident, "")
            group._hits = lister.spans(found)  # type: ignore[arg-type]
    return texts


def _literal_places(body: bytes, end: int, needles: list[bytes], count: int) -> list[tuple[int, int]]:
    """Where each hit of `needles` in `body[:end]` (UTF-8) starts and ends, as (character
    offset, byte offset) pairs: start, end, start, end… in the order of the hits (the
    hits of each needle as `re.finditer` finds them, without overlap). The characters
    are counted between one place and the next, not decoded. `count`: the hits the
    search counted (one needle: the text after the last one is not searched again)."""
    spans = []
    for needle in needles:
        size = len(needle)
        at = body.find(needle, 0, end)
        while at >= 0:
            spans.append((at, at + size))
            if len(needles) == 1 and len(spans) == count:
                break
            at = body.find(needle, at + size, end)
    spans.sort()
    places: list[tuple[int, int]] = []
    char = byte = 0
    for start, stop in spans:
        if start >= byte:
            char += char_count(body[byte:start])
        else:  # overlapping the hit before (another word's): counted back from its end
            char -= char_count(body[start:byte])
        places.append((char, start))
        char += char_count(body[start:stop])
        places.append((char, stop))
        byte = stop
    return places


def kwic(text: str | Excerpts, start: int, end: int, context: int = CONTEXT) -> KwicLine:
    """The hit with `context` characters each side, line breaks shown as spaces."""

    def flat(piece: str) -> str:
        return piece.replace("\n", " ")

    if isinstance(text, Excerpts):
        left, hit, right = text.around(start, end, context)
        return KwicLine(flat(left), flat(hit), flat(right))
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
    from reader.core.reading.dates import human_date  # not for the command line's search

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
