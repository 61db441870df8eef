"""Find in the current report: a bar under the reader pane, width-, case- and
script-insensitive matching (`１９９８` finds `1998`, `发展` finds `發展`), next/previous
with wrap-around, and a count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.core.text.folding import FoldedText
from reader.gui.widgets.reader_view import ReaderView


class FindBar(QWidget):
    """The bar's widgets; the search itself is done by `FindController`."""

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (
            self.edit,
            self.count_label,
            self.previous_button,
            self.next_button,
            self.close_button,
        ):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(self.next_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in report"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def open_bar(self, initial: str = "") -> None:
        """Show the bar, focused; the query is searched afresh (the report shown may
        not be the one it was last searched in)."""
        self.show()
        if initial and initial != self.edit.text():
            self.edit.setText(initial)  # searched through textChanged
        else:
            self.query_changed.emit(self.edit.text())
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; `closed` lets the reader take the focus back."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous_requested.emit()
            return
        super().keyPressEvent(event)


class FindController:
    """Finds the bar's query in the view's report and selects matches. Matches belong
    to the report they were found in: another report is searched before stepping."""

    def __init__(self, bar: FindBar, view: ReaderView) -> None:
        self.bar = bar
        self.view = view
        self._folded: FoldedText | None = None
        self._folded_for: object = None
        self._matches_for: object = None  # the report `matches` were found in
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        bar.query_changed.connect(self.search)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self._give_back_focus)

    def _give_back_focus(self) -> None:
        """Esc: reading goes on where it was (not in whatever widget comes next)."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text(self) -> FoldedText | None:
        report = self.view.report
        if report is None:
            return None
        if self._folded_for is not report:
            self._folded = FoldedText(report.document.text)
            self._folded_for = report
        return self._folded

    def search(self, query: str | None = None) -> None:
        """Recount matches (new query, or a new report) and select the first after the cursor."""
        query = self.bar.edit.text() if query is None else query
        folded = self._text()
        self.matches = folded.find_all(query) if folded and query else []
        self._matches_for = self.view.report
        self.current = -1
        if self.matches:
            self.next(from_selection_start=True)
        self._update_label()

    def next(self, from_selection_start: bool = False) -> None:
        self._step(forward=True, inclusive=from_selection_start)

    def previous(self) -> None:
        self._step(forward=False, inclusive=False)

    def find_next(self, forward: bool = True) -> None:
        """F3 / Shift+F3: the next (or previous) match; with no query yet, the bar
        opens with the selected text instead."""
        if not self.bar.isVisible() or not self.bar.edit.text():
            self.bar.open_bar(self.view.selected_text())
        elif forward:
            self.next()
        else:
            self.previous()

    def _step(self, forward: bool, inclusive: bool) -> None:
        if self._matches_for is not self.view.report:
            self.search()  # counts and selects in the report now shown
            return
        if not self.matches:
            return
        selection = self.view.selection_range()
        if self.current >= 0 and selection == self.matches[self.current]:
            index = self.current + (1 if forward else -1)
        else:
            anchor = selection[0] if selection else (self.view.top_offset() or 0)
            if forward:
                index = next(
                    (i for i, (s, _) in enumerate(self.matches) if s > anchor or (inclusive and s >= anchor)),
                    0,
                )
            else:
                index = next(
                    (i for i in range(len(self.matches) - 1, -1, -1) if self.matches[i][0] < anchor), -1
                )
        self.current = index % len(self.matches)
        self.view.select_range(*self.matches[self.current])
        self._keep_in_middle()
        self._update_label()

    def _keep_in_middle(self) -> None:
        """A match at the very edge of the view (where Qt scrolls it) is hard to spot:
        bring it to the middle."""
        rect = self.view.cursorRect()
        height = self.view.viewport().height()
        if height and not height * 0.2 <= rect.center().y() <= height * 0.8:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - height // 2)

    def _update_label(self) -> None:
        if not self.bar.edit.text():
            self.bar.count_label.setText("")
        elif not self.matches:
            self.bar.count_label.setText(QCoreApplication.translate("FindBar", "No matches"))
        else:
            self.bar.count_label.setText(
                QCoreApplication.translate("FindBar", "%1 of %2")
                .replace("%1", str(self.current + 1))
                .replace("%2", str(len(self.matches)))
            )
