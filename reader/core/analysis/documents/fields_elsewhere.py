"""The document fields of a library worked out in a child process at a lower priority
when many reports need reading (the first time a large library is opened): on a
thread of the window's process, that work held the interpreter for tens of seconds,
and every click on a report waited for it in turn. A few reports are read where
asked, and so is a library whose index is not in a cache file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.analysis.documents.fields import (
    Cancelled,
    SourceReport,
    _read_cache,
    _stamp,
    document_fields,
)
from reader.core.index.cache import TEXTS, connect
from reader.core.index.texts import SENTINEL, _restore
from reader.core.pools import exit_with_parent, stop_pool

#: Reports to read before a child process is worth starting (about a second of work).
ELSEWHERE_MIN = 200
#: Niceness of the child: the window's UI comes first.
NICENESS = 10


def fields_anywhere(
    root: Path, reports: Sequence[SourceReport], cancelled: Callable[[], bool] | None = None
) -> dict[str, dict[str, str]]:
    """As `document_fields`, in a child process when at least `ELSEWHERE_MIN` reports
    must be read and their texts are in an index cache file (`reports` from a
    `LibraryIndex`); Cancelled when `cancelled` says so (the child is stopped)."""
    kept = _read_cache(root)
    stale = sum(1 for r in reports if r.problem is None and kept.get(r.relpath, [""])[0] != _stamp(r))
    source = getattr(reports[0], "source", None) if reports else None
    path = getattr(source, "path", None)
    if stale < ELSEWHERE_MIN or not isinstance(path, (str, Path)) or str(path) == ":memory:":
        return document_fields(root, reports, cancelled=cancelled)
    rows = [(r.relpath, r.title, r.fingerprint, getattr(r, "id", 0), r.problem is None) for r in reports]
    from concurrent.futures import ProcessPoolExecutor, wait
    from multiprocessing import get_context

    # "spawn": the window's process has threads, which fork would copy half-alive.
    pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=exit_with_parent)
    try:
        future = pool.submit(_fields_in_child, str(root), str(path), rows)
        while True:
            if cancelled is not None and cancelled():
                stop_pool(pool, [future])
                raise Cancelled
            if wait([future], timeout=0.1).done:
                return future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # the child has finished or was stopped


class _Report:
    """A report as the child reads it: its text from the index cache when asked."""

    __slots__ = ("_db", "fingerprint", "id", "problem", "relpath", "title")

    def __init__(self, db: sqlite3.Connection, relpath: str, title: str, fingerprint: str, ident: int,
                 readable: bool) -> None:  # fmt: skip
        self._db, self.relpath, self.title, self.fingerprint, self.id = db, relpath, title, fingerprint, ident
        self.problem = None if readable else "unreadable"

    @property
    def text(self) -> str | None:
        row = self._db.execute(f"{TEXTS} WHERE id = ?", (self.id,)).fetchone()
        return _restore(row[1][: -len(SENTINEL)], row[2]) if row else None


def _fields_in_child(root: str, cache: str, rows: list[tuple]) -> dict[str, dict[str, str]]:
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICENESS)
    db = connect(cache, read_only=True)
    try:
        return document_fields(Path(root), [_Report(db, *row) for row in rows])
    finally:
        db.close()
