"""Helpers for window tests: build a window on a library and wait for its background work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.app import build_window
from reader.gui.main_window import MainWindow

#: How long a window may take to become idle: the library pass runs at a low priority,
#: so on a machine busy with other work it waits its turn (this bounds a hang, it does
#: not time anything).
IDLE_TIMEOUT_MS = 90000


def open_window(qtbot, path: Path | None = None, timeout: int = IDLE_TIMEOUT_MS) -> MainWindow:
    window = build_window(path)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window, timeout)
    return window


def wait_idle(qtbot, window: MainWindow, timeout: int = IDLE_TIMEOUT_MS) -> None:
    """Until the library pass, the report's keywords and its layout are done."""
    qtbot.waitUntil(lambda: not window.busy and window.reader_view.layout_complete, timeout=timeout)
    QApplication.processEvents()


def select_report(qtbot, window: MainWindow, relpath: str) -> None:
    entry = next(e for e in window.session.entries if e.relpath == relpath)
    index = window.proxy.mapFromSource(window.model.index_for_path(relpath))
    window.report_list.setCurrentIndex(index)
    window.report_list.clicked.emit(index)
    assert window.current_entry == entry
    wait_idle(qtbot, window)


def compare_coders(qtbot, window, relpath: str, first: str = "甲", second: str = "乙"):
    """Open `relpath`, turn on View > Compare Coders and compare `first` with `second`;
    returns the panel."""
    from PySide6.QtGui import QAction

    select_report(qtbot, window, relpath)
    window.findChild(QAction, "actionCompareCoders").trigger()
    panel = window.compare_panel
    qtbot.waitUntil(panel.isVisible)
    panel.first.setCurrentIndex(panel.first.findData(first))
    panel.second.setCurrentIndex(panel.second.findData(second))
    panel.first.activated.emit(panel.first.currentIndex())
    return panel
