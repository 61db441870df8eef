"""An official document's recognised fields in the window: read-only columns of the
Report Variables table, values in the sidebar's filter, a variable of Compare Tags'
tags by variable; a news report shows none of them; both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from reader.core.analysis.documents.fields import FIELDS
from reader.gui.flows.variables import filter_key
from reader.gui.widgets.variables_table import BUILTIN_COLUMNS, FIRST_FIELD
from tests.gui.gui_helpers import open_window, select_report
from tests.gui.test_memos_window import shown_in_sidebar

DATA = Path(__file__).parents[1] / "data" / "docstructure"
NEWS = "001_964562f518f6e3ff.txt"


def official_library(seeds_copy: Path) -> Path:
    shutil.copy(DATA / "gen_001.txt", seeds_copy / "official.txt")
    shutil.copy(DATA / "gen_002.txt", seeds_copy / "official-2.txt")
    return seeds_copy


def test_the_fields_are_read_only_columns_filter_values_and_a_compare_variable(
    qtbot, seeds_copy: Path
) -> None:
    window = open_window(qtbot, official_library(seeds_copy))
    fields = window.variables_flow.fields
    qtbot.waitUntil(lambda: fields.known, timeout=30000)
    window.findChild(QAction, "actionReportVariables").trigger()
    view = window.variables_flow.view
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIRST_FIELD, BUILTIN_COLUMNS)]
    assert headers == ["Document Number", "Issuing Organs", "Document Kind", "Date of Issue", "Attachments"]
    rows = {model.relpath(r): r for r in range(model.rowCount())}
    official = [model.text(rows["official.txt"], c) for c in range(FIRST_FIELD, BUILTIN_COLUMNS)]
    assert official == ["晋发〔2022〕54号", "中共山西省委", "意见", "2022-08-10", ""]
    assert [model.text(rows[NEWS], c) for c in range(FIRST_FIELD, BUILTIN_COLUMNS)] == [""] * len(FIELDS)
    cell = model.index(rows["official.txt"], FIRST_FIELD + 2)
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable  # read from the text
    assert not model.setData(cell, "通知") and window.session.casebook.table() == {}

    index = window.tag_filter.findData(filter_key("doc_kind", "意见"))
    assert index > 0 and window.tag_filter.itemText(index) == "Document Kind: 意见"
    window.tag_filter.setCurrentIndex(index)
    kinds = {r: fields.values(r)["doc_kind"] for r in shown_in_sidebar(window)}
    assert kinds and set(kinds.values()) == {"意见"} and "official.txt" in kinds
    window.tag_filter.setCurrentIndex(0)

    select_report(qtbot, window, "official.txt")
    text = window.reader_view.report.document.text
    start = text.index("鼓励社会力量参与")
    window.reader_view.select_range(start, start + 8)
    window.annotate_selection(["甲"])
    select_report(qtbot, window, NEWS)
    window.reader_view.select_range(10, 18)
    window.annotate_selection(["甲"])
    window.findChild(QAction, "actionCompare").trigger()
    compare = window.compare_flow.view
    qtbot.waitUntil(lambda: compare.matrix_model.matrix is not None, timeout=20000)
    compare.variable.setCurrentIndex(compare.variable.findData("doc_kind"))
    assert compare.variable.currentText() == "Document Kind"
    table = compare.values_model.table
    assert table is not None and table.variable == "doc_kind"
    assert table.passages[table.tags.index("甲")][table.values.index("意见")] == 1
    assert table.passages[table.tags.index("甲")][table.values.index("")] == 1  # the news report


def test_the_fields_speak_chinese(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, official_library(seeds_copy))
    window.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.variables_flow.fields.known, timeout=30000)
        window.findChild(QAction, "actionReportVariables").trigger()
        model = window.variables_flow.view.model
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIRST_FIELD, BUILTIN_COLUMNS)
        ]
        assert headers == ["发文字号", "发文机关", "文种", "成文日期", "附件数"]
        index = window.tag_filter.findData(filter_key("doc_kind", "意见"))
        assert window.tag_filter.itemText(index) == "文种: 意见"
    finally:
        window.set_language("en")


def test_the_filter_offers_groups_not_each_documents_number(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, official_library(seeds_copy))
    qtbot.waitUntil(lambda: window.variables_flow.fields.known, timeout=30000)
    offered = {window.tag_filter.itemText(i) for i in range(window.tag_filter.count())}
    assert {"Issuing Organs: 国务院办公厅", "Attachments: 2", "Document Kind: 通知"} <= offered
    assert not any(t.startswith(("Document Number", "Date of Issue")) for t in offered)
    index = window.tag_filter.findData(filter_key("doc_attachments", "2"))
    window.tag_filter.setCurrentIndex(index)
    assert shown_in_sidebar(window) == ["official-2.txt"]


def test_the_fields_of_many_reports_come_from_a_child_process(qtbot, seeds_copy: Path, monkeypatch) -> None:
    """Worked out on a thread of the window's process, the fields of a large library
    held the interpreter for tens of seconds and every click waited; past a few hundred
    reports they come from a child process (here from the first report)."""
    import multiprocessing

    from reader.core.analysis.documents import fields as document
    from reader.core.analysis.documents import fields_elsewhere

    monkeypatch.setattr(fields_elsewhere, "ELSEWHERE_MIN", 1)
    here: list[str] = []
    monkeypatch.setattr(document, "fields_of", lambda text, title="": here.append(title) or {})
    window = open_window(qtbot, official_library(seeds_copy))
    fields = window.variables_flow.fields
    qtbot.waitUntil(lambda: fields.known, timeout=60000)
    assert fields.values("official.txt")["doc_kind"] == "意见" and here == []
    window.close()
    assert multiprocessing.active_children() == []
