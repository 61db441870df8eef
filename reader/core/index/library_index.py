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
import json
import logging
import os
import re
import sqlite3
import threading
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import ClassVar

from reader import __version__
from reader.bundled import resources_dir
from reader.core.index.scan import ReportEntry, load_or_problem
from reader.core.problems import ExplainedError, Problem
from reader.core.reading.loader import ISOLATED_LOAD_BYTES
from reader.core.storage import user_cache_path
from reader.core.text.folding import fold1
from reader.core.text.keywords import IdfTable, KeywordEngine

logger = logging.getLogger(__name__)

#: Bump when the cache's tables or what goes in them change.
INDEX_FORMAT = 3
CHUNK = 40  # reports per task sent to a worker process
WRITE_BATCH = 400  # reports written to the cache per transaction
#: Appended to each folded text in the full-text table, so that every character,
#: the last two included, starts a trigram (one- and two-character lookups).
SENTINEL = "\x01\x01"
#: Niceness of the indexing processes under the window: the UI process wins the CPU.
BACKGROUND_NICENESS = 10


class IndexCacheError(ExplainedError):
    """The index cache could not be read (damaged while in use); it is rebuilt the next
    time the library is indexed."""

    MESSAGES: ClassVar[dict[str, dict[str, str]]] = {
        "damaged": {
            "en": "The library's index cache is damaged; it is rebuilt when the library is next opened",
            "zh": "文库的索引缓存已损坏；下次打开文库时会重建",
        },
    }


class IndexedReport:
    """One report as the index knows it: metadata in memory, `text` (the cleaned text,
    None when the report cannot be read: then `problem` says why) read from the cache
    when asked for."""

    __slots__ = (
        "_text", "category", "date", "fingerprint", "id", "mtime_ns", "number", "problem", "relpath",
        "size", "source", "terms", "title",
    )  # fmt: skip

    def __init__(
        self, relpath: str, size: int, mtime_ns: int, number: int | None = None, title: str = "",
        date: str = "", category: str = "", fingerprint: str = "", text: str | None = None,
        problem: Problem | None = None, terms: Counter[str] | None = None, id: int = 0,
    ) -> None:  # fmt: skip
        self.relpath, self.size, self.mtime_ns = relpath, size, mtime_ns
        self.number, self.title, self.date, self.category = number, title, date, category
        self.fingerprint, self._text, self.problem = fingerprint, text, problem
        self.terms, self.id = terms, id
        self.source: IndexCache | None = None

    @property
    def text(self) -> str | None:
        """The cleaned text (read from the cache: an index replaced by a newer one may
        no longer have it)."""
        if self._text is not None or self.problem is not None or self.source is None:
            return self._text
        return self.source.text(self.id)

    @text.setter
    def text(self, value: str | None) -> None:
        self._text = value

    @property
    def year_month(self) -> str | None:
        """'2019-07' for a full date, None without a date or a year."""
        return self.date[:7] if len(self.date) >= 7 and not self.date.startswith("--") else None

    def __repr__(self) -> str:
        return f"IndexedReport({self.relpath!r}, {self.size}, {self.mtime_ns})"


@dataclass(slots=True)
class IndexProgress:
    done: int
    total: int


def cache_file(root: Path) -> Path:
    key = hashlib.sha256(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    name = "".join(c if c.isalnum() else "_" for c in Path(root).name)[:40] or "library"
    return user_cache_path() / "index" / f"{name}-{key}.v{INDEX_FORMAT}.sqlite"


def _older_cache_files(root: Path) -> list[Path]:
    """Caches of earlier formats (format 1 kept a write-ahead log): deleted unopened."""
    current = cache_file(root)
    stem = current.name.split(".v", 1)[0]
    return [current.with_name(stem + ".sqlite")] + [
        current.with_name(f"{stem}.v{n}.sqlite") for n in range(2, INDEX_FORMAT)
    ]


def signature(extra_words: Sequence[str]) -> str:
    """What the cached texts and terms depend on besides the files themselves."""
    domain = (resources_dir() / "dictionaries" / "domain.txt").read_bytes()
    stop = (resources_dir() / "dictionaries" / "stopwords-zh.txt").read_bytes()
    digest = hashlib.sha256(domain + b"\0" + stop + b"\0" + "\n".join(sorted(extra_words)).encode())
    return f"{INDEX_FORMAT}:{__version__}:{digest.hexdigest()[:16]}"


# -- the worker side ------------------------------------------------------------------------------
_ENGINE: KeywordEngine | None = None
_SURROGATE = re.compile("[\ud800-\udfff]")


def _init_worker(extra_words: list[str], niceness: int) -> None:
    global _ENGINE
    logging.basicConfig(level=logging.WARNING)
    if niceness and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(niceness)  # the window's UI thread comes first
    _ENGINE = KeywordEngine(extra_words)
    _ENGINE.ensure_loaded()


def _index_chunk(root: str, entries: list[ReportEntry]) -> tuple[list[tuple], Counter[str], Counter[str]]:
    """Clean and segment some reports: rows ready for the cache, with the chunk's
    document frequencies and term occurrences."""
    assert _ENGINE is not None
    return rows_for(entries, Path(root), _ENGINE)


def rows_for(
    entries: Iterable[ReportEntry], root: Path, engine: KeywordEngine
) -> tuple[list[tuple], Counter[str], Counter[str]]:
    rows: list[tuple] = []
    df: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for entry in entries:
        item = index_one(entry, root, engine)
        if item.terms is not None:
            df.update(item.terms.keys())
            totals.update(item.terms)
        rows.append(_row(item))
    return rows, df, totals


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
    item.terms = engine.term_counts(loaded.document.text)
    return item


def _pack(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _unpack(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", "surrogatepass")


def _searchable(text: str) -> str:
    """The folded text as the full-text table holds it (a lone surrogate, which SQLite
    cannot store, stands as U+FFFD: offsets are unchanged)."""
    folded = fold1(text)
    try:
        folded.encode("utf-8")
    except UnicodeEncodeError:
        folded = _SURROGATE.sub("\ufffd", folded)
    return folded + SENTINEL


def _stored(name: str | None) -> str | bytes | None:
    """A name as SQLite can hold it: text, or, for a file or folder name that is not
    valid UTF-8 (its bytes surrogate-escaped in Python), its bytes as a blob."""
    if name is None:
        return None
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogatepass")
    return name


def _name(value: str | bytes | None) -> str | None:
    """The name `_stored` gave SQLite, back as Python text."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _row(item: IndexedReport) -> tuple:
    """(relpath, size, mtime_ns, number, title, date, category, fingerprint, problem,
    packed text, packed terms, searchable folded text or None)."""
    problem = None
    if item.problem is not None:
        problem = json.dumps([item.problem.code, item.problem.params], ensure_ascii=False)
    text = item.text
    terms = None if item.terms is None else _pack(json.dumps(item.terms, ensure_ascii=False))
    return (
        _stored(item.relpath), item.size, item.mtime_ns, item.number, _stored(item.title), item.date,
        _stored(item.category), item.fingerprint, problem, _pack(text), terms,
        None if text is None else _searchable(text),
    )  # fmt: skip


# -- the cache ----------------------------------------------------------------------------------
META = "id, relpath, size, mtime_ns, number, title, date, category, fingerprint, problem"
_SQLITE_HEADER = b"SQLite format 3\x00"


def _item(row: Sequence) -> IndexedReport:
    ident, relpath, size, mtime, number, title, date, category, fingerprint, problem = row[:10]
    relpath, title, category = _name(relpath), _name(title), _name(category)
    item = IndexedReport(relpath, size, mtime, number, title or "", date or "", category or "",
                         fingerprint or "", id=ident)  # fmt: skip
    if problem is not None:
        code, params = json.loads(problem)
        item.problem = Problem(relpath, code, params)
    return item


def _uses_write_ahead_log(path: Path) -> bool:
    """Whether the file's header says WAL mode (its `-shm` would be memory-mapped)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header.startswith(_SQLITE_HEADER) and header[18:20] != b"\x01\x01"


def connect(path: Path | str, read_only: bool = False) -> sqlite3.Connection:
    """A connection that never memory-maps the file and never uses a write-ahead log
    (whose `-shm` index is mapped): a file truncated or damaged under it raises
    sqlite3.DatabaseError instead of killing the process with SIGBUS."""
    if read_only:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        db = sqlite3.connect(path, check_same_thread=False)
    db.execute("PRAGMA mmap_size=0")
    if not read_only:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA synchronous=NORMAL")
    return db


class IndexCache:
    """The SQLite file behind one library's index (":memory:" when the cache folder
    cannot be used). One connection, shared by threads under a lock."""

    def __init__(self, path: Path | str, signature: str) -> None:
        self.path = path
        self.signature = signature
        self.lock = threading.RLock()
        self._texts: OrderedDict[int, str | None] = OrderedDict()  # a few recent texts
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        in_memory = self.path == ":memory:"
        if not in_memory:
            path = Path(self.path)
            path.parent.mkdir(parents=True, exist_ok=True)
            if _uses_write_ahead_log(path):
                self._delete_files()
        for attempt in range(2):
            try:
                db = connect(self.path)
                self._create(db)
                return db
            except sqlite3.DatabaseError:
                logger.warning("The index cache %s is damaged; rebuilding it", self.path, exc_info=True)
                if attempt or in_memory:
                    raise
                self._delete_files()
        raise AssertionError("unreachable")

    def _create(self, db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS reports (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "relpath TEXT UNIQUE NOT NULL, size INTEGER, mtime_ns INTEGER, number INTEGER, "
            "title TEXT, date TEXT, category TEXT, fingerprint TEXT, problem TEXT, text BLOB, terms BLOB)"
        )
        db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS folded USING fts5(body, "
            "tokenize='trigram case_sensitive 1', detail=none)"
        )
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5vocab(folded, 'instance')")
        found = db.execute("SELECT value FROM meta WHERE key='signature'").fetchone()
        if found is None or found[0] != self.signature:
            with db:
                db.execute("DELETE FROM reports")
                db.execute("DELETE FROM folded")
                db.execute("DELETE FROM meta")
                db.execute("INSERT INTO meta VALUES ('signature', ?)", (self.signature,))
        db.execute("SELECT count(*) FROM reports").fetchone()

    def _delete_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def damaged(self, exc: sqlite3.DatabaseError) -> IndexCacheError:
        """The error to raise for a read that failed; the file goes, so the next open
        rebuilds it."""
        logger.warning("The index cache %s could not be read", self.path, exc_info=exc)
        if self.path != ":memory:":
            try:
                self._delete_files()
            except OSError:
                logger.warning("Could not delete the damaged index cache", exc_info=True)
        return IndexCacheError("damaged", str(exc))

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """All rows of a read; IndexCacheError when the file is damaged."""
        with self.lock:
            try:
                return self.db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise self.damaged(exc) from None

    def iterate(self, sql: str, params: Sequence[object] = ()) -> Iterator[tuple]:
        """Rows of a read a batch at a time (for reads too large to hold at once); the
        lock is held while a batch is read, not while the caller works on it."""
        with self.lock:
            try:
                cursor = self.db.execute(sql, params)
            except sqlite3.DatabaseError as exc:
                raise self.damaged(exc) from None
        while True:
            with self.lock:
                try:
                    rows = cursor.fetchmany(256)
                except sqlite3.DatabaseError as exc:
                    raise self.damaged(exc) from None
            if not rows:
                return
            yield from rows

    # -- rows --------------------------------------------------------------------------
    def stamps(self) -> dict[str, tuple[int, int]]:
        return {_name(r): (s, m) for r, s, m in self.query("SELECT relpath, size, mtime_ns FROM reports")}

    def reports(self) -> list[IndexedReport]:
        """Every report's metadata (no text)."""
        items = [_item(r) for r in self.iterate(f"SELECT {META} FROM reports")]
        for item in items:
            item.source = self
        return items

    def put(self, rows: Sequence[tuple]) -> None:
        with self.lock, self.db:
            self._remove([(r[0],) for r in rows])
            for row in rows:
                cursor = self.db.execute(
                    "INSERT INTO reports (relpath, size, mtime_ns, number, title, date, category, "
                    "fingerprint, problem, text, terms) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    row[:11],
                )
                if row[11] is not None:
                    folded = (cursor.lastrowid, row[11])
                    self.db.execute("INSERT INTO folded (rowid, body) VALUES (?, ?)", folded)
            self._texts.clear()

    def remove(self, relpaths: Iterable[str]) -> None:
        with self.lock, self.db:
            self._remove([(_stored(r),) for r in relpaths])
            self._texts.clear()

    def _remove(self, keys: list[tuple[str]]) -> None:
        by_path = "DELETE FROM folded WHERE rowid = (SELECT id FROM reports WHERE relpath = ?)"
        self.db.executemany(by_path, keys)
        self.db.executemany("DELETE FROM reports WHERE relpath = ?", keys)

    def text(self, ident: int) -> str | None:
        """A report's cleaned text (the last few asked for are kept)."""
        with self.lock:
            if ident in self._texts:
                self._texts.move_to_end(ident)
                return self._texts[ident]
            rows = self.query("SELECT text FROM reports WHERE id = ?", (ident,))
            text = _unpack(rows[0][0]) if rows else None
            self._texts[ident] = text
            if len(self._texts) > 64:
                self._texts.popitem(last=False)
            return text

    def iter_terms(self) -> Iterator[tuple[str, Counter[str]]]:
        """(relpath, term counts) one report at a time (all of them at once are large)."""
        for relpath, blob in self.iterate("SELECT relpath, terms FROM reports WHERE terms IS NOT NULL"):
            yield _name(relpath), Counter(json.loads(_unpack(blob) or "{}"))

    # -- what is kept about the whole library --------------------------------------------
    def get_meta(self, key: str) -> object | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        if not rows or rows[0][0] is None:
            return None
        try:
            return json.loads(_unpack(rows[0][0]) or "null")
        except (ValueError, zlib.error, TypeError):
            return None

    def set_meta(self, key: str, value: object) -> None:
        data = _pack(json.dumps(value, ensure_ascii=False))
        with self.lock, self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, data))

    def close(self) -> None:
        with self.lock:
            self.db.close()


def cached_listings(root: Path) -> dict[str, tuple[int, int, int | None, str, str]]:
    """relpath -> (size, mtime_ns, number, title, date) from the library's index cache,
    for filling the sidebar before the index is read (empty when there is none)."""
    path = cache_file(root)
    if not path.is_file() or _uses_write_ahead_log(path):
        return {}
    try:
        db = connect(path, read_only=True)
        try:
            rows = db.execute("SELECT relpath, size, mtime_ns, number, title, date FROM reports").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return {}  # damaged or of another format: the index pass rebuilds it
    return {_name(r[0]): (r[1], r[2], r[3], _name(r[4]) or "", r[5] or "") for r in rows}


# -- the index ------------------------------------------------------------------------------------
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
    and segmenting in `workers` processes (default: the CPU count, at most 4; run at
    a lower priority when `background`, so a window stays responsive). `engine`
    gives the keyword engine for indexing in this process (only asked for when
    something is stale). None when cancelled (what was done so far stays cached)."""
    root = Path(root)
    cache = _open_cache(root, extra_words)
    stamps = cache.stamps()
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
    if stale:
        niceness = BACKGROUND_NICENESS if background else 0
        done = _run_pool(
            root, stale, list(extra_words), workers, fresh, total, progress, cancelled, cache, engine,
            niceness, df, totals,
        )  # fmt: skip
        if not done:
            return None
    reports = cache.reports()
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


def _run_pool(
    root: Path,
    stale: list[ReportEntry],
    extra_words: list[str],
    workers: int | None,
    done: int,
    total: int,
    progress: Callable[[IndexProgress], None],
    cancelled: Callable[[], bool],
    cache: IndexCache,
    engine: Callable[[], KeywordEngine] | None,
    niceness: int,
    df: Counter[str],
    totals: Counter[str],
) -> bool:
    """Index `stale` into the cache, adding up their term statistics; False when
    cancelled."""
    count = workers or min(4, os.cpu_count() or 1)
    chunks = [stale[i : i + CHUNK] for i in range(0, len(stale), CHUNK)]
    waiting: list[tuple] = []  # written in batches: fewer commits, fewer full-text segments

    def take(result: tuple[list[tuple], Counter[str], Counter[str]], last: bool = False) -> None:
        rows, chunk_df, chunk_totals = result
        waiting.extend(rows)
        if last or len(waiting) >= WRITE_BATCH:
            cache.put(waiting)
            waiting.clear()
        df.update(chunk_df)
        totals.update(chunk_totals)

    large = any(e.size >= ISOLATED_LOAD_BYTES for e in stale)  # never cleaned in the UI's process
    if (count <= 1 or len(stale) < CHUNK) and not large:  # small jobs: no process start-up
        local = engine() if engine is not None else KeywordEngine(extra_words)
        for chunk in chunks:
            if cancelled():
                take(([], Counter(), Counter()), last=True)  # what is done stays done
                return False
            take(rows_for(chunk, root, local), last=chunk is chunks[-1])
            done += len(chunk)
            progress(IndexProgress(done, total))
        return True
    # "spawn": the window's process has threads, which fork would copy half-alive.
    context = get_context("spawn")
    with ProcessPoolExecutor(count, context, _init_worker, (extra_words, niceness)) as pool:
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
                take(([], Counter(), Counter()), last=True)  # what is done stays done
                return False
            for future in finished:
                size = pending.pop(future)
                chunk = next(queue, None)
                if chunk is not None:  # keep the workers busy while this batch is stored
                    pending[pool.submit(_index_chunk, str(root), chunk)] = len(chunk)
                take(future.result(), last=not pending)
                done += size
                progress(IndexProgress(done, total))
    return True
