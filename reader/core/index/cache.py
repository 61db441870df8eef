"""The SQLite file behind a library's index, in the user cache folder: each report's
metadata, its folded text in an FTS5 table with the trigram tokenizer (which finds
the reports holding a phrase of three characters or more; one or two characters are
looked up among the trigrams that start with them: `reader.core.analysis.search`),
the patch that gives its text back, and its term counts.

A cache that cannot be read is deleted and rebuilt, never trusted. It is opened
without memory-mapping and without a write-ahead log (no `-shm` file to map), so a
file damaged or truncated while in use gives an error, never a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import threading
import zlib
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import ClassVar

from reader import __version__
from reader.bundled import resources_dir
from reader.core.index.texts import SENTINEL, _name, _pack, _restore, _stored, _unpack
from reader.core.problems import ExplainedError, Problem
from reader.core.storage import user_cache_path

logger = logging.getLogger(__name__)

#: Bump when the cache's tables or what goes in them change.
INDEX_FORMAT = 4
#: Large pages: a folded text (8 KB on average) is read in one page, not a chain of
#: 4 KB overflow pages (reading every text took three times as long).
PAGE_SIZE = 65536
#: The full-text table's memory for trigrams not yet written (SQLite's default is 1 MB):
#: a batch of reports is written as one segment, not as a dozen that are then merged
#: (a fifth of the cost of writing the table).
FTS_HASH_BYTES = 16 * 1024 * 1024


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


META = "id, relpath, size, mtime_ns, number, title, date, category, fingerprint, problem"
#: (id, folded text with the sentinel, patch): what a report's text is made from.
TEXTS = "SELECT id, c0, patch FROM folded_content JOIN texts USING (id)"
_SQLITE_HEADER = b"SQLite format 3\x00"


def _item(row: Sequence) -> IndexedReport:
    """A report's metadata from its row (10,000 at each open: slots set directly)."""
    ident, relpath, size, mtime, number, title, date, category, fingerprint, problem = row[:10]
    if relpath.__class__ is not str or title.__class__ is not str or category.__class__ is not str:
        relpath, title, category = _name(relpath), _name(title), _name(category)
    item = _new_report(IndexedReport)
    item.relpath, item.size, item.mtime_ns, item.number = relpath, size, mtime, number
    item.title, item.date, item.category = title or "", date or "", category or ""
    item.fingerprint, item.id = fingerprint or "", ident
    item._text = item.terms = item.source = item.problem = None
    if problem is not None:
        code, params = json.loads(problem)
        item.problem = Problem(relpath, code, params)
    return item


_new_report = object.__new__


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
        db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # only takes effect in a new file
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value)")
        # The metadata apart from the texts: listing 10,000 reports reads a few pages.
        db.execute(
            "CREATE TABLE IF NOT EXISTS reports (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "relpath TEXT UNIQUE NOT NULL, size INTEGER, mtime_ns INTEGER, number INTEGER, "
            "title TEXT, date TEXT, category TEXT, fingerprint TEXT, problem TEXT)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, patch BLOB, terms BLOB)")
        db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS folded USING fts5(body, "
            "tokenize='trigram case_sensitive 1', detail=none)"
        )
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5vocab(folded, 'instance')")
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS gram_docs USING fts5vocab(folded, 'row')")
        found = db.execute("SELECT value FROM meta WHERE key='signature'").fetchone()
        if found is None or found[0] != self.signature:
            with db:
                db.execute("DELETE FROM reports")
                db.execute("DELETE FROM texts")
                db.execute("DELETE FROM folded")
                db.execute("DELETE FROM meta")
                db.execute("INSERT INTO meta VALUES ('signature', ?)", (self.signature,))
                with contextlib.suppress(sqlite3.OperationalError):  # an SQLite without the setting
                    db.execute("INSERT INTO folded (folded, rank) VALUES ('hashsize', ?)", (FTS_HASH_BYTES,))
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
    def count(self) -> int:
        """How many reports the cache holds (a small table: the texts are elsewhere)."""
        return int(self.query("SELECT count(*) FROM reports")[0][0])

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
                    "fingerprint, problem) VALUES (?,?,?,?,?,?,?,?,?)",
                    row[:9],
                )
                ident = cursor.lastrowid
                if row[9] is not None or row[10] is not None:
                    self.db.execute("INSERT INTO texts VALUES (?, ?, ?)", (ident, row[9], row[10]))
                if row[11] is not None:
                    self.db.execute("INSERT INTO folded (rowid, body) VALUES (?, ?)", (ident, row[11]))
            self._texts.clear()

    def remove(self, relpaths: Iterable[str]) -> None:
        with self.lock, self.db:
            self._remove([(_stored(r),) for r in relpaths])
            self._texts.clear()

    def _remove(self, keys: list[tuple[str]]) -> None:
        by_path = "DELETE FROM {} WHERE {} = (SELECT id FROM reports WHERE relpath = ?)"
        self.db.executemany(by_path.format("folded", "rowid"), keys)
        self.db.executemany(by_path.format("texts", "id"), keys)
        self.db.executemany("DELETE FROM reports WHERE relpath = ?", keys)

    def text(self, ident: int) -> str | None:
        """A report's cleaned text (the last few asked for are kept)."""
        with self.lock:
            if ident in self._texts:
                self._texts.move_to_end(ident)
                return self._texts[ident]
            rows = self.query(f"{TEXTS} WHERE id = ?", (ident,))
            text = _restore(rows[0][1][: -len(SENTINEL)], rows[0][2]) if rows else None
            self._texts[ident] = text
            if len(self._texts) > 64:
                self._texts.popitem(last=False)
            return text

    def texts_folded(self, idents: Sequence[int]) -> dict[int, tuple[str, str]]:
        """Report id -> (cleaned text, folded text) for `idents`, in one query (a
        page of reports at a time: auto-coding reads the library this way)."""
        marks = ",".join("?" * len(idents))
        found = {}
        for ident, body, patch in self.query(f"{TEXTS} WHERE id IN ({marks})", list(idents)):
            folded = body[: -len(SENTINEL)]
            found[ident] = (_restore(folded, patch), folded)
        return found

    def iter_terms(self) -> Iterator[tuple[str, Counter[str]]]:
        """(relpath, term counts) one report at a time (all of them at once are large)."""
        sql = "SELECT relpath, terms FROM reports JOIN texts USING (id) WHERE terms IS NOT NULL"
        for relpath, blob in self.iterate(sql):
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


#: What the index cache knows of a report without reading it: size, mtime_ns, number,
#: title, date (ISO 8601 or ''), category.
Listing = tuple[int, int, int | None, str, str, str]


def cached_listings(root: Path) -> dict[str, Listing]:
    """relpath -> Listing from the library's index cache, for filling the sidebar
    before the folder is scanned or the index read (empty when there is none)."""
    path = cache_file(root)
    if not path.is_file() or _uses_write_ahead_log(path):
        return {}
    try:
        db = connect(path, read_only=True)
        try:
            rows = db.execute(
                "SELECT relpath, size, mtime_ns, number, title, date, category FROM reports"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return {}  # damaged or of another format: the index pass rebuilds it
    return {_name(r[0]): (r[1], r[2], r[3], _name(r[4]) or "", r[5] or "", _name(r[6]) or "") for r in rows}
