"""Indexing a library in a process of its own, for the window: the pool of cleaning
processes, the cache writes and the term statistics all run there, at a lower
priority, and the window's process only hears the progress.

Run in the window's process (on a worker thread), the same work kept the GIL busy
(results unpickled, term counts added up, rows written to SQLite), so a click on a
report waited for it: 300 ms and more to paint instead of 50.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.index.scan import ReportEntry

logger = logging.getLogger(__name__)

#: How often the window's thread looks for progress and for Cancel (seconds).
POLL = 0.1


def index_elsewhere(
    root: Path,
    entries: Sequence[ReportEntry],
    extra_words: Sequence[str],
    workers: int | None,
    niceness: int,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> bool | None:
    """Bring the library's index cache up to date in a child process (which builds
    the index as `build_index` does, its pool inside it); True when done, False when
    cancelled, None when the process failed (the caller then indexes here)."""
    from multiprocessing import get_context

    context = get_context("spawn")  # the window's process has threads: fork would copy them half-alive
    receiver, sender = context.Pipe(duplex=False)
    stop = context.Event()
    child = context.Process(
        target=_child,
        args=(str(root), list(entries), list(extra_words), workers, niceness, sender, stop),
        name="reader-index",
        daemon=False,  # it starts a pool of its own
    )
    child.start()
    sender.close()  # the child holds the other end: its exit ends the pipe
    outcome: bool | None = None
    try:
        while True:
            if cancelled() and not stop.is_set():
                stop.set()
            try:
                ready = receiver.poll(POLL)
                message = receiver.recv() if ready else None
            except (EOFError, OSError):
                break  # the child is gone
            if message is None:
                continue
            if message[0] == "progress":
                progress(message[1], message[2])
            elif message[0] == "done":
                outcome = bool(message[1])
    finally:
        if cancelled():
            stop.set()
        child.join(30)
        if child.is_alive():
            child.kill()
            child.join()
        receiver.close()
    if outcome is None:
        logger.warning("The indexing process ended with status %s", child.exitcode)
    return outcome


def _child(
    root: str,
    entries: list[ReportEntry],
    extra_words: list[str],
    workers: int | None,
    niceness: int,
    sender,  # noqa: ANN001 - a multiprocessing Connection
    stop,  # noqa: ANN001 - a multiprocessing Event
) -> None:
    from reader.core.pools import exit_with_parent

    exit_with_parent()
    logging.basicConfig(level=logging.WARNING)
    if niceness and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(niceness)  # the window comes first; the pool inherits it
    from reader.core.index.library_index import build_index

    def progress(done: int, total: int) -> None:
        sender.send(("progress", done, total))

    built = build_index(
        Path(root),
        entries,
        extra_words,
        progress=lambda p: progress(p.done, p.total),
        cancelled=stop.is_set,
        workers=workers,
    )
    sender.send(("done", built is not None))
    sender.close()
