"""Writing the sidecar on a worker thread, one save at a time.

The window hands over a snapshot of the sidecar (`Sidecar.snapshot`) and goes
on: writing, fsync and a merge with a file another program changed happen off the
UI thread. The result is taken back on the UI thread (`LibrarySession.saved`) before
anything else is written, so work done during the save, and others' work the save
merged in, are both kept.

Not `worker.run_in_background`: saves must run one after another, closing the window
must be able to wait for the one under way, and its SidecarError or OSError must reach
the window as such, not as a message.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from reader.core.annotations import Sidecar
from reader.core.session import LibrarySession

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class SaveOutcome:
    """A finished save: `merged` when others' changes were taken in; else `error`
    (a `SidecarError` or an `OSError`) says why nothing was written."""

    session: LibrarySession
    merged: bool = False
    error: Exception | None = None


class SidecarSaver(QObject):
    """Runs `SidecarStore.save` for one snapshot at a time; `finished` is emitted on
    the UI thread when a save is done, and `collect` takes in its result."""

    finished = Signal()
    _done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Always through the event loop: a save that is over before `start` returns
        # announces itself on the UI thread, and must not run its handler inside `start`.
        self._done.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sidecar-save")
        self._pending: tuple[LibrarySession, Sidecar, Future[Sidecar]] | None = None

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def start(self, session: LibrarySession) -> bool:
        """Save a snapshot of `session`'s sidecar in the background; False (nothing
        started) while another save is still under way."""
        if self._pending is not None:
            return False
        snapshot = session.sidecar.snapshot()
        future = self._pool.submit(session.store.save, snapshot)
        self._pending = (session, snapshot, future)
        future.add_done_callback(self._announce)
        return True

    def _announce(self, _future: Future[Sidecar]) -> None:
        """On the worker thread: tell the UI thread (a queued signal)."""
        try:
            self._done.emit()
        except RuntimeError:  # the window is gone; its close took the result in
            logger.debug("Save finished after its window closed")

    def collect(self, wait: bool = False) -> SaveOutcome | None:
        """Take in the save under way if it is done (or, with `wait`, once it is):
        its result merged into the session. None when there is nothing to take in."""
        if self._pending is None or not (wait or self._pending[2].done()):
            return None
        session, snapshot, future = self._pending
        self._pending = None
        try:
            written = future.result()
        except Exception as exc:  # SidecarError or OSError: the caller tells the user
            logger.warning("Saving annotations to %s failed: %s", session.store.path, exc)
            return SaveOutcome(session, error=exc)
        return SaveOutcome(session, merged=session.saved(snapshot, written))
