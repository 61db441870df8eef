"""Indexing reports: cleaning and segmenting them (in a pool of processes, at a
lower priority than the window when it runs under one) into rows for the cache."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.index.cache import IndexCache, IndexedReport
from reader.core.index.progress import CHUNK, IndexProgress
from reader.core.index.scan import ReportEntry, load_or_problem
from reader.core.index.texts import _indexed, _pack, _stored
from reader.core.pools import exit_with_parent, stop_pool
from reader.core.problems import Problem
from reader.core.reading.report_files import ISOLATED_LOAD_BYTES
from reader.core.text.keywords import KeywordEngine

if TYPE_CHECKING:
    from concurrent.futures import Future

WRITE_BATCH = 800  # reports written to the cache per transaction (see cache.FTS_HASH_BYTES)
#: Chunks sent ahead to each worker: enough that none waits while a batch is written.
AHEAD = 4
#: Niceness of the indexing processes under the window: the UI process wins the CPU.
BACKGROUND_NICENESS = 10
_ENGINE: KeywordEngine | None = None


def _init_worker(extra_words: list[str], niceness: int) -> None:
    global _ENGINE
    exit_with_parent()
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


def _row(item: IndexedReport) -> tuple:
    """(relpath, size, mtime_ns, number, title, date, category, fingerprint, problem,
    packed patch (how the text differs from its folded form), packed terms,
    searchable folded text or None)."""
    problem = None
    if item.problem is not None:
        problem = json.dumps([item.problem.code, item.problem.params], ensure_ascii=False)
    text = item.text
    terms = None if item.terms is None else _pack(json.dumps(item.terms, ensure_ascii=False))
    searchable = patch = None
    if text is not None:
        searchable, changes = _indexed(text)
        patch = _pack(json.dumps(changes, ensure_ascii=False))
    return (
        _stored(item.relpath), item.size, item.mtime_ns, item.number, _stored(item.title), item.date,
        _stored(item.category), item.fingerprint, problem, patch, terms, searchable,
    )  # fmt: skip


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
    # Imported here: a window that only opens a library from its cache never needs them.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from multiprocessing import get_context

    # "spawn": the window's process has threads, which fork would copy half-alive.
    context = get_context("spawn")
    with ProcessPoolExecutor(count, context, _init_worker, (extra_words, niceness)) as pool:
        pending: dict[Future, int] = {}
        queue = iter(chunks)
        for chunk in [c for _, c in zip(range(count * AHEAD), queue, strict=False)]:
            pending[pool.submit(_index_chunk, str(root), chunk)] = len(chunk)
        while pending:
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancelled():
                stop_pool(pool, pending)
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
