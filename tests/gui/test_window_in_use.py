"""The window as it is used through a working day, driven with real key events:
find, tag completion, shortcuts, undo across reports, focus, the view after tagging,
the sidebar, the filter box, counts, the statistics window and the note box."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from reader.app import build_window
from reader.gui import actions as actions_module
from reader.gui import main_window as main_window_module
from reader.gui.main_window import MainWindow
from reader.gui.widgets.annotation_widgets import AnnotationDialog
from reader.gui.widgets.report_tree import EntryRole
from tests.conftest import scraper_report
from tests.gui.gui_helpers import open_window, select_report, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
StandardKey = QKeySequence.StandardKey


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
    (annotation,) = window.session.annotations()
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


# -- 3. every shortcut unique; redo from the keyboard --------------------------------------------
class X11Keys(QKeySequence):
    """The standard keys of a Linux desktop (GNOME, KDE, Xfce under X11): Redo is
    Ctrl+Shift+Z only. The offscreen platform of the tests has Ctrl+Y first."""

    BINDINGS: ClassVar[dict[QKeySequence.StandardKey, list[str]]] = {
        StandardKey.Undo: ["Ctrl+Z"],
        StandardKey.Redo: ["Ctrl+Shift+Z"],
    }

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and args[0] in self.BINDINGS:
            super().__init__(self.BINDINGS[args[0]][0])  # type: ignore[index]
        else:
            super().__init__(*args)

    @staticmethod
    def keyBindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        if key in X11Keys.BINDINGS:
            return [QKeySequence(k) for k in X11Keys.BINDINGS[key]]
        return QKeySequence.keyBindings(key)


@pytest.fixture(params=["native", "x11"])
def platform_keys(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "x11":
        monkeypatch.setattr(actions_module, "QKeySequence", X11Keys)
        monkeypatch.setattr(main_window_module, "QKeySequence", X11Keys)
    return request.param


def shortcut_owners(window: MainWindow) -> dict[str, list[str]]:
    """Key sequence -> the actions and shortcuts of the window bound to it (one entry
    per binding, so an action bound twice to one key shows twice)."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
            owners.setdefault(sequence.toString(), []).append(shortcut.objectName())
    return owners


def test_every_shortcut_of_the_window_is_unique(qtbot, seeds_copy: Path, platform_keys: str) -> None:
    window = open_window(qtbot, seeds_copy)
    window.show_statistics()  # its window and widgets too
    owners = shortcut_owners(window)
    assert "Ctrl+Shift+Z" in owners and "Ctrl+Z" in owners
    shared = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_redo_and_undo_from_the_keyboard(qtbot, seeds_copy: Path, platform_keys: str) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_text(window, "主题教育")
    ann_id = window.annotate_selection(["甲"])
    redo_keys = [("Ctrl+Shift+Z", Qt.Key.Key_Z, CTRL | SHIFT)]
    standard = actions_module.QKeySequence.keyBindings(StandardKey.Redo)
    if any(k.matches(QKeySequence("Ctrl+Y")) == QKeySequence.SequenceMatch.ExactMatch for k in standard):
        redo_keys.append(("Ctrl+Y", Qt.Key.Key_Y, CTRL))  # where it is the platform's own
    for name, key, modifiers in redo_keys:
        window.reader_view.setFocus()
        qtbot.keyClick(window.reader_view, Qt.Key.Key_Z, CTRL)
        assert ann_id not in window.session.snapshot().annotations
        qtbot.keyClick(window.reader_view, key, modifiers)
        assert ann_id in window.session.snapshot().annotations, f"{name} did not redo"
    assert len(redo_keys) == (2 if platform_keys == "native" else 1)


# -- 4. undo in another report says so and shows it --------------------------------------------
def test_undo_of_a_change_in_another_report_says_and_shows_it(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_report(qtbot, window, "001_964562f518f6e3ff.txt")
    title = window.reader_view.report.title
    start, end = select_text(window, "专项整治", occurrence=2)
    ann_id = window.annotate_selection(["整改"])
    select_report(qtbot, window, "002_6d946ca4620bde1b.txt")  # reading another report now

    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_Z, CTRL)
    assert ann_id not in window.session.snapshot().annotations
    message = window.statusBar().currentMessage()
    assert message == f"Undone: Annotate passage in “{title}”"
    qtbot.waitUntil(lambda: window.reader_view.report.relpath == "001_964562f518f6e3ff.txt", timeout=10000)
    qtbot.waitUntil(lambda: window.reader_view.selection_range() == (start, end), timeout=10000)

    qtbot.keyClick(window.reader_view, Qt.Key.Key_Z, CTRL | SHIFT)  # redo, here: says so too
    assert window.statusBar().currentMessage() == f"Redone: Annotate passage in “{title}”"

    window.set_language("zh_CN")  # in the UI language, the action's name too
    start, end = select_text(window, "主题教育")
    other = window.annotate_selection(["乙"])
    select_report(qtbot, window, "002_6d946ca4620bde1b.txt")
    window.reader_view.setFocus()
    qtbot.keyClick(window.reader_view, Qt.Key.Key_Z, CTRL)
    assert other not in window.session.snapshot().annotations
    assert window.statusBar().currentMessage() == f"已撤销：“{title}”中的标注段落"
    qtbot.waitUntil(lambda: window.reader_view.report.relpath == "001_964562f518f6e3ff.txt", timeout=10000)
    qtbot.waitUntil(lambda: window.reader_view.selection_range() == (start, end), timeout=10000)
    window.set_language("en")


# -- 6. the view stays put after tagging -------------------------------------------------------
def test_tagging_leaves_the_view_where_it_was(qtbot, tmp_path: Path) -> None:
    long = "，".join(f"第{i}项整改措施落实到位" for i in range(400)) + "。"
    (tmp_path / "1长段落.txt").write_text(
        scraper_report("1长段落.txt", "开头一段。", long, "结尾一段。"), encoding="utf-8"
    )
    window = active(qtbot, open_window(qtbot, tmp_path))
    view = window.reader_view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the middle of the long paragraph fills the view
    qtbot.wait(50)
    before = bar.value()
    middle = view.viewport().rect().center()
    offset = view.core_offset(view.cursorForPosition(middle).position())
    view.select_range(offset, offset + 6, scroll=False)
    assert bar.value() == before

    def tag(dialog: AnnotationDialog) -> None:
        type_chinese(dialog.tags_edit, "整改")
        qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_Return)

    in_dialog(tag)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)
    assert len(window.session.annotations()) == 1
    qtbot.wait(100)  # anything deferred to the event loop has run
    line = view.fontMetrics().height() * 2
    assert abs(bar.value() - before) <= line
    rect = view.cursorRect(view.textCursor())
    assert view.viewport().rect().contains(rect.center())  # the passage is still on screen


# -- 7. sidebar titles readable ----------------------------------------------------------------
def visible_title_characters(view: QTreeView, index: QModelIndex) -> int:
    """How many characters of the title the sidebar paints (before the "…")."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    rect = view.visualRect(index)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
    icon = view.iconSize().width() + 4 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
    width = rect.width() - 2 * margin - icon
    title = index.data()
    shown = view.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width)
    return len(shown.rstrip("…")) if shown != title else len(title)


def test_sidebar_titles_are_readable_and_columns_remembered(qtbot, seeds_copy: Path) -> None:
    shutil.copytree(seeds_copy, seeds_copy / "山西")  # a folder level: titles indented
    window = build_window(seeds_copy)
    window.resize(1380, 860)  # the default size on a desktop screen
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window)
    view = window.report_list
    reports = []
    for row in range(window.proxy.rowCount()):
        parent = window.proxy.index(row, 0)
        reports += [window.proxy.index(r, 0, parent) for r in range(window.proxy.rowCount(parent))]
    reports = [ix for ix in reports if ix.data(EntryRole) is not None]
    assert len(reports) == 10
    for index in reports:
        title = index.data()
        assert visible_title_characters(view, index) >= min(18, len(title)), title
        assert title in index.data(Qt.ItemDataRole.ToolTipRole)  # the whole title on hover

    header = view.header()
    for column in (1, 2, 3):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
    header.resizeSection(1, 50)  # as dragging the column's edge does
    window.close()
    again = open_window(qtbot, seeds_copy)
    assert again.report_list.header().sectionSize(1) == 50


# -- 8. the filter box: Down reaches the list, Enter opens ------------------------------------------
def test_filter_box_down_reaches_the_list_and_enter_opens(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    qtbot.keyClick(window.reader_view, Qt.Key.Key_L, CTRL)
    assert focused() is window.filter_edit
    type_chinese(window.filter_edit, "山西省")
    matches = [window.proxy.index(r, 0).data(EntryRole).relpath for r in range(window.proxy.rowCount())]
    assert len(matches) >= 2 and window.current_entry.relpath not in matches
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Down)
    assert focused() is window.report_list
    assert window.report_list.currentIndex().data(EntryRole).relpath == matches[0]
    qtbot.keyClick(window.report_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.report_list, Qt.Key.Key_Return)
    assert window.current_entry.relpath == matches[1]

    qtbot.keyClick(window.report_list, Qt.Key.Key_L, CTRL)
    type_chinese(window.filter_edit, "吉林")  # replaces the selected text
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert window.current_entry.relpath == "003_e36e866b072b575a.txt"
    assert window.reader_view.report.title.startswith("吉林省")
    assert focused() is window.reader_view


# -- 12. the note box: Tab moves on, Ctrl+Enter confirms ------------------------------------------
def test_note_box_tab_moves_focus_and_ctrl_enter_confirms(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_text(window, "专项整治")
    steps: list[str] = []

    def write(dialog: AnnotationDialog) -> None:
        note = dialog.note_edit
        steps.append("note" if focused() is note else "elsewhere")  # Ctrl+Shift+M starts in the note
        type_chinese(note, "第一行")
        qtbot.keyClick(note, Qt.Key.Key_Return)  # a new line
        type_chinese(note, "第二行")
        qtbot.keyClick(note, Qt.Key.Key_Tab)
        steps.append("moved" if focused() is not note else "stayed")
        note.setFocus()
        qtbot.keyClick(note, Qt.Key.Key_Return, CTRL)
        steps.append("open" if dialog.isVisible() else "closed")
        if dialog.isVisible():
            dialog.reject()  # Ctrl+Enter did not close it: the test must not wait forever

    in_dialog(write)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_M, CTRL | SHIFT)
    assert steps == ["note", "moved", "closed"]
    (annotation,) = window.session.annotations()
    assert annotation.note == "第一行\n第二行"  # no tab character
    assert annotation.quote.exact == "专项整治"


# -- 9. one count of a term --------------------------------------------------------------------
def test_keyword_panel_and_statistics_give_one_count(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_report(qtbot, window, "004_44db7bec739ae390.txt")
    window.keyword_panel.top_k.setValue(30)  # 问题 ranks 26th against the genre's usual words
    wait_idle(qtbot, window)
    item = next(i for i in window.keyword_panel.leaf_items() if i.text(0) == "问题")
    panel = int(item.text(1))
    header = window.keyword_panel.tree.headerItem().toolTip(1)
    assert "as a word of its own" in header and "inside longer words" in header

    qtbot.keyClick(window.reader_view, Qt.Key.Key_F9)
    stats = window.stats_window
    qtbot.waitUntil(lambda: stats._task is None and bool(stats.numbers["terms"]), timeout=20000)
    assert stats.scope.currentData() == "report"
    counted = {row[0]: row[1] for row in stats.numbers["terms"][1:]}
    assert stats.measure.toolTip() == header
    assert panel == counted["问题"] == 38  # Find matches 49: 问题清单 and the like too


# -- 11. chart titles, the search summary, the Open Library dialog ----------------------------
def test_chart_titles_fit_the_chart(qtbot, seeds_copy: Path) -> None:
    from matplotlib.text import Text

    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_report(qtbot, window, "004_44db7bec739ae390.txt")  # a 63-character title
    title = window.reader_view.report.title
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F9)
    stats = window.stats_window
    qtbot.waitUntil(lambda: stats._task is None and bool(stats.numbers["terms"]), timeout=20000)

    def check() -> None:
        canvas = stats.canvases["terms"]
        canvas.draw()
        figure = canvas.figure
        (shown,) = [t for t in figure.findobj(Text) if t.get_text().startswith("Top terms:")]
        box = shown.get_window_extent(canvas.get_renderer())
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width, "the title is cut off"
        assert shown.get_text().replace("\n", "") == f"Top terms: {title}"

    check()
    stats.resize(640, 480)  # narrower: the title is wrapped again
    qtbot.waitUntil(lambda: stats.canvases["terms"].width() < 640, timeout=5000)
    QApplication.processEvents()
    check()


def test_the_search_summary_speaks_the_ui_language(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    qtbot.keyClick(window.reader_view, Qt.Key.Key_F, CTRL | SHIFT)
    type_chinese(window.search_panel.edit, "主题教育")
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    summary = window.search_panel.summary
    qtbot.waitUntil(lambda: "hits in" in summary.text(), timeout=20000)
    assert summary.text() == "189 hits in 5 reports"
    window.set_language("zh_CN")
    assert summary.text() == "5 篇报告中共 189 处匹配"
    window.set_language("en")
    assert summary.text() == "189 hits in 5 reports"


def test_open_library_speaks_one_language_and_starts_near_the_last_library(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.gui.dialogs.library_folder import LibraryFolderDialog

    shown: list[LibraryFolderDialog] = []
    monkeypatch.setattr(LibraryFolderDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window = active(qtbot, open_window(qtbot))  # the bundled samples, in the install folder
    window.set_language("zh_CN")
    qtbot.keyClick(window.reader_view, Qt.Key.Key_O, CTRL)
    assert Path(shown[-1].directory().absolutePath()) == Path.home()
    texts = [w.text() for w in shown[-1].findChildren(QLabel) + shown[-1].findChildren(QPushButton)]
    texts = [re.sub(r"\(&\w\)|&", "", t) for t in texts if t]
    assert texts and [t for t in texts if re.search("[A-Za-z]", t)] == []  # nothing left in English
    assert shown[-1].windowTitle() == "打开文献库"
    # The type Qt's dialog writes beside each folder (its own catalogue lacks it).
    assert QApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"
    # Every other file dialog of the app (Save Annotations As, Import, Export…) too.
    other = QFileDialog(window)
    other.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [re.sub(r"\(&\w\)|&", "", w.text()) for w in other.findChildren(QLabel) if w.text()]
    assert labels and [t for t in labels if re.search("[A-Za-z]", t)] == []

    library = tmp_path / "库" / "甲"
    library.mkdir(parents=True)
    (library / "1甲.txt").write_text("1甲.txt\n<div>正文。</div>", encoding="utf-8")
    window.open_library(library)
    qtbot.keyClick(window.reader_view, Qt.Key.Key_O, CTRL)
    assert Path(shown[-1].directory().absolutePath()) == tmp_path / "库"
    window.set_language("en")


def test_a_match_found_off_screen_is_shown_mid_view(qtbot, seeds_copy: Path) -> None:
    window = active(qtbot, open_window(qtbot, seeds_copy))
    select_report(qtbot, window, "003_e36e866b072b575a.txt")
    view = window.reader_view
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    type_chinese(window.find_bar.edit, "问题")
    for _ in range(3):
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
        y = view.cursorRect().center().y()
        assert view.viewport().height() * 0.2 <= y <= view.viewport().height() * 0.8


def test_the_reader_has_the_focus_when_the_window_opens(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert focused() is window.reader_view
    bar = window.reader_view.verticalScrollBar()
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert bar.value() > 0
