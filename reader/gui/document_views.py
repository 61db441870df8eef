"""The views that read a report as an official document: the Outline dock, and each
annotation's section path in the annotation panel. Built by the main window with one
call; it is told when a report is shown and reaches the window's reader pane and
annotation panel itself."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from reader.core.docstructure import DocumentStructure, analyse_document
from reader.core.loader import Report
from reader.gui.widgets.outline_panel import OutlinePanel
from reader.gui.worker import Task, run_in_background

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

logger = logging.getLogger(__name__)

OUTLINE_SETTING = "view/outline"


class DocumentViews(QObject):
    """Owns the Outline dock and its action; keeps the open report's structure."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.structure: DocumentStructure | None = None
        self._report: Report | None = None
        self._task: Task | None = None
        self.outline = OutlinePanel(window)
        self.outline_dock = QDockWidget(window)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.action_outline = self.outline_dock.toggleViewAction()
        self.action_outline.setObjectName("actionOutline")
        self.action_outline.setShortcut(QKeySequence("Ctrl+Shift+O"))
        window.addAction(self.action_outline)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action_outline)
        self.outline_dock.setVisible(window.settings.value_bool(OUTLINE_SETTING, False))
        self.action_outline.triggered.connect(lambda on: window.settings.set(OUTLINE_SETTING, on))
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(120)
        self._follow_timer.timeout.connect(self._follow)
        window.reader_view.verticalScrollBar().valueChanged.connect(lambda _v: self._follow_timer.start())
        self.outline.position_requested.connect(self.go_to)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:  # before the docks hide
            self.window.settings.set(OUTLINE_SETTING, self.outline_dock.isVisible())
        return False

    def retranslate(self) -> None:
        self.outline_dock.setWindowTitle(QCoreApplication.translate("DocumentViews", "Outline"))
        self.action_outline.setText(QCoreApplication.translate("DocumentViews", "&Outline"))
        self.action_outline.setToolTip(
            QCoreApplication.translate(
                "DocumentViews", "The report's headings and document fields (Ctrl+Shift+O)"
            )
        )

    # -- the open report ----------------------------------------------------------------------------
    def report_shown(self, report: Report | None) -> None:
        """A report is shown (None: none, or one that cannot be read)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if report is self._report and self.structure is not None:
            return
        self._report = report
        self.structure = None
        self.window.annotation_panel.set_section_paths(None)
        if report is None:
            self.outline.show_structure(None)
            return
        self.outline.set_loading()
        text, title = report.document.text, report.title
        task = run_in_background(
            lambda: analyse_document(text, title),
            lambda structure: self._structure_ready(task, report, structure),
            lambda message: self._failed(task, message),
            parent=self,
        )
        self._task = task

    def _structure_ready(self, task: Task, report: Report, structure: DocumentStructure) -> None:
        if task is not self._task or report is not self._report:
            return
        self._task = None
        self.structure = structure
        self.outline.show_structure(structure)
        self.window.annotation_panel.set_section_paths(structure.section_path if structure.outline else None)
        self._follow()

    def _failed(self, task: Task, message: str) -> None:
        if task is self._task:
            self._task = None
            logger.warning("The report's structure could not be read: %s", message)
            self.outline.show_structure(None)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def section_path(self, offset: int) -> str:
        """The open report's section path at `offset` ('' when unknown)."""
        return self.structure.section_path(offset) if self.structure is not None else ""

    def go_to(self, offset: int) -> None:
        """Put the heading at `offset` at the top of the reader, the cursor on it."""
        view = self.window.reader_view
        if view.report is None:
            return
        view.select_range(offset, offset, scroll=False)
        view.scroll_to_offset(offset)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow(self) -> None:
        if self.structure is None or not self.outline_dock.isVisible():
            return
        offset = self.window.reader_view.top_offset()
        if offset is not None:
            self.outline.follow(offset)
