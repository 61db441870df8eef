"""The annotations of the open library: edits through the undo stack, the scheduled
background save, changes other programs make to the file, backups.

No widgets: the window listens to `annotations_changed(Change)` (refresh what the
change names; None: refresh everything), `replayed` (an undo or redo to show),
`status` (a status line) and `problem` (a message box), and asks the user itself
when work could not be saved (`unsaved_reason`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.annotations.change import Change
from reader.core.annotations.model import SidecarError
from reader.core.library import Library
from reader.gui.controllers.undo import ChangeCommand
from reader.gui.errors import describe
from reader.gui.sidecar_saver import SaveOutcome, SaveSchedule, SidecarSaver

logger = logging.getLogger(__name__)

# A change is written at most this long after it is made (however many follow).
SAVE_DELAY_MS = 1000


class AnnotationController(QObject):
    """Edits, undo, saving and merging of one window's library annotations."""

    annotations_changed = Signal(object)  # Change, or None: everything may have changed
    replayed = Signal(str, object, bool)  # what was undone or redone, its Change, undo
    status = Signal(str, int)  # a message for the status line, and for how long (ms)
    problem = Signal(str, str)  # a title and a reason for a message box

    def __init__(self, parent: QObject | None = None, save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.undo_stack = QUndoStack(self)
        self._schedule = SaveSchedule(save_delay_ms, self)
        self._saver = SidecarSaver(self)
        self._watcher = QFileSystemWatcher(self)
        self._dirty = False
        # Why the last save of this window's work failed (None once a save succeeds):
        # the work is then only in memory, and closing or switching library asks.
        self._save_error: Exception | None = None
        self.asking_about_unsaved = False  # the question says why; no message box on top
        self._merging_disk_change = False  # the save under way was started by the watcher
        self._disk_changed_while_saving = False
        self._schedule.due.connect(self._save_in_background)
        self._saver.finished.connect(self._background_save_done)
        self._watcher.fileChanged.connect(self._changed_on_disk)
        self._watcher.directoryChanged.connect(self._changed_on_disk)

    # -- state the window and the tests read -------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Whether there are changes not yet written."""
        return self._dirty

    @property
    def saving(self) -> bool:
        """Whether a save runs in the background now."""
        return self._saver.busy

    @property
    def save_delay_ms(self) -> int:
        return self._schedule.timer.interval()

    def set_save_delay(self, milliseconds: int) -> None:
        """How long after a change it is written (tests shorten it)."""
        self._schedule.timer.setInterval(milliseconds)

    @property
    def unsaved_reason(self) -> str | None:
        """Why this window's work could not be written (None when it was)."""
        return describe(self._save_error) if self._save_error is not None else None

    def set_library(self, library: Library | None) -> None:
        """A new library (its annotations are read later): the old one's undo history goes."""
        self.library = library
        self.undo_stack.clear()
        self._dirty = False
        self._save_error = None
        self.watch()

    # -- edits ---------------------------------------------------------------------------------------
    def do(self, change: Change, text: str) -> None:
        """Put a change on the undo stack (which applies it)."""
        self.undo_stack.push(ChangeCommand(text, self._apply, change, self._replayed))

    def apply_now(self, change: Change) -> bool:
        """Apply a change that is not undone with Ctrl+Z (word lists, dictionary words);
        False, after saying why, when the annotations are read-only."""
        return self._apply(change, undo=False)

    def _apply(self, change: Change, undo: bool) -> bool:
        if self.library is None:
            return False
        try:
            made = self.library.apply(change, undo)
        except SidecarError as exc:
            self.problem.emit(self.tr("Annotations are read-only"), exc.reason())
            return False
        self.changed()
        self.annotations_changed.emit(made)
        return True

    def _replayed(self, text: str, change: Change, undo: bool) -> None:
        self.replayed.emit(text, change, undo)

    # -- saving --------------------------------------------------------------------------------------
    def changed(self) -> None:
        """The annotations changed in memory: they are saved within the save delay of the
        first change not yet saved, however many follow."""
        self._dirty = True
        self._schedule.changed()

    def _save_in_background(self) -> None:
        """The scheduled save: written off the UI thread."""
        if self.library is None or not self._dirty:
            return
        if self._saver.busy:
            self._schedule.blocked()  # starts as soon as the save under way is over
            return
        self._dirty = False
        self._saver.start(self.library)

    def _background_save_done(self) -> None:
        outcome = self._saver.collect()
        if outcome is not None:
            self._take_in(outcome)

    def finish_background_save(self) -> None:
        """Wait for a save under way and take in what it wrote: before anything else
        is written from this window (it may have merged others' work into the file)."""
        outcome = self._saver.collect(wait=True)
        if outcome is not None:
            self._take_in(outcome)

    def _take_in(self, outcome: SaveOutcome) -> None:
        """Show what a save did (views change only if it merged others' work or failed);
        save again if there is more to write."""
        from_watcher, self._merging_disk_change = self._merging_disk_change, False
        library = self.library
        if library is None or outcome.session is not library:
            return
        if outcome.error is None:
            self._save_error = None
        elif not from_watcher:  # else nothing of ours was waiting to be written
            self._save_error = outcome.error
        if isinstance(outcome.error, SidecarError) and library.read_only:
            self._dirty = False  # nothing more can be written until the user acts
            if not from_watcher and not self.asking_about_unsaved:  # else the panel or question says why
                self.problem.emit(self.tr("Annotations could not be saved"), outcome.error.reason())
        elif outcome.error is not None:  # the cause may go away (space freed, a folder removed)
            self._dirty = True  # try again, lose nothing; closing asks what to do
            reason = describe(outcome.error)
            self.status.emit(
                self.tr("Annotations could not be saved (%1); retrying.").replace("%1", reason), 10000
            )
        elif outcome.merged:
            self.status.emit(self.tr("Annotations changed on disk were merged in."), 5000)
        self.watch()
        if outcome.merged or outcome.error is not None:
            self.annotations_changed.emit(None)
        self._schedule.finished(self._dirty, failed=outcome.error is not None)
        if self._disk_changed_while_saving:
            self._disk_changed_while_saving = False
            self._changed_on_disk()

    def save_now(self) -> None:
        """Write the annotations now, on this thread, if anything changed (closing the
        window or the library, and importing, call this; it first waits for a save
        under way in the background)."""
        self.finish_background_save()
        self._schedule.cancel()
        library = self.library
        if library is None or not self._dirty:
            return
        self._dirty = False
        try:
            merged = library.save()
        except (SidecarError, OSError) as exc:
            outcome = SaveOutcome(library, error=exc)
        else:
            outcome = SaveOutcome(library, merged=merged)
        self._take_in(outcome)

    def retry_save(self) -> None:
        self._dirty = True
        self.save_now()

    def forget_unsaved(self) -> None:
        """The user chose what becomes of work that could not be saved (written
        elsewhere or discarded): nothing more to write or ask."""
        self._schedule.cancel()
        self._dirty = False
        self._save_error = None

    # -- the file on disk -----------------------------------------------------------------------
    def watch(self) -> None:
        """Watch the annotations file (and its folder, for a file replaced by rename)."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if self.library is not None:
            path = self.library.sidecar_location
            if path.parent.is_dir():
                self._watcher.addPath(str(path.parent))
            if path.exists():
                self._watcher.addPath(str(path))

    def _changed_on_disk(self, *_args: object) -> None:
        """Another program wrote the file: merge its changes in (in the background)."""
        library = self.library
        if library is None or self._dirty or not library.annotations_loaded:
            return  # our own pending save merges anyway; or not read yet
        if self._saver.busy:
            self._disk_changed_while_saving = True  # maybe our own write: checked after it
            return
        if library.read_only or not library.changed_on_disk():
            return
        self._merging_disk_change = True
        if not self._saver.start(library):
            self._merging_disk_change = False

    def restore_backup(self, backup: Path) -> None:
        """Put `backup` in place of the damaged file (this window's work merged in)."""
        if self.library is None:
            return
        self.finish_background_save()
        if self.library.restore_backup(backup):
            self.changed()  # this window's work, merged into the backup
        self.undo_stack.clear()
        self.annotations_changed.emit(None)
        self.status.emit(self.tr("Annotations restored from the backup."), 5000)
