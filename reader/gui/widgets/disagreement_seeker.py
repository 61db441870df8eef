"""Looks for the nearest report with a disagreement of two coders off the UI thread,
for Compare Coders' Next and Previous (F8, Shift+F8) past the report shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.analysis.agreement.navigate import Found, nearest_disagreement
from reader.core.library import Library
from reader.gui.worker import Task, run_in_background


class DisagreementSeeker(QObject):
    """`found(Found, forward)` or `none(forward)` once the search is done; `failed(message)`."""

    found = Signal(object, bool)
    none = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None

    def busy(self) -> bool:
        return self._task is not None

    def seek(self, session: Library, current: str, first: str, second: str, forward: bool) -> None:
        """Look after (or before) the report `current`; a search under way is replaced."""
        self.cancel()

        def work(token, _report):  # noqa: ANN001, ANN202 - worker signature
            return nearest_disagreement(
                session, current, first, second, forward, cancelled=lambda: token.cancelled
            )

        def done(result: Found | None) -> None:
            self._task = None
            if result is None:
                self.none.emit(forward)
            else:
                self.found.emit(result, forward)

        def failed(message: str) -> None:
            self._task = None
            self.failed.emit(message)

        self._task = run_in_background(work, done, failed, lambda _done, _total: None, parent=self)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
