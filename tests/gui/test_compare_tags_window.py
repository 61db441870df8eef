"""The Compare window: co-occurrence of tags as a heat map whose cells list their
passages, and tags by report variable as a table and a chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from reader.gui.widgets.compare_window import JACCARD, IdRole
from tests.gui.gui_helpers import open_window, select_report

REPORT = "001_964562f518f6e3ff.txt"


def tag(window, phrase: str, tags: list[str], extra: int = 0) -> str:
    text = window.reader_view.report.document.text
    start = text.index(phrase)
    window.reader_view.select_range(start, start + len(phrase) + extra)
    return window.annotate_selection(tags)


def test_cooccurrence_cells_list_their_passages_and_tags_by_year_count_them(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, REPORT)
    first = tag(window, "主题教育", ["学习"], extra=3)
    second = tag(window, "主题教育", ["整改"])  # overlaps the first
    tag(window, "骆惠宁", ["领导"])
    window.findChild(QAction, "actionCompare").trigger()
    view = window.compare_flow.view
    model = view.matrix_model
    qtbot.waitUntil(lambda: model.matrix is not None and len(model.matrix.tags) == 3, timeout=20000)
    tags = list(model.matrix.tags)
    a, b = tags.index("学习"), tags.index("整改")
    assert model.data(model.index(a, b)) == "2"
    assert model.data(model.index(a, tags.index("领导"))) == "0"
    view.measure.setCurrentIndex(view.measure.findData(JACCARD))
    assert model.data(model.index(a, b)) == "1.00"
    view.matrix_view.clicked.emit(model.index(a, b))
    passages = view.passages_model
    assert {passages.data(passages.index(r, 0), IdRole) for r in range(passages.rowCount())} == {
        first,
        second,
    }
    assert "2" in view.cell_label.text()
    select_report(qtbot, window, "002_6d946ca4620bde1b.txt")
    view.passage_activated.emit(first)  # a double-click on the passage opens it
    qtbot.waitUntil(lambda: window.current_entry.relpath == REPORT, timeout=10000)

    view.mode.setCurrentIndex(view.mode.findData("report"))  # all three in one report
    assert model.data(model.index(a, tags.index("领导"))) == "1.00"
    view.tabs.setCurrentWidget(view.network_page)  # nodes sized by passages, edges by strength
    axes = view.network_canvas.figure.axes[0]
    assert len(axes.collections) == 3 and len(axes.lines) == 3
    assert {t.get_text() for t in axes.texts} == {"学习 (1)", "整改 (1)", "领导 (1)"}

    view.variable.setCurrentIndex(view.variable.findData("year"))
    table = view.values_model.table
    assert table is not None and "2019" in table.values
    column = table.values.index("2019")
    row = table.tags.index("学习")
    assert table.passages[row][column] == 1 and view.canvas is not None
