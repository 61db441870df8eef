"""The library index: every report cleaned and segmented once, kept in an SQLite
cache in the user cache folder, and held in memory for search and statistics.

A report's cached row is reused while its path, size and modification time are
unchanged and the cache was made by the same version of the cleaning and
segmentation (`signature`); anything else is indexed again. A cache that cannot be
read is deleted and rebuilt, never trusted. The first indexing runs in a pool of
processes (cleaning and segmentation are CPU-bound; jieba holds the GIL).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from reader import __version__
from reader.bundled import resources_dir
from reader.core.keywords import IdfTable, KeywordEngine
from reader.core.library import ReportEntry, load_or_problem
from reader.core.problems import Problem
from reader.core.storage import user_cache_path
from reader.core.text_find import fold1

logger = logging.getLogger(__name__)

#: Bump when the cache's tables or what goes in them change.
INDEX_FORMAT = 1
CHUNK = 40  # reports per task sent to a worker process


@dataclass(slots=True)
class IndexedReport:
    """One report as the index knows it. `text` is the cleaned text (None when the
    report cannot be read: then `problem` says why); `folded` is `fold1(text)`."""

    relpath: str
    size: int
    mtime_ns: int
    number: int | None = None
    title: str = ""
    date: str = ""
    category: str = ""
    fingerprint: str = ""
    text: str | None = None
    folded: str | None = None
    problem: Problem | None = None
    terms: Counter[str] | None = field(default=None, repr=False)

    @property
    def year_month(self) -> str | None:
        """'2019-07' for a full date, None without a date or a year."""
        return self.date[:7] if len(self.date) >= 7 and not self.date.startswith("--") else None


@dataclass(slots=True)
class IndexProgress:
    done: int
    total: int


def cache_file(root: Path) -> Path:
    key = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    name = "".join(c if c.isalnum() else "_" for c in Path(root).name)[:40] or "library"
    return user_cache_path() / "index" / f"{name}-{key}.sqlite"


def signature(extra_words: Sequence[str]) -> str:
    """What the cached texts and terms depend on besides the files themselves."""
    domain = (resources_dir() / "dictionaries" / "domain.txt").read_bytes()
    stop = (resources_dir() / "dictionaries" / "stopwords-zh.txt").read_bytes()
    digest = hashlib.sha256(domain + b"\0" + stop + b"\0" + "\n".join(sorted(extra_words)).encode())
    return f"{INDEX_FORMAT}:{__version__}:{digest.hexdigest()[:16]}"


# -- the worker side ------------------------------------------------------------------------------
_ENGINE: KeywordEngine | None = None


def _init_worker(extra_words: list[str]) -> None:
    global _ENGINE
    logging.basicConfig(level=logging.WARNING)
    _ENGINE = KeywordEngine(extra_words)
    _ENGINE.ensure_loaded()


def _index_chunk(root: str, entries: list[ReportEntry]) -> list[tuple]:
    """Clean and segment some reports; rows ready for the cache (compressed)."""
    assert _ENGINE is not None
    return [_row(index_one(entry, Path(root), _ENGINE)) for entry in entries]


def index_one(entry: ReportEntry, root: Path, engine: KeywordEngine) -> IndexedReport:
    loaded = load_or_problem(entry, root)
    item = IndexedReport(entry.relpath, entry.size, entry.mtime_ns)
    if isinstance(loaded, Problem):
        item.problem = loaded
        return item
    info = loaded.info
    item.number, item.title, item.category = info.number, info.title, info.category
    item.date = info.date.iso() if info.date else ""
    item.fingerprint = info.fingerprint
    item.text = loaded.document.text
    item.folded = fold1(item.text)
    item.terms = engine.term_counts(item.text)
    return item


def _pack(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _unpack(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", "surrogatepass")


def _row(item: IndexedReport) -> tuple:
    problem = None
    if item.problem is not None:
        problem = json.dumps([item.problem.code, item.problem.params], ensure_ascii=False)
    folded = None if item.folded == item.text else _pack(item.folded)
    terms = None if item.terms is None else _pack(json.dumps(item.terms, ensure_ascii=False))
    return (
        item.relpath, item.size, item.mtime_ns, item.number, item.title, item.date, item.category,
        item.fingerprint, problem, _pack(item.text), folded, terms,
    )  # fmt: skip


def _from_row(row: Sequence, with_terms: bool = False) -> IndexedReport:
    relpath, size, mtime, number, title, date, category, fingerprint, problem, text, folded = row[:11]
    item = IndexedReport(relpath, size, mtime, number, title, date, category, fingerprint)
    if problem is not None:
        code, params = json.loads(problem)
        item.problem = Problem(relpath, code, params)
    item.text = _unpack(text)
    item.folded = _unpack(folded) if folded is not None else item.text
    if with_terms and len(row) > 11 and row[11] is not None:
        item.terms = Counter(json.loads(_unpack(row[11]) or "{}"))
    return item


# -- the cache ----------------------------------------------------------------------------------
COLUMNS = "relpath, size, mtime_ns, number, title, date, category, fingerprint, problem, text, folded"


class IndexCache:
    """The SQLite file behind one library's index."""

    def __init__(self, path: Path, signature: str) -> None:
        self.path = path
        self.signature = signature
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(2):
            try:
                db = sqlite3.connect(self.path, check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS reports (relpath TEXT PRIMARY KEY, size INTEGER, "
                    "mtime_ns INTEGER, number INTEGER, title TEXT, date TEXT, category TEXT, "
                    "fingerprint TEXT, problem TEXT, text BLOB, folded BLOB, terms BLOB)"
                )
                found = db.execute("SELECT value FROM meta WHERE key='signature'").fetchone()
                if found is None or found[0] != self.signature:
                    with db:
                        db.execute("DELETE FROM reports")
                        db.execute("INSERT OR REPLACE INTO meta VALUES ('signature', ?)", (self.signature,))
                db.execute("SELECT count(*) FROM reports").fetchone()
                return db
            except sqlite3.DatabaseError:
                logger.warning("The index cache %s is damaged; rebuilding it", self.path, exc_info=True)
                if attempt:
                    raise
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.path) + suffix).unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def stamps(self) -> dict[str, tuple[int, int]]:
        return {r: (s, m) for r, s, m in self.db.execute("SELECT relpath, size, mtime_ns FROM reports")}

    def load(self) -> list[IndexedReport]:
        cursor = self.db.execute(f"SELECT {COLUMNS} FROM reports")  # row by row: no second copy
        return [_from_row(r) for r in cursor]

    def put(self, rows: Sequence[tuple]) -> None:
        with self.db:
            self.db.executemany(f"INSERT OR REPLACE INTO reports VALUES ({','.join('?' * 12)})", rows)

    def remove(self, relpaths: Iterable[str]) -> None:
        with self.db:
            self.db.executemany("DELETE FROM reports WHERE relpath = ?", [(r,) for r in relpaths])

    def iter_terms(self) -> Iterable[tuple[str, Counter[str]]]:
        """(relpath, term counts) one report at a time (all of them at once are large)."""
        for relpath, blob in self.db.execute("SELECT relpath, terms FROM reports WHERE terms IS NOT NULL"):
            yield relpath, Counter(json.loads(_unpack(blob) or "{}"))

    def document_frequencies(self, stamp: str) -> tuple[Counter[str], int] | None:
        """The stored document frequencies, if they were computed for `stamp`."""
        row = self.db.execute("SELECT value FROM meta WHERE key='df'").fetchone()
        if row is None:
            return None
        try:
            saved = json.loads(_unpack(bytes.fromhex(row[0])) or "{}")
        except (ValueError, zlib.error):
            return None
        if saved.get("stamp") != stamp:
            return None
        return Counter(saved["df"]), int(saved["documents"])

    def store_document_frequencies(self, stamp: str, df: Counter[str], documents: int) -> None:
        data = json.dumps({"stamp": stamp, "df": df, "documents": documents}, ensure_ascii=False)
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('df', ?)", ((_pack(data) or b"").hex(),))

    def close(self) -> None:
        self.db.close()


def cached_listings(root: Path) -> dict[str, tuple[int, int, int | None, str, str]]:
    """relpath -> (size, mtime_ns, number, title, date) from the library's index cache,
    for filling the sidebar before the index is read (empty when there is none)."""
    path = cache_file(root)
    if not path.is_file():
        return {}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT relpath, size, mtime_ns, number, title, date FROM reports").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return {}  # damaged or of another format: the index pass rebuilds it
    return {r[0]: (r[1], r[2], r[3], r[4] or "", r[5] or "") for r in rows}


# -- the index ------------------------------------------------------------------------------------
class LibraryIndex:
    """Every readable report's text (and folded text) in library order, with dates,
    problems, and document frequencies for TF-IDF."""

    def __init__(
        self, root: Path, reports: list[IndexedReport], cache: IndexCache | None, idf: IdfTable | None = None
    ) -> None:
        self.root = root
        self.reports = reports
        self.by_path = {r.relpath: r for r in reports}
        self.cache = cache
        self.idf = idf  # document frequencies over every readable report

    @property
    def problems(self) -> list[Problem]:
        return [r.problem for r in self.reports if r.problem is not None]

    def iter_terms(self) -> Iterable[tuple[str, Counter[str]]]:
        """(relpath, term counts) of every readable report, one at a time: together
        they are large, so they stay in the cache (or, without one, on the reports)."""
        readable = {r.relpath for r in self.reports if r.text is not None}
        if self.cache is None:
            pairs: Iterable[tuple[str, Counter[str]]] = (
                (r.relpath, r.terms) for r in self.reports if r.terms is not None
            )
        else:
            pairs = self.cache.iter_terms()
        return ((relpath, counts) for relpath, counts in pairs if relpath in readable)

    def terms(self) -> dict[str, Counter[str]]:
        """relpath -> term counts, all in memory (slow, large)."""
        return dict(self.iter_terms())

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
) -> LibraryIndex | None:
    """Slow: the index of `entries`, from the cache where it is fresh, else by cleaning
    and segmenting in `workers` processes (default: the CPU count, at most 4).
    `engine` gives the keyword engine for indexing in this process (only asked for
    when something is stale). None when cancelled (what was done so far stays cached)."""
    root = Path(root)
    try:
        cache: IndexCache | None = IndexCache(cache_file(root), signature(extra_words))
    except (sqlite3.Error, OSError):
        logger.warning("No index cache for %s; indexing in memory only", root, exc_info=True)
        cache = None
    stamps = cache.stamps() if cache is not None else {}
    wanted = {e.relpath: e for e in entries}
    if cache is not None:
        gone = [r for r in stamps if r not in wanted]
        if gone:
            cache.remove(gone)
    stale = [e for e in entries if stamps.get(e.relpath) != (e.size, e.mtime_ns)]
    total, fresh = len(entries), len(entries) - len(stale)
    progress(IndexProgress(fresh, total))
    rows: list[tuple] = []
    if stale:
        found = _run_pool(
            root, stale, list(extra_words), workers, fresh, total, progress, cancelled, cache, engine
        )
        if found is None:
            return None
        rows = found
    items = {r[0]: _from_row(r, with_terms=True) for r in rows}  # what the cache could not take
    if cache is not None:
        items = {i.relpath: i for i in cache.load()} | items
    ordered = [items[e.relpath] for e in entries if e.relpath in items]
    index = LibraryIndex(root, ordered, cache)
    stamp = hashlib.sha256(
        "\n".join(f"{e.relpath}\t{e.size}\t{e.mtime_ns}" for e in entries).encode("utf-8", "surrogatepass")
    ).hexdigest()
    saved = cache.document_frequencies(stamp) if cache is not None else None
    if saved is not None:
        index.idf = IdfTable(*saved)
    else:
        idf = index.document_frequencies()
        if cache is not None:
            try:
                cache.store_document_frequencies(stamp, idf.document_frequency, idf.documents)
            except sqlite3.Error:
                logger.warning("Could not store the document frequencies", exc_info=True)
    return index


def _run_pool(
    root: Path,
    stale: list[ReportEntry],
    extra_words: list[str],
    workers: int | None,
    done: int,
    total: int,
    progress: Callable[[IndexProgress], None],
    cancelled: Callable[[], bool],
    cache: IndexCache | None,
    engine: Callable[[], KeywordEngine] | None,
) -> list[tuple] | None:
    count = workers or min(4, os.cpu_count() or 1)
    chunks = [stale[i : i + CHUNK] for i in range(0, len(stale), CHUNK)]
    rows: list[tuple] = []
    if count <= 1 or len(stale) < CHUNK:  # small jobs: no process start-up
        local = engine() if engine is not None else KeywordEngine(extra_words)
        for chunk in chunks:
            if cancelled():
                return None
            result = [_row(index_one(entry, root, local)) for entry in chunk]
            _store(cache, result, rows)
            done += len(chunk)
            progress(IndexProgress(done, total))
        return rows
    # "spawn": the window's process has threads, which fork would copy half-alive.
    with ProcessPoolExecutor(count, get_context("spawn"), _init_worker, (extra_words,)) as pool:
        pending: dict[Future, int] = {}
        queue = iter(chunks)
        for chunk in [c for _, c in zip(range(count * 2), queue, strict=False)]:
            pending[pool.submit(_index_chunk, str(root), chunk)] = len(chunk)
        while pending:
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancelled():
                for future in pending:
                    future.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                return None
            for future in finished:
                size = pending.pop(future)
                _store(cache, future.result(), rows)
                done += size
                progress(IndexProgress(done, total))
                chunk = next(queue, None)
                if chunk is not None:
                    pending[pool.submit(_index_chunk, str(root), chunk)] = len(chunk)
    return rows


def _store(cache: IndexCache | None, result: list[tuple], rows: list[tuple]) -> None:
    """Write a batch to the cache; keep in `rows` what the cache cannot take (all of
    it when there is no cache; a report whose file or folder name is not valid UTF-8,
    which SQLite cannot store: it is indexed again on each open)."""
    if cache is not None:
        storable = [row for row in result if _is_text(row[0], row[4], row[6])]
        try:
            cache.put(storable)
            rows.extend(row for row in result if not _is_text(row[0], row[4], row[6]))
            return
        except sqlite3.Error:  # a cache: the index in memory is still right
            logger.warning("Could not write the index cache", exc_info=True)
    rows.extend(result)


def _is_text(*values: object) -> bool:
    """Whether each value is None or a str SQLite can store (no undecodable bytes)."""
    try:
        for value in values:
            if isinstance(value, str):
                value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
