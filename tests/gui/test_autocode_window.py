"""Auto-coding in the window, always reviewed: "Tag All Hits…" of a search and a
rule file propose passages with check boxes; only the checked ones are made, as
one undoable change, each recording its rule in the saved sidecar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.annotations.store import FILE_NAME
from tests.gui.gui_helpers import open_window, wait_idle


def run_search(qtbot, window, text: str) -> None:
    window.findChild(QAction, "actionSearchLibrary").trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    panel.request()
    qtbot.waitUntil(lambda: panel.result is not None and not window.tasks.running("search"), timeout=20000)


def found(qtbot, flow) -> None:
    qtbot.waitUntil(lambda: flow._task is None and flow.view.find.isEnabled(), timeout=30000)


def test_tag_all_hits_proposes_sentences_and_applies_only_the_checked_ones(qtbot, seeds_copy: Path) -> None:
    window = open_window(qtbot, seeds_copy)
    run_search(qtbot, window, "调查研究")
    total = window.search_panel.result.total
    assert total >= 3 and window.search_panel.tag_all.isEnabled()
    window.search_panel.tag_all.click()
    flow = window.autocode_flow
    view = flow.view
    view.tag.setText("调研")
    view.unit.setCurrentIndex(view.unit.findData("sentence"))
    view.find.click()
    found(qtbot, flow)
    model = view.model
    rows = model.rowCount()
    assert rows >= 2 and window.session.snapshot().annotations == {}  # nothing written yet
    first = model.proposals[0]
    assert first.passage.endswith(("。", "；", "！", "？")) or "\n" not in first.passage
    assert "调查研究" in first.passage and len(first.passage) > len("调查研究")
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert view.apply.text() == f"Tag {rows - 1} Passages"
    view.apply.click()
    annotations = window.session.snapshot().annotations
    assert len(annotations) == rows - 1
    assert all(a.tags == ["调研"] and a.auto.source == "search" for a in annotations.values())
    assert all(a.auto.unit == "sentence" and a.auto.matched == ("调查研究",) for a in annotations.values())
    window.undo_stack.undo()  # one change takes them all back
    assert window.session.snapshot().annotations == {}
    window.undo_stack.redo()
    window.save_annotations()
    data = json.loads((seeds_copy / FILE_NAME).read_bytes())
    assert len(data["annotations"]) == rows - 1 and all(
        a["auto"]["tag"] == "调研" for a in data["annotations"]
    )


def test_a_rule_file_proposes_per_tag_and_a_bad_one_says_which_line(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeds_copy)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.session.coding_sources() is not None, timeout=30000)
    rules = tmp_path / "工具.txt"
    rules.write_text("[学习]\n理论学习\n[整改]\nre:整改.{0,2}落实\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(rules), ""))
    window.findChild(QAction, "actionAutocodeRules").trigger()
    flow = window.autocode_flow
    flow.view.unit.setCurrentIndex(flow.view.unit.findData("hit"))
    flow.view.find.click()
    found(qtbot, flow)
    tags = {p.tag for p in flow.view.model.proposals}
    assert tags == {"学习", "整改"}
    flow.view.check_none.click()
    assert not flow.view.apply.isEnabled()
    flow.view.model.setData(
        flow.view.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    flow.view.apply.click()
    (annotation,) = window.session.snapshot().annotations.values()
    assert annotation.auto.name == "工具.txt" and len(annotation.auto.digest) == 16

    rules.write_text("[学习]\nre:(未闭合\n", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.findChild(QAction, "actionAutocodeRules").trigger()
    assert warnings and "Line 2" in warnings[-1]


def test_cancel_stops_the_run_and_keeps_what_was_found(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run goes on off the UI thread until Cancel; then the review says it stopped."""
    import time

    from reader.core.analysis.autocode import ProposalSet
    from reader.gui.flows import autocode as autocode_flow

    def slow(result, tag, unit, existing, progress, cancelled):
        done = 0
        while not cancelled():
            done += 1
            progress(done, 1000)
            time.sleep(0.01)
        return ProposalSet(reports=done, cancelled=True)

    monkeypatch.setattr(autocode_flow, "propose_from_search", slow)
    window = open_window(qtbot, seeds_copy)
    run_search(qtbot, window, "调查研究")
    window.search_panel.tag_all.click()
    view = window.autocode_flow.view
    view.tag.setText("调研")
    view.find.click()
    qtbot.waitUntil(lambda: view.progress.value() > 3, timeout=20000)  # the window keeps working
    assert view.cancel.isVisible() and not view.find.isEnabled()
    view.cancel.click()
    qtbot.waitUntil(lambda: view.find.isEnabled(), timeout=10000)
    assert "Stopped" in view.summary.text() and window.session.snapshot().annotations == {}
