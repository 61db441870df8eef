"""Retrieval with conditions in the window: A and B, A but not B and A near B,
restricted by coder and by a report variable's values; the passages found listed
(a click opens one), exported through the Export dialog as a selection, and the
choices remembered."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from reader.gui.dialogs.export_dialog import ExportDialog
from reader.gui.widgets.compare_window import IdRole
from tests.gui.gui_helpers import open_window, select_report

REPORT = "001_964562f518f6e3ff.txt"  # dated 2019
OTHER = "002_6d946ca4620bde1b.txt"


def tag(window, phrase: str, tags: list[str], author: str, extra: int = 0, nth: int = 0) -> str:
    window.settings.set("user/author", author)
    text = window.reader_view.report.document.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    window.reader_view.select_range(start, start + len(phrase) + extra)
    return window.annotate_selection(tags)


def found(view) -> set[str]:
    model = view.model
    return {model.index(r, 0).data(IdRole) for r in range(model.rowCount())}


def retrieve(qtbot, view, a: str, operator: str, b: str) -> set[str]:
    view.tag_a.setCurrentIndex(view.tag_a.findData(a))
    view.operator.setCurrentIndex(view.operator.findData(operator))
    view.tag_b.setCurrentIndex(view.tag_b.findData(b))
    flow = view.parent().compare_flow.retrieval
    flow.result = None
    view.run.click()
    qtbot.waitUntil(lambda: flow.result is not None, timeout=20000)
    return found(view)


@pytest.fixture
def retrieval(qtbot, seeds_copy: Path):
    window = open_window(qtbot, seeds_copy)
    select_report(qtbot, window, REPORT)
    ids = {
        "learn": tag(window, "主题教育", ["学习"], "甲", extra=3),
        "fix": tag(window, "主题教育", ["整改/专项"], "甲"),  # overlaps learn
        "leader": tag(window, "骆惠宁", ["领导"], "乙"),
    }
    select_report(qtbot, window, OTHER)
    ids["other"] = tag(window, "主题教育", ["学习"], "乙")
    window.findChild(QAction, "actionRetrieve").trigger()
    return window, window.compare_flow.retrieval.view, ids


def test_and_not_near_with_coder_and_variable_limits(qtbot, retrieval) -> None:
    window, view, ids = retrieval
    assert view.isVisible() and view.tag_a.findData("整改") >= 0  # a parent tag is offered
    assert retrieve(qtbot, view, "学习", "and", "整改") == {ids["learn"]}  # 整改 includes 整改/专项
    assert "1 passages in 1 reports" in view.summary.text()
    assert retrieve(qtbot, view, "学习", "not", "整改") == {ids["other"]}
    view.children.setChecked(False)
    assert retrieve(qtbot, view, "学习", "and", "整改") == set()  # exactly 整改: none
    view.children.setChecked(True)
    assert not view.paragraphs.isEnabled()
    near = retrieve(qtbot, view, "领导", "near", "学习")
    assert view.paragraphs.isEnabled()
    if near != {ids["leader"]}:  # not in the same paragraph: some paragraphs apart
        view.paragraphs.setValue(50)
        assert retrieve(qtbot, view, "领导", "near", "学习") == {ids["leader"]}
    view.coder.setCurrentIndex(view.coder.findData("乙"))
    assert retrieve(qtbot, view, "学习", "not", "整改") == {ids["other"]}
    view.coder.setCurrentIndex(view.coder.findData("甲"))
    assert retrieve(qtbot, view, "学习", "not", "整改") == set()
    view.coder.setCurrentIndex(0)
    view.variable.setCurrentIndex(view.variable.findData("folder"))
    assert view.values.count() >= 1 and view.values.isEnabled()
    year = window.compare_flow.retrieval._variables()[REPORT]["year"]
    view.variable.setCurrentIndex(view.variable.findData("year"))
    for i in range(view.values.count()):
        item = view.values.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == year else Qt.CheckState.Unchecked
        )
    assert retrieve(qtbot, view, "学习", "and", "整改") == {ids["learn"]}
    view.close()
    window.compare_flow.retrieval.open()  # the choices are remembered
    assert (view.tag_a.currentData(), view.operator.currentData(), view.tag_b.currentData()) == (
        "学习",
        "and",
        "整改",
    )
    assert view.variable.currentData() == "year"
    checked = [view.values.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.values.count())
               if view.values.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
    assert checked == [year]
    window.close()


def test_a_passage_found_opens_and_the_selection_exports(
    qtbot, retrieval, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view, ids = retrieval
    assert retrieve(qtbot, view, "学习", "and", "整改") == {ids["learn"]}
    view.table.clicked.emit(view.model.index(0, 1))
    qtbot.waitUntil(lambda: window.current_entry.relpath == REPORT, timeout=10000)
    out = tmp_path / "retrieved.csv"
    offered: list[tuple[str, str]] = []

    def fill(dialog: ExportDialog) -> int:
        offered.append((dialog.scope.currentData(), dialog.scope.currentText()))
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialog.destination.setText(str(out))
        return 1

    shown: list[str] = []
    monkeypatch.setattr(ExportDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    view.partners.setChecked(True)
    view.export.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert offered[0][0] == "selection" and "学习 and also 整改" in offered[0][1]
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert sorted(r[4] for r in rows[1:]) == ["学习", "整改/专项"]  # A and, asked for, its partner B
    assert window.settings.value_str("export/scope", "library") != "selection"
    window.close()


def test_a_long_report_title_leaves_the_passage_in_sight(qtbot, retrieval) -> None:
    """The Report column fits its titles, but never more than a third of the table: a
    title of a hundred characters pushed the passage out of the dialog."""
    window, view, _ids = retrieval
    view.resize(520, 600)
    retrieve(qtbot, view, "学习", "and", "整改")
    table = view.table
    assert table.columnWidth(0) <= max(120, table.viewport().width() // 3)
    assert table.columnViewportPosition(1) + 100 < table.viewport().width()  # the passage shows
    window.close()
