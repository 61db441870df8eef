"""Memos and report variables in the window: write a memo (autosaved, undone), link
it to a passage and open it, the variables table (edit, paste, import a CSV), the
sidebar filter by value; both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.annotations.store import FILE_NAME
from reader.gui.flows.variables import filter_key
from reader.gui.widgets.memos_panel import AUTOSAVE_MS
from reader.gui.widgets.report_tree import EntryRole
from reader.gui.widgets.variables_table import BUILTIN_COLUMNS
from tests.gui.gui_helpers import open_window, select_report

REPORT = "001_964562f518f6e3ff.txt"


def test_a_memo_on_a_report_is_autosaved_undone_linked_and_opens_its_passage(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, REPORT)
    panel = window.memo_flow.panel
    panel.new_report.trigger()
    (memo,) = window.session.snapshot().memos.values()
    assert (memo.kind, memo.about) == ("report", REPORT)
    assert window.side_tabs.currentWidget() is panel
    panel.title_edit.setText("初读")
    panel.title_edit.textEdited.emit("初读")
    panel.text_edit.setPlainText("第一段\n第二段")
    qtbot.waitUntil(
        lambda: window.session.snapshot().memos[memo.id].text == "第一段\n第二段", timeout=AUTOSAVE_MS * 4
    )
    assert window.session.snapshot().memos[memo.id].title == "初读"
    window.undo_stack.undo()
    assert window.session.snapshot().memos[memo.id].text == ""
    assert panel.text_edit.toPlainText() == ""
    window.undo_stack.redo()
    assert panel.text_edit.toPlainText() == "第一段\n第二段"

    text = window.reader_view.report.document.text
    start = text.index("主题教育")
    window.reader_view.select_range(start, start + 4)
    ann_id = window.annotate_selection(["学习"])
    window.annotation_panel.select(ann_id)
    panel.link_button.click()
    assert window.session.snapshot().memos[memo.id].links == (ann_id,)
    assert panel.links.count() == 1 and "主题教育" in panel.links.item(0).text()
    title = next(row.title for row in window.model.rows() if row.entry.relpath == REPORT)
    assert panel.links.item(0).text().startswith(f"{title}: ")  # the report as the sidebar names it

    select_report(qtbot, window, "002_6d946ca4620bde1b.txt")
    panel.passage_activated.emit(ann_id)
    qtbot.waitUntil(lambda: window.current_entry.relpath == REPORT, timeout=10000)
    qtbot.waitUntil(lambda: window.reader_view.selection_range() == (start, start + 4), timeout=10000)

    window.save_annotations()
    data = json.loads((seeds_copy / FILE_NAME).read_bytes())
    assert [(m["title"], m["text"], m["links"]) for m in data["memos"]] == [
        ("初读", "第一段\n第二段", [ann_id])
    ]


def test_a_journal_entry_typed_just_before_closing_is_saved(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    panel = window.memo_flow.panel
    panel.new_journal.trigger()
    panel.text_edit.setPlainText("最后一句")  # the autosave has not fired yet
    window.close()
    data = json.loads((seeds_copy / FILE_NAME).read_bytes())
    assert [(m["kind"], m["text"]) for m in data["memos"]] == [("journal", "最后一句")]


def test_the_memos_are_searched_by_their_title_and_text(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    session = window.session
    for title, text in (("第一周", "读了三篇ＡＢＣ报告"), ("第二周", "开始编码")):
        window._do(session.add_memo("journal", "", title, text, "甲"), "new")
    panel = window.memo_flow.panel
    assert panel.model.rowCount() == 2
    panel.search.setText("abc 三篇")  # width and case folded, every word
    assert panel.model.rowCount() == 1 and panel.model.memo(0).title == "第一周"
    panel.search.clear()
    assert panel.model.rowCount() == 2


def test_a_memo_on_a_tag_needs_a_tag_chosen_and_says_so(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.memo_flow.panel.new_tag.trigger()
    assert window.session.snapshot().memos == {}
    assert "Codebook" in window.statusBar().currentMessage()


def test_the_variables_table_edits_pastes_imports_and_filters_the_sidebar(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    session = window.session
    from reader.core.annotations.report_variables import CHOICE, Variable

    window._do(session.define_variable(Variable("地区", CHOICE, ("华北", "东北"))), "new")
    window.findChild(QAction, "actionReportVariables").trigger()
    view = window.variables_flow.view
    assert view.isVisible() and view.model.columnCount() == BUILTIN_COLUMNS + 1  # then 地区
    table, proxy = view.table, view.proxy
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # by date
    first = proxy.mapToSource(proxy.index(0, 0)).row()
    relpath = view.model.relpath(first)
    table.setCurrentIndex(proxy.index(0, BUILTIN_COLUMNS))
    QGuiApplication.clipboard().setText("华北\n东北\n")
    view.paste()
    second = view.model.relpath(proxy.mapToSource(proxy.index(1, 0)).row())
    assert session.casebook.table()[relpath] == {"地区": "华北"}
    assert session.casebook.table()[second] == {"地区": "东北"}
    window.undo_stack.undo()  # the paste is one change
    assert session.casebook.table() == {}
    window.undo_stack.redo()

    warnings = []  # not a choice: refused with the reason
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    proxy.setData(proxy.index(0, BUILTIN_COLUMNS), "西南")
    assert warnings and "choices" in warnings[-1]
    assert session.casebook.table()[relpath] == {"地区": "华北"}

    csv = tmp_path / "vars.csv"
    csv.write_text(f"file,人数\n{REPORT},12\n不存在.txt,3\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    view.import_button.click()
    assert session.casebook.table()[REPORT]["人数"] == "12"
    assert "不存在.txt" in shown[-1]
    assert [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in (BUILTIN_COLUMNS, BUILTIN_COLUMNS + 1)
    ] == [
        "地区",
        "人数",
    ]

    index = window.tag_filter.findData(filter_key("地区", "华北"))
    assert index > 0
    window.tag_filter.setCurrentIndex(index)
    assert shown_in_sidebar(window) == [relpath]
    window.tag_filter.setCurrentIndex(0)
    assert len(shown_in_sidebar(window)) == len(session.entries)


def shown_in_sidebar(window) -> list[str]:
    found, stack = [], [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, 0, parent)
            entry = index.data(EntryRole)
            if entry is None:
                stack.append(index)
            else:
                found.append(entry.relpath)
    return found


def test_memos_and_variables_speak_chinese(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    window.set_language("zh_CN")
    try:
        assert window.side_tabs.tabText(window.memo_flow.tab) == "备忘录"
        assert window.memo_flow.panel.new_button.text() == "新建备忘录"
        assert window.variables_flow.action.text().startswith("报告变量")
        window.compare_flow.open()
        view = window.compare_flow.view
        assert view.tabs.tabText(0) == "标签共现" and view.mode.itemText(1) == "在同一段落"
    finally:
        window.set_language("en")
