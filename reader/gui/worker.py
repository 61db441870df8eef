"""Run slow work (jieba, cleaning a large report, library statistics) on the
thread pool, with results, errors and progress delivered on the UI thread. A failure
reaches the caller as words in the UI language (`reader.gui.errors.describe`, the one
place that turns an exception into a message)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from reader.gui.errors import describe

logger = logging.getLogger(__name__)


class CancelToken:
    """Checked by long work between steps; set from the UI thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], signals: _Signals, token: CancelToken, with_progress: bool
    ) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._token = token
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(self._token, self._progress)
            else:
                result = self._fn()
        except Exception as exc:  # said in the UI language by errors.describe, on the UI thread
            self._emit(self._signals.failed, exc)
            return
        self._emit(self._signals.finished, result)

    def _progress(self, done: int, total: int) -> None:
        try:
            self._signals.progress.emit(done, total)
        except RuntimeError:  # the window that asked for it is gone: stop the work
            self._token.cancel()

    def _emit(self, signal: SignalInstance, value: object) -> None:
        if self._token.cancelled:
            return
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked for it is gone
            logger.debug("Result of a background task dropped: its receiver was deleted")


class Task:
    """A handle on background work: cancel it, or let its callbacks run."""

    def __init__(self, signals: _Signals, token: CancelToken) -> None:
        self._signals = signals
        self.token = token

    def cancel(self) -> None:
        self.token.cancel()


_live: set[_Signals] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run `fn()` on the global thread pool (or `fn(token, progress)` when
    `on_progress` is given). Callbacks run on the UI thread; none runs after cancel."""
    signals = _Signals(parent)
    token = CancelToken()
    _live.add(signals)

    def release(*_args: object) -> None:
        _live.discard(signals)

    if on_done is not None:
        signals.finished.connect(lambda result: None if token.cancelled else on_done(result))
    if on_error is not None:
        signals.failed.connect(lambda error: None if token.cancelled else on_error(describe(error)))
    if on_progress is not None:
        signals.progress.connect(lambda done, total: None if token.cancelled else on_progress(done, total))
    signals.finished.connect(release)
    signals.failed.connect(release)
    QThreadPool.globalInstance().start(_Runnable(fn, signals, token, on_progress is not None))
    return Task(signals, token)
