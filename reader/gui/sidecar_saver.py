"""Writing the sidecar on a worker thread, one save at a time.

The window hands over a snapshot of the sidecar (`Sidecar.snapshot`) and goes
on: writing, fsync and a merge with a file another program changed happen off the
UI thread. The result is taken back on the UI thread (`Library.saved`) before
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

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from reader.core.annotations.model import Sidecar
from reader.core.library import Library

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class SaveOutcome:
    """A finished save: `merged` when others' changes were taken in; else `error`
    (a `SidecarError` or an `OSError`) says why nothing was written."""

    session: Library
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
        self._pending: tuple[Library, Sidecar, Future[Sidecar]] | None = None

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def start(self, session: Library) -> bool:
        """Save a snapshot of `session`'s sidecar in the background; False (nothing
        started) while another save is still under way."""
        if self._pending is not None:
            return False
        snapshot = session.snapshot()
        future = self._pool.submit(session.write, snapshot)
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
            logger.warning("Saving annotations to %s failed: %s", session.sidecar_location, exc)
            return SaveOutcome(session, error=exc)
        return SaveOutcome(session, merged=session.saved(snapshot, written))


class SaveSchedule(QObject):
    """When the window saves: `delay_ms` after the first change not yet saved, however
    many follow. (A timer restarted on every change never fires while someone works
    steadily: a change every 0.3 s left nothing on disk.)

    `due` is emitted when a save should start. A save that falls due while another is
    under way starts as soon as that one is over; after a failed save the next try is
    again `delay_ms` away, so a full disk is not hammered.
    """

    due = Signal()

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.due)
        self._overdue = False

    def changed(self) -> None:
        """Something changed: a save is due at most `delay_ms` from the first change
        that no save has taken yet (a later change does not postpone it)."""
        if not self.timer.isActive() and not self._overdue:
            self.timer.start()

    def blocked(self) -> None:
        """The save fell due while another was under way: it starts when that ends."""
        self._overdue = True

    def finished(self, more_to_save: bool, failed: bool) -> None:
        """A save is over; `more_to_save` when changes wait (made meanwhile, or not
        written because it `failed`)."""
        overdue, self._overdue = self._overdue, False
        if not more_to_save:
            return
        if failed:
            self.timer.start()  # try again later, not at once
        elif overdue:
            self.timer.stop()
            QTimer.singleShot(0, self, self.due.emit)  # through the event loop, never inside a save
        elif not self.timer.isActive():
            self.timer.start()

    def cancel(self) -> None:
        """Everything is written (or given up): nothing is due."""
        self.timer.stop()
        self._overdue = False
