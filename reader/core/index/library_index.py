"""The library index: every report cleaned and segmented once, kept in an SQLite
cache in the user cache folder. Search and statistics read it from there: only the
reports' metadata is held in memory.

A report's cached row is reused while its path, size and modification time are
unchanged and the cache was made by the same version of the cleaning and
segmentation (`signature`); anything else is indexed again. Each report's folded
text (`fold1`) is in an FTS5 table with the trigram tokenizer, which finds the
reports holding a phrase of three characters or more; one or two characters are
looked up among the index's trigrams that start with them (`reader.core.analysis.search`).

A cache that cannot be read is deleted and rebuilt, never trusted. It is opened
without memory-mapping and without a write-ahead log (no `-shm` file to map), so a
file damaged or truncated while in use gives an error, never a crash. The first
indexing runs in a pool of processes (cleaning and segmentation are CPU-bound).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reader.core.index.cache import (  # noqa: F401 - the index's public names, in one place
    INDEX_FORMAT,
    TEXTS,
    IndexCache,
    IndexCacheError,
    IndexedReport,
    _older_cache_files,
    cache_file,
    cached_listings,
    connect,
    signature,
)
from reader.core.index.elsewhere import index_elsewhere
from reader.core.index.progress import CHUNK, IndexProgress
from reader.core.index.scan import ReportEntry
from reader.core.index.texts import SENTINEL, _restore, _unpack  # noqa: F401
from reader.core.problems import Problem
from reader.core.reading.report_files import ISOLATED_LOAD_BYTES
from reader.core.text.keywords import IdfTable, KeywordEngine

logger = logging.getLogger(__name__)


class LibraryIndex:
    """Every report's metadata in library order, with problems and document
    frequencies for TF-IDF; texts, terms and the full-text index stay in the cache."""

    def __init__(
        self,
        root: Path,
        reports: list[IndexedReport],
        cache: IndexCache,
        idf: IdfTable | None = None,
        totals: Counter[str] | None = None,
    ) -> None:
        self.root = root
        self.reports = reports
        self.by_path = {r.relpath: r for r in reports}
        self.by_id = {r.id: r for r in reports}
        self.place = {r.id: i for i, r in enumerate(reports)}  # library order
        self.cache = cache
        self.idf = idf  # document frequencies over every readable report
        self._totals = totals

    @property
    def problems(self) -> list[Problem]:
        return [r.problem for r in self.reports if r.problem is not None]

    def iter_terms(self) -> Iterable[tuple[str, Counter[str]]]:
        """(relpath, term counts) of every readable report, one at a time."""
        readable = {r.relpath for r in self.reports if r.problem is None}
        return ((relpath, counts) for relpath, counts in self.cache.iter_terms() if relpath in readable)

    def terms(self) -> dict[str, Counter[str]]:
        """relpath -> term counts, all in memory (slow, large)."""
        return dict(self.iter_terms())

    def term_totals(self) -> Counter[str]:
        """Every term's occurrences in the whole library (kept with the index)."""
        if self._totals is None:
            totals: Counter[str] = Counter()
            for _relpath, counts in self.iter_terms():
                totals.update(counts)
            self._totals = totals
        return self._totals

    def document_frequencies(self) -> IdfTable:
        """The library's IDF table (slow the first time when it was not cached)."""
        if self.idf is None:
            self.idf = IdfTable.from_documents(counts.keys() for _relpath, counts in self.iter_terms())
        return self.idf


def build_index(
    root: Path,
    entries: Sequence[ReportEntry],
    extra_words: Sequence[str] = (),
    progress: Callable[[IndexProgress], None] = lambda p: None,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int | None = None,
    engine: Callable[[], KeywordEngine] | None = None,
    background: bool = False,
) -> LibraryIndex | None:
    """Slow: the index of `entries`, from the cache where it is fresh, else by cleaning
    and segmenting in `workers` processes (default: the CPU count, at most 4). When
    `background` (a window), many reports are indexed from a process of its own, at
    a lower priority, so that the window's process stays free for the user. `engine`
    gives the keyword engine for indexing in this process (only asked for when
    something is stale). None when cancelled (what was done so far stays cached)."""
    root = Path(root)
    cache = _open_cache(root, extra_words)
    known = cache.reports()  # one read of the metadata: the stamps, and the index when fresh
    stamps = {r.relpath: (r.size, r.mtime_ns) for r in known}
    wanted = {e.relpath: e for e in entries}
    gone = [r for r in stamps if r not in wanted]
    stale = [e for e in entries if stamps.get(e.relpath) != (e.size, e.mtime_ns)]
    # The library's term statistics follow the cache's rows: kept up to date when
    # everything is (re)indexed here, else computed again from the stored terms.
    whole = len(stale) == len(entries) and not stamps
    if gone:
        cache.remove(gone)
    total, fresh = len(entries), len(entries) - len(stale)
    progress(IndexProgress(fresh, total))
    df: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    if stale:  # the cleaning, segmentation and pools: not needed to read the index
        from reader.core.index.workers import BACKGROUND_NICENESS, _run_pool
    if stale and background and _worth_a_process(stale):
        done_elsewhere = index_elsewhere(
            root, entries, extra_words, workers, BACKGROUND_NICENESS,
            lambda done, total: progress(IndexProgress(done, total)), cancelled,
        )  # fmt: skip
        if done_elsewhere is False:
            return None
        if done_elsewhere:  # the cache now holds every report, and the term statistics
            cache.close()
            return build_index(root, entries, extra_words, progress, cancelled, workers, engine)
    if stale:
        niceness = BACKGROUND_NICENESS if background else 0
        done = _run_pool(
            root, stale, list(extra_words), workers, fresh, total, progress, cancelled, cache, engine,
            niceness, df, totals,
        )  # fmt: skip
        if not done:
            return None
    reports = cache.reports() if stale or gone else known
    by_path = {r.relpath: r for r in reports}
    ordered = [by_path[e.relpath] for e in entries if e.relpath in by_path]
    stamp = _stamp(ordered)
    readable = sum(1 for r in ordered if r.problem is None)
    index = LibraryIndex(root, ordered, cache)
    saved = cache.get_meta("terms")
    if isinstance(saved, dict) and saved.get("stamp") == stamp:
        index.idf = IdfTable(Counter(saved["df"]), int(saved["documents"]))
        index._totals = Counter(saved["totals"])
        return index
    if not whole:  # computed from every report's stored terms
        df, totals = Counter(), Counter()
        for _relpath, counts in index.iter_terms():
            df.update(counts.keys())
            totals.update(counts)
    index.idf, index._totals = IdfTable(df, readable), totals
    try:
        cache.set_meta("terms", {"stamp": stamp, "df": df, "documents": readable, "totals": totals})
    except (sqlite3.Error, IndexCacheError):
        logger.warning("Could not store the library's term statistics", exc_info=True)
    return index


def _worth_a_process(stale: Sequence[ReportEntry]) -> bool:
    """Whether indexing these reports would start a pool (many, or a large one): then
    the window has it done in a process of its own (`reader.core.index.elsewhere`)."""
    return len(stale) >= CHUNK or any(e.size >= ISOLATED_LOAD_BYTES for e in stale)


def _open_cache(root: Path, extra_words: Sequence[str]) -> IndexCache:
    sig = signature(extra_words)
    for old in _older_cache_files(root):
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):  # gone, or the cache folder is unusable
                Path(str(old) + suffix).unlink(missing_ok=True)
    try:
        return IndexCache(cache_file(root), sig)
    except (sqlite3.Error, OSError):
        logger.warning("No index cache for %s; indexing in memory only", root, exc_info=True)
        return IndexCache(":memory:", sig)


def _stamp(reports: Sequence[IndexedReport]) -> str:
    """Identifies the set of files the term statistics were computed over."""
    listing = "\n".join(f"{r.relpath}\t{r.size}\t{r.mtime_ns}" for r in reports)
    return hashlib.sha256(listing.encode("utf-8", "surrogatepass")).hexdigest()
