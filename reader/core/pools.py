"""Pools of child processes the core starts (indexing, document fields), and how one is
ended at once."""

from __future__ import annotations

import contextlib
import os
import threading
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


def exit_with_parent() -> None:
    """End this child process as soon as the process that started it ends, however it
    ends (killed, crashed): a pool's idle worker, or one blocked sending a result nobody
    reads, would otherwise live on. Every child the app starts calls it first (a pool's
    initializer, or the start of a process's target)."""
    from multiprocessing import parent_process

    parent = parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # until its sentinel says it has ended
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
