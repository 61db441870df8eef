"""The window's background tasks, by name: one registry says what is running, replaces
and cancels a task by name, and tells closing what to cancel.

A name holds at most one task: starting another cancels the one there, whose callbacks
then never run. A name can also be marked as scheduled (work about to start, e.g. the
index after the annotations are read), so that `busy` counts it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.gui.worker import Task, run_in_background

# The names of the window's tasks.
SCAN = "scan"  # scanning the library folder for reports
ANNOTATIONS = "annotations"  # reading the library's annotations file
INDEX = "index"  # the library pass: dates, problems, the search index
LOAD = "load"  # reading and cleaning the report to show
HIGHLIGHTS = "highlights"  # the open report's keywords and entities
SEARCH = "search"
EXPORT = "export"
IMPORT = "import"
DISK_CHANGE = "disk-change"  # reading the annotations file another program changed


class TaskRegistry(QObject):
    """Named background tasks of one window (see the module docstring)."""

    changed = Signal()  # a task started or ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[str, Task] = {}
        self._scheduled: set[str] = set()

    def run(
        self,
        name: str,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Run `work` in the background as task `name`, cancelling the one there.
        Its callbacks run on the UI thread, and only while it is still that task."""
        self.cancel(name)

        def owned(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                if self._tasks.get(name) is task:
                    del self._tasks[name]
                    callback(value)
                    self.changed.emit()

            return run

        task = run_in_background(work, owned(on_done), owned(on_error), on_progress, parent=self)
        self._tasks[name] = task
        self._scheduled.discard(name)
        self.changed.emit()
        return task

    def schedule(self, name: str, scheduled: bool = True) -> None:
        """Mark (or unmark) work `name` as about to start."""
        if scheduled:
            self._scheduled.add(name)
        else:
            self._scheduled.discard(name)

    def scheduled(self, name: str) -> bool:
        return name in self._scheduled

    def running(self, name: str) -> bool:
        return name in self._tasks

    def cancel(self, name: str) -> bool:
        """Cancel task `name`; True when there was one."""
        self._scheduled.discard(name)
        task = self._tasks.pop(name, None)
        if task is None:
            return False
        task.cancel()
        self.changed.emit()
        return True

    def cancel_all(self) -> None:
        """Closing the window or the library: no task's callback runs after this."""
        for name in list(self._tasks):
            self.cancel(name)
        self._scheduled.clear()

    def busy(self, *names: str) -> bool:
        """Whether any task (or any of `names`) is running or scheduled."""
        active = set(self._tasks) | self._scheduled
        return bool(active & set(names)) if names else bool(active)
