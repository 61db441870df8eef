"""Lanes in the reader pane's left margin while two coders are compared: a bar beside
the lines of each passage of the first coder, another lane for the second, and a
third marking where they disagree. Drawn over the pane, following its scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QTextCursor
from PySide6.QtWidgets import QWidget

from reader.gui.widgets.reader_view import ReaderView

#: The lanes' colours: first coder, second coder, disagreement (legible on the
#: light, sepia and dark themes).
LANE_COLOURS = ("#1c7ed6", "#e8590c", "#e03131")
LANE_WIDTH = 5
LANE_GAP = 4

Spans = list[tuple[int, int]]


class CoderLanes(QWidget):
    """The overlay; `set_lanes` gives its spans (core offsets), empty lanes hide it."""

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self.setObjectName("coderLanes")
        self.reader = reader
        self.lanes: tuple[Spans, Spans, Spans] = ([], [], [])
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._viewport = reader.viewport()
        self._viewport.installEventFilter(self)
        reader.verticalScrollBar().valueChanged.connect(self.update)
        reader.verticalScrollBar().rangeChanged.connect(self.update)  # laid out again (zoom, font)
        self.hide()

    def set_lanes(self, first: Spans, second: Spans, differing: Spans) -> None:
        self.lanes = (list(first), list(second), list(differing))
        shown = any(self.lanes)
        self.setVisible(shown)
        if shown:
            self.setGeometry(self.reader.viewport().geometry())
            self.raise_()
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._viewport.geometry())
        return False

    def bars(self) -> list[tuple[int, QRect]]:
        """Each lane's bars in view: (lane, rectangle in the pane's viewport)."""
        if self.reader.report is None:
            return []
        margin = self.reader.document().rootFrame().frameFormat().leftMargin()
        right = int(margin + self.reader.document().documentMargin()) - LANE_GAP * 2
        height = self.height()
        result = []
        for lane, spans in enumerate(self.lanes):
            x = right - (len(self.lanes) - lane) * (LANE_WIDTH + LANE_GAP)
            for start, end in spans:
                top = self._rect(start).top()
                bottom = self._rect(max(start, end - 1)).bottom()
                if bottom < 0 or top > height:
                    continue
                result.append((lane, QRect(x, top, LANE_WIDTH, max(2, bottom - top))))
        return result

    def _rect(self, offset: int) -> QRect:
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(self.reader.qt_position(offset))
        return self.reader.cursorRect(cursor)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        for lane, rect in self.bars():
            painter.fillRect(rect, QColor(LANE_COLOURS[lane]))
        painter.end()
