"""The one error path of the window: a failure becomes words in the UI language
(`describe`), shown in a message box when the user must know before going on
(`Errors.warn`, `Errors.attempt`) or on the status line when there is nothing to
decide (`Errors.status`). Core errors explain themselves (`ExplainedError.reason`);
system errors are translated here; anything else is a bug, logged with its
traceback and named in one line."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader.core.annotations.model import TagError
from reader.core.problems import ExplainedError
from reader.gui.plain_text import plain

logger = logging.getLogger(__name__)
T = TypeVar("T")

_SYSTEM = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("SaveErrors", "The disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("SaveErrors", "The disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("SaveErrors", "The disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("SaveErrors", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("SaveErrors", "Permission denied"),
    errno.EISDIR: QT_TRANSLATE_NOOP("SaveErrors", "A folder stands where a file should be"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("SaveErrors", "A file stands where a folder should be"),
    errno.ENOENT: QT_TRANSLATE_NOOP("SaveErrors", "The folder no longer exists"),
    errno.EIO: QT_TRANSLATE_NOOP("SaveErrors", "The disk reported an error"),
}


def describe(error: BaseException | str) -> str:
    """A failure in the UI language; a system error names its file (the system's own
    text is English whatever the UI speaks)."""
    if isinstance(error, str):
        return error
    if isinstance(error, ExplainedError):
        return error.reason()
    if not isinstance(error, OSError):
        logger.error("Unexpected error", exc_info=error)
        return str(error) or type(error).__name__
    source = _SYSTEM.get(error.errno or 0)
    text = QCoreApplication.translate("SaveErrors", source) if source else error.strerror or str(error)
    name = Path(str(error.filename)).name if error.filename else ""
    if not name:
        return text
    return QCoreApplication.translate("SaveErrors", "%1 (%2)").replace("%1", text).replace("%2", name)


class Errors:
    """Shows the failures of one window."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def warn(self, title: str, error: BaseException | str) -> None:
        """A message box: the user must know before going on."""
        QMessageBox.warning(self._window, title, plain(describe(error)))

    def status(self, message: str, timeout_ms: int = 10000) -> None:
        """A status line: worth knowing, nothing to decide."""
        self._window.statusBar().showMessage(message, timeout_ms)

    def attempt(self, action: Callable[[], T], warn: Callable[[str, str], None] | None = None) -> T | None:
        """`action()`, or None after saying why an edit of the annotations was refused:
        they are read-only, or a tag name cannot be used."""
        show = warn or (lambda title, reason: self.warn(title, reason))
        try:
            return action()
        except TagError as exc:
            show(QCoreApplication.translate("Errors", "That tag cannot be used"), exc.reason())
        except ExplainedError as exc:
            show(QCoreApplication.translate("Errors", "Annotations are read-only"), exc.reason())
        return None
