"""The window as it is used through a working day, driven with real key events:
find, tag completion, shortcuts, undo across reports, focus, the view after tagging,
the sidebar, the filter box, counts, the statistics window and the note box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.gui.annotation_widgets import AnnotationDialog
from reader.gui.main_window import MainWindow

from .gui_helpers import open_window, select_report

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_chinese(widget: QWidget, text: str) -> None:
    """Type `text` as a Chinese input method does: one committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def in_dialog(act: Callable[[AnnotationDialog], None]) -> None:
    """Run `act` on the annotation dialog once it is shown (it is modal)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AnnotationDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def select_text(window: MainWindow, passage: str, occurrence: int = 0) -> tuple[int, int]:
    text = window.reader_view.report.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    window.reader_view.select_range(start, start + len(passage))
    return start, start + len(passage)


def active(qtbot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.reader_view.setFocus()
    return window


# -- 1. find follows the open report ------------------------------------------------------------
def test_find_follows_the_report_that_is_open(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_report(qtbot, window, "004_44db7bec739ae390.txt")
    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F, CTRL)
    assert focused() is window.find_bar.edit
    type_chinese(window.find_bar.edit, "主题教育")
    assert window.find_bar.count_label.text() == "1 of 74"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)

    select_report(qtbot, window, "002_6d946ca4620bde1b.txt")  # 19 times in this one
    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F, CTRL)
    assert window.find_bar.count_label.text() == "1 of 19"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == "2 of 19"
    assert window.reader_view.selected_text() == "主题教育"
    # With the bar open, F3 after switching reports also counts in the new one.
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_F3)
    assert window.find_bar.count_label.text().endswith("of 25")
    assert window.reader_view.selected_text() == "主题教育"

    def tag(dialog: AnnotationDialog) -> None:
        type_chinese(dialog.tags_edit, "甲")
        qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_Return)

    in_dialog(tag)
    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_T, CTRL)
    (annotation,) = window.session.sidecar.annotations.values()
    assert annotation.quote.exact == "主题教育" and annotation.tags == ["甲"]


# -- 5. Esc in the find bar --------------------------------------------------------------------
def test_escape_in_the_find_bar_returns_to_the_reader(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    keywords = window.keyword_panel.top_k.value()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F, CTRL)
    type_chinese(window.find_bar.edit, "主题")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert focused() is window.reader_view
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the next arrow key scrolls or moves, nothing else
    assert window.keyword_panel.top_k.value() == keywords


# -- 2. tag completion -------------------------------------------------------------------------
def test_tag_completion_offers_codebook_tags_as_one_types(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_text(window, "主题教育")
    window.annotate_selection(["整改/专项整治", "领导"])
    select_text(window, "开展")
    offered: list[list[str]] = []
    typed: list[str] = []

    def shown(dialog: AnnotationDialog) -> list[str]:
        completer = dialog.tags_edit.completer()
        popup = completer.popup()
        if not popup.isVisible():
            return []
        model = completer.completionModel()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    def use(dialog: AnnotationDialog) -> None:
        edit = dialog.tags_edit
        type_chinese(edit, "专项")  # inside a sub-tag's name
        offered.append(shown(dialog))
        popup = edit.completer().popup()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        for separator, fragment in (("，", "领"), ("、", "整"), (",", "专")):
            type_chinese(edit, separator + fragment)
            offered.append(shown(dialog))
            qtbot.keyClick(edit, Qt.Key.Key_Escape)  # close the popup, keep typing
        typed.append(edit.text())
        dialog.reject()

    in_dialog(use)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_T, CTRL)
    assert offered[0] == ["整改/专项整治"]
    assert typed[0].startswith("整改/专项整治，")
    assert offered[1] == ["领导"]
    assert offered[2] == ["整改", "整改/专项整治"]  # the parent level too
    assert offered[3] == ["整改/专项整治"]
