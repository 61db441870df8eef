"""The library's document fields (文号, 发文机关, 文种, 成文日期, 附件) as the window's
built-in report variables: worked out off the UI thread once the library is indexed
(`reader.core.analysis.documents.fields`, cached on disk), then offered to the
Report Variables table, the sidebar's filter and Compare Tags (`ready`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.analysis.documents.fields import Cancelled, values_of
from reader.core.analysis.documents.fields_elsewhere import fields_anywhere
from reader.gui.worker import Task, run_in_background

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)


class DocumentFields(QObject):
    """Holds the fields of the window's library; `ready` once they are known (again)."""

    ready = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.fields: dict[str, dict[str, str]] | None = None
        self._key: tuple[object, ...] | None = None
        self._task: Task | None = None
        self._wait = QTimer(self)
        self._wait.setInterval(1000)
        self._wait.timeout.connect(self.ensure)

    @property
    def known(self) -> bool:
        return self.fields is not None

    def values(self, relpath: str) -> dict[str, str]:
        """A report's fields ('' each until known, or when it has none)."""
        return values_of(self.fields or {}, relpath)

    def table(self) -> dict[str, dict[str, str]]:
        """`relpath -> fields` of the reports that have any."""
        return {r: v for r, v in (self.fields or {}).items() if any(v.values())}

    def ensure(self) -> None:
        """Work the fields out for the window's library if they are not known for its
        current index (waiting for the index when it is still being built)."""
        session = self.window.session
        if session is None:
            self._drop()
            return
        if not session.indexed:
            self._wait.start()
            return
        self._wait.stop()
        reports = session.indexed_reports()
        key = (id(session), len(reports), hash(tuple((r.relpath, r.fingerprint) for r in reports)))
        if key == self._key:
            return
        self._drop()
        self._key = key
        root = session.root

        def work(token, progress):  # noqa: ANN001, ANN202 - worker signature
            try:
                return fields_anywhere(root, reports, lambda: token.cancelled)
            except Cancelled:
                return None

        def done(fields: dict[str, dict[str, str]] | None) -> None:
            self._task = None
            if fields is not None and session is self.window.session and key == self._key:
                self.fields = fields
                self.ready.emit()

        def failed(message: str) -> None:
            self._task = None
            logger.warning("The document fields could not be read: %s", message)

        self._task = run_in_background(work, done, failed, on_progress=lambda _d, _t: None, parent=self)

    def stop(self) -> None:
        """Stop working the fields out (the window closes)."""
        self._drop()

    def _drop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.fields, self._key = None, None
        self._wait.stop()
