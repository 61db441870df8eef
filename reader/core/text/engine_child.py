"""The window's keyword engine: segmentation in a child process.

Loading jieba's dictionary holds the interpreter for up to a quarter of a second at a
time (unmarshalling its cache, adding words), and on a thread of the window's process
a click on a report waits that long on the UI thread. So the window segments in a child
process: jieba is loaded there, and this process only sends texts and takes tokens back.
Keywords are still scored here (the library's IDF is here); entities are found in the
child (they need jieba's part-of-speech tags).

A child that dies is started again once; if that one dies too, segmentation falls back
to this process (logged), so highlights never stop working.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.pools import exit_with_parent, stop_pool
from reader.core.text.genre import GenreTable
from reader.core.text.keywords import DEFAULT_TOP_K, IdfTable, Keyword, KeywordEngine

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from reader.core.text.entities import Entity

logger = logging.getLogger(__name__)

#: How many times a child that died is started again before segmenting here.
RESTARTS = 1


class EngineClosed(Exception):
    """The engine was closed (its library was left) while, or before, it was asked."""


# -- in the child ------------------------------------------------------------------------
_CHILD_ENGINE: KeywordEngine | None = None


def _start_child(extra_words: list[str], dictionary_dir: str | None) -> None:
    global _CHILD_ENGINE
    exit_with_parent()
    _CHILD_ENGINE = KeywordEngine(extra_words, Path(dictionary_dir) if dictionary_dir else None, fast=False)


def _in_child(method: str, *args: Any) -> Any:
    assert _CHILD_ENGINE is not None, "the child was started without its engine"
    return _answer(_CHILD_ENGINE, method, args)


def _answer(engine: KeywordEngine, name: str, args: tuple[Any, ...]) -> Any:
    """`engine.name(*args)`, or the attribute itself when it is not a method."""
    value = getattr(engine, name)
    return value(*args) if callable(value) else value


# -- in the window's process ---------------------------------------------------------------
class ChildProcessEngine(KeywordEngine):
    """A `KeywordEngine` whose jieba runs in a child process (started when first
    needed; `close` ends it). Same tokens, counts, keywords and entities."""

    def __init__(
        self,
        extra_words: Iterable[str] = (),
        dictionary_dir: Path | None = None,
        genre: GenreTable | None = None,
    ) -> None:
        super().__init__(extra_words, dictionary_dir, fast=False, genre=genre)
        self._dictionary_dir = dictionary_dir
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._starts = 0
        self._closed = False
        self._here = False  # segmenting in this process: the child died too often

    @property
    def in_child(self) -> bool:
        """Whether segmentation runs in the child (False once fallen back to here)."""
        return not self._here

    @property
    def child_pid(self) -> int | None:
        """The child's process id, once it runs."""
        processes = getattr(self._pool, "_processes", None) or {}
        return next(iter(processes), None)

    # -- what runs in the child -----------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Start the child and wait until its jieba is loaded (call off the UI thread)."""
        if self._here:
            super().ensure_loaded()
        else:
            self._call("ensure_loaded")

    def tokens(self, text: str) -> list[tuple[str, int]]:
        if self._here:
            return super().tokens(text)
        return self._call("tokens", text)

    def term_counts(self, text: str) -> Counter[str]:
        if self._here:
            return super().term_counts(text)
        return self._call("term_counts", text)

    def keywords(self, text: str, top_k: int = DEFAULT_TOP_K, idf: IdfTable | None = None) -> list[Keyword]:
        """As `KeywordEngine.keywords`; scored in the child when jieba's IDF is wanted
        (no `idf`: reading jieba's table holds this process too)."""
        if self._here or idf is not None or self._genre is not None:
            return super().keywords(text, top_k, idf)
        return self._call("keywords", text, top_k)

    def entities(self, text: str) -> list[Entity]:
        if self._here:
            return super().entities(text)
        return self._call("entities", text)

    @property
    def backend(self) -> str:
        return super().backend if self._here else self._call("backend")

    def add_word(self, term: str) -> None:
        """Keep `term` whole from now on. Does not wait for the child (the UI thread
        adds words): the child takes it before any text asked of it later, and a child
        started later is given it with the other words."""
        with self._pool_lock:
            if not self._here:
                self._extra_words.append(term)
                if self._pool is not None:
                    from concurrent.futures.process import BrokenProcessPool

                    with contextlib.suppress(BrokenProcessPool, RuntimeError):  # a new child has it
                        self._pool.submit(_in_child, "add_word", term)
                return
        super().add_word(term)

    def close(self) -> None:
        """End the child now: work in progress, and any later call, raise EngineClosed."""
        with self._pool_lock:
            pool, self._pool, self._closed = self._pool, None, True
        if pool is not None:
            stop_pool(pool)

    # -- the child ----------------------------------------------------------------------------
    def _call(self, method: str, *args: Any) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        while True:
            with self._pool_lock:
                if self._closed:
                    raise EngineClosed
                if self._here:
                    break
                pool = self._pool if self._pool is not None else self._start()
            try:
                return pool.submit(_in_child, method, *args).result()
            except (BrokenProcessPool, OSError, EOFError) as exc:
                with self._pool_lock:
                    if self._closed:
                        raise EngineClosed from exc
                    mine = self._pool is pool  # another call may have seen it first
                    if mine:
                        self._pool = None
                        self._here = self._starts > RESTARTS
                if mine:
                    again = "segmenting here" if self._here else "starting another"
                    logger.warning("The segmenter's process stopped (%s); %s", exc, again)
                    stop_pool(pool)
        return _answer(self, method, args)  # fallen back: the same method, here

    def _start(self) -> ProcessPoolExecutor:
        """A pool of one child with this engine's words (called under `_pool_lock`)."""
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        # "spawn": the window's process has threads, which fork would copy half-alive.
        folder = str(self._dictionary_dir) if self._dictionary_dir is not None else None
        pool = ProcessPoolExecutor(1, get_context("spawn"), _start_child, (list(self._extra_words), folder))
        weakref.finalize(self, stop_pool, pool)  # an engine dropped without `close`
        self._pool = pool
        self._starts += 1
        return pool
