"""The undo stack's command: one annotation or codebook `Change`, applied or undone
through the annotation controller."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.annotations.change import Change


class ChangeCommand(QUndoCommand):
    """An annotation or codebook change on the undo stack. `replayed(text, change,
    undo)` is called after an undo or a redo (not when the change is first made), so
    the window can say what happened where."""

    def __init__(
        self,
        text: str,
        apply: Callable[[Change, bool], None],
        change: Change,
        replayed: Callable[[str, Change, bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._replayed = replayed
        self._done_once = False
        self.change = change

    def redo(self) -> None:
        self._run(undo=False)

    def undo(self) -> None:
        self._run(undo=True)

    def _run(self, undo: bool) -> None:
        try:
            self._apply(self.change, undo)
            if self._replayed is not None and (undo or self._done_once):
                self._replayed(self.text(), self.change, undo)
            self._done_once = True
        except Exception:  # escaping into QUndoStack's C++ would take the process down
            sys.excepthook(*sys.exc_info())
