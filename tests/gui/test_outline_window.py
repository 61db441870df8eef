"""The Outline dock: an official document's fields and headings, going to a heading,
following the reading place, and each annotation's section path in the annotation panel."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.gui.main_window import MainWindow
from reader.gui.widgets.outline_panel import StartRole
from tests.conftest import SEEDS
from tests.gui.gui_helpers import open_window, select_report, wait_idle

OFFICIAL = Path(__file__).parent.parent / "data" / "docstructure" / "gen_001.txt"
NEWS = "001_964562f518f6e3ff.txt"


def library(tmp_path: Path) -> Path:
    root = tmp_path / "库"
    root.mkdir()
    shutil.copy(OFFICIAL, root / "official.txt")
    shutil.copy(SEEDS / NEWS, root / NEWS)
    return root


def structured(qtbot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.documents.structure is not None, timeout=10000)


def test_the_outline_lists_the_documents_fields_and_headings(qtbot, tmp_path: Path) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "official.txt")
    action = window.findChild(type(window.documents.action_outline), "actionOutline")
    assert action is not None and action.shortcut() == QKeySequence("Ctrl+Shift+O")
    action.trigger()
    dock = window.findChild(type(window.documents.outline_dock), "outlineDock")
    assert dock is not None and dock.isVisible()
    structured(qtbot, window)
    panel = window.documents.outline
    model = panel.model
    tops = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert tops == ["一、 重点工作", "二、 组织实施"]
    first = model.index(0, 0)
    assert [model.index(r, 0, first).data() for r in range(model.rowCount(first))] == [
        "（一） 加强监督检查",
        "（二） 完善政策措施",
    ]
    assert "晋发〔2022〕54号" in panel.fields.text() and panel.fields.isVisible()
    assert not panel.empty.isVisible()


def test_choosing_a_heading_puts_it_at_the_top_of_the_reader(qtbot, tmp_path: Path) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "official.txt")
    window.documents.action_outline.trigger()
    structured(qtbot, window)
    panel = window.documents.outline
    second = panel.model.index(1, 0)
    child = panel.model.index(2, 0, second)  # 二、（三）
    start = child.data(StartRole)
    text = window.reader_view.report.document.text
    assert text[start:].startswith("（三）加强组织领导")
    panel.tree.clicked.emit(child)
    view = window.reader_view
    assert view.core_offset(view.textCursor().position()) == start


def test_the_heading_being_read_is_selected(qtbot, tmp_path: Path) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "official.txt")
    window.documents.action_outline.trigger()
    structured(qtbot, window)
    panel = window.documents.outline
    text = window.reader_view.report.document.text
    panel.follow(text.index("鼓励社会力量参与"))
    assert panel.tree.currentIndex().data() == "（二） 完善政策措施"


def test_a_passage_shows_its_section_path_in_the_annotation_panel(qtbot, tmp_path: Path) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "official.txt")
    structured(qtbot, window)  # with the dock hidden too
    text = window.reader_view.report.document.text
    start = text.index("鼓励社会力量参与")
    window.reader_view.select_range(start, start + 8)
    window.annotate_selection(["政策"])
    item = window.annotation_panel.tree.topLevelItem(0)
    assert item.text(0) == "一、（二）  鼓励社会力量参与"
    assert "一、（二）" in item.toolTip(0)


def test_a_news_report_has_no_outline_and_no_fields(qtbot, tmp_path: Path) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "official.txt")
    window.documents.action_outline.trigger()
    structured(qtbot, window)
    select_report(qtbot, window, NEWS)
    structured(qtbot, window)
    panel = window.documents.outline
    assert panel.model.rowCount() == 0
    assert not panel.fields.isVisible()
    assert panel.empty.isVisible() and "No headings" in panel.empty.text()
    window.reader_view.select_range(0, 6)
    window.annotate_selection(["新闻"])
    item = window.annotation_panel.tree.topLevelItem(0)
    assert item.text(0) == window.reader_view.report.document.text[:6]


def test_the_outline_dock_stays_open_after_a_restart(qtbot, tmp_path: Path) -> None:
    root = library(tmp_path)
    window = open_window(qtbot, root / "official.txt")
    window.documents.action_outline.trigger()
    window.close()
    again = open_window(qtbot, root / "official.txt")
    assert again.documents.outline_dock.isVisible()
    assert again.documents.outline_dock.isAreaAllowed(Qt.DockWidgetArea.LeftDockWidgetArea)
