"""Pools of child processes the core starts (indexing, document fields), and how one is
ended at once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a command that only reads the index never starts a pool
    from concurrent.futures import Future, ProcessPoolExecutor


def stop_pool(pool: ProcessPoolExecutor, pending: Iterable[Future] = ()) -> None:
    """End the pool now, the work in progress dropped: its processes are stopped, not
    asked to finish (a worker whose shutdown sentinel never came kept the indexing
    process from exiting, and outlived it)."""
    for future in pending:
        future.cancel()
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()
    # The pool's own thread may have closed its queues on seeing a process stopped;
    # closing them again fails (EBADF), with nothing left undone.
    with contextlib.suppress(OSError):
        pool.shutdown(wait=True, cancel_futures=True)
    for process in processes:
        process.join(5)
