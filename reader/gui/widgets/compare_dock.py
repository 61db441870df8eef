"""View > Compare Coders' dock. The dock, its toggle action (`actionCompareCoders`)
and Next and Previous Disagreement (F8, Shift+F8) are there from the start; the panel
(`compare_panel.ComparePanel`, with the agreement code it runs) is built when the
dock is first shown or a key asks for it, not before the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

if TYPE_CHECKING:
    from reader.core.library import Library
    from reader.core.reading.loader import Report
    from reader.gui.settings import AppSettings
    from reader.gui.widgets.compare_panel import ComparePanel
    from reader.gui.widgets.reader_view import ReaderView


class CompareDock(QDockWidget):
    """On the right of `window`, hidden at first; `adjudicated(change, text)` is the
    panel's, for the window's undo stack. F8 and Shift+F8 work while the dock is
    hidden too."""

    adjudicated = Signal(object, str)

    def __init__(self, window: QMainWindow, reader: ReaderView, settings: AppSettings) -> None:
        super().__init__(window)
        self.setObjectName("compareDock")
        self._main: Any = window  # the main window: its library, `open_entry`, status bar
        self._reader, self._settings = reader, settings
        self._panel: ComparePanel | None = None
        self._shown: tuple[Library | None, Report | None] = (None, None)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        self.toggleViewAction().setObjectName("actionCompareCoders")
        self.next_action, self.previous_action = QAction(self), QAction(self)
        self.next_action.setObjectName("actionNextDisagreement")
        self.next_action.setShortcut(QKeySequence("F8"))
        self.previous_action.setObjectName("actionPreviousDisagreement")
        self.previous_action.setShortcut(QKeySequence("Shift+F8"))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.next_action.triggered.connect(lambda: self.panel().next())
        self.previous_action.triggered.connect(lambda: self.panel().previous())
        self.visibilityChanged.connect(lambda shown: shown and self.panel())
        self.retranslate()

    def panel(self) -> ComparePanel:
        """The panel, built now if it is not yet."""
        if self._panel is None:
            from reader.gui.widgets.compare_panel import ComparePanel

            actions = (self.next_action, self.previous_action)
            panel = ComparePanel(self._reader, self._settings, actions)
            panel.adjudicated.connect(self.adjudicated)
            panel.open_report_requested.connect(self._open_report)
            panel.moved.connect(lambda message: self._main.statusBar().showMessage(message, 8000))
            panel.show_report(*self._shown)
            self._panel = panel
            self.setWidget(panel)
        return self._panel

    def show_report(self, session: Library | None, report: Report | None) -> None:
        """The report shown in the reader: compared when the panel is shown."""
        self._shown = (session, report)
        if self._panel is not None:
            self._panel.show_report(session, report)

    def retranslate(self) -> None:
        # In the panel's context, where these strings and their translations are.
        self.setWindowTitle(QCoreApplication.translate("ComparePanel", "Compare Coders"))
        self.toggleViewAction().setToolTip(
            QCoreApplication.translate(
                "ComparePanel", "Two coders' codings side by side, their disagreements and adjudication"
            )
        )
        self.next_action.setText(QCoreApplication.translate("ComparePanel", "Next Disagreement"))
        self.previous_action.setText(QCoreApplication.translate("ComparePanel", "Previous Disagreement"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open_report(self, relpath: str) -> None:
        session = self._main.session
        entry = next((e for e in session.entries if e.relpath == relpath), None) if session else None
        if entry is not None:
            self._main.open_entry(entry)
